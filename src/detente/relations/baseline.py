"""A pair's cooperation against what the corpus leads one to expect, with an honest interval.

Most of what news reports between two states is talk, and talk is cooperative: in real
event data four events in five between two countries cooperate, rivals included. A raw
cooperation share therefore calls nearly every pair friendly. This module measures each
pair against a *baseline*, the share of cooperation among all pair events of the frame:

* baseline p0 = (C_all + m/2) / (N_all + m): the corpus rate, pulled towards 1/2 by
  `m` = PRIOR_EVENTS pseudo-events, so that a single article (a few dozen events) does not
  set what "usual" talk is;
* empirical Bayes: a pair's rate has prior Beta(kappa p0, kappa (1 - p0)); kappa comes from
  the spread of the pairs' observed rates (beta-binomial method of moments), so pairs with
  few events are pulled towards the baseline as much as the data say, no more;
* index = logit(posterior mean) - logit(p0), the log-odds ratio of cooperation against
  the baseline (0 = as expected, > 0 friendlier, < 0 more hostile), with the equal-tailed
  `level` posterior interval on the same scale;
* sign: '+' or '-' only where the interval excludes the baseline (0), else 'no clear sign'.

Counts are of events (after `dedupe`, one event reported many times counts once); an
event with no cooperation sign (a neutral statement) counts towards `n_events` only.
Leaving the actors' own rates out of the baseline is deliberate: on real ICEWS data a
baseline from each actor's own rate ranks pairs against UN voting far worse (see
docs/relations.md), because a state's many hostile ties set its rate, and its friends then
look merely "as expected".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from scipy.special import betaincinv, logit

from detente.relations.frame import pair_events

METHOD = ("log-odds of cooperation vs the corpus rate, empirical-Bayes beta-binomial "
          "shrinkage, {level:.0%} interval")
PRIOR_EVENTS = 100.0  # pseudo-events (half cooperative) behind the corpus rate
DEFAULT_KAPPA = 2.0  # prior strength when too few pairs to estimate it
KAPPA_RANGE = (1.0, 50.0)
MIN_PAIRS_FOR_KAPPA = 10
LEVEL = 0.90  # two-sided: each end is a one-sided 5% test of "clearly +" or "clearly -"
NO_SIGN = "no clear sign"
PAIR_COLUMNS = ["pair", "a", "b", "n_events", "coop", "conflict", "share", "baseline",
                "index", "ci_low", "ci_high", "sign", "method"]


@dataclass(frozen=True)
class Baseline:
    """What a pair is measured against: the corpus rate and the prior strength."""

    rate: float  # p0, share of cooperation expected of a pair
    kappa: float  # prior strength in pseudo-events
    level: float
    n_events: int  # signed events behind the rate
    n_pairs: int  # pairs behind kappa (0 when the default was used)

    @property
    def method(self) -> str:
        return METHOD.format(level=self.level)

    def as_dict(self) -> dict[str, Any]:
        return {"rate": self.rate, "kappa": self.kappa, "level": self.level,
                "n_events": self.n_events, "n_pairs": self.n_pairs, "method": self.method}


def corpus_rate(coop: float, conflict: float, prior_events: float = PRIOR_EVENTS) -> float:
    """The corpus's cooperation share, pulled towards 1/2 when there are few events."""
    return float((coop + prior_events / 2) / (coop + conflict + prior_events))


def estimate_kappa(coop, conflict, rate: float, min_events: int = 5) -> tuple[float, int]:
    """Beta-binomial prior strength from how much pair rates spread beyond binomial noise.

    Var(p_i) = p0 (1 - p0) (1/n_i + (1 - 1/n_i) rho), rho = 1 / (kappa + 1); rho is solved
    from the n-weighted spread of pairs with at least `min_events` events. Returns
    (kappa, pairs used); with fewer than MIN_PAIRS_FOR_KAPPA pairs, the default.
    """
    c, k = np.asarray(coop, dtype=float), np.asarray(conflict, dtype=float)
    n = c + k
    use = n >= min_events
    if use.sum() < MIN_PAIRS_FOR_KAPPA:
        return DEFAULT_KAPPA, 0
    n, p = n[use], c[use] / n[use]
    pq = rate * (1 - rate)
    excess = (n * ((p - rate) ** 2 - pq / n)).sum()
    rho = excess / (n * pq * (1 - 1 / n)).sum()
    lo, hi = KAPPA_RANGE
    rho = float(np.clip(rho, 1 / (hi + 1), 1 / (lo + 1)))
    return 1 / rho - 1, int(use.sum())


