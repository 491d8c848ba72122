"""Scoring whole articles against document-level gold (the `news_dev` format).

Each gold document is an article with the relations a careful reader marks in it, each
relation tied to one evidence sentence. The rule (../shared/gold/news_dev/README.md):

* a gold relation is found when an asserted event has the same source and target
  (either order when the relation is `symmetric`), the same PLOVER type, and an
  evidence sentence that contains or is contained in the gold evidence, both folded;
* recall is found / all gold relations (also per quad and without `background`);
* precision is judged only over distinct asserted events with both sides whose
  evidence overlaps some annotated sentence of the article: the set does not claim its
  other sentences are empty, so events there are neither right nor wrong.

Every miss is sorted into one cause, so the distance to a target can be read by what
would close it: an event with both sides right but another type; an event in the
sentence with a side empty; events with both sides but another pair; events only
negated, hypothetical or future; no event in the sentence at all.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from detente.eval.common import country, error, norm_text, overlaps, ratio
from detente.eval.gold import GoldSet
from detente.models import Event
from detente.ontology import normalise_plover, quad_of

CODES_PATH = Path(__file__).parent / "data" / "gold_codes.tsv"

# The causes of a miss, in the order they are tested (the first that holds names it).
FOUND = "found"
CAUSES = (
    "right pair, wrong type",
    "a side empty",
    "wrong pair",
    "only negated/hypothetical/future",
    "no event in the sentence",
)
# Short names for the metrics and the error list.
CAUSE_KEYS = {
    "right pair, wrong type": "wrong_type",
    "a side empty": "side_empty",
    "wrong pair": "wrong_pair",
    "only negated/hypothetical/future": "status",
    "no event in the sentence": "no_event",
}
QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


@cache
def gold_codes() -> dict[str, str]:
    """Gold spellings of actor codes -> the code detente gives the same actor (UN -> UNO)."""
    out = {}
    with open(CODES_PATH, encoding="utf-8") as fh:
        for row in csv.reader((ln for ln in fh if ln.strip() and not ln.startswith("#")),
                              delimiter="\t"):
            out[row[0].strip().upper()] = row[1].strip().upper()
    return out


def fold(code: str | None) -> str | None:
    """A gold or predicted actor code in the spelling detente uses."""
    if not code:
        return None
    code = str(code).upper()
    return gold_codes().get(code, code)


@dataclass(frozen=True)
class Relation:
    """One gold relation of an article, codes folded to detente's spelling."""

    source: str
    target: str
    plover: str
    evidence: str
    symmetric: bool = False
    background: bool = False

    @property
    def quad(self) -> str:
        return quad_of(self.plover)

    def pair_of(self, e: Event) -> bool:
        """The event joins the relation's two sides (either way round when symmetric)."""
        pair = (fold(country(e.source)), fold(country(e.target)))
        return pair == (self.source, self.target) or (
            self.symmetric and pair == (self.target, self.source))

    def matches(self, e: Event) -> bool:
        return (e.status == "asserted" and e.plover == self.plover and self.pair_of(e)
                and overlaps(e.evidence, self.evidence))


def relations(doc: dict[str, Any]) -> list[Relation]:
    """The gold relations of one loaded document."""
    return [Relation(fold(r["source"]) or "", fold(r["target"]) or "",
                     normalise_plover(str(r["plover"])), str(r["evidence"]),
                     bool(r.get("symmetric")), bool(r.get("background")))
            for r in doc.get("relations") or []]


def _has_both_sides(e: Event) -> bool:
    return bool(country(e.source) and country(e.target))


def cause_of(rel: Relation, events: list[Event]) -> str:
    """Why a gold relation was missed (or FOUND), by the events on its sentence."""
    here = [e for e in events if overlaps(e.evidence, rel.evidence)]
    claimed = [e for e in here if e.status == "asserted"]
    paired = [e for e in claimed if rel.pair_of(e)]
    if any(e.plover == rel.plover for e in paired):
        return FOUND
    if paired:
        return "right pair, wrong type"
    if any(not _has_both_sides(e) for e in claimed):
        return "a side empty"
    if claimed:
        return "wrong pair"
    if here:
        return "only negated/hypothetical/future"
    return "no event in the sentence"


