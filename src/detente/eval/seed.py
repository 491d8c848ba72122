"""Scoring the seed article (`seed.yaml`) by the rules in ../shared/gold/README.md.

Gold events are matched on evidence text, actor countries (either way round when the
gold event is symmetric) and PLOVER type; `must_not` lists statements that must not
become conflict events; `relations` says which pairs must come out friends or foes
and which countries must form one bloc.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from detente.eval.common import asserted, country, error, norm_text, overlaps, quad, ratio
from detente.eval.gold import GoldSet
from detente.models import Event
from detente.ontology import normalise_plover, quad_of

Pair = tuple[str, str]


def _dyad_ok(e: Event, g: dict[str, Any]) -> bool:
    src, tgt = country(e.source), country(e.target)
    if (src, tgt) == (g.get("source"), g.get("target")):
        return True
    return bool(g.get("symmetric")) and (tgt, src) == (g.get("source"), g.get("target"))


def _types(g: dict[str, Any]) -> set[str]:
    plover = g.get("plover") or []
    if isinstance(plover, str):
        plover = [plover]
    return {normalise_plover(p) for p in plover}


def matches(e: Event, g: dict[str, Any], loose: bool = False) -> bool:
    """README match: evidence overlap, dyad (symmetric aware), type in the list.

    `loose` is the dyad match: the quad of one of the listed types instead of the type.
    """
    if not overlaps(e.evidence, g.get("evidence", "")) or not _dyad_ok(e, g):
        return False
    if loose:
        return quad(e) in {quad_of(t) for t in _types(g)}
    return normalise_plover(e.plover) in _types(g)


def dedup(events: list[Event]) -> list[Event]:
    """Identical (sentence, source, target, type) predictions count once."""
    seen: dict[tuple, Event] = {}
    for e in events:
        key = (norm_text(e.evidence), country(e.source), country(e.target),
               normalise_plover(e.plover))
        seen.setdefault(key, e)
    return list(seen.values())


def _tuple(e: Event) -> tuple:
    return (country(e.source), country(e.target), e.plover, e.cameo, e.status)


def _gold_tuple(g: dict[str, Any]) -> tuple:
    return (g.get("source"), g.get("target"), list(_types(g)), bool(g.get("symmetric")))


def _recall(gold: list[dict], preds: list[Event], doc: str) -> tuple[dict, list]:
    required = [g for g in gold if g.get("required", False)]
    hit = [i for i, g in enumerate(required) if any(matches(e, g) for e in preds)]
    loose = [g for g in required if any(matches(e, g, loose=True) for e in preds)]
    errors = []
    for i, g in enumerate(required):
        if i in hit:
            continue
        near = [e for e in preds if overlaps(e.evidence, g.get("evidence", ""))]
        errors.append(error("fn", doc, g.get("evidence", ""), [_tuple(e) for e in near],
                            _gold_tuple(g), "; ".join(e.rule for e in near) or None))
    metrics = {"required": len(required), "recall": ratio(len(hit), len(required)),
               "dyad_recall": ratio(len(loose), len(required))}
    return metrics, errors


def _precision(gold: list[dict], preds: list[Event], doc: str) -> tuple[dict, list]:
    scored = [e for e in dedup(preds) if country(e.source) and country(e.target)]
    good = {id(e) for e in scored if any(matches(e, g) for g in gold)}
    loose = [e for e in scored if any(matches(e, g, loose=True) for g in gold)]
    errors = [error("fp", doc, e.evidence, _tuple(e), None, e.rule)
              for e in scored if id(e) not in good]
    metrics = {"predictions": len(scored), "precision": ratio(len(good), len(scored)),
               "dyad_precision": ratio(len(loose), len(scored))}
    return metrics, errors


def must_not_violations(rules: list[dict], preds: list[Event], doc: str) -> list[dict]:
    """Asserted predictions on a must-not statement, between a listed pair, in a listed quad.

    "On the statement" uses the same two-way containment as matching, so a coder whose
    sentence splitter cut the statement short is still caught.
    """
    out = []
    for rule in rules:
        pairs = {frozenset(p) for p in rule.get("pairs", [])}
        quads = set(rule.get("quads", []))
        for e in preds:
            pair = frozenset((country(e.source), country(e.target)))
            if overlaps(e.evidence, rule.get("evidence", "")) and pair in pairs \
                    and quad(e) in quads:
                out.append(error("must_not", doc, e.evidence, _tuple(e), rule.get("evidence"),
                                 e.rule, why=rule.get("why")))
    return out


def pair_sums(preds: list[Event]) -> dict[Pair, float]:
    """Summed PLOVER intensity per unordered country pair (self-pairs left out)."""
    sums: dict[Pair, float] = defaultdict(float)
    for e in preds:
        a, b = country(e.source), country(e.target)
        if a and b and a != b:
            sums[tuple(sorted((a, b)))] += e.intensity
    return dict(sums)


def bloc_community(sums: dict[Pair, float], bloc: list[str]) -> set[str]:
    """The community holding the bloc's first member, on the positive-pair graph."""
    graph = nx.Graph()
    for (a, b), w in sums.items():
        if w > 0:
            graph.add_edge(a, b, weight=w)
    if not bloc or bloc[0] not in graph or graph.number_of_edges() == 0:
        return set()
    for community in nx.community.greedy_modularity_communities(graph, weight="weight"):
        if bloc[0] in community:
            return set(community)
    return set()


def check_relations(spec: dict, preds: list[Event], doc: str) -> tuple[dict, list]:
    """Positive pairs sum above zero, negative below, and the bloc is one community without USA."""
    sums = pair_sums(preds)
    errors = []
    ok_pos = ok_neg = 0
    for sign, pairs in (("positive", spec.get("positive", [])),
                        ("negative", spec.get("negative", []))):
        for a, b in pairs:
            total = sums.get(tuple(sorted((a, b))), 0.0)
            good = total > 0 if sign == "positive" else total < 0
            if good:
                ok_pos += sign == "positive"
                ok_neg += sign == "negative"
            else:
                errors.append(error("relations", doc, f"{a}-{b} should be {sign}",
                                    total, sign))
    bloc = list(spec.get("bloc", []))
    community = bloc_community(sums, bloc)
    bloc_ok = bool(bloc) and set(bloc) <= community and "USA" not in community
    if bloc and not bloc_ok:
        errors.append(error("relations", doc, "bloc not one community without USA",
                            sorted(community), bloc))
    n_pos, n_neg = len(spec.get("positive", [])), len(spec.get("negative", []))
    metrics = {
        "positive_pairs_ok": ratio(ok_pos, n_pos) if n_pos else 1.0,
        "negative_pairs_ok": ratio(ok_neg, n_neg) if n_neg else 1.0,
        "bloc_ok": float(bloc_ok) if bloc else 1.0,
    }
    metrics["relations_ok"] = float(all(v == 1.0 for v in metrics.values()))
    return metrics, errors


def score_seed(gs: GoldSet, predictions: list[list[Event]]) -> dict[str, Any]:
    """Recall, precision, must-not violations and relations for the seed article."""
    preds = [e for events in predictions for e in asserted(events)]
    doc = gs.items[0].id if gs.items else gs.name
    gold = gs.meta.get("events", [])
    rec, fn = _recall(gold, preds, doc)
    prec, fp = _precision(gold, preds, doc)
    bad = must_not_violations(gs.meta.get("must_not", []), preds, doc)
    rel, rel_err = check_relations(gs.meta.get("relations", {}), preds, doc)
    metrics = {**rec, **prec, "must_not_violations": len(bad), **rel}
    return {"metrics": metrics, "errors": fn + fp + bad + rel_err}
