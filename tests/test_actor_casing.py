"""Actors written in odd case, groups a country names as its own, and bare sector words."""

from __future__ import annotations

import datetime as dt

import pytest

import detente

WHEN = dt.date(2014, 5, 1)


def mentions(resolver, nlp, text):
    doc = nlp(text)
    return {doc[m.start:m.end].text: m.actor for m in resolver.resolve(doc, WHEN)}


@pytest.mark.parametrize("text, span, code", [
    ("tunisian rioters clashed with the army.", "tunisian rioters", "TUNCVL"),
    ("iranian officials met the Saudi king.", "iranian officials", "IRNGOV"),
    ("Ukraine said the russian army shelled its towns.", "russian army", "RUSMIL"),
    ("Hezbollah fired rockets at iSrael on Monday.", "iSrael", "ISR"),
    ("SYRIA CONDEMNS THE STRIKE.", "SYRIA", "SYR"),
    ("Officials in saudi arabia said so.", "saudi arabia", "SAU"),
])
def test_lower_and_odd_case_countries_resolve(resolver, nlp, text, span, code):
    got = mentions(resolver, nlp, text)
    assert got[span].code == code


@pytest.mark.parametrize("text", [
    "We ate roast turkey off fine china.",
    "The officials will polish the speech before the french fries arrive.",
    "Leaders of the states met on the island.",
    "A guinea pig and a jersey cow.",
])
def test_lower_case_common_words_are_no_countries(resolver, nlp, text):
    assert not any(a.country for a in mentions(resolver, nlp, text).values())


def test_capitalised_words_still_resolve(resolver, nlp):
    got = mentions(resolver, nlp, "Turkey and China agreed; the States and Jordan agreed too.")
    assert {got["Turkey"].country, got["China"].country, got["the States"].country,
            got["Jordan"].country} == {"TUR", "CHN", "USA", "JOR"}


@pytest.mark.parametrize("text, span, code, country", [
    ("Egypt's Muslim Brotherhood called for protests.", "Egypt's Muslim Brotherhood", "MBOPP",
     "EGY"),
    ("The Egyptian Muslim Brotherhood called for protests.", "Egyptian Muslim Brotherhood",
     "MBOPP", "EGY"),
    ("Lebanon's Hezbollah fired rockets at Israel.", "Lebanon's Hezbollah", "HEZBOLLAHREB",
     "LBN"),
    ("Syria's Kurdish YPG attacked the town.", "Syria's Kurdish YPG", "YPGREB", "SYR"),
    ("The Afghan Taliban attacked a school.", "Afghan Taliban", "TALIBANREB", "AFG"),
])
def test_group_named_with_a_country_takes_that_country(resolver, nlp, text, span, code,
                                                       country):
    actor = mentions(resolver, nlp, text)[span]
    assert (actor.code, actor.country, actor.kind) == (code, country, "group")


def test_group_alone_keeps_its_own_code(resolver, nlp):
    got = mentions(resolver, nlp, "Hezbollah and ISIS fought.")
    assert (got["Hezbollah"].country, got["ISIS"].country) == ("HEZBOLLAH", "ISIS")


@pytest.mark.parametrize("text, span, code", [
    ("The government arrested dozens.", "government", "---GOV"),
    ("Police dispersed the protesters.", "protesters", "---CVL"),
    ("Security forces fired on demonstrators.", "Security forces", "---COP"),
    ("The army shelled the town, killing civilians.", "civilians", "---CVL"),
    ("The army shelled the town.", "army", "---MIL"),
])
def test_bare_sector_words_have_an_unknown_country(resolver, nlp, text, span, code):
    actor = mentions(resolver, nlp, text)[span]
    assert (actor.code, actor.country) == (code, None)


def test_bare_sector_word_takes_a_named_owner(resolver, nlp):
    got = mentions(resolver, nlp, "Turkey faces unrest. Its government arrested rioters.")
    assert got["Its government"].code == "TURGOV"


def test_code_text_uses_lower_case_country():
    events = detente.code_text("iranian police arrested british sailors.", published=None)
    assert any(e.source.country == "IRN" and e.target and e.target.country == "GBR"
               for e in events)


@pytest.mark.parametrize("text, span, name", [
    ("Benjamin Netanyhau spoke to reporters.", "Benjamin Netanyhau", "Benjamin Netanyahu"),
    ("President Abdelaziz Bouteflicka threatened a curfew.", "Abdelaziz Bouteflicka",
     "Abdelaziz Bouteflika"),
])
def test_misspelled_leader_surname_resolves(resolver, nlp, text, span, name):
    assert mentions(resolver, nlp, text)[span].name == name


@pytest.mark.parametrize("text", [
    "Germany delivered 18 Leopard tanks to Ukraine.",
    "Talks were held under the Charter of the organisation.",
    "Mary Merkell met reporters.",
])
def test_words_near_a_surname_are_not_that_person(resolver, nlp, text):
    assert not any(a.kind == "person" for a in mentions(resolver, nlp, text).values())


def test_one_edit_distance():
    from detente.actors.fuzzy import one_edit

    assert one_edit("erdogan", "erdgoan") and one_edit("merkel", "merkell")
    assert not one_edit("merkel", "merkel") and not one_edit("obama", "osama1")
