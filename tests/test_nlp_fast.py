"""The fast attribute ruler and lemmatizer give the spaCy components' own results."""

from __future__ import annotations

from _plain_model import plain_model
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

TEXTS = [
    "There are fears that the ministers ain't gonna agree, and let's be honest: they got ta try.",
    "Ankara's envoys were summoned twice; Tehran's foreign minister flew to Baku on Tuesday.",
    "The  talks\n\nresumed   after   three weeks.  Brazil's exports of beef to China rose 12%.",
    "He wasn't told, but she'd said they'd been warned by the U.S.-led coalition's officers.",
    "Is it true? Were there 3,000 troops, or wasn't there anyone at all?",
]


def test_fast_components_tag_and_lemmatise_exactly_as_spacy(nlp):
    from detente.nlp.fast import FastLemmas, FastRuleMatch, FastRuleWrite

    assert isinstance(nlp.get_pipe("attribute_ruler").match, FastRuleMatch)
    assert isinstance(nlp.get_pipe("attribute_ruler").set_annotations, FastRuleWrite)
    assert isinstance(nlp.get_pipe("lemmatizer").pipe.__self__, FastLemmas)
    plain = plain_model()
    cols = [POS, TAG, MORPH, LEMMA, DEP]
    for _ in range(2):  # the second pass answers from the tables built by the first
        for fast_doc, plain_doc in zip(nlp.pipe(TEXTS), plain.pipe(TEXTS), strict=True):
            assert [t.lemma_ for t in fast_doc] == [t.lemma_ for t in plain_doc]
            assert (fast_doc.to_array(cols) == plain_doc.to_array(cols)).all(), fast_doc.text
            assert [str(t.morph) for t in fast_doc] == [str(t.morph) for t in plain_doc]
