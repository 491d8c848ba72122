"""The document text the stages share must be exactly the text spaCy parsed: the
evidence sentence of every event is cut from it by character offsets."""

from __future__ import annotations

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
