"""The batched decoding of the recogniser finds exactly the entities of spaCy's own loop."""

from __future__ import annotations

import pytest
from _plain_model import plain_model

TEXTS = [
    "Russian forces shelled Kharkiv on Tuesday, killing 3 civilians, Ukraine's defence ministry said.",
    "Foreign Minister Amara Diallo met her Ghanaian counterpart in Accra to discuss the $40 million loan.",
    "Talks resumed.\n\nThe envoy was expelled after the embassy in Baku was closed on 3 March 2023.",
    "Beijing warned Washington against arms sales to Taipei, calling them a grave provocation.",
    ("The UN Security Council met for six hours.  Delegates from the African Union, "
     "the European Union and the Arab League attended."),
    "Kim Jong Un",  # an entity that ends the text
    "Ok.",
    ("The Wagner Group's fighters left Bakhmut in May, Yevgeny Prigozhin said in a video "
     "posted on Telegram at 2 a.m. on the 25th, adding that 20,000 men had died."),
    ("Prime Minister Narendra Modi and President Joe Biden spoke by phone for 45 minutes "
     "about the Quad summit in Sydney, the White House said.\nIndia's Ministry of External "
     "Affairs confirmed the call."),
]


@pytest.fixture(scope="module")
def pair():
    from detente.nlp.ner_decode import NerDecoder

    nlp = plain_model()
    decoder = NerDecoder(nlp.get_pipe("ner"))
    decoder.min_states = 0  # always the batched decoder, whatever the lengths
    return nlp, decoder


def _unrecognised(nlp, texts):
    with nlp.select_pipes(disable=["ner"]):
        return list(nlp.pipe(texts))


def ents(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents]


def test_a_batch_of_texts_of_every_length_gets_spacys_entities(pair):
    nlp, decoder = pair
    theirs = [ents(d) for d in nlp.get_pipe("ner").pipe(_unrecognised(nlp, TEXTS))]
    ours = [ents(d) for d in decoder.pipe(_unrecognised(nlp, TEXTS), batch_size=4)]
    assert ours == theirs
    assert theirs[5] and theirs[5][-1][1] == 3  # the last token closes an entity
    assert sum(len(e) for e in theirs) > 30


def test_the_bundled_examples_get_spacys_entities(pair):
    """Every article of the example corpus (34,000 characters, hundreds of entities)."""
    import json
    from pathlib import Path

    import detente

    corpus = Path(detente.__file__).parent / "examples" / "corpus.jsonl"
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    nlp, decoder = pair
    theirs = [ents(d) for d in nlp.get_pipe("ner").pipe(_unrecognised(nlp, texts))]
    ours = [ents(d) for d in decoder.pipe(_unrecognised(nlp, texts), batch_size=8)]
    assert sum(len(e) for e in theirs) > 400
    assert ours == theirs


def test_one_text_at_a_time_and_the_whole_batch_agree(pair):
    nlp, decoder = pair
    alone = [ents(decoder(d)) for d in _unrecognised(nlp, TEXTS)]
    together = [ents(d) for d in decoder.pipe(_unrecognised(nlp, TEXTS), batch_size=64)]
    assert alone == together


def test_entities_preset_on_a_text_go_to_spacys_own_rules(pair):
    nlp, decoder = pair
    doc = _unrecognised(nlp, ["Abu Dhabi hosted envoys from Qatar."])[0]
    doc.ents = [doc.char_span(0, 9, label="ORG")]
    out = next(decoder.pipe([doc]))
    assert ("Abu Dhabi", "ORG") in [(e.text, e.label_) for e in out.ents]


def test_an_empty_text_in_a_batch(pair):
    nlp, decoder = pair
    docs = _unrecognised(nlp, ["", "Germany and France signed a treaty."])
    out = list(decoder.pipe(docs))
    assert ents(out[0]) == []
    assert [e.label_ for e in out[1].ents] == ["GPE", "GPE"]


def test_a_text_far_longer_than_its_batch_goes_to_spacys_loop(pair):
    from detente.nlp.ner_decode import NerDecoder

    nlp, _ = pair
    long = " ".join(["Officials in Kyiv and Warsaw met on Monday."] * 40)
    docs = _unrecognised(nlp, [long, "Germany and France signed a treaty."])

    strict = NerDecoder(nlp.get_pipe("ner"))  # the threshold as shipped
    calls = []
    real = strict.entities
    strict.entities = lambda batch: calls.append([len(d) for d in batch]) or real(batch)
    out = list(strict.pipe(docs))
    assert calls == []  # a batch of one long and one short text: spaCy's loop
    assert [e.label_ for e in out[1].ents] == ["GPE", "GPE"]
    assert sum(e.label_ == "GPE" for e in out[0].ents) >= 40


def test_the_pipeline_decodes_with_it_and_the_component_looks_the_same(nlp):
    from detente.nlp.ner_decode import NerDecoder

    ner = nlp.get_pipe("ner")
    if not isinstance(ner, NerDecoder):  # the gate wraps it in a coding pipeline
        ner = ner.ner
    assert isinstance(ner, NerDecoder)
    assert "GPE" in ner.labels and ner.model is ner.component.model
