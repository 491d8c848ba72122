"""The recogniser runs on the sentences where a name no table knows, a number or a time
word can change a result; the others get the tables' labels for the names they know."""

from __future__ import annotations

import pytest
from _plain_model import plain_model


@pytest.fixture(scope="module")
def gated():
    from detente.pipeline import Pipeline

    return Pipeline().nlp


def ents(doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_known_names_skip_the_recogniser_and_keep_their_labels(gated):
    gate = gated.get_pipe("ner")
    before = dict(gate.stats)
    doc = next(gated.pipe(["Turkish officials accused Greece of provoking Turkey."]))
    assert gate.stats["sentences"] - before["sentences"] == 1
    assert gate.stats["recognised"] == before["recognised"]  # skipped
    assert ents(doc) == [("Turkish", "NORP"), ("Greece", "GPE"), ("Turkey", "GPE")]
    doc = next(gated.pipe(["Iran condemned Israel on Tuesday."]))
    assert gate.stats["recognised"] == before["recognised"]
    assert ents(doc) == [("Iran", "GPE"), ("Israel", "GPE"), ("Tuesday", "DATE")]
    doc = next(gated.pipe(["The two ministers of Greece met for the first time in 2019."]))
    assert gate.stats["recognised"] == before["recognised"]
    assert ents(doc) == [("two", "CARDINAL"), ("Greece", "GPE"), ("first", "ORDINAL"),
                         ("2019", "DATE")]
    next(gated.pipe(["Iran condemned Israel last Tuesday."]))  # "last Tuesday": the model's
    assert gate.stats["recognised"] == before["recognised"] + 1


def test_unknown_names_numbers_and_time_words_are_recognised_as_without_the_gate(gated):
    plain = plain_model()
    texts = [
        "Colonel Obinna Eze of the Kwara Defence Corps met Nigerian officials.",  # unknown names
        "Greece cut its imports from Turkey by 12%.",  # a percentage
        "Greece recalled its ambassador from Turkey last week.",  # a time word
    ]
    gate = gated.get_pipe("ner")
    before = gate.stats["recognised"]
    for text, mine, theirs in zip(texts, gated.pipe(texts), plain.pipe(texts), strict=True):
        assert ents(mine) == ents(theirs), text
    assert gate.stats["recognised"] - before == 3


def test_a_document_with_both_kinds_of_sentence(gated):
    """Only the second sentence goes to the recogniser; its entities land at the right
    tokens of the whole document."""
    plain = plain_model()
    text = ("Iran condemned Israel. Brigadier Tomas Varga of the Danube Legion said 200 "
            "fighters had crossed into Serbia on Friday.")
    mine = next(gated.pipe([text]))
    theirs = plain(text)
    second = list(theirs.sents)[1]
    assert [e for e in ents(mine) if e[0] not in ("Iran", "Israel")] == ents(second)
    assert ("Iran", "GPE") in ents(mine) and ("Israel", "GPE") in ents(mine)


def test_a_word_is_judged_by_its_place_in_the_sentence(gated):
    """The gate decides what a word is once per word, but where it stands still counts:
    an opening 'First' is an ordinal the tables label, a 'First' inside a sentence is
    part of a name for the recogniser; an opening common word ('Officials') needs no
    recogniser, and adjacent numbers are one entity."""
    gate = gated.get_pipe("ner")
    texts = ["First, Greece thanked Turkey.", "Greece thanked the First Minister of Turkey.",
             "Greece and Turkey met. Officials said 3,000 2,000 troops left on Monday."]
    for _ in range(2):  # the second time every word is known to the gate
        before = gate.stats["recognised"]
        first, inside, opening = gated.pipe(texts)
        assert gate.stats["recognised"] - before == 1
        assert ents(first) == [("First", "ORDINAL"), ("Greece", "GPE"), ("Turkey", "GPE")]
        assert ents(inside) == ents(plain_model()(texts[1]))
        assert ents(opening) == [("Greece", "GPE"), ("Turkey", "GPE"),
                                 ("3,000 2,000", "CARDINAL"), ("Monday", "DATE")]
