"""The sentence event-type classifier: synthetic data, shipped model, reproducibility."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from detente.classify.model import MODEL_PATH, EventTypeClassifier
from detente.classify.synth import LABELS, PLOVER_TYPES, ROOTS, entries, generate
from detente.classify.train import fingerprint, parse_features, train

# Fresh sentences written for this test (not from the templates), one clear case per type.
CLEAR = {
    "AGREE": "The two governments agreed on Friday to reopen their shared border crossing.",
    "CONSULT": "Germany's chancellor held talks with the Polish prime minister in Warsaw.",
    "SUPPORT": "The French president praised Kenya for its efforts to bring peace to the region.",
    "CONCEDE": "The military government lifted the nightly curfew in the capital on Sunday.",
    "COOPERATE": "Japan and Australia conducted joint naval exercises off the coast.",
    "AID": "The European Union sent 30 tonnes of medical supplies to earthquake victims in Turkey.",
    "RETREAT": "Rebel fighters released 14 hostages and withdrew from the town.",
    "REQUEST": "The Secretary-General urged both sides to return to negotiations.",
    "ACCUSE": "Beijing accused Washington of meddling in its internal affairs.",
    "REJECT": "The junta rejected the regional bloc's proposal for early elections.",
    "THREATEN": "Pyongyang threatened to launch a nuclear strike against Seoul.",
    "PROTEST": "Thousands of demonstrators marched through Santiago to protest against the pension reform.",
    "SANCTION": "Canada imposed new sanctions on Belarusian officials and froze their assets.",
    "MOBILIZE": "Russia massed tens of thousands of troops along its border with Ukraine.",
    "COERCE": "Police arrested dozens of opposition activists in Minsk on Saturday.",
    "ASSAULT": "Government warplanes bombed rebel positions near the city, killing 20 fighters.",
}


@pytest.fixture(scope="module")
def clf() -> EventTypeClassifier:
    return EventTypeClassifier.load()


def test_generator_is_deterministic_and_balanced() -> None:
    a = generate(per_label=40, seed=3)
    b = generate(per_label=40, seed=3)
    assert a == b
    counts = Counter(e.plover for e in a)
    assert set(counts) == set(LABELS) and set(counts.values()) == {40}
    assert {e.root for e in a} <= set(ROOTS)
    assert generate(per_label=40, seed=4) != a


def test_templates_cover_every_type_with_negated_and_future_forms() -> None:
    assert {e.plover for e in entries()} >= set(PLOVER_TYPES)
    statuses = Counter(e.status for e in generate(per_label=200, seed=1))
    assert {"asserted", "negated", "future", "hypothetical"} <= set(statuses)


def test_shipped_model_is_small_and_loads_without_pickle(clf: EventTypeClassifier) -> None:
    assert MODEL_PATH.stat().st_size < 1_000_000
    with np.load(MODEL_PATH, allow_pickle=False) as z:
        assert "buckets" in z.files
    assert EventTypeClassifier.load() is clf  # cached


def test_clear_sentences_get_their_type(nlp, clf: EventTypeClassifier) -> None:
    docs = list(nlp.pipe(CLEAR.values()))
    preds = clf.predict_many([d[:] for d in docs])
    got = {gold: p[0][0] for gold, p in zip(CLEAR, preds, strict=True)}
    right = [t for t, p in got.items() if t == p]
    assert len(right) >= 12, got


def test_prediction_api(nlp, clf: EventTypeClassifier) -> None:
    sent = next(nlp("Israeli jets struck targets in Gaza overnight. It rained.").sents)
    ranked = clf.predict(sent)
    assert {label for label, _ in ranked} == set(LABELS)
    probs = [p for _, p in ranked]
    assert probs == sorted(probs, reverse=True) and abs(sum(probs) - 1) < 1e-5
    root, p = clf.predict_root(sent)
    assert root in ROOTS and 0 < p <= 1
    assert root == "19" or root == "18"
    weather = next(nlp("Temperatures are expected to reach 35 degrees on Thursday.").sents)
    assert clf.predict(weather)[0][0] == "NONE"


def test_training_is_deterministic(nlp) -> None:
    examples = generate(per_label=15, seed=5)
    feats = parse_features([e.text for e in examples], nlp)
    assert fingerprint(train(examples, feats)) == fingerprint(train(examples, feats))


def test_no_gold_sentence_in_training_data(shared) -> None:
    gold = set()
    for name in ("plover_gsr.jsonl", "cameo_examples.jsonl", "conflibert_cameo_test.jsonl"):
        with open(shared / "gold" / name, encoding="utf-8") as fh:
            gold |= {json.loads(line)["text"].strip().lower() for line in fh if line.strip()}
    own = Path(__file__).resolve().parents[1] / "src/detente/eval/data/detente_gold.jsonl"
    if own.exists():
        with open(own, encoding="utf-8") as fh:
            gold |= {json.loads(line)["text"].strip().lower() for line in fh if line.strip()}
    texts = {e.text.strip().lower() for e in generate()}
    assert not texts & gold


# Role chooser of the backoff: who did it to whom, read from the parse.
DYADS = [
    ("Georgia was attacked by Armenia on Monday.", True, ("ARM", "GEO")),
    ("Ten Chilean soldiers were killed by Peruvian drones near the border.", True, ("PER", "CHL")),
    ("An attack by Armenia on Georgia killed 20 people.", True, ("ARM", "GEO")),
    ("Peru's air strikes on Chile killed 30 people.", True, ("PER", "CHL")),
    ("Sanctions were imposed on Cuba by Canada.", True, ("CAN", "CUB")),
    ("Medical supplies were sent to Nepal by Japan.", False, ("JPN", "NPL")),
    ("Kenya said hackers from Nigeria's intelligence service had tried to cut power.", True,
     ("NGA", "KEN")),
    ("Mexico praised Chile for its efforts to end the crisis.", False, ("MEX", "CHL")),
    ("Vietnamese diplomats were expelled from Poland.", True, ("POL", "VNM")),
    ("Medical supplies donated by Tokyo were flown to Nepal on Monday.", False, ("JPN", "NPL")),
]


@pytest.mark.parametrize(("text", "harm", "dyad"), DYADS)
def test_backoff_dyad_follows_the_grammar(nlp, resolver, text, harm, dyad) -> None:
    from detente.classify.backoff import _dyad

    doc = nlp(text)
    ms = [m for m in resolver.resolve(doc, None) if m.actor.country]
    source, target = _dyad(doc[:], ms, harm=harm)
    assert (source.actor.country, target.actor.country) == dyad


# Two countries, no act between them: the backoff must not turn these into events.
BACKGROUND_PAIRS = [
    "Greece and Turkey have argued over airspace in the Aegean for decades.",
    "Ethiopia and Eritrea fought a border war between 1998 and 2000.",
    "Brazil is Latin America's biggest economy and Mexico its second.",
    "A conflict between China and Taiwan would disrupt the global supply of chips.",
    "Many Poles see Germany as their country's most important partner, a survey showed.",
    "Kazakhstan sells most of its oil through a pipeline that crosses Russia.",
    "Colombia and Venezuela share a porous border of more than 2,000 kilometres.",
    "The Philippines was an American colony until 1946.",
    "Pakistan's economy is about a tenth the size of India's.",
    "The World Cup match between Argentina and France drew a record audience.",
]


def test_two_country_background_is_not_an_event(nlp, clf: EventTypeClassifier) -> None:
    preds = clf.predict_many([d[:] for d in nlp.pipe(BACKGROUND_PAIRS)])
    fired = [(t, p[0]) for t, p in zip(BACKGROUND_PAIRS, preds, strict=True)
             if p[0][0] != "NONE" and p[0][1] >= 0.7]
    assert len(fired) <= 1, fired
    assert sum(p[0][0] == "NONE" for p in preds) >= 8


def test_headlines_and_passives_get_their_type(nlp, clf: EventTypeClassifier) -> None:
    cases = {
        "Iranian-Saudi talks in Baghdad.": "CONSULT",
        "New EU sanctions against Belarus over the forced landing of a plane.": "SANCTION",
        "Syrian army positions were shelled by Turkish artillery overnight.": "ASSAULT",
        "Kyiv's appeal to Berlin for more tanks.": "REQUEST",
    }
    preds = clf.predict_many([d[:] for d in nlp.pipe(cases)])
    got = {t: p[0][0] for t, p in zip(cases, preds, strict=True)}
    assert sum(got[t] == want for t, want in cases.items()) >= 3, got


def test_future_acts_keep_their_type_and_promises_are_agree_or_threaten() -> None:
    ex = generate(per_label=300, seed=2)
    future = [e for e in ex if e.form == "future"]
    assert {e.plover for e in future} - {"AGREE", "THREATEN", "CONCEDE"}
    assert {e.plover for e in ex if e.form == "would"} <= {
        "AGREE", "THREATEN", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "PROTEST"}
    assert any(e.form == "headline" for e in ex)
    assert sum(e.plover == "NONE" and e.form == "background" for e in ex) > 100


@pytest.mark.parametrize(("text", "status"), [
    ("A peace deal between Peru and Chile could be signed within weeks, officials said.",
     "hypothetical"),
    ("Kenya has no plans to close the embassy of Somalia, an official said.", "negated"),
    ("Officials said Mexico had decided to expel the Cuban ambassador.", "asserted"),
    ("The Indian premier told his Nepali counterpart that floods will come again.", "asserted"),
])
def test_backoff_status_follows_the_reported_act(nlp, text, status) -> None:
    from detente.classify.backoff import event_verb
    from detente.events.status import status_of

    assert status_of(event_verb(nlp(text)[:])) == status
