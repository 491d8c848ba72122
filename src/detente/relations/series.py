"""How relations between two countries move over time: one row per period."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from detente.models import QUADS
from detente.relations.frame import pair_events, pair_key, quad_counts, to_day
from detente.relations.index import coop_index

FREQS = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
SERIES_COLUMNS = [
    "period", "start", "pair", "n_events", *QUADS, "intensity_sum", "intensity_mean",
    "index", "ci_low", "ci_high", "n_eff",
]


def series(df: pd.DataFrame, a: str, b: str, by: str = "month", since: Any = None,
           until: Any = None, level: float = 0.95) -> pd.DataFrame:
    """Per-period counts, intensity and cooperation index (with interval) for pair a-b.

    Periods run from `since` (else the first event) to `until` (else the last); a
    period without events is present with NaN index and the full interval [-1, 1],
    so a chart shows the gap rather than hiding it. Weeks start on Monday and are
    labelled by that day; months as 'YYYY-MM'. Events of unknown day are left out.
    """
    if by not in FREQS:
        raise ValueError(f"by must be one of {sorted(FREQS)}, not {by!r}")
    a, b = pair_key(a.upper(), b.upper())
    ev = pair_events(df, since, until)
    ev = ev[(ev["a"] == a) & (ev["b"] == b) & ev["day"].notna()]
    periods = _periods(ev["day"], by, since, until)
    if periods is None:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    key = ev["day"].dt.to_period(FREQS[by])
    groups = dict(list(ev.groupby(key)))
    rows = [_row(p, groups.get(p), by, f"{a}-{b}", level) for p in periods]
    return pd.DataFrame(rows, columns=SERIES_COLUMNS)


def relations(df: pd.DataFrame, a: str, b: str, by: str = "month", since: Any = None,
              until: Any = None, level: float = 0.95) -> pd.DataFrame:
    """Alias of `series` for `detente relations A B --by month`."""
    return series(df, a, b, by=by, since=since, until=until, level=level)


def _periods(days: pd.Series, by: str, since: Any, until: Any) -> pd.PeriodIndex | None:
    lo = to_day(since) if since is not None else (days.min() if len(days) else None)
    hi = to_day(until) if until is not None else (days.max() if len(days) else None)
    if lo is None or hi is None or pd.isna(lo) or pd.isna(hi) or hi < lo:
        return None
    return pd.period_range(lo, hi, freq=FREQS[by])


def _label(period: pd.Period, by: str) -> str:
    if by == "month":
        return period.strftime("%Y-%m")
    if by == "year":
        return period.strftime("%Y")
    if by == "quarter":
        return f"{period.year}-Q{period.quarter}"
    return period.start_time.date().isoformat()


def _row(period: pd.Period, g: pd.DataFrame | None, by: str, pair: str,
         level: float) -> dict[str, Any]:
    start = period.start_time.normalize()
    if g is None or g.empty:
        return {"period": _label(period, by), "start": start, "pair": pair, "n_events": 0,
                **{q: 0 for q in QUADS}, "intensity_sum": 0.0, "intensity_mean": np.nan,
                "index": np.nan, "ci_low": -1.0, "ci_high": 1.0, "n_eff": 0.0}
    inten = pd.to_numeric(g["intensity"], errors="coerce")
    idx = coop_index(g["sign"], g["w"], level=level)
    return {"period": _label(period, by), "start": start, "pair": pair, "n_events": len(g),
            **quad_counts(g), "intensity_sum": float(inten.sum()),
            "intensity_mean": float(inten.mean()), "index": idx.index, "ci_low": idx.ci_low,
            "ci_high": idx.ci_high, "n_eff": idx.n_eff}
