"""Constructions the lexicon coder must read right: allegations, circumstance nouns,
targets of offers, dates of the trigger's own clause, self-pairs.

Actors come from `_fake_actors` so each test checks the coder alone.
"""

from __future__ import annotations

from datetime import date

import pytest
from _fake_actors import resolve

from detente.events import LexiconCoder
from detente.models import Article, Event

PUB = date(2023, 5, 3)  # a Wednesday


@pytest.fixture(scope="module")
def code(nlp):
    coder = LexiconCoder()

    def run(text: str, published: date | None = PUB) -> list[Event]:
        doc = nlp(text)
        return coder.code(doc, resolve(doc), Article(doc_id="t", text=text, published=published))
    return run


def triples(events: list[Event], status: str | None = "asserted") -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in events if status is None or e.status == status}


def test_accused_of_doing_is_not_asserted_for_the_accuser(code):
    events = code("Washington accused Iran of supplying drones to Russia.")
    assert ("USA", "IRN", "ACCUSE") in triples(events)
    assert not any(e.source.country == "USA" and e.plover == "AID" for e in events)
    assert ("IRN", "RUS", "AID") not in triples(events)  # alleged, not reported


def test_blamed_for_attacking_is_alleged(code):
    events = code("France blamed Russia for attacking Ukraine.")
    assert ("FRA", "RUS", "ACCUSE") in triples(events)
    assert not any(e.plover == "ASSAULT" and e.status == "asserted" for e in events)


def test_warned_against_doing_is_not_asserted(code):
    events = code("China warned against sending troops to Syria.")
    assert not any(e.plover == "MOBILIZE" and e.status == "asserted" for e in events)


def test_talks_after_the_main_clause_belong_to_its_subject(code):
    events = code("Putin visited Ankara on Friday, six weeks after a trip to Beijing.")
    assert ("RUS", "CHN", "CONSULT") in triples(events)


def test_summit_as_occasion_is_consult_not_agree(code):
    events = code("Erdogan pledged to boost trade at his summit with Putin in Sochi.")
    assert ("TUR", "RUS", "CONSULT") in triples(events)


def test_offer_to_a_country_targets_the_country(code):
    events = code("The United States offered military aid to Israel.")
    assert ("USA", "ISR", "AGREE") in triples(events)


def test_date_of_a_relative_clause_does_not_date_the_event(code):
    events = code("Russia and China agreed to revive a security pact signed in 2001.")
    agree = [e for e in events if e.plover == "AGREE"]
    assert agree and all(e.date == PUB.isoformat() for e in agree)


def test_hours_later_is_past_not_future(code):
    events = code("Iran released two French prisoners, and France freed three Iranian prisoners hours later.")
    assert ("FRA", "IRN", "RETREAT") in triples(events)


def test_no_event_between_a_country_and_itself(code):
    events = code("Russian troops attacked Russian positions near Moscow.")
    assert not any(e.target is not None and e.source.country == e.target.country
                   and e.source.sector == e.target.sector for e in events)


def test_warning_that_a_country_would_pay_is_a_threat_against_it(code):
    events = code("Putin warned that France would face a harsh response if it sent troops.")
    assert ("RUS", "FRA", "THREATEN") in triples(events)


def test_warning_about_a_forecast_is_not_a_threat_against_it(code):
    events = code("Germany warned that Turkey's economy would shrink this year.")
    assert ("DEU", "TUR", "THREATEN") not in triples(events)


def test_killed_in_a_named_air_strike_names_the_attacker(code):
    events = code("Three Syrian soldiers were killed in an Israeli air strike.")
    assert ("ISR", "SYR", "ASSAULT") in triples(events)


def test_prisoner_exchange_is_a_mutual_release(code):
    events = code("Russia and Ukraine exchanged 35 prisoners on Saturday.")
    assert {("RUS", "UKR", "RETREAT"), ("UKR", "RUS", "RETREAT")} & triples(events)


def test_charging_someone_is_an_accusation(code):
    events = code("French prosecutors charged two Iranian diplomats with espionage.")
    assert ("FRA", "IRN", "ACCUSE") in triples(events)


def test_wanting_someone_else_to_attack_is_not_an_attack(code):
    events = code("Biden wants Israel to attack Iran.")
    assert ("ISR", "IRN", "ASSAULT") not in triples(events)


def test_sending_drones_to_a_country_is_military_aid(code):
    events = code("Iran sent Russia hundreds of drones last year.")
    assert ("IRN", "RUS", "AID") in triples(events)


def test_will_not_told_before_the_speaker_is_a_refusal(code):
    events = code("Iran will not hold talks with the United States, Zarif said on Monday.")
    assert ("IRN", "USA", "REJECT") in triples(events)


def test_saying_a_country_would_retaliate_if_attacked_is_a_threat(code):
    events = code("Russia said it would take military steps if Ukraine joined the alliance.")
    assert ("RUS", "UKR", "THREATEN") in triples(events)


def test_demand_about_a_countrys_operations_targets_the_country(code):
    events = code("Turkey demanded an immediate halt to Israeli military operations.")
    assert ("TUR", "ISR", "REQUEST") in triples(events)


def test_wanting_trade_with_a_country_is_not_a_request(code):
    events = code("Turkey wants more trade with Iran.")
    assert ("TUR", "IRN", "REQUEST") not in triples(events)


def test_a_named_invasion_stays_asserted_under_a_negated_verb(code):
    events = code("China did not condemn Russia's invasion of Ukraine.")
    assert ("RUS", "UKR", "ASSAULT") in triples(events)
    assert ("CHN", "RUS", "ACCUSE") not in triples(events)