def baseline_of(ev: pd.DataFrame, level: float = LEVEL, kappa: float | None = None) -> Baseline:
    """The baseline of prepared pair events (`pair_events` output)."""
    return index_from_counts(_counts(ev), level=level, kappa=kappa)[1]


def _counts(ev: pd.DataFrame) -> pd.DataFrame:
    """Per pair: all events, cooperative ones, conflictual ones."""
    if ev.empty:
        return pd.DataFrame(columns=["a", "b", "n_events", "coop", "conflict"])
    sign = ev["sign"].to_numpy(float)
    out = pd.DataFrame({"a": ev["a"].to_numpy(), "b": ev["b"].to_numpy(), "n_events": 1,
                        "coop": (sign > 0).astype(int), "conflict": (sign < 0).astype(int)})
    return out.groupby(["a", "b"], sort=True).sum().reset_index()


def posterior(coop, conflict, base: Baseline,
              upper: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(index, ci_low, ci_high) on the log-odds-ratio scale against the baseline
    (ci_high +inf when `upper` is false: bloc tests need only the lower end)."""
    c, k = np.asarray(coop, dtype=float), np.asarray(conflict, dtype=float)
    al, be = c + base.kappa * base.rate, k + base.kappa * (1 - base.rate)
    tail = (1 - base.level) / 2
    ref = logit(base.rate)
    mean = al / (al + be)
    lo = betaincinv(al, be, tail)
    hi = betaincinv(al, be, 1 - tail) if upper else np.full_like(lo, np.inf)
    return logit(mean) - ref, logit(lo) - ref, logit(hi) - ref


def sign_of(ci_low, ci_high) -> np.ndarray:
    """'+', '-' where the interval excludes the baseline, else 'no clear sign'."""
    lo, hi = np.asarray(ci_low, dtype=float), np.asarray(ci_high, dtype=float)
    return np.where(lo > 0, "+", np.where(hi < 0, "-", NO_SIGN))


def pair_index(df: pd.DataFrame, since: Any = None, until: Any = None, level: float = LEVEL,
               kappa: float | None = None, min_events: int = 1,
               base: Baseline | None = None) -> tuple[pd.DataFrame, Baseline]:
    """Every pair's cooperation against the baseline: a frame (PAIR_COLUMNS) and the baseline.

    The baseline is estimated from all pairs of the frame; `min_events` only drops rows
    from the result. Pass `base` to measure against a baseline found elsewhere (a
    bootstrap resample, a period, against the whole corpus).
    """
    ev = pair_events(df, since, until)
    return pair_index_events(ev, level=level, kappa=kappa, min_events=min_events, base=base)


def pair_index_events(ev: pd.DataFrame, level: float = LEVEL, kappa: float | None = None,
                      min_events: int = 1,
                      base: Baseline | None = None) -> tuple[pd.DataFrame, Baseline]:
    """`pair_index` on events already prepared by `pair_events`."""
    return index_from_counts(_counts(ev), level=level, kappa=kappa, min_events=min_events,
                             base=base)


def index_from_counts(counts: pd.DataFrame, level: float = LEVEL, kappa: float | None = None,
                      min_events: int = 1,
                      base: Baseline | None = None) -> tuple[pd.DataFrame, Baseline]:
    """`pair_index` from per-pair counts (a, b, n_events, coop, conflict), e.g. summed in SQL."""
    if base is None:
        coop, conflict = float(counts["coop"].sum()), float(counts["conflict"].sum())
        rate = corpus_rate(coop, conflict)
        used = 0
        if kappa is None:
            kappa, used = estimate_kappa(counts["coop"], counts["conflict"], rate)
        base = Baseline(rate, float(kappa), level, int(coop + conflict), used)
    if counts.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS), base
    idx, lo, hi = posterior(counts["coop"], counts["conflict"], base)
    signed = (counts["coop"] + counts["conflict"]).to_numpy(float)
    out = counts.assign(
        pair=counts["a"] + "-" + counts["b"],
        share=np.where(signed > 0, counts["coop"] / np.where(signed > 0, signed, 1), np.nan),
        baseline=base.rate, index=idx, ci_low=lo, ci_high=hi, sign=sign_of(lo, hi),
        method=base.method)
    out = out[out["n_events"] >= min_events]
    return out[PAIR_COLUMNS].sort_values(["n_events", "pair"], ascending=[False, True]) \
        .reset_index(drop=True), base