def judged(events: list[Event], gold: list[Relation]) -> dict[tuple, Event]:
    """The predictions precision judges: asserted, both sides, on an annotated sentence;
    one per (sentence, source, target, type)."""
    out: dict[tuple, Event] = {}
    for e in events:
        if e.status != "asserted" or not _has_both_sides(e):
            continue
        if not any(overlaps(e.evidence, g.evidence) for g in gold):
            continue
        key = (norm_text(e.evidence), fold(country(e.source)), fold(country(e.target)), e.plover)
        out.setdefault(key, e)
    return out


def _gold_triple(g: Relation) -> str:
    arrow = "<->" if g.symmetric else "->"
    return f"{g.source} {arrow} {g.target} {g.plover}" + (" (background)" if g.background else "")


def _event_triple(e: Event) -> str:
    return f"{country(e.source) or '-'} -> {country(e.target) or '-'} {e.plover} [{e.status}]"


def score_articles(gs: GoldSet, predictions: list[list[Event]]) -> dict[str, Any]:
    """Recall (all, per quad, without background), precision on annotated sentences, a
    looser dyad+quad recall beside them, and the share of gold relations by cause."""
    causes: Counter[str] = Counter()
    per_quad: dict[str, list[int]] = {q: [0, 0] for q in QUADS}
    news = [0, 0]                      # found, all: relations that are not background
    loose = 0                          # found by pair and quad instead of type
    n_pred = n_ok = n_pred_loose_ok = 0
    errors: list[dict] = []
    for item, events in zip(gs.items, predictions, strict=True):
        gold = relations(item.gold)
        for g in gold:
            cause = cause_of(g, events)
            causes[cause] += 1
            hit = cause == FOUND
            per_quad[g.quad][0] += hit
            per_quad[g.quad][1] += 1
            if not g.background:
                news[0] += hit
                news[1] += 1
            loose += hit or any(e.status == "asserted" and g.pair_of(e)
                                and quad_of(e.plover) == g.quad
                                and overlaps(e.evidence, g.evidence) for e in events)
            if not hit:
                here = [_event_triple(e) for e in events if overlaps(e.evidence, g.evidence)]
                errors.append(error(CAUSE_KEYS[cause], item.id, g.evidence, here or None,
                                    _gold_triple(g)))
        for e in judged(events, gold).values():
            n_pred += 1
            ok = any(g.matches(e) for g in gold)
            n_ok += ok
            n_pred_loose_ok += ok or any(
                g.pair_of(e) and quad_of(e.plover) == g.quad and overlaps(e.evidence, g.evidence)
                for g in gold)
            if not ok:
                errors.append(error("fp", item.id, e.evidence, _event_triple(e), None, e.rule))
    total = sum(causes.values())
    found = causes[FOUND]
    precision = ratio(n_ok, n_pred)
    recall = ratio(found, total)
    metrics: dict[str, Any] = {
        "documents": len(gs.items),
        "gold_relations": total,
        "recall": recall,
        "precision": precision,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "predicted_in_annotated": n_pred,
        "recall_without_background": ratio(*news),
        "recall_dyad_quad": ratio(loose, total),
        "precision_dyad_quad": ratio(n_pred_loose_ok, n_pred),
    }
    for q, (hit, n) in per_quad.items():
        metrics[f"recall_{q}"] = ratio(hit, n)
    for cause in CAUSES:
        metrics[f"miss_{CAUSE_KEYS[cause]}"] = ratio(causes[cause], total)
    order = {key: i for i, key in enumerate([*CAUSE_KEYS.values(), "fp"])}
    errors.sort(key=lambda err: order[err["type"]])
    breakdown = {cause: {"gold": causes[cause], "share": ratio(causes[cause], total)}
                 for cause in (FOUND, *CAUSES)}
    return {"metrics": metrics, "errors": errors, "causes": breakdown}
