"""Is a relationship getting better or worse? Only a stated test at a stated level says so.

Both tests are weighted least squares slopes with a two-sided t-test on the slope:
* `trends(df)` regresses each event's cooperation sign (+1 cooperation, -1 conflict,
  weight |intensity|) on its day, so the slope is in index units per year;
* `trend(series_df)` regresses the period indices on period number, weighted by
  the effective number of events in each period (slope per period).
A pair is 'rising' or 'falling' only when p < level; otherwise 'no clear change'.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from detente.relations.frame import pair_events
from detente.relations.index import coop_index_arrays

EVENT_TEST = "WLS t-test, event sign vs time"  # weight |intensity|, slope per year
SERIES_TEST = "WLS t-test, period index vs period"  # weight n_eff, slope per period
TREND_COLUMNS = [
    "pair", "a", "b", "n_events", "slope", "p_value", "test", "level", "verdict",
    "first_period", "last_period", "first_index", "last_index",
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


def trends(df: pd.DataFrame, window: Any = None, level: float = 0.05,
           since: Any = None, until: Any = None) -> pd.DataFrame:
    """Pairs whose relations changed most: significant slopes first (by |slope|), then the
    others by p-value (untestable pairs, with too few events or days, last).

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
    out["test"], out["level"] = EVENT_TEST, level
    out["verdict"] = [verdict(sl, p, level) for sl, p in zip(out["slope"], out["p_value"])]
    out = out.merge(_end_indices(ev), on=["a", "b"], how="left")
    out["_sig"] = out["verdict"] != "no clear change"
    out["_abs"] = out["slope"].abs().where(out["_sig"], 0.0)
    out["_p"] = out["p_value"].fillna(2.0)
    out = out.sort_values(["_sig", "_abs", "_p", "n_events", "pair"],
                          ascending=[False, False, True, False, True])
    return out[TREND_COLUMNS].reset_index(drop=True)


def _slopes(ev: pd.DataFrame) -> pd.DataFrame:
    """Per-pair WLS slope of sign on years and its t-test p-value, from grouped sums."""
    x = (ev["day"] - pd.Timestamp("2000-01-01")).dt.days.to_numpy() / 365.25
    w, y = ev["w"].to_numpy(float), ev["sign"].to_numpy(float)
    sums = pd.DataFrame({"a": ev["a"].to_numpy(), "b": ev["b"].to_numpy(), "n": 1.0, "sw": w,
                         "sx": w * x, "sy": w * y, "sxx": w * x * x, "sxy": w * x * y,
                         "syy": w * y * y}).groupby(["a", "b"], sort=True).sum().reset_index()
    sxx = sums["sxx"] - sums["sx"] ** 2 / sums["sw"]
    sxy = sums["sxy"] - sums["sx"] * sums["sy"] / sums["sw"]
    syy = sums["syy"] - sums["sy"] ** 2 / sums["sw"]
    n = sums["n"]
    ok = (n >= MIN_POINTS) & (sxx > 1e-12 * sums["sw"])
    slope = np.where(ok, sxy / sxx.where(ok, 1.0), np.nan)
    ssr = np.clip(syy - slope * sxy, 0.0, None)
    se = np.sqrt(ssr / ((n - 2).clip(lower=1) * sxx.where(ok, 1.0)))
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.abs(slope) / se
    p = np.where(ok, 2 * stats.t.sf(t, (n - 2).clip(lower=1)), np.nan)
    p = np.where(ok & (se == 0), np.where(slope != 0, 0.0, 1.0), p)
    return pd.DataFrame({"pair": sums["a"] + "-" + sums["b"], "a": sums["a"], "b": sums["b"],
                         "n_events": n.astype(int), "slope": slope, "p_value": p})


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
