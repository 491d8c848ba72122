"""Relationship statements: found in sentences we write, with mentions made by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from detente.models import Actor, Article, Mention
from detente.relations.frame import make_events
from detente.relations.statements import (
    compare_statements,
    find_statements,
    load_cues,
    statements_frame,
)

spacy = pytest.importorskip("spacy")

NAMES = {
    "Turkey": "TUR", "Iran": "IRN", "Russia": "RUS", "US": "USA", "Ankara": "TUR",
    "Moscow": "RUS", "Tehran": "IRN", "Turkish": "TUR", "Iranian": "IRN", "Iraq": "IRQ",
    "Greece": "GRC", "Qatar": "QAT", "India": "IND", "Pakistan": "PAK",
}




def mentions_for(doc, groups: dict[str, list[str]] | None = None) -> list[Mention]:
    """One mention per known name; `groups` maps a word ("They") to several countries."""
    sents = {t.i: i for i, s in enumerate(doc.sents) for t in s}
    out = []
    for tok in doc:
        codes = [NAMES[tok.text]] if tok.text in NAMES else (groups or {}).get(tok.text, [])
        for code in codes:
            out.append(Mention(tok.i, tok.i + 1, sents[tok.i], Actor(tok.text, code, code)))
    return out


def run(nlp, text: str, groups=None):
    doc = nlp(text)
    art = Article("doc1", text, published=date(2021, 3, 20))
    return find_statements(doc, mentions_for(doc, groups), art)


def pairs(found) -> set[tuple[str, str, int]]:
    return {(s.a.country, s.b.country, s.polarity) for s in found}


def test_cue_table_has_provenance_and_loads():
    path = Path(__file__).resolve().parents[1] / "src/detente/relations/data/relation_cues.tsv"
    assert path.read_text(encoding="utf-8").startswith("# provenance:")
    assert len(load_cues().cues) > 20


def test_growing_alliance_of_a_and_b(nlp):
    found = run(nlp, "The trip marks the growing alliance of Turkey and Iran in the region.")
    assert pairs(found) == {("IRN", "TUR", 1)}
    s = found[0]
    assert s.direction == "improving" and s.cue == "alliance"
    assert s.doc_id == "doc1" and s.date == "2021-03-20" and "growing alliance" in s.evidence
    assert s.evidence == s.evidence.strip() and s.char_end > s.char_start


def test_growing_together_as_allies(nlp):
    found = run(nlp, "The message from Ankara is that Russia and Turkey are growing together "
                     "as allies and partners.")
    assert pairs(found) == {("RUS", "TUR", 1)}
    assert found[0].direction == "improving"


def test_tensions_soared_between_and_relations_soured(nlp):
    found = run(nlp, "Tensions soared between Greece and Turkey over gas drilling.")
    assert pairs(found) == {("GRC", "TUR", -1)}
    assert found[0].direction == "worsening"
    found = run(nlp, "Relations between Turkey and the US have soured since 2016.")
    assert pairs(found) == {("TUR", "USA", -1)} and found[0].direction == "worsening"


def test_warm_ties_and_set_aside_differences(nlp):
    found = run(nlp, "Turkish and Iranian diplomats work together and show their warm ties.")
    assert pairs(found) == {("IRN", "TUR", 1)} and found[0].direction == "stable"
    found = run(nlp, "There were rumors that Turkey and Iran could go against Iraq, but now "
                     "the countries have set aside any differences.")
    assert pairs(found) == {("IRN", "TUR", 1)} and found[0].direction == "improving"


def test_alliance_with_pairs_partners_with_the_subject(nlp):
    found = run(nlp, "Turkey wants to bring the alliance with Iran and Russia together.")
    assert pairs(found) == {("IRN", "TUR", 1), ("RUS", "TUR", 1)}
    far = run(nlp, "This is Turkey's long-standing goal in finding accommodation with states in "
                   "the region and bringing the alliance with Iran and Russia together.")
    assert pairs(far) == {("IRN", "TUR", 1), ("RUS", "TUR", 1)}


def test_cue_inside_an_actor_name_is_not_a_statement(nlp):
    doc = nlp("Turkey keeps a distance from the Muslim Brotherhood and its allies in Egypt.")
    brotherhood = Mention(5, 7, 0, Actor("Muslim Brotherhood", "MBR", "MBR", kind="group"))
    found = find_statements(doc, [*mentions_for(doc), brotherhood], None)
    assert all("Brotherhood" not in s.cue for s in found)


def test_group_mention_forms_the_pair(nlp):
    found = run(nlp, "They are old rivals.", groups={"They": ["IND", "PAK"]})
    assert pairs(found) == {("IND", "PAK", -1)}


def test_no_statement_without_two_countries_or_when_negated(nlp):
    assert run(nlp, "Turkish media showed how the alliance is growing.") == []
    assert run(nlp, "Turkey and Iran are partners in trade.") != []
    assert run(nlp, "There is no rift between Turkey and Qatar.") == []
    assert run(nlp, "Turkey and Iran could become allies.") == []


def test_cue_far_from_the_countries_names_no_pair(nlp):
    text = ("Turkey and Iran signed a customs agreement on Monday in a ceremony attended by "
            "ministers, officials, business leaders and journalists from across the region, "
            "ending a long rivalry among the provinces.")
    assert run(nlp, text) == []


def test_easing_tensions_is_improving(nlp):
    found = run(nlp, "Easing tensions between India and Pakistan surprised observers.")
    assert pairs(found) == {("IND", "PAK", -1)} and found[0].direction == "improving"


def test_compare_statements_flags_disagreement(nlp):
    found = run(nlp, "Russia and Turkey are allies. Relations between Turkey and the US "
                     "have soured. Iran and Qatar are friends.")
    frame = statements_frame(found)
    assert set(frame["pair"]) == {"RUS-TUR", "TUR-USA", "IRN-QAT"}
    events = make_events([
        {"source_country": "TUR", "target_country": "RUS", "plover": "ACCUSE", "intensity": -3},
        {"source_country": "RUS", "target_country": "TUR", "plover": "THREATEN", "intensity": -5},
        {"source_country": "USA", "target_country": "TUR", "plover": "SANCTION", "intensity": -6},
    ])
    cmp = compare_statements(events, frame).set_index("pair")
    assert cmp.loc["RUS-TUR", "agreement"] == "disagree" and cmp.loc["RUS-TUR", "disagree"]
    assert cmp.loc["TUR-USA", "agreement"] == "agree"
    assert cmp.loc["IRN-QAT", "agreement"] == "no events"
    assert cmp.loc["RUS-TUR", "n_events"] == 2 and cmp.loc["RUS-TUR", "index"] == -1.0


def test_seed_article_statements_when_shared_present(nlp):
    seed = Path(__file__).resolve().parents[2] / "shared/seed/000_a710e41516ff6bb8.txt"
    if not seed.exists():
        pytest.skip("../shared (the seed article) is absent")
    text = seed.read_text(encoding="utf-8")
    doc = nlp(text)
    found = find_statements(doc, mentions_for(doc), Article("seed", text))
    got = pairs(found)
    assert {("IRN", "TUR", 1), ("RUS", "TUR", 1)} <= got
    assert not any(p < 0 for a, b, p in got if {a, b} <= {"IRN", "RUS", "TUR"})
