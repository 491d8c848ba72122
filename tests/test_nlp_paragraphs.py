"""A headline, a paragraph and a list item are separate sentences; a wrapped line is not."""

from __future__ import annotations


def test_blank_lines_and_list_items_end_sentences(nlp):
    doc = nlp("Chile recalls envoy from Lima after border row\n\n"
              "Santiago said on Monday its ambassador would return for consultations.\n\n"
              "- Peru closed two crossings\n- Bolivia called for calm")
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Chile recalls envoy from Lima after border row",
                     "Santiago said on Monday its ambassador would return for consultations.",
                     "- Peru closed two crossings", "- Bolivia called for calm"]


def test_a_hard_wrapped_line_stays_in_its_sentence(nlp):
    doc = nlp("Santiago said on Monday that its ambassador\nwould return for consultations.")
    assert len(list(doc.sents)) == 1
