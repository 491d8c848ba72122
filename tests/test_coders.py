"""One conformance test for every coder: they are interchangeable behind `code()`.

The lexicon coder and the lexicon-plus-classifier coder must both honour the event
contract, so a user (or a later trained coder) can swap one for the other and the
store, the relations and the eval still work.
"""

from __future__ import annotations

from datetime import date

import pytest

from detente import ontology
from detente.classify.backoff import BackoffCoder
from detente.events import LexiconCoder
from detente.models import QUADS, STATUSES, Article
from detente.pipeline import Pipeline

TEXT = (
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on "
    "Friday. The two leaders agreed to expand trade. Washington imposed sanctions on Ankara "
    "last week. Iran did not attack Israel. China could send troops to the border, officials said. "
    "India and China traded accusations over the clash in the Himalayas."
)


@pytest.fixture(scope="module", params=[LexiconCoder, BackoffCoder], ids=lambda c: c.__name__)
def coded(request, nlp):
    pipeline = Pipeline(nlp=nlp, coder=request.param())
    article = Article(doc_id="conf-1", text=TEXT, published=date(2021, 9, 30))
    first = next(pipeline.code_articles([article])).events
    again = next(pipeline.code_articles([article])).events
    return first, again


def test_events_honour_the_contract(coded):
    events, _ = coded
    assert events, "the coder found nothing in plain news sentences"
    for e in events:
        assert TEXT[e.char_start:e.char_end] == e.evidence
        assert e.plover in ontology.plover_types() and e.quad == ontology.quad_of(e.plover)
        assert e.quad in QUADS and e.status in STATUSES
        assert e.cameo[:2].isdigit() and e.goldstein == ontology.goldstein(e.cameo)
        assert 0 <= e.confidence <= 1 and e.rule and e.event_id
        assert e.source is not None and (e.source.code or e.source.text)


def test_event_ids_are_stable(coded):
    first, again = coded
    assert [e.event_id for e in first] == [e.event_id for e in again]


def test_the_meeting_is_found_and_the_negation_is_not_asserted(coded):
    events, _ = coded
    meet = [e for e in events if e.plover == "CONSULT"]
    assert any({e.source.country, e.target and e.target.country} == {"TUR", "RUS"} for e in meet)
    assert not any(e.status == "asserted" and e.plover == "ASSAULT"
                   and e.source.country == "IRN" for e in events)
