"""Is a relationship getting better or worse? Only a stated test at a stated level says so.

* `trends(df)` tests, for every pair, whether the cooperation sign of its events (+1, -1,
  weight |intensity|) moves with time. The slope reported is the weighted least squares
  slope (index units per year). Its p-value comes from the *permutation* distribution of
  the slope's numerator sum_i w_i (y_i - mean_w y) x_i when the events' days are shuffled
  (the null "no change": the same events in any order): its mean is 0 and its variance
  is known exactly, and the standardised value is referred to a t distribution with n - 2
  degrees of freedom. On real events with their days shuffled, this flags at most its
  level (docs/relations.md has the measured rates); the plain WLS t-test flagged about
  twice its level, because a binary, mostly cooperative outcome breaks its variance.
* Scanning thousands of pairs, some clear up at any level by chance, so `trends`
  controls the false discovery rate across the pairs it tests (Benjamini-Hochberg): a
  pair is 'rising' or 'falling' only when its q-value is below `level`; `fdr=False`
  judges each pair by its own p-value.
* `trend(series_df)` regresses the period indices on period number, weighted by the
  effective number of events in each period (slope per period), for one pair's series.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from detente.relations.frame import pair_events
from detente.relations.index import coop_index_arrays

EVENT_TEST = "permutation-moment test of event sign vs time (t reference)"
FDR_METHOD = "Benjamini-Hochberg across the {n} pairs tested"
SERIES_TEST = "WLS t-test, period index vs period"  # weight n_eff, slope per period
TREND_COLUMNS = [
    "pair", "a", "b", "n_events", "slope", "p_value", "q_value", "test", "fdr", "level",
    "verdict", "first_period", "last_period", "first_index", "last_index",
]
MIN_POINTS = 4


def wls_slope(x, y, w) -> tuple[float, float]:
    """Slope and two-sided p-value of a weighted least squares line (NaN if undetermined)."""
    x, y, w = (np.asarray(v, dtype=float) for v in (x, y, w))
    n = len(x)
    if n < 3 or np.ptp(x) == 0 or w.sum() <= 0:
        return float("nan"), float("nan")
    xm, ym = np.average(x, weights=w), np.average(y, weights=w)
    sxx = float((w * (x - xm) ** 2).sum())
    slope = float((w * (x - xm) * (y - ym)).sum() / sxx)
    resid = y - ym - slope * (x - xm)
    # weights are rescaled to sum to n so the residual variance is on the data's scale
    wn = w * n / w.sum()
    sigma2 = float((wn * resid**2).sum() / (n - 2))
    se = np.sqrt(sigma2 / float((wn * (x - xm) ** 2).sum()))
    if se == 0:
        return slope, 0.0 if slope != 0 else 1.0
    t = slope / se
    return slope, float(2 * stats.t.sf(abs(t), n - 2))


def verdict(slope: float, p_value: float, level: float) -> str:
    if not np.isnan(p_value) and p_value < level and not np.isnan(slope) and slope != 0:
        return "rising" if slope > 0 else "falling"
    return "no clear change"


def trend(series_df: pd.DataFrame, level: float = 0.05) -> dict[str, Any]:
    """Verdict on a `series` frame: slope of period indices per period, its p-value, test."""
    s = series_df.dropna(subset=["index"]) if len(series_df) else series_df
    weights = s["n_eff"] if "n_eff" in s.columns else s.get("n_events")
    positions = np.arange(len(series_df))[series_df["index"].notna().to_numpy()] \
        if len(series_df) else np.array([])
    slope, p = (wls_slope(positions, s["index"], weights) if len(s) >= 3
                else (float("nan"), float("nan")))
    pair = series_df["pair"].iloc[0] if len(series_df) and "pair" in series_df else None
    return {
        "pair": pair, "n_events": int(series_df["n_events"].sum()) if len(series_df) else 0,
        "n_periods": len(s), "slope": slope, "p_value": p, "test": SERIES_TEST,
        "level": level, "verdict": verdict(slope, p, level),
        "first_period": s["period"].iloc[0] if len(s) else None,
        "last_period": s["period"].iloc[-1] if len(s) else None,
        "first_index": float(s["index"].iloc[0]) if len(s) else float("nan"),
        "last_index": float(s["index"].iloc[-1]) if len(s) else float("nan"),
    }


def benjamini_hochberg(p_values) -> np.ndarray:
    """BH q-values (NaN stays NaN): the smallest FDR level at which each test is a discovery."""
    p = np.asarray(p_values, dtype=float)
    q = np.full_like(p, np.nan)
    ok = np.flatnonzero(~np.isnan(p))
    if not len(ok):
        return q
    order = ok[np.argsort(p[ok], kind="stable")]
    m = len(order)
    ranked = p[order] * m / np.arange(1, m + 1)
    q[order] = np.minimum(np.minimum.accumulate(ranked[::-1])[::-1], 1.0)
    return q


def trends(df: pd.DataFrame, window: Any = None, level: float = 0.05,
           since: Any = None, until: Any = None, fdr: bool = True) -> pd.DataFrame:
    """Pairs whose relations changed most: significant slopes first (by |slope|), then the
    others by p-value (untestable pairs, with too few events, days or no change of sign,
    last). With `fdr` (default) the verdict rests on the Benjamini-Hochberg q-value
    across all tested pairs; without, on each pair's own p-value.

    `window` keeps only the last stretch of time before the latest event: days as an
    int, or a pandas offset string ('90D', '26W').
    """
    ev = pair_events(df, since, until)
    ev = ev[ev["day"].notna()]
    if window is not None and len(ev):
        span = pd.Timedelta(days=window) if isinstance(window, (int, float)) \
            else pd.Timedelta(window)
        ev = ev[ev["day"] >= ev["day"].max() - span]
    if ev.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    out = _slopes(ev)
    out["q_value"] = benjamini_hochberg(out["p_value"])
    n_tested = int(out["p_value"].notna().sum())
    out["test"], out["level"] = EVENT_TEST, level
    out["fdr"] = FDR_METHOD.format(n=n_tested) if fdr else "none (each pair at its own level)"
    judge = out["q_value"] if fdr else out["p_value"]
    out["verdict"] = [verdict(sl, p, level) for sl, p in zip(out["slope"], judge)]
    out = out.merge(_end_indices(ev), on=["a", "b"], how="left")
    out["_sig"] = out["verdict"] != "no clear change"
    out["_abs"] = out["slope"].abs().where(out["_sig"], 0.0)
    out["_p"] = out["p_value"].fillna(2.0)
    out = out.sort_values(["_sig", "_abs", "_p", "n_events", "pair"],
                          ascending=[False, False, True, False, True])
    return out[TREND_COLUMNS].reset_index(drop=True)


def _slopes(ev: pd.DataFrame) -> pd.DataFrame:
    """Per pair: WLS slope of sign on years, and the permutation-moment p-value (module doc).

    With a_i = w_i (y_i - mean_w y), the slope's numerator is T = sum a_i x_i. Over all
    orders of the days, T has mean 0 and variance S_aa S_xx / (n - 1) (S: sums of squared
    deviations from the plain means), so z = T / sd is referred to t(n - 2). Pairs with
    fewer than MIN_POINTS events, one day, or one sign only are untestable (NaN).
    """
    x = (ev["day"] - pd.Timestamp("2000-01-01")).dt.days.to_numpy() / 365.25
    w, y = ev["w"].to_numpy(float), ev["sign"].to_numpy(float)
    keys = pd.MultiIndex.from_arrays([ev["a"].to_numpy(), ev["b"].to_numpy()])
    code, uniq = pd.factorize(keys, sort=True)
    m = len(uniq)
    n = np.bincount(code, minlength=m).astype(float)
    sw = np.bincount(code, w, m)
    xw = np.bincount(code, w * x, m) / sw
    yw = np.bincount(code, w * y, m) / sw
    sxx_w = np.bincount(code, w * (x - xw[code]) ** 2, m)
    sxy_w = np.bincount(code, w * (x - xw[code]) * (y - yw[code]), m)
    a = w * (y - yw[code])
    xbar, abar = np.bincount(code, x, m) / n, np.bincount(code, a, m) / n
    sxx = np.bincount(code, (x - xbar[code]) ** 2, m)
    saa = np.bincount(code, (a - abar[code]) ** 2, m)
    ok = (n >= MIN_POINTS) & (sxx > 1e-12) & (saa > 1e-12) & (sxx_w > 1e-12)
    slope = np.where(ok, sxy_w / np.where(ok, sxx_w, 1.0), np.nan)
    sd = np.sqrt(np.where(ok, saa * sxx / np.maximum(n - 1, 1), 1.0))
    z = np.where(ok, sxy_w / sd, np.nan)
    p = np.where(ok, 2 * stats.t.sf(np.abs(z), np.maximum(n - 2, 1)), np.nan)
    return pd.DataFrame({"pair": [f"{i}-{j}" for i, j in uniq], "a": uniq.get_level_values(0),
                         "b": uniq.get_level_values(1), "n_events": n.astype(int),
                         "slope": slope, "p_value": p})


def _end_indices(ev: pd.DataFrame) -> pd.DataFrame:
    """The index of each pair's first and last month with events."""
    month = ev["day"].dt.to_period("M")
    m = ev.assign(_month=month, _coop=ev["w"].where(ev["sign"] > 0, 0.0),
                  _conf=ev["w"].where(ev["sign"] < 0, 0.0), _sq=ev["w"] ** 2)
    per = m.groupby(["a", "b", "_month"], sort=True)[["_coop", "_conf", "_sq"]].sum()
    per = per.reset_index()
    per["index"] = coop_index_arrays(per["_coop"], per["_conf"], per["_sq"])[0]
    g = per.groupby(["a", "b"], sort=True)
    first, last = g.first(), g.last()
    return pd.DataFrame({
        "first_period": first["_month"].map(lambda p: p.strftime("%Y-%m")),
        "last_period": last["_month"].map(lambda p: p.strftime("%Y-%m")),
        "first_index": first["index"], "last_index": last["index"],
    }).reset_index()
