"""Reactions to an event: "North Korea launched a missile. Tokyo condemned the launch."
The reaction names no actor, only the act ("the launch", "the move") or nothing at all
("Moscow vowed to retaliate"); its target is the doer of that act. Within the sentence
the clause that says what it answers gives it ("China protested after Abe visited the
shrine"); otherwise the coder names the gap (`reaction_gap`) and the reading stage
finds the act among the events told just before (`detente.reading.reactions`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.nlp.pipeline import kids

from . import lexicon
from .hits import Hit

REACTIONS = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"}
# nouns that stand for an act just told; "the attack" needs an act of force
ACTS = lexicon.words_of("act")
FORCE_ACTS = lexicon.words_of("armedact")
# answering force with force: "vowed to retaliate", "promised a response"
RETALIATE = lexicon.words_of("retaliation")


@dataclass(frozen=True)
class Reaction:
    """A reaction with no one named as its target: the act it answers ("the launch";
    `armed` when that act must be one of force, "the attack") or a vow to retaliate.
    The reading stage (`detente.reading.reactions`) finds that act among the events
    told just before and aims the reaction at its doer."""

    act: str | None
    armed: bool
    retaliate: bool


def reaction_gap(hit: Hit) -> Reaction | None:
    """What a targetless reaction answers, if its words say; None when it is no reaction."""
    if hit.targets or not hit.sources:
        return None
    act = _act_object(hit.trigger)
    if act is not None and hit.plover in REACTIONS:
        return Reaction(act, act in FORCE_ACTS, False)
    if hit.trigger.lemma_.lower() in RETALIATE or any(
            c.lemma_.lower() in RETALIATE for c in kids(hit.trigger) if c.dep_ in {"xcomp", "dobj"}):
        return Reaction(None, False, True)
    return None


def _act_object(verb: Token) -> str | None:
    """The act a verb's object names: "condemned the launch" -> "launch"."""
    for c in kids(verb):
        if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in ACTS and any(
                d.lower_ in {"the", "this", "that", "these", "those"} for d in kids(c)):
            return c.lower_
    return None


ANSWERED = {"after", "when", "because", "as", "since"}


def answered_clause(hit: Hit, index) -> None:
    """"China protested after Abe visited the Yasukuni shrine": the doer of the clause
    a reaction answers is its target."""
    if hit.targets or not hit.sources or hit.plover not in REACTIONS | {"THREATEN"}:
        return
    own = {m.actor.country for m in hit.sources}
    for c in kids(hit.trigger):
        if c.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in ANSWERED for m in kids(c)):
            continue
        found = [m for s in kids(c) if s.dep_ in {"nsubj", "nsubjpass"}
                 for m in index.group(s) if m.actor.country and m.actor.country not in own]
        if found:
            hit.targets, hit.role, hit.symmetric = found, "after", False
            return
