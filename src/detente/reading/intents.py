"""Announced cooperation is a promise: "a delegation will visit Ouagadougou on Saturday"
is an AGREE now, besides the visit still to come; an announced word act is made: "Indonesia
will summon China's ambassador" accuses China today.

PLOVER codes the announcement of a cooperative act (a visit, a meeting, aid, a signing)
as AGREE on the day it is announced; the act itself keeps its status `future` and is
coded again when it happens. Only a future the words commit to ("will", "shall") is a
promise: a forecast ("is expected to", "is likely to") is not, and a hypothetical
("could", "might", "if elected") or a negated act never reaches here, since only events
of status `future` are read; a future told by the other side ("..., Ukrainian officials
said") is its report, no promise of the doer. A future act of force is left to the
sentence coder, which makes it a threat only when the doer's own side says it
(`events.coder`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from detente import ontology
from detente.models import Event

from .cue_words import alternation

PROMISABLE = frozenset({"CONSULT", "AID", "COOPERATE", "SUPPORT"})
# a word act announced is made: "Indonesia will summon China's ambassador" accuses now
SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT"})
# the words just before the act's trigger that commit to it: "will visit", "will
# travel to", "shall facilitate", "will jointly hold"
# (the words of these patterns are lists of data/cue_words.tsv)
COMMITTED = re.compile(
    rf"\b(?:{alternation('committed_modal')})\s+"
    rf"(?:\w+ly\s+|{alternation('committed_adverb', spaced=True)})?$", re.IGNORECASE)
CAMEOS = {"CONSULT": "036", "AID": "033", "COOPERATE": "030", "SUPPORT": "032"}
# "will travel to Paris for talks with mediators from Qatar": the city is where the talks
# are, not whom they are with (talks "with Abiy" in Addis Ababa are with the host)
MOVES = re.compile(rf"(?:{alternation('move_stem')})\w*", re.IGNORECASE)
TALKS_WITH = re.compile(rf"\b(?:{alternation('talks_noun')})\b[^.;]{{0,60}}?\bwith\s+"
                        rf"(?:\w+\s+){{1,3}}(?:{alternation('talks_origin')})\b", re.IGNORECASE)


def _a_venue(ev: Event) -> bool:
    """The act's target is only the place a trip goes to for talks with others."""
    rel = ev.extra.get("trigger_char", ev.char_start) - ev.char_start
    after = ev.evidence[max(0, rel):]
    return bool(MOVES.match(after)) and bool(TALKS_WITH.search(after))


def committed(ev: Event) -> bool:
    """Whether the event's own words commit to it ("will visit"), from its evidence."""
    at = ev.extra.get("trigger_char")
    if at is None:
        return False
    rel = at - ev.char_start
    if not 0 <= rel <= len(ev.evidence):
        return False
    return bool(COMMITTED.search(ev.evidence[max(0, rel - 30):rel]))


def promises(events: list[Event], published: date | None = None,
             told_by: Callable[[int], str | None] = lambda si: None) -> list[Event]:
    """An asserted AGREE for each future cooperative act the words commit to (and the
    act itself for a word act: "will summon the ambassador" accuses now), unless
    the sentence already holds that AGREE or someone of another side tells it
    (`told_by`: the country of the sentence's speaker): "Russia will hand over the
    bodies, Ukrainian officials said" is Ukraine's report, no Russian promise. The AGREE
    is dated the day it was announced (the article's date), not the day of the act."""
    have = {(e.sentence_index, _key(e.source), _key(e.target), e.plover)
            for e in events if e.status == "asserted"}
    out: list[Event] = []
    for ev in events:
        if (ev.status != "future" or ev.plover not in PROMISABLE | SPOKEN or ev.target is None
                or not ev.source.country or not ev.target.country
                or ev.source.country == ev.target.country or not committed(ev)
                or _a_venue(ev)):
            continue
        teller = told_by(ev.sentence_index)
        if teller is not None and teller != ev.source.country:
            continue
        plover = ev.plover if ev.plover in SPOKEN else "AGREE"
        k = (ev.sentence_index, _key(ev.source), _key(ev.target), plover)
        if k in have:
            continue
        have.add(k)
        cameo = ev.cameo if plover == ev.plover else CAMEOS.get(ev.plover, "030")
        new = replace(ev, plover=plover, cameo=cameo, mode=None, status="asserted",
                      quad=ontology.quad_of(plover),
                      intensity=ontology.plover_intensity(plover),
                      goldstein=ontology.goldstein(cameo),
                      rule=f"{ev.rule}>{plover}:{'announced' if plover == ev.plover else 'promised'}",
                      date=published.isoformat() if published else None,
                      date_precision="day" if published else None, extra=dict(ev.extra))
        from detente.events.coder import event_id

        new.event_id = event_id(new)
        out.append(new)
    return out


def _key(actor) -> str | None:
    return actor.country if actor is not None else None