def test_their_meeting_happened_even_when_they_did_not_agree(code):
    events = code("Biden and Putin did not agree on Ukraine during their meeting in Geneva.")
    assert {("USA", "RUS", "CONSULT"), ("RUS", "USA", "CONSULT")} & triples(events)
    assert ("USA", "RUS", "AGREE") not in triples(events)


def test_talks_not_held_stay_negated(code):
    events = code("Russia did not hold talks with Ukraine.")
    assert ("RUS", "UKR", "CONSULT") not in triples(events)


def test_feared_invasion_is_not_asserted(code):
    events = code("Officials fear a Russian invasion of Ukraine.")
    assert ("RUS", "UKR", "ASSAULT") not in triples(events)


def test_troops_moved_to_the_border_with_a_country_target_it(code):
    events = code("Russia moved troops to its border with Ukraine.")
    assert ("RUS", "UKR", "MOBILIZE") in triples(events)


def test_protesters_storming_an_embassy_is_a_riot_not_an_assault(code):
    events = code("Iranian protesters stormed the French embassy in Tehran.")
    assert ("IRN", "FRA", "PROTEST") in triples(events)
    assert ("IRN", "FRA", "ASSAULT") not in triples(events)


def test_in_protest_against_names_the_clause_subject(code):
    events = code("Turkish farmers blocked the roads in protest against Iranian imports.")
    assert ("TUR", "IRN", "PROTEST") in triples(events)


def test_joint_patrol_flown_by_two_air_forces_is_cooperation(code):
    events = code("Russian and Chinese bombers flew a joint patrol over the Pacific.")
    assert {("RUS", "CHN", "COOPERATE"), ("CHN", "RUS", "COOPERATE")} & triples(events)


def test_acting_under_an_old_agreement_is_not_a_new_agreement(code):
    events = code("Russian and Turkish troops patrolled the town under the Sochi agreement.")
    assert not any(e.plover == "AGREE" for e in events)


def test_receiving_a_cargo_is_not_receiving_a_visitor(code):
    events = code("China received its first cargo of Russian oil on Sunday.")
    assert ("CHN", "RUS", "CONSULT") not in triples(events)


def test_a_condition_about_war_is_not_itself_a_threat(code):
    events = code("Syria says it will not accept refugees if war starts in Iraq.")
    assert ("SYR", "IRQ", "THREATEN") not in triples(events)


@pytest.mark.parametrize("text", [
    "Israel said Iran was responsible for the attack.",
    "Kyiv said Russia was behind the attack on the dam.",
    "The United States said Iran was to blame for the attack.",
])
def test_saying_someone_was_behind_an_attack_accuses_them(code, text):
    events = code(text)
    src = {"Israel": "ISR", "Kyiv": "UKR", "The": "USA"}[text.split()[0]]
    tgt = "IRN" if "Iran" in text else "RUS"
    assert (src, tgt, "ACCUSE") in triples(events)
    assert (tgt, None, "ACCUSE") not in triples(events)


def test_its_in_a_reported_attack_is_the_speaker(code):
    events = code("France said Russian hackers had attacked its election systems.")
    assert ("RUS", "FRA", "ASSAULT") in triples(events)


def test_invasion_as_subject_of_would_is_hypothetical(code):
    events = code("A Russian invasion of Ukraine would trigger sanctions, officials say.")
    assert ("RUS", "UKR", "ASSAULT") not in triples(events)


def test_talks_a_host_will_hold_are_future(code):
    events = code("Turkey will host talks between Russia and Ukraine on Thursday.")
    talks = [e for e in events if e.plover == "CONSULT"]
    assert talks and all(e.status == "future" for e in talks)
    assert all(e.date == "2023-05-04" for e in talks)  # the coming Thursday


def test_visit_in_a_when_clause_of_a_future_is_future(code):
    events = code("Iran and Russia will sign a treaty when Putin visits Tehran.")
    assert ("RUS", "IRN", "CONSULT") not in triples(events)
    assert ("RUS", "IRN", "CONSULT") in triples(events, status="future")


def test_jailed_for_helping_makes_the_prisoner_the_helper(code):
    events = code("A Turkish court jailed an Iranian student for helping Syria.")
    assert ("TUR", "IRN", "COERCE") in triples(events)
    assert not any(e.source.country == "TUR" and e.plover == "AID" for e in events)


def test_arrest_warrant_for_a_foreigner_is_coercion(code):
    events = code("A court in France issued an arrest warrant for an Iranian diplomat.")
    assert ("FRA", "IRN", "COERCE") in triples(events)


def test_rocket_fired_from_a_place_at_the_speaker(code):
    events = code("Israel said a rocket was fired at it from Syria on Tuesday.")
    assert ("SYR", "ISR", "ASSAULT") in triples(events)


def test_ordering_foreign_diplomats_to_leave_is_an_expulsion(code):
    events = code("Russia ordered two French diplomats to leave the country.")
    assert ("RUS", "FRA", "SANCTION") in triples(events)
    assert not code("Russia ordered its diplomats to return home.")


def test_gratitude_to_a_country_is_support(code):
    events = code("Iran expressed gratitude to Russia for its help.")
    assert ("IRN", "RUS", "SUPPORT") in triples(events)


def test_indicting_someone_is_an_accusation(code):
    events = code("A French court indicted two Iranian diplomats.")
    assert ("FRA", "IRN", "ACCUSE") in triples(events)
