"""Judge pair scores against outside references: UN voting closeness, known allies and rivals.

Two checks, each saying how many pairs it rests on:

* rank correlation (Spearman) between a pair score and UN General Assembly voting
  closeness in one session (minus the distance of the two states' ideal points, Bailey,
  Strezhnev and Voeten), over pairs with at least `min_events` events and both ideal
  points; for detente's alignment, its direct baseline index and, as the plain baseline,
  the mean Goldstein weight of the pair's events;
* sign agreement on a list of allied and rival pairs for a year (the project's own
  `data/alignments.tsv`, one source line per pair, or a user file of the same columns).

Pure functions over the events frame: the CLI only reads the store and prints.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from detente.errors import UsageError
from detente.relations import alignment as align
from detente.relations.baseline import NO_SIGN, pair_index_events
from detente.relations.frame import pair_events

IDEAL_COLUMNS = ("session", "iso3c", "IdealPointAll")
PAIR_FILE_COLUMNS = ("year", "a", "b", "relation", "source")
SCORES = {
    "alignment": "detente alignment ({method})",
    "index": "detente baseline index ({method})",
    "mean_goldstein": "plain mean Goldstein of the pair's events",
}


def read_ideal_points(path: Path | str, session: int) -> pd.Series:
    """Ideal point per ISO3 state for one UN General Assembly session.

    `path` is the CSV or a folder holding exactly one CSV. Errors name the file.
    """
    path = Path(path)
    if path.is_dir():
        found = sorted(path.glob("*.csv"))
        if len(found) != 1:
            raise UsageError(f"{path}: expected one CSV of ideal points, found {len(found)}")
        path = found[0]
    try:
        table = pd.read_csv(path, na_values=["NA"])
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        raise UsageError(f"{path}: cannot read ideal points ({exc})") from None
    missing = [c for c in IDEAL_COLUMNS if c not in table.columns]
    if missing:
        raise UsageError(f"{path}: line 1: ideal points need columns {', '.join(missing)}")
    rows = table[pd.to_numeric(table["session"], errors="coerce") == session]
    rows = rows.dropna(subset=["iso3c", "IdealPointAll"])
    if rows.empty:
        raise UsageError(f"{path}: no ideal points for session {session}")
    return rows.groupby("iso3c")["IdealPointAll"].mean()


def read_pairs(path: Path | str | None = None, year: int | None = None) -> pd.DataFrame:
    """Allied and rival pairs (year, a, b, relation, source), from a file or detente's own."""
    if path is None:
        text = resources.files("detente.relations").joinpath("data/alignments.tsv") \
            .read_text(encoding="utf-8")
        name = "detente/relations/data/alignments.tsv"
    else:
        name = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{name}: cannot read ({exc})") from None
    rows, header = [], None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            if tuple(header[:5]) != PAIR_FILE_COLUMNS:
                raise UsageError(f"{name}:{n}: header must be {' '.join(PAIR_FILE_COLUMNS)}")
            continue
        if len(cells) != 5 or cells[3] not in ("allied", "rival") or not cells[0].isdigit():
            raise UsageError(f"{name}:{n}: expected year, A, B, allied|rival, source "
                             "(tab-separated)")
        if not cells[4]:
            raise UsageError(f"{name}:{n}: every pair needs a source")
        rows.append({"year": int(cells[0]), "a": cells[1].upper(), "b": cells[2].upper(),
                     "relation": cells[3], "source": cells[4]})
    out = pd.DataFrame(rows, columns=list(PAIR_FILE_COLUMNS))
    return out[out["year"] == year] if year is not None else out


def pair_scores(df: pd.DataFrame, rank: int = align.RANK) -> tuple[pd.DataFrame, dict]:
    """Per pair: events, baseline index and sign, alignment, mean Goldstein."""
    ev = pair_events(df)
    pairs, base = pair_index_events(ev)
    if pairs.empty:
        return pairs.assign(alignment=[], mean_goldstein=[]), base.as_dict()
    pairs["alignment"] = align.alignment(pairs, rank)
    gold = pd.to_numeric(ev["goldstein"], errors="coerce") if "goldstein" in ev else None
    if gold is not None:
        means = ev.assign(_g=gold).groupby("pair")["_g"].mean()
        pairs["mean_goldstein"] = pairs["pair"].map(means)
    else:
        pairs["mean_goldstein"] = np.nan
    return pairs, base.as_dict()


