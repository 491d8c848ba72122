"""Targets a reader expects when the sentence names no one as the target: the place
where a measure or protest happens, and the one a threat or promise is aimed at."""

from __future__ import annotations

from datetime import date

import pytest

import detente

PUB = date(2021, 3, 3)


def triples(text: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in detente.code_text(text, published=PUB) if e.status == "asserted"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Serbia lifted a night curfew in Montenegro on Sunday.", ("SRB", "MNE", "CONCEDE")),
    ("Turkish authorities imposed a curfew in the town of Cizre in southeastern Turkey.",
     ("TUR", "TUR", "COERCE")),
    ("Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday.",
     ("IRQ", "IRQ", "PROTEST")),
    (("Iran on Tuesday threatened to cut off electricity to the Azerbaijani region of "
     "Nakhichevan."), ("IRN", "AZE", "THREATEN")),
])
def test_the_place_or_the_inner_act_gives_the_target(text, expected):
    assert expected in triples(text)


def test_a_refusal_does_not_target_what_it_declines_to_condemn():
    found = triples("China declined to condemn Russia's attack on Ukraine on Friday.")
    assert ("CHN", "RUS", "REJECT") not in found


def test_talks_held_in_a_third_country_do_not_target_it():
    found = triples("Russian and Turkish ministers held talks in Geneva on Monday.")
    assert not any(t == "CHE" for _, t, _ in found)


def test_two_sides_that_agree_to_act_together_are_each_others_partner():
    found = triples("Saudi Arabia and Iran agreed to reopen their embassies within two months.")
    assert {("SAU", "IRN", "AGREE"), ("IRN", "SAU", "AGREE")} <= found


@pytest.mark.parametrize(("text", "code"), [
    (("Hundreds of protesters gathered outside the French embassy in Niamey, chanting slogans "
     "against France's military presence."), "NERCVL"),
    ("Demonstrators in Baghdad blocked a road to protest against the United States.", "IRQCVL"),
])
def test_a_crowd_belongs_to_the_country_where_it_gathers(text, code):
    protests = [e for e in detente.code_text(text, published=PUB) if e.plover == "PROTEST"]
    assert protests and all(e.source.code == code for e in protests)


def test_an_aim_is_not_reported_as_a_deed():
    events = detente.code_text(
        "Thousands of Israelis rallied in Tel Aviv to demand a deal to free the hostages.",
        published=PUB)
    assert not any(e.plover in {"RETREAT", "AGREE"} and e.status == "asserted" for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # the one asked, not a word inside what is asked for ("military" is no country)
    ("Armenia asked Russia for military assistance on Tuesday.", ("ARM", "RUS", "REQUEST")),
    # the parser hangs the threatened act as an adverbial clause when words stand between
    ("Hezbollah threatened on Sunday to strike Israeli ports.", ("HEZBOLLAH", "ISR", "THREATEN")),
    # every country of a conjoined modifier
    ("Beijing rejected Japanese and Australian criticism of its coast guard.",
     ("CHN", "AUS", "REJECT")),
    # a ship's flag names its side
    ("Houthi rebels attacked a Liberian-flagged cargo ship on Monday.",
     ("HOUTHI", "LBR", "ASSAULT")),
    # crowds that storm a building are where the building is
    ("Demonstrators stormed the French embassy in Niamey on Sunday.", ("NER", "FRA", "PROTEST")),
    # "them" in a participle clause is the main verb's object
    ("Poland expelled 45 Russian diplomats on Wednesday, accusing them of spying.",
     ("POL", "RUS", "ACCUSE")),
])
def test_targets_named_indirectly(text, expected):
    assert expected in triples(text)


def test_a_sponsor_is_not_the_doer():
    found = triples("An Iran-backed militia attacked a US base in Syria on Friday.")
    assert not any(s == "IRN" for s, _, _ in found)


def test_the_agent_of_a_passive_measure_noun_holds_the_event():
    found = triples("Two weeks of joint drills were held by China and Russia.")
    assert ("CHN", "RUS", "COOPERATE") in found


