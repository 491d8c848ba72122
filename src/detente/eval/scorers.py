"""Scorers, one per gold format, by the rules in ../shared/gold/README.md.

Each takes a loaded `GoldSet` and the coder's events for each of its items (same
order) and returns `{"metrics": {...}, "errors": [...]}`. Only asserted events count
as predictions. Errors carry the sentence, predicted and gold tuples and the rule of
the predicted event, so a failing number can be traced to the coder rule behind it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from detente import ontology
from detente.eval.articles import score_articles
from detente.eval.common import (
    asserted,
    best_event,
    code,
    countries,
    country,
    error,
    macro_f1,
    per_class,
    prf,
    quad,
    ratio,
)
from detente.eval.gold import GoldSet
from detente.eval.seed import score_seed
from detente.models import Actor, Event

Result = dict[str, Any]
Scorer = Callable[[GoldSet, list[list[Event]]], Result]

# Gold actor codes that name no country and no organisation we could match; skipped.
GENERIC_CODES = frozenset({"NGO", "MNC", "UNK", "---"})


def _safe_root(cameo: str | None) -> str | None:
    return ontology.cameo_root(cameo) if cameo else None


def _safe_penta(cameo: str | None) -> int:
    try:
        return ontology.penta_of(cameo or "")
    except KeyError:
        return -1


def _petr_country(actor: Actor | None) -> str | None:
    """PETRARCH codes every intergovernmental body IGO...; we name it, so fold ours to IGO."""
    if actor is None:
        return None
    if actor.kind == "igo":
        return "IGO"
    if actor.country is None and actor.code and actor.code.startswith("---"):
        return "---"  # a sector with no known country ("insurgents"), as PETRARCH writes it
    return country(actor)


def _set_errors(
    item_id: str, text: str, pred: dict[tuple, Event], gold: set[tuple], label: str
) -> list[dict]:
    out = [error("fp", item_id, text, t, None, e.rule, level=label)
           for t, e in pred.items() if t not in gold]
    out += [error("fn", item_id, text, None, t, None, level=label)
            for t in sorted(gold - set(pred), key=str)]
    return out


def _triples(events: list[Event], key: Callable[[Event], tuple]) -> dict[tuple, Event]:
    """Asserted events keyed by a tuple, one per distinct tuple (dedup per sentence)."""
    out: dict[tuple, Event] = {}
    for e in asserted(events):
        out.setdefault(key(e), e)
    return out


def _petr_countries(actor: Actor | None) -> frozenset[str]:
    main = _petr_country(actor)
    return countries(actor) | ({main} if main else set())


def _fold_to_gold(pred: dict[tuple, Event], gold: set[tuple]) -> dict[tuple, Event]:
    """Key a prediction by the gold triple it matches under another fair code for one
    of its actors (Hamas as PSE, the UN as IGO); others keep their own triple."""
    out: dict[tuple, Event] = {}
    open_gold = set(gold) - set(pred)
    for key, e in pred.items():
        if key not in gold:
            alts = {(s, t, key[2]) for s in _petr_countries(e.source)
                    for t in _petr_countries(e.target)}
            hit = next(iter(sorted(alts & open_gold)), None)
            if hit is not None:
                open_gold.discard(hit)
                key = hit
        out.setdefault(key, e)
    return out


def score_petr2(gs: GoldSet, predictions: list[list[Event]]) -> Result:
    """P/R/F1 of (source country, target country, root) and of (source, target, full code)."""
    counts = {"triple": [0, 0, 0], "exact": [0, 0, 0]}
    errors: list[dict] = []
    skipped = 0
    for item, events in zip(gs.items, predictions, strict=True):
        gold_ev = item.gold.get("events") or []
        with_dyad = [e for e in asserted(events)
                     if _petr_country(e.source) and _petr_country(e.target)]
        skipped += len(asserted(events)) - len(with_dyad)
        levels = {
            "triple": (
                _triples(with_dyad, lambda e: (_petr_country(e.source), _petr_country(e.target),
                                               _safe_root(e.cameo))),
                {(g["source"][:3], g["target"][:3], g["cameo"][:2]) for g in gold_ev},
            ),
            "exact": (
                _triples(with_dyad, lambda e: (code(e.source), code(e.target), e.cameo)),
                {(g["source"], g["target"], g["cameo"]) for g in gold_ev},
            ),
        }
        levels["triple"] = (_fold_to_gold(levels["triple"][0], levels["triple"][1]),
                            levels["triple"][1])
        for level, (pred, gold) in levels.items():
            c = counts[level]
            c[0] += len(set(pred) & gold)
            c[1] += len(set(pred) - gold)
            c[2] += len(gold - set(pred))
            errors += _set_errors(item.id, item.text, pred, gold, level)
    metrics: dict[str, Any] = {"sentences": len(gs.items)}
    for level, (tp, fp, fn) in counts.items():
        for k, v in prf(tp, fp, fn).items():
            metrics[f"{level}_{k}"] = v
    metrics["gold_events"] = counts["triple"][0] + counts["triple"][2]
    metrics["skipped_no_dyad"] = skipped
    return {"metrics": metrics, "errors": errors}


def _gold_codes(actors: list[dict] | None) -> set[str]:
    return {a["code"] for a in actors or [] if a.get("code") and a["code"] not in GENERIC_CODES}


def score_plover_gsr(gs: GoldSet, predictions: list[list[Event]]) -> Result:
    """Type accuracy and macro-F1 on covered sentences, coverage, actor-country accuracy."""
    y_true, y_pred, errors = [], [], []
    actor_ok = actor_n = 0
    for item, events in zip(gs.items, predictions, strict=True):
        g = (item.gold.get("events") or [{}])[0]
        gold_type = ontology.normalise_plover(g.get("plover_0_5") or g.get("plover") or "")
        best = best_event(events)
        if best is None:
            errors.append(error("missed", item.id, item.text, None, gold_type))
            continue
        y_true.append(gold_type)
        y_pred.append(best.plover)
        if best.plover != gold_type:
            errors.append(error("wrong", item.id, item.text, best.plover, gold_type, best.rule))
        for side, actor in (("source", best.source), ("target", best.target)):
            codes = _gold_codes(g.get(side))
            if codes:
                actor_n += 1
                # gold writes every intergovernmental body as IGO; we name it (NATO, UN...)
                hit = bool(codes & countries(actor))
                actor_ok += hit
                if not hit:
                    errors.append(error("actor", item.id, item.text, country(actor),
                                        sorted(codes), best.rule, side=side))
    covered = len(y_true)
    metrics = {
        "sentences": len(gs.items),
        "coverage": ratio(covered, len(gs.items)),
        "accuracy": ratio(sum(t == p for t, p in zip(y_true, y_pred, strict=True)), covered),
        "macro_f1": macro_f1(y_true, y_pred),
        "actor_accuracy": ratio(actor_ok, actor_n),
        "actor_comparisons": actor_n,
    }
    return {"metrics": metrics, "errors": errors, "breakdown": per_class(y_true, y_pred)}


def score_cameo_examples(gs: GoldSet, predictions: list[list[Event]]) -> Result:
    """CAMEO root and quad accuracy on covered sentences, plus coverage."""
    root_ok = quad_ok = quad_n = covered = 0
    errors = []
    for item, events in zip(gs.items, predictions, strict=True):
        gold = str(item.gold["cameo"])
        best = best_event(events)
        if best is None:
            errors.append(error("missed", item.id, item.text, None, gold))
            continue
        covered += 1
        r_hit = _safe_root(best.cameo) == ontology.cameo_root(gold)
        root_ok += r_hit
        gold_type = ontology.cameo_to_plover(gold)[0]
        q_hit = None
        if gold_type:  # plain statements (010, 014...) have no PLOVER type, hence no quad
            quad_n += 1
            q_hit = quad(best) == ontology.quad_of(gold_type)
            quad_ok += q_hit
        if not r_hit or q_hit is False:
            errors.append(error("wrong", item.id, item.text, (best.cameo, best.plover),
                                (gold, gold_type), best.rule))
    metrics = {
        "sentences": len(gs.items),
        "coverage": ratio(covered, len(gs.items)),
        "root_accuracy": ratio(root_ok, covered),
        "quad_accuracy": ratio(quad_ok, quad_n),
    }
    return {"metrics": metrics, "errors": errors}


def score_conflibert(gs: GoldSet, predictions: list[list[Event]]) -> Result:
    """5-way macro-F1 on covered sentences, coverage, and macro-F1 with misses counted wrong."""
    y_true, y_pred, all_true, all_pred, errors = [], [], [], [], []
    for item, events in zip(gs.items, predictions, strict=True):
        gold = int(item.gold["penta"])
        best = best_event(events)
        pred = _safe_penta(best.cameo) if best else -1
        all_true.append(gold)
        all_pred.append(pred)
        if best is None:
            errors.append(error("missed", item.id, item.text, None, gold))
            continue
        y_true.append(gold)
        y_pred.append(pred)
        if pred != gold:
            errors.append(error("wrong", item.id, item.text, (pred, best.cameo), gold, best.rule))
    labels = range(5)
    metrics = {
        "sentences": len(gs.items),
        "coverage": ratio(len(y_true), len(gs.items)),
        "accuracy": ratio(sum(t == p for t, p in zip(y_true, y_pred, strict=True)), len(y_true)),
        "macro_f1": macro_f1(y_true, y_pred, labels),
        "macro_f1_all": macro_f1(all_true, all_pred, labels),
    }
    return {"metrics": metrics, "errors": errors, "breakdown": per_class(y_true, y_pred)}


def _status_check(item, gold_ev: list[dict], events: list[Event]) -> tuple[int, int, list]:
    """Per gold event: asserted gold needs an asserted match (when the triple is predicted at
    all); other statuses need that status or nothing, never an asserted event."""
    ok = n = 0
    errors = []
    for g in gold_ev:
        triple = (g.get("source"), g.get("target"), ontology.normalise_plover(g["plover"]))
        same = [e for e in events
                if (country(e.source), country(e.target), e.plover) == triple]
        status = g.get("status", "asserted")
        if status == "asserted" and not same:
            continue
        n += 1
        good = any(e.status == "asserted" for e in same) if status == "asserted" \
            else not any(e.status == "asserted" for e in same)
        ok += good
        if not good:
            errors.append(error("status", item.id, item.text, [e.status for e in same],
                                (*triple, status), "; ".join(e.rule for e in same)))
    return ok, n, errors


def _gold_accepts(g: dict, triple: tuple) -> bool:
    """A predicted (source, target, type) matches a gold event: same direction, or either
    direction when the gold says `symmetric`; the type or one of its `alt` types."""
    src, tgt, kind = triple
    types = {ontology.normalise_plover(t) for t in [g["plover"], *(g.get("alt") or [])]}
    same = (src, tgt) == (g.get("source"), g.get("target"))
    flipped = g.get("symmetric") and (tgt, src) == (g.get("source"), g.get("target"))
    return kind in types and bool(same or flipped)


def score_detente_gold(gs: GoldSet, predictions: list[list[Event]]) -> Result:
    """P/R/F1 of (source, target, plover) over asserted dyadic events, status accuracy, per tag.

    Gold events may say `symmetric: true` (either direction matches) and list `alt` types
    where the ontology allows more than one reading."""
    tp = fp = fn = 0
    st_ok = st_n = 0
    errors: list[dict] = []
    tags: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item, events in zip(gs.items, predictions, strict=True):
        gold_ev = item.gold.get("events") or []
        gold = [g for g in gold_ev if g.get("status", "asserted") == "asserted"]
        # As for the seed: only predictions with both a source and a target country are
        # claims about a dyad that the gold can confirm or refute.
        dyadic = [e for e in events if country(e.source) and country(e.target)]
        pred = _triples(dyadic, lambda e: (country(e.source), country(e.target), e.plover))
        matched: set[int] = set()
        wrong = []
        # a future act whose `alt` type is PLOVER's reading of it as a promise ("X will
        # deliver jets, its minister said": AGREE): that reading is neither hit nor error
        promised = [dict(g, plover=g["alt"][0], alt=g["alt"][1:]) for g in gold_ev
                    if g.get("status", "asserted") != "asserted" and g.get("alt")]
        for triple, ev in pred.items():
            hits = [i for i, g in enumerate(gold) if _gold_accepts(g, triple)]
            if hits:
                matched.update(hits)
            elif any(_gold_accepts(g, triple) for g in promised):
                continue
            else:
                wrong.append(triple)
                errors.append(error("fp", item.id, item.text, triple, None, ev.rule))
        missed = [g for i, g in enumerate(gold) if i not in matched]
        for g in missed:
            errors.append(error("fn", item.id, item.text, None,
                                (g.get("source"), g.get("target"), g["plover"]), ""))
        tp, fp, fn = tp + len(matched), fp + len(wrong), fn + len(missed)
        ok, n, errs = _status_check(item, gold_ev, events)
        st_ok, st_n = st_ok + ok, st_n + n
        errors += errs
        exact = not wrong and not missed and not errs
        for tag in item.gold.get("tags") or []:
            tags[tag][0] += exact
            tags[tag][1] += 1
    metrics: dict[str, Any] = {"documents": len(gs.items), **prf(tp, fp, fn),
                               "status_accuracy": ratio(st_ok, st_n), "status_checked": st_n}
    for tag, (ok, n) in sorted(tags.items()):
        metrics[f"tag_{tag}_exact"] = ratio(ok, n)
    return {"metrics": metrics, "errors": errors}


SCORERS: dict[str, Scorer] = {
    "seed": score_seed,
    "petr2_gsr": score_petr2,
    "plover_gsr": score_plover_gsr,
    "cameo_examples": score_cameo_examples,
    "conflibert_cameo_test": score_conflibert,
    "detente_gold": score_detente_gold,
    "articles": score_articles,
}
