"""The act a reaction answers: "North Korea launched a missile. Seoul condemned the
launch." The sentence coder names the gap (`events.referents.Reaction`: the act's noun,
whether it must be an act of force, or a vow to retaliate); here it is found among
the events told just before, and the reaction is aimed at that act's doer.
"""

from __future__ import annotations

from collections.abc import Callable

from detente.models import Actor, Event

LOOKBACK = 2  # sentences
FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}
ARMED = {"ASSAULT"}  # what "the attack" or "the strike" can be


def referent(ev: Event, events: list[Event]) -> Actor | None:
    """The doer of the act a targetless reaction answers, if one was told just before
    (in the sentences before it, or in its own sentence before its words)."""
    gap = ev.extra.get("reaction")
    own = ev.source.country
    if gap is None or not own:
        return None
    si, at = ev.sentence_index, ev.extra.get("token")
    recent = [e for e in events if e is not ev and 0 <= si - e.sentence_index <= LOOKBACK
              and (e.sentence_index < si or at is not None and e.extra.get("token", at) < at)
              and e.status == "asserted" and e.source.country and e.source.country != own]
    if gap.act is not None:
        found = _latest(recent, lambda e: not gap.armed or e.plover in ARMED)
    elif gap.retaliate:  # the one who struck the retaliator
        found = _latest(recent, lambda e: e.plover in FORCE and e.target is not None
                        and e.target.country == own)
    else:
        found = None
    return found.source if found is not None else None


def _latest(events: list[Event], keep: Callable[[Event], bool]) -> Event | None:
    best = None
    for e in events:
        if keep(e) and (best is None or e.sentence_index >= best.sentence_index):
            best = e
    return best
