"""Reactions to an event told just before: "North Korea launched a missile. Tokyo
condemned the launch." The reaction names no actor, only the act ("the launch", "the
move") or nothing at all ("Moscow vowed to retaliate"); its target is the doer of that
act, found among the events of the sentences just before, or in the clause that says
what it answers ("China protested after Abe visited the shrine").
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from detente.models import Event, Mention
from detente.nlp.pipeline import kids

from . import lexicon
from .hits import Hit

LOOKBACK = 2  # sentences
REACTIONS = {"ACCUSE", "SUPPORT", "REJECT", "REQUEST"}
# nouns that stand for an act just told; "the attack" needs an act of force
ACTS = lexicon.words_of("act")
FORCE_ACTS = lexicon.words_of("armedact")
FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}
ARMED = {"ASSAULT"}  # what "the attack" or "the strike" can be
# answering force with force: "vowed to retaliate", "promised a response"
RETALIATE = lexicon.words_of("retaliation")


def refer_back(hit: Hit, si: int, earlier: Collection[Event]) -> None:
    """Give a reaction with no target the doer of the act it answers, if one is near."""
    if hit.targets or not hit.sources or not earlier:
        return
    own = {m.actor.country for m in hit.sources}
    # earlier sentences, or this one's acts told before it ("struck X, and Kabul vowed
    # to retaliate": the coder reads a sentence's triggers in order)
    recent = [e for e in earlier if 0 <= si - e.sentence_index <= LOOKBACK
              and e.status == "asserted" and e.source.country and e.source.country not in own]
    if not recent:
        return
    found: Event | None = None
    act = _act_object(hit.trigger)
    if act is not None and hit.plover in REACTIONS:
        want = ARMED if act in FORCE_ACTS else None
        found = _latest(recent, lambda e: want is None or e.plover in want)
    elif hit.trigger.lemma_.lower() in RETALIATE or any(
            c.lemma_.lower() in RETALIATE for c in kids(hit.trigger) if c.dep_ in {"xcomp", "dobj"}):
        # the one who struck the retaliator
        found = _latest(recent, lambda e: e.plover in FORCE and e.target is not None
                        and e.target.country in own)
    if found is not None:
        tok = hit.trigger
        hit.targets = [Mention(tok.i, tok.i + 1, si, found.source, False, "event")]
        hit.role = "earlier"
        hit.symmetric = False


def _act_object(verb: Token) -> str | None:
    """The act a verb's object names: "condemned the launch" -> "launch"."""
    for c in kids(verb):
        if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in ACTS and any(
                d.lower_ in {"the", "this", "that", "these", "those"} for d in kids(c)):
            return c.lower_
    return None


def _latest(events: list[Event], keep) -> Event | None:
    best = None
    for e in events:
        if keep(e) and (best is None or e.sentence_index >= best.sentence_index):
            best = e
    return best


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
