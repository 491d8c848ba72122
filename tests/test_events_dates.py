"""Date resolution of the event coder against fixed publication dates."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.events.dates import resolve

PUB = date(2021, 3, 20)  # Saturday


@pytest.mark.parametrize("text, expected", [
    ("He went to Turkey on Friday.", ("2021-03-19", "day")),
    ("He went to Turkey Monday.", ("2021-03-15", "day")),
    ("They met yesterday.", ("2021-03-19", "day")),
    ("They met last week.", ("2021-03-08", "week")),
    ("They met last month.", ("2021-02", "month")),
    ("A month ago there were rumors.", ("2021-02", "month")),
    ("Three days ago they met.", ("2021-03-17", "day")),
    ("They attacked in 2018.", ("2018", "year")),
    ("Iran has been involved since 2017.", ("2017", "year")),
    ("They met on March 3, 2019.", ("2019-03-03", "day")),
    ("They met on 3 March 2019.", ("2019-03-03", "day")),
    ("They will meet next week.", ("2021-03-22", "week")),
    ("They met in January.", ("2021-01", "month")),
    ("They met in May 2020.", ("2020-05", "month")),
    ("They met.", ("2021-03-20", "day")),
])
def test_relative_and_explicit_dates(text, expected):
    assert resolve(text, PUB) == expected


def test_without_publication_date_only_absolute_dates():
    assert resolve("They met on Friday.", None) == (None, None)
    assert resolve("They met in 2018.", None) == ("2018", "year")


def test_nearest_expression_to_trigger_wins():
    text = "In 2018 Turkey attacked; last week it met Iran."
    assert resolve(text, PUB, near=text.index("met")) == ("2021-03-08", "week")
    assert resolve(text, PUB, near=text.index("attacked")) == ("2018", "year")


@pytest.mark.parametrize(("text", "expected"), [
    ("Days earlier, Turkey had closed the crossing.", ("2021-03-15", "week")),
    ("Weeks after the vote, the envoy was recalled.", ("2021-03", "month")),
    ("Hours earlier, rockets hit the base.", ("2021-03-20", "day")),
])
def test_loose_relative_times_give_a_coarse_date(text, expected):
    assert resolve(text, PUB) == expected


def test_a_conjunct_with_its_own_date_does_not_take_the_one_before():
    import detente

    events = detente.code_text("Azerbaijan attacked Armenia in September and seized "
                               "Nagorno-Karabakh in 2023.", published=date(2024, 5, 2))
    seized = [e for e in events if e.plover == "COERCE"]
    assert seized and seized[0].date == "2023"


def test_a_person_in_an_older_act_holds_the_office_of_that_day():
    events = detente.code_text("In 2019, Trump imposed tariffs on Chinese steel.",
                               published=date(2024, 6, 1))
    assert {e.source.code for e in events} == {"USAGOV"}
    now = detente.code_text("Trump criticised Biden on Monday.", published=date(2024, 6, 1))
    assert {e.source.code for e in now} == {"USAELI"}
