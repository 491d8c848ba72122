"""Per-pair tables and de-duplication of events reported many times."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from detente.models import QUADS
from detente.relations.baseline import pair_index_events
from detente.relations.frame import effective_day, pair_events, parse_day
from detente.relations.index import coop_index_arrays

DYAD_COLUMNS = [
    "a", "b", "pair", *QUADS, "total", "mentions", "intensity_sum", "intensity_mean",
    "index", "ci_low", "ci_high", "first", "last", "evidence", "evidence_doc_id",
    "evidence_sentence_index", "baseline", "baseline_index", "baseline_low", "baseline_high",
    "sign", "method",
]

_STOP = frozenset({
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from",
    "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "that", "this", "it",
    "its", "their", "his", "her", "they", "he", "she", "said", "says", "will", "would",
})
_WORD = re.compile(r"\w+")


def dyads(df: pd.DataFrame, since: Any = None, until: Any = None) -> pd.DataFrame:
    """One row per unordered country pair: counts per quad, intensity, dates, best evidence.

    The evidence is the sentence of the event with the largest |intensity| * confidence,
    so a reader can check the strongest claim behind the row. Sorted by total events.
    `index`/`ci_low`/`ci_high` are the cooperation index over all the pair's events;
    `baseline_index`/`baseline_low`/`baseline_high` measure the pair against the corpus
    rate `baseline` (`relations.baseline`), `sign` says whether that interval excludes it
    ('+', '-', 'no clear sign'), and `method` names how.
    """
    ev = pair_events(df, since, until)
    if ev.empty:
        return pd.DataFrame(columns=DYAD_COLUMNS)
    ev = ev.reset_index(drop=True)
    inten = pd.to_numeric(ev["intensity"], errors="coerce")
    conf = pd.to_numeric(ev["confidence"], errors="coerce") if "confidence" in ev else 0.5
    ev = ev.assign(
        _i=inten, _strength=(inten.abs() * pd.Series(conf, ev.index).fillna(0.5)).fillna(0.0),
        _coop=ev["w"].where(ev["sign"] > 0, 0.0), _conf=ev["w"].where(ev["sign"] < 0, 0.0),
        _sq=ev["w"].where(ev["sign"] != 0, 0.0) ** 2,
        _m=ev["mentions"].fillna(1).astype(int) if "mentions" in ev else 1,
    )
    g = ev.groupby(["a", "b"], sort=True)
    out = g.agg(total=("pair", "size"), mentions=("_m", "sum"), intensity_sum=("_i", "sum"),
                intensity_mean=("_i", "mean"), first=("day", "min"), last=("day", "max"),
                _coop=("_coop", "sum"), _conf=("_conf", "sum"), _sq=("_sq", "sum"))
    quads = pd.crosstab([ev["a"], ev["b"]], ev["quad"]).reindex(columns=list(QUADS), fill_value=0)
    out = out.join(quads).fillna({q: 0 for q in QUADS}).reset_index()
    best = ev.loc[g["_strength"].idxmax().to_numpy()]
    out["evidence"] = best["evidence"].to_numpy() if "evidence" in best else None
    out["evidence_doc_id"] = best["doc_id"].to_numpy() if "doc_id" in best else None
    out["evidence_sentence_index"] = (best["sentence_index"].to_numpy()
                                      if "sentence_index" in best else None)
    idx, lo, hi, _ = coop_index_arrays(out["_coop"], out["_conf"], out["_sq"])
    out["index"], out["ci_low"], out["ci_high"] = idx, lo, hi
    out["pair"] = out["a"] + "-" + out["b"]
    with_baseline(out, pair_index_events(ev)[0])
    for col in ("first", "last"):
        out[col] = out[col].map(lambda d: None if pd.isna(d) else d.date().isoformat())
    for q in QUADS:
        out[q] = out[q].astype(int)
    out = out[DYAD_COLUMNS]
    return out.sort_values(["total", "pair"], ascending=[False, True]).reset_index(drop=True)


def with_baseline(table: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """Add the baseline columns of a `baseline.pair_index` frame to a dyads table (in place)."""
    base = pairs.set_index("pair")
    table["baseline"] = table["pair"].map(base["baseline"])
    table["baseline_index"] = table["pair"].map(base["index"])
    table["baseline_low"] = table["pair"].map(base["ci_low"])
    table["baseline_high"] = table["pair"].map(base["ci_high"])
    table["sign"] = table["pair"].map(base["sign"])
    table["method"] = table["pair"].map(base["method"])
    return table


def tokens(text: Any) -> frozenset[str]:
    """Content words of a sentence, for comparing two reports."""
    if not isinstance(text, str):
        return frozenset()
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    if not x and not y:
        return 0.0
    return len(x & y) / len(x | y)


def dedupe(df: pd.DataFrame, days: int = 1, min_jaccard: float = 0.5) -> pd.DataFrame:
    """Collapse one event reported by many articles into one row with `mentions`.

    Two rows are the same event when they have the same unordered pair and PLOVER
    type, effective days at most `days` apart, and either similar evidence (token
    Jaccard >= `min_jaccard`) or, coming from different documents, the same source
    and target codes and trigger (the `trigger` column, else `rule`). The earliest
    report is kept. Rows with the same `event_id` are one row to begin with.
    """
    if df is None or len(df) == 0:
        out = pd.DataFrame(df).copy()
        out["mentions"] = pd.Series(dtype=int)
        return out
    base = df.copy()
    if "mentions" not in base.columns:
        base["mentions"] = 1
    base["mentions"] = base["mentions"].fillna(1).astype(int)
    if "event_id" in base.columns:
        has_id = base["event_id"].notna() & (base["event_id"].astype(str) != "")
        base = pd.concat([base[has_id].drop_duplicates("event_id"), base[~has_id]])
    base = base.reset_index(drop=True)
    base["_day"] = effective_day(base)
    base["_pub"] = base["published"].map(parse_day) if "published" in base else pd.NaT
    roots = _clusters(base, days, min_jaccard)
    base["_root"] = roots
    base = base.sort_values(["_pub", "_day"], na_position="last", kind="stable")
    counts = base.groupby("_root")["mentions"].sum()
    kept = base.drop_duplicates("_root").copy()
    kept["mentions"] = kept["_root"].map(counts).astype(int)
    kept = kept.sort_index()
    return kept.drop(columns=["_day", "_pub", "_root"]).reset_index(drop=True)


def _column(base: pd.DataFrame, name: str) -> list[Any]:
    return base[name].tolist() if name in base.columns else [None] * len(base)


def _clusters(base: pd.DataFrame, days: int, min_jaccard: float) -> np.ndarray:
    """Union-find root of each row: rows of one group (pair, type) that are one event."""
    n = len(base)
    src, tgt = (base.get(c, pd.Series(None, base.index)).fillna("").astype(str)
                for c in ("source_country", "target_country"))
    key = (np.where(src < tgt, src, tgt) + "|" + np.where(src < tgt, tgt, src) + "|"
           + base.get("plover", pd.Series("", base.index)).fillna("").astype(str))
    day = base["_day"]
    dnum = np.where(day.isna(), np.nan, (day - pd.Timestamp("1970-01-01")).dt.days)
    order = np.lexsort((np.nan_to_num(dnum, nan=np.inf), key.to_numpy()))
    evidence, docs = _column(base, "evidence"), _column(base, "doc_id")
    trig_name = "trigger" if "trigger" in base.columns else "rule"
    codes = list(zip(_column(base, "source_code"), _column(base, "target_code"),
                     _column(base, trig_name)))
    toks = [tokens(e) for e in evidence]
    keys = key.to_numpy()
    parent = list(range(n))
    for pos, i in enumerate(order):
        for j in order[pos + 1:]:
            if keys[j] != keys[i]:
                break
            if np.isnan(dnum[i]) != np.isnan(dnum[j]):
                continue
            if not np.isnan(dnum[i]) and dnum[j] - dnum[i] > days:
                break
            if jaccard(toks[i], toks[j]) >= min_jaccard or (
                    docs[i] != docs[j] and codes[i] == codes[j] and _usable(codes[i])):
                _union(parent, i, j)
    return np.array([_find(parent, i) for i in range(n)])


def _usable(code: tuple[Any, Any, Any]) -> bool:
    """Codes and trigger are all known, so equal ones identify an event."""
    return all(isinstance(c, str) and c for c in code)


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    ri, rj = _find(parent, i), _find(parent, j)
    if ri != rj:
        parent[max(ri, rj)] = min(ri, rj)