def test_a_place_used_by_forces_is_theirs():
    found = triples("Militants shelled a checkpoint manned by Egyptian soldiers in Sinai.")
    assert any(t == "EGY" and p == "ASSAULT" for _, t, p in found)


def test_troops_deployed_in_the_passive_are_their_own_sides():
    events = detente.code_text("Russian troops were withdrawn from Kherson on Friday.", published=PUB)
    assert any(e.plover == "RETREAT" and e.source.country == "RUS" for e in events)


@pytest.mark.parametrize(("text", "expected", "unwanted"), [
    # arms sent into a country are an incursion; sent to it, a delivery
    ("Russia sent tanks into Ukraine on Thursday.", ("RUS", "UKR", "MOBILIZE"), "AID"),
    ("The United States sent tanks to Ukraine.", ("USA", "UKR", "AID"), "MOBILIZE"),
    # troops sent to fight a third party there help the host
    ("Rwanda deployed 1,000 soldiers to Mozambique to fight insurgents.",
     ("RWA", "MOZ", "AID"), "MOBILIZE"),
])
def test_what_is_sent_and_where_tells_aid_from_force(text, expected, unwanted):
    found = triples(text)
    assert expected in found
    assert not any(p == unwanted and t == expected[1] for _, t, p in found)


def test_troops_deployed_at_home_are_not_their_own_target():
    events = detente.code_text("India deployed troops to Ladakh on Monday.", published=PUB)
    assert any(e.plover == "MOBILIZE" and e.source.country == "IND" for e in events)
    assert not any(e.target is not None and e.target.code == "---MIL" for e in events)


def test_an_absolute_with_clause_names_no_partner():
    found = triples("Iranian and American envoys held talks in Muscat on Saturday, with Oman's "
                    "foreign minister carrying messages between them.")
    assert ("IRN", "USA", "CONSULT") in found
    assert not any("OMN" in (s, t) for s, t, _ in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("Putin told Macron during a telephone call that Russia would go on.",
     ("RUS", "FRA", "CONSULT")),
    ("Xi told Biden in a phone call on Thursday that Washington should not play with fire.",
     ("CHN", "USA", "CONSULT")),
    # the amount's phrase names who the aid is for
    ("EU ministers agreed to provide 70 million dollars of aid for Romania.",
     ("EUR", "ROU", "AGREE")),
])
def test_the_one_told_in_a_call_and_the_one_aid_is_for(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize(("text", "expected"), [
    # the small model hangs this subject on the auxiliary "are"
    ("Oman and Qatar are mediating between Iran and the United States over the prisoners.",
     ("OMN", "IRN", "CONSULT")),
    ("Rwanda sent 300 police officers to the Central African Republic.",
     ("RWA", "CAF", "AID")),
    ("Nepal deployed peacekeepers to Lebanon last month.", ("NPL", "LBN", "AID")),
])
def test_mediators_and_peacekeepers(text, expected):
    assert expected in triples(text)


def test_the_two_leaders_are_the_pair_just_named():
    text = ("Spanish Prime Minister Pedro Sanchez received Moroccan Prime Minister Aziz "
            "Akhannouch in Madrid on Monday. The two leaders signed a migration accord.")
    found = triples(text)
    assert ("ESP", "MAR", "SUPPORT") in found and ("MAR", "ESP", "SUPPORT") in found
    # uncounted, "the leaders" are the pair just named; of a summit of three, no one's
    pair = triples("Macron met Scholz in Berlin. The leaders signed a migration accord.")
    assert {("FRA", "DEU", "SUPPORT"), ("DEU", "FRA", "SUPPORT")} <= pair
    alone = triples("Macron, Scholz and Meloni met in Rome. The leaders signed a migration accord.")
    assert not any(p == "SUPPORT" for *_, p in alone)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    # a state's protest is a diplomatic complaint; its people's is a demonstration
    ("Seoul protested to Tokyo over the new school textbooks.",
     ("KOR", "JPN", "ACCUSE"), ("KOR", "JPN", "PROTEST")),
    ("Thousands of South Koreans protested against Japan in Seoul.",
     ("KOR", "JPN", "PROTEST"), ("KOR", "JPN", "ACCUSE")),
    ("Beijing lodged stern representations with Canberra over the remarks.",
     ("CHN", "AUS", "ACCUSE"), None),
    # a motive is not an event of its own
    ("Algeria recalled its ambassador to Madrid in protest at Spain's new policy.",
     ("DZA", "ESP", "SANCTION"), ("DZA", None, "PROTEST")),
    ("ECOWAS suspended Guinea after the coup.", ("ECOWAS", "GIN", "SANCTION"), None),
    ("Armenian and Azerbaijani forces exchanged fire on the border overnight.",
     ("AZE", "ARM", "ASSAULT"), None),
])
def test_protests_complaints_and_motives(text, expected, not_expected):
    found = triples(text)
    organisations = {(e.source.code, e.target.country if e.target else None, e.plover)
                     for e in detente.code_text(text, published=PUB)
                     if e.status == "asserted" and e.source.kind == "igo"}
    assert expected in found | organisations
    if not_expected:
        assert not_expected not in found


