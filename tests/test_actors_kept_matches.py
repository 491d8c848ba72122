"""The lexicon's hits are kept on a document between the named-entity gate (before the
recogniser) and the resolver (after it): reused only while nothing they depend on changed
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from detente.actors import ActorEntry, ActorResolver
from detente.nlp.pipeline import release


def names(lexicon, doc) -> list[tuple[str, str]]:
    return [(doc[s:e].text, p.kind) for s, e, p in lexicon.match(doc)]


def test_people_learned_after_a_first_match_are_found_on_the_same_document(nlp):
    r = ActorResolver(nlp, user=False)
    doc = nlp("Halvard Quenby met Egyptian officials in Cairo.")
    assert ("Halvard Quenby", "person") not in names(r.lexicon, doc)
    r.learn([ActorEntry("Halvard Quenby", (), "NOR", "GOV", "spokesperson",
                        dt.date(2020, 1, 1), None, "person", "learned")])
    assert ("Halvard Quenby", "person") in names(r.lexicon, doc)


def test_a_lower_case_demonym_is_judged_by_the_labels_of_the_moment(nlp, resolver):
    """The gate matches before the recogniser labels a lower-case 'iranian' a PERSON; the
    resolver's match after must see that label."""
    doc = nlp("the iranian delegation left early.")
    doc.set_ents([], default="outside")
    assert ("iranian", "adj") in names(resolver.lexicon, doc)
    doc.set_ents([Span(doc, 1, 2, label="PERSON")], default="outside")
    assert ("iranian", "adj") not in names(resolver.lexicon, doc)


def test_kept_hits_are_released_with_the_document(nlp, resolver):
    doc = nlp("Greek and Turkish ministers met in Athens.")
    first = names(resolver.lexicon, doc)
    assert any(k.startswith("detente.") for k in doc.user_data)
    release(doc)
    assert not any(isinstance(k, str) and k.startswith("detente.") for k in doc.user_data)
    assert names(resolver.lexicon, doc) == first
