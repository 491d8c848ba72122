"""The document text the stages share must be exactly the text spaCy parsed: the
evidence sentence of every event is cut from it by character offsets."""

from __future__ import annotations

import pytest

from detente.events.frames import span_text
from detente.nlp import doc_text, keep_text

TEXT = ("Çavuşoğlu met Zarif in Ankara.\n\n“We will work together,” he said.  "
        "Iran\u2019s minister  left on Friday.")


def test_cut_sentences_equal_the_parsed_sentences(nlp):
    for handed in (True, False):
        doc = nlp(TEXT)
        if handed:
            keep_text(doc, TEXT)
        assert doc_text(doc) == doc.text
        assert [span_text(s) for s in doc.sents] == [s.text for s in doc.sents]


@pytest.mark.parametrize(("text", "dateline"), [
    ("GENEVA (AP) - Biden and Putin met.", "GENEVA (AP) - "),
    ("Geneva, June 16 (Reuters) - Biden and Putin met.", "Geneva, June 16 (Reuters) - "),
    ("LYON: Interpol said on Friday ...", "LYON: "),
    ("NEW YORK -- The Security Council voted.", "NEW YORK -- "),
    ("Biden and Putin met - in Geneva - on Wednesday.", ""),
    ("US President Joe Biden - who met Putin - said.", ""),
])
def test_the_dateline_of_wire_copy_is_found(text, dateline):
    from detente.nlp.dateline import dateline_end

    assert text[:dateline_end(text)] == dateline
