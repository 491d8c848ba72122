"""Classes of news language found among the misses on whole articles (issue 12): the
sides of a clash named after the place it happened in; a foreign envoy, consul or
ambassador ordered out or barred; a leader nominated for a prize; a call to end a fight between two states, put to both."""

from __future__ import annotations

from datetime import date

import pytest
from _asserted import asserted_triples

PUB = date(2024, 3, 6)


def asserted(text: str) -> set[tuple]:
    return asserted_triples(text, PUB)


@pytest.mark.parametrize("text", [
    "Clashes erupted in the border region between Ghana and Togo on Friday.",
    "Fighting broke out along the frontier between Ghana and Togo.",
    "It follows a series of clashes in the border region between Ghana and Togo.",
])
def test_a_clash_in_the_place_between_two_states_pairs_them(text):
    found = asserted(text)
    assert ("GHA", "TGO", "ASSAULT") in found
    assert ("TGO", "GHA", "ASSAULT") in found


@pytest.mark.parametrize("text", [
    "Talks were held in the border region between Ghana and Togo.",
    "Trade grew in the border region between Ghana and Togo.",
])
def test_a_peaceful_act_in_a_border_region_is_no_attack(text):
    assert not any(p == "ASSAULT" for _, _, p in asserted(text))


@pytest.mark.parametrize("text", [
    "Chile ordered the Bolivian envoy to depart within 72 hours.",
    "Chile has ordered the Bolivian consul general in Santiago to return to Bolivia.",
    "Chile barred the Bolivian ambassador on Wednesday.",
])
def test_a_foreign_envoy_ordered_out_or_barred_is_an_expulsion(text):
    assert ("CHL", "BOL", "SANCTION") in asserted(text)


@pytest.mark.parametrize("text", [
    "The general ordered troops to depart at dawn.",
    "Chile ordered its troops to return to base.",
])
def test_troops_ordered_to_move_are_no_expulsion(text):
    assert not any(p == "SANCTION" for _, _, p in asserted(text))


def test_nominating_a_foreign_leader_for_a_prize_is_praise():
    found = asserted("Chile nominated the Bolivian president for the Nobel Peace Prize.")
    assert ("CHL", "BOL", "SUPPORT") in found


def test_nominating_ones_own_envoy_is_no_event():
    assert not asserted("Chile nominated its ambassador to Bolivia.")


@pytest.mark.parametrize("text", [
    ("The African Union has called for an immediate end to the escalating conflict between"
     " Ghana and Togo."),
    "The African Union urged an end to the clashes between Ghana and Togo.",
])
def test_a_call_to_end_a_fight_between_two_states_asks_both(text):
    found = asserted(text)
    assert ("AU", "GHA", "REQUEST") in found
    assert ("AU", "TGO", "REQUEST") in found


def test_a_call_on_one_side_stays_with_that_side():
    found = asserted("The African Union called on Ghana to end the conflict between Ghana"
                     " and Togo.")
    assert ("AU", "GHA", "REQUEST") in found
    assert ("AU", "TGO", "REQUEST") not in found
