"""Mutual acts in both directions, doers named by weapons and documents, victims who
are not doers: what an analyst reading the event table relies on."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.models import Event
from detente.relations import dedupe, dyads
from detente.store import Store

PUB = date(2023, 5, 3)


def triples(events: list[Event]) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in events if e.status == "asserted"}


@pytest.mark.parametrize("text", [
    "Brazil and the United States met in Brasilia on Tuesday.",
    "Brazil held talks with the United States on Tuesday.",
])
def test_a_meeting_is_coded_from_both_sides(text):
    events = [e for e in detente.code_text(text, published=PUB) if e.plover == "CONSULT"]
    assert {("BRA", "USA", "CONSULT"), ("USA", "BRA", "CONSULT")} <= triples(events)
    assert all(e.mutual for e in events)
    assert len({e.event_id for e in events}) == len(events)


def test_one_sided_acts_stay_one_sided():
    spoke = detente.code_text("France's president spoke to Germany's chancellor on Monday.",
                              published=PUB)
    assert ("FRA", "DEU", "CONSULT") in triples(spoke)
    assert ("DEU", "FRA", "CONSULT") not in triples(spoke)
    wants = detente.code_text("Turkey wants to meet with Greece next month.", published=PUB)
    assert not any(e.mutual for e in wants)
    assert ("GRC", "TUR", "AGREE") not in triples(wants)


def test_a_mutual_event_is_stored_and_counted_once_in_relations(tmp_path):
    text = "Brazil and the United States met in Brasilia on Tuesday."
    with Store(tmp_path / "m.duckdb") as store:
        store.add(_coded(text))
        frame = store.events_frame()
    consult = frame[frame["plover"] == "CONSULT"]
    assert len(consult) == 2 and consult["mutual"].all()
    rows = dyads(dedupe(frame))
    assert rows.loc[rows["pair"] == "BRA-USA", "total"].item() == 1


def _coded(text: str):
    from detente.models import Article
    from detente.pipeline import Pipeline

    return next(Pipeline().code_articles([Article(doc_id="m1", text=text, published=PUB)]))


@pytest.mark.parametrize(("text", "expected"), [
    ("Three civilians were wounded by Russian artillery in Kharkiv on Tuesday.",
     ("RUS", "UKR", "ASSAULT")),
    ("Four people were killed in Israeli tank fire in Gaza on Friday.",
     ("ISR", "PSE", "ASSAULT")),
    ("A report released by the Rwandan government alleged that France had armed the militias.",
     ("RWA", "FRA", "ACCUSE")),
    (("A report released in the Rwandan capital on Tuesday alleged that France had armed "
     "the militias."), ("RWA", "FRA", "ACCUSE")),
])
def test_the_doer_named_by_a_weapon_or_a_document(text, expected):
    assert expected in triples(detente.code_text(text, published=PUB))


def test_soldiers_killed_are_not_the_attackers():
    events = detente.code_text("There were ten Russian soldiers killed in Ukraine today.",
                               published=PUB)
    assert not any(e.source.country == "RUS" and e.plover == "ASSAULT" for e in events)


def test_a_passive_conjunct_takes_its_own_agent_not_the_first_verbs_subject():
    events = detente.code_text(
        "The prisoners held for protesting against Moscow were freed on Monday by Putin.",
        published=PUB)
    freed = [e for e in events if e.plover == "RETREAT"]
    assert freed and all(e.source.country == "RUS" for e in freed)


def test_a_wish_shared_by_two_subjects_is_mutual_but_one_sides_wish_is_not():
    both = detente.code_text("Turkey and Greece want to meet next month.", published=PUB)
    assert {("TUR", "GRC", "AGREE"), ("GRC", "TUR", "AGREE")} <= triples(both)
    one = detente.code_text("Turkey wants to meet with Greece next month.", published=PUB)
    assert ("GRC", "TUR", "AGREE") not in triples(one)
