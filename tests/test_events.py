"""The lexicon event coder on short news sentences: types, actors, pairs, ids.

Actors come from `_fake_actors` (a tiny resolver written for these tests) so each
test checks the coder alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from _fake_actors import resolve

from detente.events import LexiconCoder
from detente.models import Article, Event

PUB = date(2021, 3, 20)  # a Saturday


@pytest.fixture(scope="module")
def coder() -> LexiconCoder:
    return LexiconCoder()


@pytest.fixture(scope="module")
def code(nlp, coder):
    def run(text: str, published: date | None = PUB) -> list[Event]:
        doc = nlp(text)
        return coder.code(doc, resolve(doc), Article(doc_id="t1", text=text, published=published))
    return run


def dyads(events: list[Event], status: str | None = "asserted") -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in events if status is None or e.status == status}


@pytest.mark.parametrize("text, expected", [
    ("Turkey and Iran agreed to expand trade.", ("TUR", "IRN", "AGREE")),
    ("Zarif went on a trip to Turkey on Friday.", ("IRN", "TUR", "CONSULT")),
    ("Erdogan met Putin in Sochi.", ("TUR", "RUS", "CONSULT")),
    ("Erdogan sided with Russia in the dispute.", ("TUR", "RUS", "SUPPORT")),
    ("Turkey will release the detained Russian pilots.", ("TUR", "RUS", "CONCEDE")),
    ("Turkey agreed to release the detained Russian pilots.", ("TUR", "RUS", "AGREE")),
    ("Turkey has always worked closely with Russia.", ("TUR", "RUS", "COOPERATE")),
    ("Qatar sent humanitarian aid to Syria.", ("QAT", "SYR", "AID")),
    ("Russia withdrew its troops from Syria.", ("RUS", "SYR", "RETREAT")),
    ("Turkey urges Iran to help fight the militants.", ("TUR", "IRN", "REQUEST")),
    ("Biden called Putin a killer.", ("USA", "RUS", "ACCUSE")),
    ("Iran rejected the French proposal.", ("IRN", "FRA", "REJECT")),
    ("China threatened Germany with sanctions.", ("CHN", "DEU", "THREATEN")),
    ("Iranian students demonstrated against the United States.", ("IRN", "USA", "PROTEST")),
    ("The United States imposed sanctions on Iran.", ("USA", "IRN", "SANCTION")),
    ("Russia deployed troops to Syria.", ("RUS", "SYR", "MOBILIZE")),
    ("Turkish police arrested two Iranian diplomats.", ("TUR", "IRN", "COERCE")),
    ("Israel attacked Syria on Monday.", ("ISR", "SYR", "ASSAULT")),
])
def test_each_plover_type(code, text, expected):
    assert expected in dyads(code(text))


def test_visit_to_a_city_codes_its_government(code):
    events = code("Zarif's trip to Istanbul was one of many.")
    assert ("IRN", "TUR", "CONSULT") in dyads(events)


def test_wanting_more_trade_is_agree_and_wanting_from_is_request(code):
    assert ("TUR", "IRN", "AGREE") in dyads(code("Turkey wants more trade with Iran."))
    assert ("TUR", "RUS", "REQUEST") in dyads(
        code("From Russia, Turkey wants more S-400 missile defense systems."))


def test_joint_statement_pairs_every_member(code):
    events = code("Turkey, Russia and Qatar issued a joint statement last week.")
    pairs = {frozenset((s, t)) for s, t, _ in dyads(events)}
    assert pairs == {frozenset(p) for p in [("TUR", "RUS"), ("TUR", "QAT"), ("RUS", "QAT")]}


def test_talks_between_pairs_every_member(code):
    events = code("The Astana talks between Ankara, Moscow and Tehran were a success.")
    pairs = {frozenset((s, t)) for s, t, p in dyads(events) if p == "CONSULT"}
    assert len(pairs) == 3


def test_partners_after_along_with(code):
    events = code("Along with Turkey and Russia, Iran has been involved in the Astana "
                  "process since 2017.")
    got = dyads(events)
    assert {("IRN", "TUR", "CONSULT"), ("IRN", "RUS", "CONSULT")} <= got
    assert all(e.date == "2017" and e.date_precision == "year" for e in events)


def test_pronoun_group_works_together(code):
    events = code("Russia and Turkey are allies. They work together in Syria.")
    assert {frozenset((s, t)) for s, t, p in dyads(events) if p == "COOPERATE"} == {
        frozenset(("RUS", "TUR"))}


def test_no_self_pairs(code):
    events = code("Iran's foreign minister met Iranian officials.")
    assert all(e.target is None or e.source.country != e.target.country for e in events)


def test_criticising_someones_comments_is_accuse(code):
    events = code("Erdogan said Biden's comments were inappropriate.")
    assert ("TUR", "USA", "ACCUSE") in dyads(events)


def test_negation(code):
    events = code("Turkey did not attack Syria.")
    assert ("TUR", "SYR", "ASSAULT") in dyads(events, status="negated")
    assert not dyads(events)


def test_hypothetical_rumour(code):
    events = code("There were rumors that Turkey could attack Iraq.")
    assert not dyads(events)
    assert all(e.status == "hypothetical" for e in events)


def test_announced_future_cooperation_is_agree_asserted(code):
    events = code("Russia said it will send humanitarian aid to Syria next week.")
    assert ("RUS", "SYR", "AGREE") in dyads(events)


def test_scheduled_future_visit_keeps_its_type(code):
    events = code("Erdogan will visit Iran next week.")
    assert ("TUR", "IRN", "CONSULT") in dyads(events, status="future")
    assert not dyads(events)


def test_reported_future_attack_stays_future(code):
    events = code("Israel will attack Syria, officials said.")
    assert ("ISR", "SYR", "ASSAULT") in dyads(events, status="future")
    assert not dyads(events)


def test_announced_future_attack_is_a_threat(code):
    events = code("Israel said it will attack Syria.")
    assert ("ISR", "SYR", "THREATEN") in dyads(events)


def test_will_not_is_a_refusal(code):
    events = code("Iran said it will not meet the French envoy.")
    assert ("IRN", "FRA", "REJECT") in dyads(events)


def test_conditional_withdrawal_is_a_threat(code):
    events = code("Russia will withdraw its troops from Syria unless Turkey stops the attacks.")
    assert ("RUS", "SYR", "THREATEN") in dyads(events)


def test_quote_speaker(code):
    events = code("Putin said: “We will never attack Ukraine.” Biden criticized Putin.")
    quoted = [e for e in events if e.quote is not None]
    assert quoted and quoted[0].quote.speaker.country == "RUS"
    assert "attack Ukraine" in quoted[0].quote.text


def test_event_fields_and_stable_id(code):
    text = "Israel attacked Syria on Friday."
    (ev,) = [e for e in code(text) if e.plover == "ASSAULT"]
    (again,) = [e for e in code(text) if e.plover == "ASSAULT"]
    assert ev.event_id == again.event_id and len(ev.event_id) == 16
    assert ev.evidence == text and (ev.char_start, ev.char_end) == (0, len(text))
    assert ev.quad == "material_conflict" and ev.goldstein < 0 and ev.intensity < 0
    assert ev.cameo.startswith("19") and ev.rule.startswith("verb:attack")
    assert ev.date == "2021-03-19" and ev.date_precision == "day"
    assert 0 < ev.confidence <= 1 and ev.trigger == "attacked"


def test_no_published_date_gives_no_date(code):
    (ev,) = [e for e in code("Israel attacked Syria.", published=None)]
    assert ev.date is None and ev.date_precision is None


def test_sentence_without_actor_pair_yields_nothing_conflictual(code):
    assert not [e for e in code("The weather attacked nobody.") if e.target is not None]


def test_accusing_each_other_goes_both_ways(code):
    events = code("Russia and Turkey accused each other of violating the ceasefire.")
    assert {("RUS", "TUR", "ACCUSE"), ("TUR", "RUS", "ACCUSE")} <= dyads(events)


def test_talks_between_their_ministers_pair_the_subjects(code):
    events = code("Turkey, Russia and Qatar issued a joint statement after talks between "
                  "their foreign ministers.")
    consult = {frozenset((s, t)) for s, t, p in dyads(events) if p == "CONSULT"}
    assert consult == {frozenset(p) for p in [("TUR", "RUS"), ("TUR", "QAT"), ("RUS", "QAT")]}


def test_reported_speech_pronoun_is_the_speaker(code):
    events = code("Israel said it had attacked Syria.")
    assert ("ISR", "SYR", "ASSAULT") in dyads(events)


def test_demand_that_someone_must(code):
    events = code("France said Iran must release the detained diplomats.")
    assert ("FRA", "IRN", "REQUEST") in dyads(events)


def test_request_content_is_not_asserted(code):
    events = code("China urged Russia to withdraw from Ukraine.")
    got = dyads(events)
    assert ("CHN", "RUS", "REQUEST") in got
    assert not any(p == "RETREAT" for _, _, p in got)


def test_refusal_to_cooperate_is_reject(code):
    events = code("Iran refused to cooperate with France.")
    assert ("IRN", "FRA", "REJECT") in dyads(events)


def test_background_relative_clause_is_not_coded(code):
    events = code("The Syrian rebels, who were fighting against Russia, changed course.")
    assert ("SYR", "RUS", "ASSAULT") not in dyads(events)


def test_passive_with_agent(code):
    events = code("Syria was attacked by Israel on Friday.")
    assert ("ISR", "SYR", "ASSAULT") in dyads(events)


def test_quote_inside_event_keeps_speaker(code):
    events = code("“We will never accept this,” Putin said about the French sanctions.")
    assert all(e.quote is None or e.quote.speaker.country == "RUS" for e in events)


def test_main_clause_event_outranks_purpose_clause(code):
    events = code("Iranian students staged a protest against the United States to demand "
                  "sanctions.")
    best = max((e for e in events if e.status == "asserted"), key=lambda e: e.confidence)
    assert best.plover == "PROTEST"


def test_lexicon_codes_are_known_to_the_ontology():
    from detente import ontology
    from detente.events import lexicon

    tables = [lexicon.verbs(), lexicon.nouns(), lexicon.load(lexicon.DATA / "frames.tsv", "frame")]
    for table in tables:
        for entries in table.values():
            for e in entries:
                assert e.plover in ontology.plover_types(), e
                assert e.mode is None or e.mode in ontology.plover_modes(e.plover), e
                ontology.goldstein(e.cameo)  # raises on an unknown code
    for new_type, cameo in lexicon.load_conversions().values():
        assert new_type in ontology.plover_types()
        ontology.goldstein(cameo)


def test_lexicon_files_start_with_provenance():
    from detente.events.lexicon import DATA

    for path in DATA.glob("*.tsv"):
        assert path.read_text(encoding="utf-8").startswith("# provenance:"), path