def test_an_unnamed_crowd_belongs_to_the_city_it_marches_in():
    events = detente.code_text("Students marched in Nairobi on Tuesday against the government.",
                               published=PUB)
    assert any(e.plover == "PROTEST" and e.source.code == "KENCVL"
               and e.target is not None and e.target.country == "KEN" for e in events)


def test_suspending_an_offensive_sanctions_no_one():
    found = triples("Turkey suspended its offensive in northern Syria for five days.")
    assert not any(p == "SANCTION" for *_, p in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("China staged naval drills off Hawaii on Tuesday.", ("CHN", "USA", "MOBILIZE")),
    ("Turkish jets struck targets in Nineveh province overnight.", ("TUR", "IRQ", "ASSAULT")),
])
def test_regions_and_us_states_are_places_of_their_country(text, expected):
    assert expected in triples(text)


def test_georgia_stays_a_country():
    assert ("GEO", "RUS", "ACCUSE") in triples("Georgia accused Russia of provocations.")


def test_a_swap_in_a_third_country_is_between_the_two_sides():
    found = triples("Armenia and Azerbaijan exchanged prisoners in a deal brokered by Qatar.")
    assert ("ARM", "AZE", "RETREAT") in found and not any(t == "QAT" for _, t, _ in found)


def test_a_capital_struck_from_abroad_is_the_country():
    events = detente.code_text("Russian drones struck an apartment block in Kyiv overnight.",
                               published=PUB)
    assert any(e.plover == "ASSAULT" and e.target is not None and e.target.code == "UKR"
               for e in events)


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("Burkina Faso's junta ordered French troops to leave the country.",
     ("BFA", "FRA", "SANCTION"), ("FRA", None, "RETREAT")),
    # one's own troops ordered back: a retreat, no expulsion
    ("Erdogan ordered his troops to withdraw from Afrin.",
     ("TUR", "SYR", "RETREAT"), ("TUR", "TUR", "SANCTION")),
    ("Scholz spoke by telephone with Chinese President Xi Jinping on Friday.",
     ("DEU", "CHN", "CONSULT"), None),
])
def test_orders_and_calls(text, expected, not_expected):
    found = triples(text)
    assert expected in found
    if not_expected:
        assert not_expected not in found


def test_a_vetoed_package_never_came():
    events = detente.code_text("Slovakia vetoed the EU's new aid package for Moldova.",
                               published=PUB)
    assert not any(e.plover == "AID" and e.status == "asserted" for e in events)


def test_a_crowd_named_after_two_passive_verbs_is_the_doer_of_both():
    events = detente.code_text("The Danish embassy in Tehran was attacked and ransacked by "
                               "protesters on Saturday.", published=PUB)
    assert any(e.plover == "PROTEST" and e.source.code == "IRNCVL" and e.target is not None
               and e.target.country == "DNK" for e in events)


def test_a_threat_is_aimed_at_whose_act_would_set_it_off():
    found = triples("Belarus threatened to station Russian missiles in Grodno if "
                    "Poland hosted American nuclear weapons.")
    assert ("BLR", "POL", "THREATEN") in found