def evaluate_relations(df: pd.DataFrame, ideal: pd.Series, min_events: int = 30,
                       pairs_ref: pd.DataFrame | None = None,
                       rank: int = align.RANK) -> dict[str, Any]:
    """Spearman with UN voting closeness and sign agreement on known pairs (see module doc)."""
    scores, base = pair_scores(df, rank)
    names = {k: v.format(method=align.method(rank) if k == "alignment" else base["method"])
             for k, v in SCORES.items()}
    big = scores[scores["n_events"] >= min_events].copy()
    big["closeness"] = [-abs(ideal.get(a, np.nan) - ideal.get(b, np.nan))
                        for a, b in zip(big["a"], big["b"])]
    un = big.dropna(subset=["closeness"])
    correlations = {}
    for key in SCORES:
        use = un.dropna(subset=[key])
        rho = (float(stats.spearmanr(use[key], use["closeness"]).statistic)
               if len(use) >= 3 else float("nan"))
        correlations[key] = {"score": names[key], "spearman": rho, "n_pairs": len(use)}
    result: dict[str, Any] = {
        "min_events": min_events, "n_pairs": len(scores),
        "n_pairs_min_events": len(big), "baseline": base,
        "un_voting": correlations, "signs": None,
    }
    if pairs_ref is not None:
        result["signs"] = sign_agreement(scores, pairs_ref, min_events)
    return result


def sign_agreement(scores: pd.DataFrame, ref: pd.DataFrame, min_events: int) -> dict[str, Any]:
    """How often each score's sign matches 'allied' (+) or 'rival' (-), pair by pair."""
    key = ref.apply(lambda r: "-".join(sorted((r["a"], r["b"]))), axis=1) if len(ref) \
        else pd.Series(dtype=str)
    table = ref.assign(pair=key).merge(scores, on="pair", how="left", suffixes=("", "_s"))
    table["n_events"] = table["n_events"].fillna(0).astype(int)
    used = table[table["n_events"] >= min_events]
    want = np.where(used["relation"] == "allied", 1, -1)
    clear = used["sign"] != NO_SIGN
    idx_sign = np.where(used["sign"] == "+", 1, -1)
    out = {
        "n_listed": len(table), "n_pairs": len(used),
        "index": {"agree": int(((idx_sign == want) & clear).sum()),
                  "disagree": int(((idx_sign != want) & clear).sum()),
                  "no_clear_sign": int((~clear).sum())},
        "alignment": {"agree": int((np.sign(used["alignment"]) == want).sum())},
        "mean_goldstein": {"agree": int((np.sign(used["mean_goldstein"]) == want).sum())},
        "pairs": [{"pair": r.pair, "relation": r.relation, "n_events": int(r.n_events),
                   "index": _num(r.index), "sign": r.sign if r.n_events else None,
                   "alignment": _num(r.alignment), "mean_goldstein": _num(r.mean_goldstein),
                   "source": r.source} for r in table.itertuples()],
    }
    return out


def _num(value: Any) -> float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(value) else value


def format_relations_eval(result: dict[str, Any], session: int | None = None) -> str:
    """The evaluation as text: each figure with the number of pairs it rests on."""
    lines = [(f"Pairs with events: {result['n_pairs']}; with at least {result['min_events']} "
             f"events: {result['n_pairs_min_events']}"),
             (f"Baseline: cooperation rate {result['baseline']['rate']:.3f}, prior strength "
             f"{result['baseline']['kappa']:.2f} ({result['baseline']['method']})")]
    where = f"session {session}" if session is not None else "the session"
    lines.append(f"Spearman with UN voting closeness ({where}; minus ideal point distance):")
    for c in result["un_voting"].values():
        rho = "n/a" if np.isnan(c["spearman"]) else f"{c['spearman']:+.3f}"
        lines.append(f"  {rho}  {c['score']}  [{c['n_pairs']} pairs]")
    signs = result.get("signs")
    if signs is not None:
        n = signs["n_pairs"]
        idx = signs["index"]
        lines.append(f"Sign agreement on known allies and rivals ({n} of {signs['n_listed']} "
                     f"listed pairs have at least {result['min_events']} events):")
        lines.append(f"  baseline index: {idx['agree']} agree, {idx['disagree']} disagree, "
                     f"{idx['no_clear_sign']} no clear sign  [{n} pairs]")
        lines.append(f"  alignment: {signs['alignment']['agree']} of {n} agree")
        lines.append(f"  plain mean Goldstein: {signs['mean_goldstein']['agree']} of {n} agree")
        for p in signs["pairs"]:
            if p["n_events"] >= result["min_events"]:
                lines.append(f"    {p['pair']:<8} {p['relation']:<6} {p['n_events']:>4} events  "
                             f"index {_fmt(p['index'])} ({p['sign']})  alignment "
                             f"{_fmt(p['alignment'])}  Goldstein {_fmt(p['mean_goldstein'])}")
    return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:+.2f}"
