"""The cooperation index of a set of events, with an interval honest about few events.

index = (C - K) / (C + K), where C and K are the |intensity|-weighted amounts of
cooperation and conflict. It lies in [-1, 1]. Its interval comes from a Beta
posterior (Jeffreys prior, Beta(1/2, 1/2), equal tails, reaching 0 or 1 when all
events agree) on the weighted share of cooperation
p = C / (C + K), using the Kish effective number of events so that weighting does
not pretend there are more events than there were; index = 2p - 1 maps it back.
One event gives a wide interval, twenty agreeing events a narrow one, and no event
the full width [-1, 1].
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats

PRIOR = 0.5  # Jeffreys


@dataclass(frozen=True)
class CoopIndex:
    index: float
    ci_low: float
    ci_high: float
    n_events: int
    n_eff: float


def coop_index(signs, weights=None, level: float = 0.95) -> CoopIndex:
    """Index and `level` credible interval from per-event signs (+1/-1) and weights."""
    s = np.asarray(signs, dtype=float)
    w = np.ones_like(s) if weights is None else np.asarray(weights, dtype=float)
    keep = (s != 0) & np.isfinite(s) & np.isfinite(w) & (w > 0)
    s, w = s[keep], w[keep]
    idx, lo, hi, n_eff = coop_index_arrays(
        w[s > 0].sum(), w[s < 0].sum(), (w**2).sum(), level)
    return CoopIndex(float(idx), float(lo), float(hi), len(s), float(n_eff))


def coop_index_arrays(coop, conflict, sumsq, level: float = 0.95):
    """Vectorised index: weighted cooperation and conflict totals and sum of squared weights
    per group -> (index, ci_low, ci_high, n_eff) arrays (NaN, -1, 1, 0 where no events)."""
    coop, conflict, sumsq = (np.asarray(v, dtype=float) for v in (coop, conflict, sumsq))
    total = coop + conflict
    has = total > 0
    safe_total = np.where(has, total, 1.0)
    share = np.where(has, coop / safe_total, 0.5)
    n_eff = np.where(has, total**2 / np.where(sumsq > 0, sumsq, 1.0), 0.0)
    alpha, beta = PRIOR + n_eff * share, PRIOR + n_eff * (1.0 - share)
    tail = (1.0 - level) / 2.0
    lo = stats.beta.ppf(tail, alpha, beta)
    hi = stats.beta.ppf(1.0 - tail, alpha, beta)
    # Brown-Cai-DasGupta: at the boundary the interval reaches it, so it holds the estimate
    lo = np.where(share == 0.0, 0.0, np.minimum(lo, share))
    hi = np.where(share == 1.0, 1.0, np.maximum(hi, share))
    index = np.where(has, 2 * share - 1, np.nan)
    return index, np.where(has, 2 * lo - 1, -1.0), np.where(has, 2 * hi - 1, 1.0), n_eff


def describe(index: float) -> str:
    """A word for an index value, used in briefs."""
    if np.isnan(index):
        return "unknown"
    if index <= -0.3:
        return "hostile"
    if index < 0:
        return "strained"
    if index < 0.3:
        return "mixed"
    return "cooperative"
