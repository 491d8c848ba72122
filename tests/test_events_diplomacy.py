"""Diplomatic sanctions, two-sided clashes and other classes real news reports often:
withdrawn and expelled diplomats, closed missions and airspace, decisions that are acts,
signed texts, alliances formed, agreed ceasefires, calls received, criticism voiced
beside solidarity. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from _asserted import asserted_triples

PUB = date(2022, 5, 1)


def asserted(text: str) -> set[tuple]:
    return asserted_triples(text, PUB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana withdrew its diplomats from Togo.", ("GHA", "TGO")),
    ("Ghana pulled its diplomatic staff out of Togo.", ("GHA", "TGO")),
    ("Bolivia called its ambassador home from Chile.", ("BOL", "CHL")),
    ("Ghana declared the Togolese ambassador persona non grata and ordered him to leave.",
     ("GHA", "TGO")),
    ('Chile declared Peru\'s ambassador to Santiago "persona non grata" on Monday.',
     ("CHL", "PER")),
    ("Ghana sacked the UN envoy over interference.", ("GHA", "UNO")),
    ("Ghana closed UN offices in the country.", ("GHA", "UNO")),
    ("Ghana shut its airspace to Togolese airlines.", ("GHA", "TGO")),
    ("Ghana barred Togolese airlines from its airspace.", ("GHA", "TGO")),
    ("Ghana announced the closure of its airspace to all Togolese flights.", ("GHA", "TGO")),
])
def test_diplomats_withdrawn_or_sent_away_and_airspace_closed_are_sanctions(text, expected):
    found = asserted(text)
    assert (*expected, "SANCTION") in found
    assert not any(p in {"RETREAT", "THREATEN", "COERCE"} for _, _, p in found)


def test_troops_pulled_out_stay_a_retreat():
    found = asserted("Russia pulled its troops out of Syria.")
    assert any(p == "RETREAT" for _, _, p in found)
    assert not any(p == "SANCTION" for _, _, p in found)


def test_an_own_envoy_sacked_is_no_sanction():
    assert not any(p == "SANCTION" for _, _, p in asserted(
        "Ghana sacked its own ambassador to Togo over a scandal at home."))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana decided to expel Togo's ambassador.", ("GHA", "TGO", "SANCTION")),
    ("Ghana decided to downgrade diplomatic relations with Togo.", ("GHA", "TGO", "SANCTION")),
])
def test_a_decision_to_sanction_is_the_sanction(text, expected):
    found = asserted(text)
    assert expected in found
    assert not any(p == "THREATEN" for _, _, p in found)


@pytest.mark.parametrize("text", [
    "Two Indian soldiers were killed in a clash with Chinese troops.",
    "Two Indian soldiers were wounded in a firefight with Chinese troops.",
    "Three Indian border guards were killed in clashes with Chinese forces on Monday.",
])
def test_killed_in_a_clash_is_an_attack_by_the_other_side(text):
    found = asserted(text)
    assert ("CHN", "IND", "ASSAULT") in found
    assert not any(s is None and p == "ASSAULT" for s, _, p in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana and Togo signed a peace declaration in Accra.", ("GHA", "TGO", "SUPPORT")),
    ("Brazil and Chile signed a protocol on border trade.", ("BRA", "CHL", "SUPPORT")),
    ("Brazil and Chile formed a defence pact.", ("BRA", "CHL", "COOPERATE")),
    ("Bolivia, Peru and Ecuador have formed an alliance.", ("BOL", "PER", "COOPERATE")),
    ("Brazil offered Chile its backing.", ("BRA", "CHL", "SUPPORT")),
    ("Ghana and Togo agreed to cease hostilities along their border.",
     ("GHA", "TGO", "CONCEDE")),
    ("Ghana and Togo agreed to a ceasefire on Sunday.", ("GHA", "TGO", "CONCEDE")),
])
def test_signed_texts_alliances_backing_and_agreed_ceasefires(text, expected):
    found = asserted(text)
    assert expected in found or (expected[1], expected[0], expected[2]) in found
    assert not any(p == "AGREE" for _, _, p in found)


def test_a_promised_release_stays_a_promise():
    assert ("TUR", "RUS", "AGREE") in asserted(
        "Turkey agreed to hand over the detained Russian sailors.")


def test_a_call_received_is_the_callers():
    found = asserted("Ghana's foreign minister received a phone call from his Togolese "
                     "counterpart on Tuesday.")
    assert ("TGO", "GHA", "CONSULT") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana, Togo and Benin voiced solidarity with Niger and alarm at Mali's moves.",
     ("GHA", "NER", "SUPPORT")),
    ("Peru voiced alarm at Chile's military build-up.", ("PER", "CHL", "ACCUSE")),
    ("Lithuania regrets China's decision to recall its ambassador.", ("LTU", "CHN", "ACCUSE")),
    ("The White House reaffirmed its commitment to the security of Taiwan.",
     ("USA", "TWN", "SUPPORT")),
])
def test_feelings_voiced_at_others(text, expected):
    assert expected in asserted(text)


def test_a_meeting_that_ends_with_a_suspension_does_not_end_it():
    found = asserted("The summit ended with the suspension of Ghana's membership.")
    assert not any(p == "CONCEDE" for _, _, p in found)


@pytest.mark.parametrize(("text", "support", "accuse"), [
    ("Ghana, Togo and Benin voiced solidarity with Niger and alarm at Mali's moves.",
     ("GHA", "NER"), ("GHA", "MLI")),
    ("Peru voiced support for Chile and concern over Bolivia's build-up.",
     ("PER", "CHL"), ("PER", "BOL")),
])
def test_one_verb_voicing_two_feelings_makes_two_acts(text, support, accuse):
    found = asserted(text)
    assert (*support, "SUPPORT") in found
    assert (*accuse, "ACCUSE") in found
    assert (*accuse, "SUPPORT") not in found and (*support, "ACCUSE") not in found


def test_support_for_two_partners_is_support_for_each():
    found = asserted("Peru voiced support for Chile and Ecuador.")
    assert {("PER", "CHL", "SUPPORT"), ("PER", "ECU", "SUPPORT")} <= found


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel said it had intercepted dozens of drones launched by Iran.", ("ISR", "IRN")),
    ("Ukraine shot down drones launched by Russia overnight.", ("UKR", "RUS")),
    ("Poland intercepted a Russian drone over its territory.", ("POL", "RUS")),
])
def test_downing_anothers_drones_is_force_against_the_sender(text, expected):
    assert (*expected, "ASSAULT") in asserted(text)


def test_intercepting_goods_is_no_attack():
    assert not any(p == "ASSAULT" for _, _, p in asserted(
        "Greek police intercepted a shipment of cigarettes from Turkey."))


@pytest.mark.parametrize("text", [
    "Erdogan exchanged heated words with Netanyahu on Twitter.",
    "Peru and Chile traded accusations over the border incident.",
])
def test_words_traded_in_anger_accuse_both_ways(text):
    found = asserted(text)
    pairs = {(s, t) for s, t, p in found if p == "ACCUSE"}
    assert len(pairs) == 2 and all(s and t for s, t in pairs)


@pytest.mark.parametrize("text", [
    "Niger and Sudan have set up a defence pact.",
    "Niger and Sudan formed a military alliance in 2021.",
])
def test_defence_pacts_and_military_alliances_are_cooperation(text):
    found = asserted(text)
    assert ("NER", "SDN", "COOPERATE") in found or ("SDN", "NER", "COOPERATE") in found
    assert not any(p in {"AGREE", "SUPPORT"} for _, _, p in found)


def test_a_signed_agreement_is_coded_once_even_with_each_other_inside_it():
    found = asserted("Brazil and Argentina signed an agreement allowing them to station "
                     "troops on each other's soil, officials said.")
    assert ("BRA", "ARG", "SUPPORT") in found
    assert not any(p == "AGREE" for _, _, p in found)


@pytest.mark.parametrize(("text", "first", "second"), [
    (("The African Union condemned the coup in Mali and demanded the release of detained "
     "ministers."), ("AU", "MLI", "ACCUSE"), ("AU", "MLI", "REQUEST")),
    (("Pakistan rejected India's decision to suspend the treaty and warned of serious "
     "consequences."), ("PAK", "IND", "REJECT"), ("PAK", "IND", "THREATEN")),
    ("Ghana expelled Togo's ambassador and demanded an apology.",
     ("GHA", "TGO", "SANCTION"), ("GHA", "TGO", "REQUEST")),
])
def test_a_second_reaction_of_the_same_doer_is_aimed_where_the_first_was(text, first, second):
    found = asserted(text)
    assert {first, second} <= found


def test_another_doers_reaction_keeps_its_own_target():
    found = asserted("Chile condemned Peru's move, and Bolivia called for calm.")
    assert ("BOL", "PER", "REQUEST") not in found


def test_counted_among_the_critics_of_an_act_accuses_its_doer():
    assert ("BRA", "CHL", "ACCUSE") in asserted(
        "Brazil has been among the most vocal critics of Chile's treatment of migrants.")


@pytest.mark.parametrize(("text", "expected"), [
    ("About 30 people held a brief demonstration outside the French embassy in Niamey.",
     ("NER", "FRA")),
    ("Hundreds held a rally outside the Russian embassy in Tbilisi.", ("GEO", "RUS")),
    ("Protesters threw stones at the French embassy during a demonstration in central Niamey.",
     ("NER", "FRA")),
])
def test_a_crowd_with_no_nationality_is_the_people_of_where_it_gathers(text, expected):
    assert (*expected, "PROTEST") in asserted(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Thai troops returned fire and lobbed more than 80 shells toward Cambodian positions.",
     ("THA", "KHM")),
    ("Indian troops fired artillery shells into Pakistani territory.", ("IND", "PAK")),
])
def test_shells_lobbed_toward_a_sides_positions_attack_it(text, expected):
    assert (*expected, "ASSAULT") in asserted(text)


def test_protests_in_a_place_aimed_at_no_one_else_stay_domestic():
    found = asserted("Russia suspended flights to Georgia on Monday after protests in Tbilisi.")
    assert ("RUS", "GEO", "SANCTION") in found
    assert not any(p == "PROTEST" and s == t for s, t, p in found)


def test_what_a_doer_says_after_an_accusation_is_not_aimed_by_it():
    found = asserted("France accused Rwanda of making false claims, but said it was "
                     "determined to mend ties with Kigali.")
    assert ("FRA", "RWA", "ACCUSE") in found
    assert ("FRA", "RWA", "THREATEN") not in found


@pytest.mark.parametrize("text", [
    "Chile considers Peru's decision wholly unwarranted.",
    "Chile described Peru's move as unwarranted and contrary to international law.",
    "Chile deemed the Peruvian expulsion unjust.",
])
def test_a_wrong_found_in_anothers_act_accuses_its_doer(text):
    assert ("CHL", "PER", "ACCUSE") in asserted(text)


@pytest.mark.parametrize("text", [
    "Chile considers Peru a friend.",
    "Chile considers Peru's decision wise.",
])
def test_a_judgement_that_finds_no_wrong_accuses_no_one(text):
    assert not any(p == "ACCUSE" for _, _, p in asserted(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran said it reserves the right to retaliate against Israel.", ("IRN", "ISR")),
    ("Pakistan reserved the right to respond to India's provocation.", ("PAK", "IND")),
])
def test_the_right_to_respond_reserved_threatens_the_response(text, expected):
    assert (*expected, "THREATEN") in asserted(text)


def test_victims_on_both_sides_of_a_clash_told_after_are_that_clash():
    found = asserted("A Thai civilian and a Cambodian soldier were killed on Friday after Thai "
                     "and Cambodian troops exchanged heavy fire near the disputed temple.")
    assert {("THA", "KHM", "ASSAULT"), ("KHM", "THA", "ASSAULT")} <= found
    assert all(s and t for s, t, _ in found)


@pytest.mark.parametrize("text", [
    ("Summit ends\n\nAccra, Ghana (PANA) - The West African summit ended on Friday after a coup "
    "toppled the government of Burkina Faso."),
    ("Tanker seized\n\nDUBAI, United Arab Emirates \u2014 Iran's Revolutionary Guard said Friday "
    "it seized a British tanker in the Strait of Hormuz."),
])
def test_a_dateline_after_the_headline_names_no_party_and_neither_does_its_country(text):
    found = asserted(text)
    assert not any(s in {"GHA", "ARE"} or t in {"GHA", "ARE"} for s, t, _ in found)


def test_peacekeepers_agreed_to_are_help_promised_not_a_threat():
    found = asserted("Russia has agreed to send peacekeeping troops to Kazakhstan at the "
                     "request of its leader.")
    assert ("RUS", "KAZ", "AGREE") in found
    assert not any(p in {"THREATEN", "MOBILIZE"} for _, _, p in found)
    assert ("KEN", "HTI", "AID") in asserted("Kenya sent a peacekeeping force to Haiti.")
