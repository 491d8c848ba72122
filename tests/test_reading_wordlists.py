"""The readers' word lists live in reading/data/cue_words.tsv; the patterns built from
them find what they are for on new sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detente.reading import cue_words
from detente.reading.fill import TOLD_BEFORE
from detente.reading.intents import COMMITTED, MOVES, TALKS_WITH
from detente.reading.stances import (
    ANSWERED,
    HOSTILE,
    SELF_VERB,
    TOLD_APART,
    WRONGED_OR_TOLD,
    claim_judged,
    stances,
)

READING = Path(cue_words.__file__).parent


def _lists_used_in_code() -> set[str]:
    used = set()
    for py in READING.glob("*.py"):
        used |= set(re.findall(r"alternation\('(\w+)'", py.read_text(encoding="utf-8")))
    return used


def test_data_file_has_provenance_and_every_list_the_code_uses():
    first = cue_words.DATA.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# provenance: written by the detente project")
    used = _lists_used_in_code()
    assert {"hostile", "conditional_modal", "claim_noun", "told_apart", "self_verb",
            "wronged_or_told", "told_before_prep", "committed_modal", "move_stem",
            "talks_noun"} <= used
    for name in used:
        assert cue_words.words(name), name
    assert cue_words.names() == used, "a list in the data file that no pattern reads"


def test_word_notation():
    rx = re.compile(rf"^(?:{cue_words.alternation('wronged_or_told')})$")
    assert rx.match("threats  to") and rx.match("threat to") and not rx.match("threatens to")
    assert re.fullmatch(cue_words.word_rx("provo*"), "provocations")


def test_a_bad_row_names_file_and_line(tmp_path, monkeypatch):
    bad = tmp_path / "cue_words.tsv"
    bad.write_text("# provenance: test\nhostile\thit\nhostile\n", encoding="utf-8")
    monkeypatch.setattr(cue_words, "DATA", bad)
    cue_words._lists.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"cue_words.tsv:3: expected"):
            cue_words.words("hostile")
    finally:
        monkeypatch.undo()
        cue_words._lists.cache_clear()


def test_an_unknown_list_is_named():
    with pytest.raises(KeyError, match="no list named 'nosuch'"):
        cue_words.words("nosuch")


def test_a_conditional_with_a_hostile_condition_is_a_threat():
    assert stances("If their gunboats keep crossing into our waters, we will act.") == [
        ("THREATEN", "130")]
    assert stances("If the rebels shell the town again, our army will not stay idle.") == [
        ("THREATEN", "130")]
    assert stances("If they keep their word, we will act.") == []
    assert stances("If the talks go well, we will be glad to sign.") == []
    # a hostile condition with a friendly answer is an offer, no threat
    assert ("THREATEN", "130") not in stances(
        "If the violations stop, we will be glad to reopen the crossing.")


def test_hostile_words():
    assert HOSTILE.search("the militia threatened the border towns").group() == "threatened"
    assert HOSTILE.search("they fired on the convoy") is None  # whole words only


def test_a_reply_is_named_not_accused():
    assert ANSWERED.search("we will retaliate against any such aggression")
    assert not ANSWERED.search("we will retaliate soon")


def test_a_claim_judged_void_is_rejected():
    assert claim_judged('The ministry said the proposals of the junta were "utterly baseless".')
    assert not claim_judged("The ministry said the proposals of the junta were welcome.")


def test_clause_and_stance_words():
    assert TOLD_APART.search("said on Monday, after rebels shelled the port")
    assert SELF_VERB.match(" government firmly rejects the ruling")
    assert not SELF_VERB.match(" government officials met")
    assert WRONGED_OR_TOLD.search("denounced the aggression against the ")
    assert WRONGED_OR_TOLD.search("the envoy informed ")
    assert not WRONGED_OR_TOLD.search("the envoy thanked ")


def test_time_phrases_and_commitments():
    assert TOLD_BEFORE.search("The ministers met ahead of last week's ")
    assert not TOLD_BEFORE.search("The ministers met in the ")
    assert COMMITTED.search("The two navies will also ")
    assert COMMITTED.search("Ottawa shall promptly ")
    assert not COMMITTED.search("Ottawa may ")


def test_a_trip_for_talks_with_others():
    after = "fly to Oslo on Friday for talks with envoys from the rebel command"
    assert MOVES.match(after) and TALKS_WITH.search(after)
    assert not TALKS_WITH.search("talks with the Norwegian premier in Oslo")
