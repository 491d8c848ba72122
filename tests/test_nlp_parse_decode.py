"""The batched decoding of the parser gives exactly the heads, labels and sentences of
spaCy's own loop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _plain_model import plain_model

TEXTS = [
    "Russian forces shelled Kharkiv on Tuesday, killing 3 civilians, Ukraine's defence ministry said.",
    "Talks resumed.\n\nThe envoy was expelled after the embassy in Baku was closed on 3 March 2023.",
    "- Sanctions on banks\n- A ban on oil imports\nThe measures take effect on Monday",
    "Who did the minister say he had met? Nobody knows. It was, officials said, a quiet week",
    "Ok.",
    ("Beijing warned Washington against arms sales to Taipei, calling them a grave provocation "
    "that, it said, would harm ties which both sides had worked for decades to build."),
]


@pytest.fixture(scope="module")
def pair():
    from detente.nlp.parse_decode import ParseDecoder

    nlp = plain_model()
    decoder = ParseDecoder(nlp.get_pipe("parser"))
    decoder.min_states = 0  # always the batched decoder, however small the batch
    return nlp, decoder


def _unparsed(nlp, texts):
    with nlp.select_pipes(disable=["parser", "ner", "attribute_ruler", "lemmatizer"]):
        return list(nlp.pipe(texts))


def parse(doc):
    return [(t.head.i, t.dep_, t.is_sent_start) for t in doc]


def _both(nlp, decoder, texts):
    theirs = [parse(d) for d in nlp.get_pipe("parser").pipe(_unparsed(nlp, texts))]
    ours = [parse(d) for d in decoder.pipe(_unparsed(nlp, texts))]
    return ours, theirs


def test_texts_of_every_shape_get_spacys_parse(pair):
    """Line breaks that start sentences, questions, a one-word text, a long sentence."""
    ours, theirs = _both(*pair, TEXTS)
    assert ours == theirs
    assert sum(s for doc in theirs for _, _, s in doc) >= 9  # several sentences each


def test_the_bundled_examples_get_spacys_parse(pair):
    """Every article of the example corpus (about 7,000 words) in one batch."""
    import detente

    corpus = Path(detente.__file__).parent / "examples" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    ours, theirs = _both(*pair, texts)
    assert sum(len(d) for d in theirs) > 5000
    assert ours == theirs


def test_a_text_alone_parses_as_in_a_batch(pair):
    nlp, decoder = pair
    alone = [parse(decoder(d)) for d in _unparsed(nlp, TEXTS)]
    together = [parse(d) for d in decoder.pipe(_unparsed(nlp, TEXTS))]
    assert alone == together


def test_an_empty_text_and_a_parsed_one_keep_what_spacy_gives(pair):
    nlp, decoder = pair
    docs = _unparsed(nlp, ["", "Germany and France signed a treaty."])
    out = list(decoder.pipe(docs))
    assert len(out[0]) == 0 and [t.dep_ for t in out[1]][:3] == ["nsubj", "cc", "conj"]
    def parsed():  # a text parsed before, one label changed by hand
        doc = nlp("Germany and France signed a treaty.")
        doc[0].dep_ = "npadvmod"
        return doc

    theirs = next(nlp.get_pipe("parser").pipe([parsed()]))
    assert parse(next(decoder.pipe([parsed()]))) == parse(theirs)


def test_small_batches_go_to_spacys_loop_and_big_ones_to_the_arrays(nlp):
    from detente.nlp.parse_decode import ParseDecoder

    decoder = nlp.get_pipe("parser")
    assert isinstance(decoder, ParseDecoder)
    calls = []
    real = decoder.parses
    decoder.parses = lambda docs: calls.append(len(docs)) or real(docs)
    try:
        list(nlp.pipe(["Iran and Iraq signed a deal."] * 3))
        assert calls == []  # three short texts: spaCy's loop
        list(nlp.pipe(["Iran and Iraq signed a deal."] * 40))
        assert calls == [40]
        long = " ".join(["Iran and Iraq signed a deal, officials said."] * 30)
        docs = list(nlp.pipe([long] + ["Iran and Iraq signed a deal."] * 40))
        assert calls == [40, 40]  # the long text went to spaCy's loop alone
        assert sum(t.is_sent_start for t in docs[0]) >= 2 and docs[1][0].dep_ == "nsubj"
    finally:
        del decoder.parses
