"""Headlines, list items and captions on lines of their own are sentences of their own;
a line break inside running text is not a sentence end. Texts written for these tests."""

from __future__ import annotations

from datetime import date

import detente
from detente.nlp.pipeline import load_nlp

LIST = ("Several governments have sent envoys home this year.\n"
        "- Ghana ordered the French ambassador to leave\n"
        "- Togo expelled the German ambassador in May\n"
        "\u2022 Benin recalled its ambassador to Nigeria\n")


def test_each_list_item_is_a_sentence_with_its_own_pair():
    events = [e for e in detente.code_text(LIST, published=date(2023, 8, 1))
              if e.status == "asserted"]
    pairs = {(e.source.country, e.target.country if e.target else None, e.plover) for e in events}
    assert {("GHA", "FRA", "SANCTION"), ("TGO", "DEU", "SANCTION"),
            ("BEN", "NGA", "SANCTION")} <= pairs
    assert all("\n" not in e.evidence.strip() for e in events)
    assert not {("TGO", "FRA", "SANCTION"), ("BEN", "DEU", "SANCTION")} & pairs


def test_a_blank_line_ends_a_headline_and_a_wrapped_line_does_not():
    doc = load_nlp()("Peru recalls envoy\n\nPeru recalled its ambassador to Mexico on\n"
                     "Monday, the ministry said.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Peru recalls envoy"
    assert sents[1].startswith("Peru recalled") and sents[1].endswith("the ministry said.")
