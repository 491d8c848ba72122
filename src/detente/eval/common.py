"""Small helpers the scorers share: text folding, event accessors, P/R/F1 and macro-F1."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable
from functools import lru_cache
from typing import Any

from detente import ontology
from detente.models import Actor, Event

_QUOTES = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'",
})
_SPACE = re.compile(r"\s+")


def norm_text(text: str | None) -> str:
    """Fold case, whitespace and curly quotes, so gold strings match coder sentences."""
    if not text:
        return ""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().lower()


def overlaps(sentence: str, evidence: str) -> bool:
    """The README's match rule 1: either folded string contains the other (and neither is empty)."""
    a, b = norm_text(sentence), norm_text(evidence)
    return bool(a and b) and (b in a or a in b)


def country(actor: Actor | None) -> str | None:
    return actor.country if actor is not None else None


@lru_cache(maxsize=1)
def _org_equivalents() -> dict[str, frozenset[str]]:
    """Codes other coders give one of our organisations, from our own table: the home
    country of an armed group (national coding, as PLOVER and PETRARCH do: Hamas is
    PSE), and the generic codes IGO, IMG and NGO."""
    from detente.actors.tables import load_organisations

    out: dict[str, set[str]] = {}
    for org in load_organisations():
        codes = out.setdefault(org.code, set())
        codes.update(c for c in (org.home, org.plover) if c)
        if org.kind == "igo":
            codes.add("IGO")
    return {k: frozenset(v) for k, v in out.items()}


def countries(actor: Actor | None) -> frozenset[str]:
    """Every code a gold set may fairly write for this actor: its country or
    organisation code, and for an organisation its home country and generic code."""
    if actor is None:
        return frozenset()
    out = {actor.country} if actor.country else set()
    if actor.kind == "igo":
        out.add("IGO")
    return frozenset(out) | _org_equivalents().get(actor.country or "", frozenset())


def code(actor: Actor | None) -> str | None:
    return actor.code if actor is not None else None


def asserted(events: Iterable[Event]) -> list[Event]:
    """Only asserted events are claims that something happened."""
    return [e for e in events if e.status == "asserted"]


def best_event(events: Iterable[Event]) -> Event | None:
    """The most confident asserted event (the first one on ties), or None."""
    best = None
    for e in asserted(events):
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def quad(e: Event) -> str:
    """An event's quad, derived from its PLOVER type when the coder left it empty."""
    return e.quad or ontology.quad_of(e.plover)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (0.0 where undefined)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}


def macro_f1(
    y_true: list[Hashable], y_pred: list[Hashable], labels: Iterable[Hashable] | None = None
) -> float:
    """Unweighted mean of per-class F1 over the classes seen in gold or prediction.

    `labels` restricts the classes (a "missed" marker such as -1 is then no class);
    a class neither in gold nor predicted is left out rather than scored 0.
    """
    seen = set(y_true) | set(y_pred)
    classes = [c for c in labels if c in seen] if labels is not None else sorted(seen, key=str)
    if not classes:
        return 0.0
    total = 0.0
    for c in classes:
        tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == c and p == c)
        fp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t != c and p == c)
        fn = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == c and p != c)
        total += prf(tp, fp, fn)["f1"]
    return total / len(classes)


def per_class(y_true: list[Hashable], y_pred: list[Hashable]) -> dict[str, dict[str, float]]:
    """Gold count, predicted count and F1 per class, to see which types drag macro-F1 down."""
    out = {}
    for c in sorted(set(y_true) | set(y_pred), key=str):
        tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == c == p)
        n_true, n_pred = y_true.count(c), y_pred.count(c)
        out[str(c)] = {"gold": n_true, "predicted": n_pred,
                       "f1": prf(tp, n_pred - tp, n_true - tp)["f1"]}
    return out


def error(
    kind: str,
    item_id: str,
    sentence: str,
    predicted: Any = None,
    gold: Any = None,
    rule: str | None = None,
    **more: Any,
) -> dict[str, Any]:
    """One error record: what was wrong, on which sentence, and the rule that fired."""
    return {"type": kind, "id": item_id, "sentence": sentence, "predicted": predicted,
            "gold": gold, "rule": rule, **more}


def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0
