"""Shared preparation of the events frame for the relations layer.

Every relations function counts the same things the same way: asserted events
between two different countries, on an effective day, with a cooperation sign and
a weight. Keeping that in one place means a dyad table, a series and a bloc
partition never disagree about what an event is.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

from detente.models import QUADS

COOP_QUADS = ("verbal_coop", "material_coop")
CONFLICT_QUADS = ("verbal_conflict", "material_conflict")

_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})$")


def parse_day(value: Any) -> pd.Timestamp:
    """First day of an ISO date as precise as known ('2021-03-19', '2021-03', '2021')."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return pd.NaT
    if isinstance(value, (pd.Timestamp, datetime, date)):
        return pd.Timestamp(value).normalize()
    text = str(value).strip()
    if not text:
        return pd.NaT
    week = _WEEK.match(text)
    try:
        if week:
            return pd.Timestamp(date.fromisocalendar(int(week[1]), int(week[2]), 1))
        if re.fullmatch(r"\d{4}", text):
            return pd.Timestamp(int(text), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", text):
            return pd.Timestamp(int(text[:4]), int(text[5:7]), 1)
        return pd.Timestamp(text[:10]).normalize()
    except (ValueError, TypeError):
        return pd.NaT


def effective_day(df: pd.DataFrame) -> pd.Series:
    """An event's day: its own date when known, else the document's publication day."""
    own = _days(df["date"]) if "date" in df.columns else pd.Series(pd.NaT, df.index)
    if "published" in df.columns:
        own = own.where(own.notna(), _days(df["published"]))
    return pd.to_datetime(own)


def _days(values: pd.Series) -> pd.Series:
    """parse_day over a column, once per distinct value (dates repeat a lot)."""
    uniques = values.dropna().unique()
    lookup = {v: parse_day(v) for v in uniques}
    return pd.to_datetime(values.map(lookup))


def coop_sign(df: pd.DataFrame) -> pd.Series:
    """+1 for cooperation, -1 for conflict, 0 neutral: the intensity's sign; the quad's only
    where the intensity is unknown.

    PLOVER scores some types 0 (REQUEST: "Turkey wants more S-400s from Russia" asks, it
    does not attack): such an event is neutral, not conflict by its quad. An imported event
    that PLOVER does not count as an event (no PLOVER type and no intensity: CAMEO 010
    "make statement", 017 "consider policy option") is neutral too, whatever quad its
    source filed it under: most of what ICEWS calls verbal cooperation is such statements,
    and counting them as cooperation would call every pair friendly.
    """
    inten = pd.to_numeric(df.get("intensity"), errors="coerce")
    by_quad = df["quad"].map(lambda q: 1.0 if q in COOP_QUADS else -1.0 if q in CONFLICT_QUADS
                             else 0.0) if "quad" in df.columns else pd.Series(0.0, df.index)
    if "plover" in df.columns:
        no_event = inten.isna() & (df["plover"].isna() | (df["plover"].astype(str) == ""))
        by_quad = by_quad.where(~no_event, 0.0)
    sign = np.sign(inten.fillna(0.0))
    return pd.Series(np.where(inten.notna(), sign, by_quad), index=df.index, dtype=float)


def weight(df: pd.DataFrame) -> pd.Series:
    """How much an event counts: |intensity| (1 when unknown or zero)."""
    w = pd.to_numeric(df.get("intensity"), errors="coerce").abs()
    return w.where(w > 0, 1.0).fillna(1.0)


def to_day(value: Any) -> pd.Timestamp | None:
    """A since/until bound as a day, or None."""
    if value is None:
        return None
    day = parse_day(value)
    return None if pd.isna(day) else day


def pair_events(df: pd.DataFrame, since: Any = None, until: Any = None) -> pd.DataFrame:
    """Asserted events between two different countries, with pair, day, sign and weight.

    Adds columns `a`, `b` (sorted countries), `pair` ('A-B'), `day`, `sign`, `w`.
    With a bound, events of unknown day are left out (they cannot be placed).
    """
    if df is None or len(df) == 0:
        return _empty_pairs(df)
    out = df
    if "status" in out.columns:
        out = out[out["status"].fillna("asserted") == "asserted"]
    src = out["source_country"]
    tgt = out["target_country"]
    ok = src.notna() & tgt.notna() & (src.astype(str) != "") & (tgt.astype(str) != "")
    ok &= src.astype(str) != tgt.astype(str)
    out = out[ok].copy()
    if out.empty:
        return _empty_pairs(df)
    s, t = out["source_country"].astype(str), out["target_country"].astype(str)
    out["a"] = np.where(s < t, s, t)
    out["b"] = np.where(s < t, t, s)
    out["pair"] = out["a"] + "-" + out["b"]
    out["day"] = effective_day(out)
    out["sign"] = coop_sign(out)
    out["w"] = weight(out)
    return within(out, since, until)


def within(df: pd.DataFrame, since: Any = None, until: Any = None) -> pd.DataFrame:
    """Rows whose `day` lies in [since, until] (either bound may be None)."""
    lo, hi = to_day(since), to_day(until)
    if lo is not None:
        df = df[df["day"] >= lo]
    if hi is not None:
        df = df[df["day"] <= hi]
    return df


def _empty_pairs(df: pd.DataFrame | None) -> pd.DataFrame:
    cols = list(df.columns) if df is not None else []
    extra = ["a", "b", "pair", "day", "sign", "w"]
    return pd.DataFrame(columns=cols + [c for c in extra if c not in cols])


def pair_key(a: str, b: str) -> tuple[str, str]:
    """The unordered pair as a sorted tuple."""
    return (a, b) if a <= b else (b, a)


def quad_counts(frame: pd.DataFrame) -> dict[str, int]:
    """Events per quad, all four quads present."""
    counts = frame["quad"].value_counts() if "quad" in frame.columns else pd.Series(dtype=int)
    return {q: int(counts.get(q, 0)) for q in QUADS}


EVENT_COLUMNS = [
    "event_id", "doc_id", "sentence_index", "evidence", "char_start", "char_end",
    "source_text", "source_code", "source_country", "source_sector", "source_name",
    "target_text", "target_code", "target_country", "target_sector", "target_name",
    "plover", "mode", "cameo", "quad", "intensity", "goldstein", "status", "date",
    "date_precision", "quote_speaker", "quote_text", "confidence", "rule", "location_name",
    "location_country", "location_lat", "location_lon", "published", "title", "url",
]
_QUAD_OF = {
    "AGREE": "verbal_coop", "CONSULT": "verbal_coop", "SUPPORT": "verbal_coop",
    "CONCEDE": "verbal_coop", "COOPERATE": "material_coop", "AID": "material_coop",
    "RETREAT": "material_coop", "REQUEST": "verbal_conflict", "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict", "THREATEN": "verbal_conflict", "PROTEST": "material_conflict",
    "SANCTION": "material_conflict", "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict", "ASSAULT": "material_conflict",
}


def make_events(records: list[dict[str, Any]]) -> pd.DataFrame:
    """An events frame with every design.md column from short dicts (tests, examples).

    Missing fields get defaults: status 'asserted', confidence 0.5, quad from the
    PLOVER type (design.md table), codes from the countries, a unique event_id.
    """
    rows = []
    for n, rec in enumerate(records):
        row = dict.fromkeys(EVENT_COLUMNS)
        row.update({"status": "asserted", "confidence": 0.5, "sentence_index": 0,
                    "event_id": f"e{n}", "doc_id": f"d{n}"})
        row.update(rec)
        row["quad"] = row["quad"] or _QUAD_OF.get(str(row["plover"]))
        row["source_code"] = row["source_code"] or row["source_country"]
        row["target_code"] = row["target_code"] or row["target_country"]
        rows.append(row)
    extra = [c for c in dict.fromkeys(c for r in rows for c in r) if c not in EVENT_COLUMNS]
    return pd.DataFrame(rows, columns=EVENT_COLUMNS + extra)
