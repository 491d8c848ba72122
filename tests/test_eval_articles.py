"""`detente eval` on whole articles: document-level gold, its scoring rule and misses by cause.

The gold articles here are written for these tests; a fake coder answers with events
whose right and wrong parts we know, so every figure can be worked out by hand.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente import ontology
from detente.cli import cli
from detente.eval import check_gate, evaluate, expand_paths, format_report
from detente.eval.gold import load
from detente.models import Actor, Event

S_EXPEL = "Norway expelled two Chilean diplomats on Monday."
S_TALKS = "Kenya and Uganda held talks in Kampala."
S_WARN = "Chile\u2019s foreign minister warned Norway of \u201cconsequences\u201d."
S_TRADE = "Oslo and Santiago trade mostly fish and copper."
S_CLASH = "Troops of both countries clashed near the border."
S_ALLY = "Peru praised the decision."
S_PLAN = "The two sides will meet again in June."

ARTICLE_1 = f"{S_EXPEL} {S_WARN} {S_TRADE}\n\n{S_CLASH} {S_ALLY}"
ARTICLE_2 = f"{S_TALKS} {S_PLAN}"


def rel(src, tgt, plover, evidence, **more):
    return {"source": src, "target": tgt, "quad": ontology.quad_of(plover), "plover": plover,
            "evidence": evidence, **more}


DOC_1 = {
    "id": "t-1", "title": "Norway expels diplomats", "published": "2024-02-05",
    "text": ARTICLE_1,
    "relations": [
        rel("NOR", "CHL", "SANCTION", S_EXPEL),                                      # found
        # gold folds quotes and spaces: the coder's sentence has straight ones
        rel("CHL", "NOR", "THREATEN", S_WARN.replace(" ", "  ")),                    # wrong type
        rel("NOR", "CHL", "ASSAULT", S_CLASH, symmetric=True, background=True),      # side empty
        rel("PER", "NOR", "SUPPORT", S_ALLY),                                        # wrong pair
    ],
}
DOC_2 = {
    "id": "t-2", "title": "", "published": "2023-07-01", "text": ARTICLE_2,
    "relations": [
        rel("KEN", "UGA", "CONSULT", S_TALKS, symmetric=True),                      # found (UGA->KEN)
        rel("KEN", "UGA", "AGREE", S_PLAN, symmetric=True),                         # status only
        rel("UN", "KEN", "AID", S_PLAN),                                             # status only
    ],
}


def ev(sentence, src, tgt, plover, status="asserted"):
    return Event(doc_id="d", sentence_index=0, evidence=sentence, char_start=0,
                 char_end=len(sentence),
                 source=Actor(text=src or "", code=src, country=src),
                 target=Actor(text=tgt, code=tgt, country=tgt) if tgt else None,
                 plover=plover, cameo=ontology.default_cameo(plover),
                 quad=ontology.quad_of(plover), intensity=ontology.plover_intensity(plover),
                 goldstein=ontology.goldstein(ontology.default_cameo(plover)),
                 status=status, confidence=0.5, rule="fake")


ANSWERS = {
    "t-1": [
        ev(S_EXPEL, "NOR", "CHL", "SANCTION"),
        ev(S_EXPEL, "NOR", "CHL", "SANCTION"),          # the same claim twice counts once
        ev(S_WARN.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"'),
           "CHL", "NOR", "ACCUSE"),                      # judged: wrong
        ev(S_TRADE, "NOR", "CHL", "COOPERATE"),          # unannotated sentence: not judged
        ev(S_CLASH, None, "CHL", "ASSAULT"),             # no source: not judged
        ev(S_ALLY, "PER", "CHL", "SUPPORT"),             # judged: wrong
    ],
    "t-2": [
        ev(S_TALKS, "UGA", "KEN", "CONSULT"),            # symmetric gold: either way round
        ev(S_PLAN, "KEN", "UGA", "AGREE", status="future"),
        ev(S_PLAN, "UNO", "KEN", "AID", status="hypothetical"),
    ],
}


def fake_batch(items: list[tuple[str, date | None]]) -> list[list[Event]]:
    out = []
    for text, _ in items:
        key = "t-1" if S_EXPEL in text else "t-2"
        out.append(list(ANSWERS[key]))
    return out


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold" / "articles_dev"
    folder.mkdir(parents=True)
    (folder / "001.json").write_text(json.dumps(DOC_1), encoding="utf-8")
    (folder / "002.json").write_text(json.dumps(DOC_2), encoding="utf-8")
    (folder / "README.md").write_text("not gold", encoding="utf-8")
    return folder


def test_folder_of_articles_loads_as_one_set_with_title_and_date(gold_dir):
    gs = load(gold_dir)
    assert (gs.kind, gs.name, len(gs.items)) == ("articles", "articles_dev", 2)
    first = gs.items[0]
    assert first.text.startswith("Norway expels diplomats\n\nNorway expelled")
    assert first.published == date(2024, 2, 5)
    assert gs.items[1].text == ARTICLE_2  # no title: the body alone


def test_scores_by_the_document_rule(gold_dir):
    (rep,) = evaluate([gold_dir], fake_batch, errors=True)
    m = rep["metrics"]
    # found: NOR->CHL SANCTION, KEN<->UGA CONSULT (2 of 7)
    assert m["gold_relations"] == 7
    assert m["recall"] == pytest.approx(2 / 7)
    # judged: SANCTION (once), ACCUSE, PER->CHL SUPPORT, UGA->KEN CONSULT; 2 right
    assert m["predicted_in_annotated"] == 4
    assert m["precision"] == pytest.approx(0.5)
    assert m["recall_without_background"] == pytest.approx(2 / 6)
    assert m["recall_material_conflict"] == pytest.approx(1 / 2)
    assert m["recall_verbal_coop"] == pytest.approx(1 / 3)
    assert m["recall_material_coop"] == 0.0
    # the looser score takes CHL->NOR ACCUSE for the THREATEN (same pair, same quad)
    assert m["recall_dyad_quad"] == pytest.approx(3 / 7)


def test_every_miss_is_sorted_into_one_cause(gold_dir):
    (rep,) = evaluate([gold_dir], fake_batch, errors=True)
    causes = {c: b["gold"] for c, b in rep["causes"].items()}
    assert causes == {"found": 2, "right pair, wrong type": 1, "a side empty": 1,
                      "wrong pair": 1, "only negated/hypothetical/future": 2,
                      "no event in the sentence": 0}
    assert sum(causes.values()) == rep["metrics"]["gold_relations"]
    kinds = [e["type"] for e in rep["errors"]]
    assert kinds == ["wrong_type", "side_empty", "wrong_pair", "status", "status", "fp", "fp"]
    text = format_report(rep, errors=True)
    assert "-- a side empty: 1" in text and "-- false positives on annotated sentences: 2" in text


def test_a_sentence_with_no_event_is_its_own_cause(tmp_path):
    doc = {"id": "x", "text": f"{S_TRADE} {S_ALLY}",
           "relations": [rel("PER", "NOR", "SUPPORT", S_ALLY)]}
    path = tmp_path / "one.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    (rep,) = evaluate([path], lambda items: [[ev(S_TRADE, "NOR", "CHL", "COOPERATE")]])
    assert rep["causes"]["no event in the sentence"]["gold"] == 1
    assert rep["metrics"]["predicted_in_annotated"] == 0  # its sentence carries no gold


def test_gold_spelling_of_organisations_is_folded(tmp_path):
    doc = {"id": "x", "text": S_PLAN, "relations": [rel("EU", "KEN", "AGREE", S_PLAN)]}
    path = tmp_path / "eu.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    (rep,) = evaluate([path], lambda items: [[ev(S_PLAN, "EUR", "KEN", "AGREE")]])
    assert rep["kind"] == "articles"
    assert rep["metrics"]["recall"] == 1.0 and rep["metrics"]["precision"] == 1.0


def test_a_broken_article_file_is_named_and_the_rest_scores(gold_dir):
    (gold_dir / "003.json").write_text('{"id": "bad", "text": "x"', encoding="utf-8")
    (gold_dir / "004.json").write_text(json.dumps({"id": "y", "text": "x", "relations": [
        {"source": "NOR", "plover": "SANCTION", "evidence": "x"}]}), encoding="utf-8")
    (rep,) = evaluate([gold_dir], fake_batch)
    assert rep["metrics"]["documents"] == 2
    assert len(rep["problems"]) == 2
    assert rep["problems"][0].startswith(str(gold_dir / "003.json"))
    assert "relation 1 has no target" in rep["problems"][1]


def test_a_gold_folder_includes_its_article_folders(gold_dir):
    (gold_dir.parent / "other.jsonl").write_text("", encoding="utf-8")
    assert expand_paths([gold_dir.parent]) == [gold_dir, gold_dir.parent / "other.jsonl"]


def test_gate_holds_articles_to_their_floor(gold_dir):
    (rep,) = evaluate([gold_dir], fake_batch)
    low = dict(rep, metrics=dict(rep["metrics"], recall=0.01))
    assert any("recall" in f for f in check_gate([low]))


def test_cli_reads_article_gold_and_lists_misses_by_cause(gold_dir, monkeypatch):
    import detente.pipeline

    monkeypatch.setattr(detente.pipeline, "code_batch", fake_batch)
    result = CliRunner().invoke(cli, ["eval", str(gold_dir.parent), "--errors"])
    assert result.exit_code == 0, result.output
    assert "== articles_dev (articles)" in result.output
    assert "recall_without_background" in result.output
    assert "-- right pair, wrong type: 1" in result.output
