"""A reaction to an act told just before targets the act's doer ("Tokyo condemned the
launch"), and a vow to retaliate targets the one who struck."""

from __future__ import annotations

from datetime import date

import detente

PUB = date(2023, 7, 12)


def asserted(text: str) -> set[tuple]:
    return {(e.source.country, e.target.country if e.target else None, e.plover)
            for e in detente.code_text(text, published=PUB) if e.status == "asserted"}


def test_condemning_the_launch_targets_who_launched():
    found = asserted("North Korea test-launched a solid-fuel missile on Wednesday. "
                     "Seoul condemned the launch.")
    assert ("KOR", "PRK", "ACCUSE") in found


def test_criticising_the_move_targets_who_made_it():
    found = asserted("Beijing imposed sanctions on two Lithuanian officials. "
                     "Vilnius criticised the move.")
    assert ("LTU", "CHN", "ACCUSE") in found


def test_a_vow_to_retaliate_targets_the_attacker():
    found = asserted("Israeli jets struck Iranian air defences near Isfahan. "
                     "Tehran vowed to retaliate.")
    assert ("IRN", "ISR", "THREATEN") in found


def test_the_attack_needs_an_act_of_force():
    # talks are no attack: "the attack on Kyiv" is not Russia and China meeting
    found = asserted("Russia and China held talks in Beijing. "
                     "Washington condemned the attack on the power station.")
    assert not any(s == "USA" and t in {"RUS", "CHN"} for s, t, _ in found)


def test_an_act_too_far_back_is_not_the_referent():
    # three sentences back the seizure is no referent; the reading stage may still aim
    # the condemnation at the article's counterparty, but says so and trusts it less
    def condemned(text: str):
        return [e for e in detente.code_text(text, published=PUB)
                if e.plover == "ACCUSE" and e.source.country == "GBR"]

    far = condemned("Iran seized a British tanker in the Gulf. Talks went on for weeks. "
                    "Officials met in Oman. London condemned the seizure.")
    near = condemned("Iran seized a British tanker in the Gulf. London condemned the seizure.")
    assert [e.target_basis for e in far if e.target] in ([], ["context"])
    assert [e.target_basis for e in near] == ["coreference"]
    assert all(f.confidence < near[0].confidence for f in far)


def test_calling_an_act_names_accuses_its_doer():
    found = asserted("Iran seized a Greek oil tanker in the Gulf of Oman. "
                     "Athens called the seizure an act of piracy.")
    assert ("GRC", "IRN", "ACCUSE") in found


def test_judging_an_agreement_is_no_new_agreement():
    found = asserted("Armenia and Azerbaijan initialled a peace treaty. "
                     "Russian officials called the treaty a mistake.")
    assert ("RUS", None, "AGREE") not in found


def test_a_protest_targets_the_doer_of_the_act_it_answers_in_the_same_sentence():
    found = asserted("South Korea protested after Japan's defence minister visited the "
                     "Yasukuni shrine.")
    assert ("KOR", "JPN", "ACCUSE") in found
    # and a visit to a shrine is no diplomatic visit
    assert not any(p == "CONSULT" for *_, p in found)


def test_an_act_of_war_accuses_the_one_who_struck():
    found = asserted("Pakistani jets struck camps in Afghanistan's Khost province. "
                     "Kabul called the strikes an act of war.")
    assert ("AFG", "PAK", "ACCUSE") in found


def test_a_charge_denied_in_a_relative_clause_is_a_denial():
    events = detente.code_text("Kyiv accused Moscow of shelling the dam, a charge Russia "
                               "denied.", published=PUB)
    assert any(e.plover == "REJECT" and e.source.country == "RUS" for e in events)


def test_calling_an_owned_act_names_accuses_its_owner():
    found = asserted("Beijing called Washington's sale of arms to Taiwan an act of provocation.")
    assert ("CHN", "USA", "ACCUSE") in found


def test_a_retaliation_vowed_in_the_same_sentence_answers_the_strike_told_before_it():
    found = asserted("Pakistan carried out air strikes inside Afghanistan in March, "
                     "and Kabul vowed to retaliate.")
    assert ("AFG", "PAK", "THREATEN") in found
