"""Records that the resolver's parts pass between them: atoms (one table match) and the
state of one document (names met so far, actors learned)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..models import Actor
from .lexicon import Payload
from .tables import ActorEntry


@dataclass(frozen=True)
class Atom:
    """One table match: tokens start..end and what the table says they are."""

    start: int
    end: int
    payload: Payload


@dataclass
class Learned:
    """An actor introduced in a document with a country or office that no table knew."""

    name: str
    actor: Actor
    sent_index: int
    pattern: str  # title | appositive

    def to_entry(self, when: dt.date | None = None) -> ActorEntry:
        """As an `extra` entry for later documents (office held from `when`, if known)."""
        if isinstance(when, dt.datetime):
            when = when.date()
        parts = self.name.split()
        person = self.actor.kind == "person"
        aliases = (parts[-1],) if person and len(parts) > 1 and len(parts[-1]) > 3 else ()
        return ActorEntry(self.name, aliases, self.actor.country, self.actor.sector,
                          self.actor.role, when, None, self.actor.kind, "learned")


@dataclass
class DocState:
    """What one document has taught the resolver so far."""

    when: dt.date | None
    names: dict[str, tuple[Actor, int]] = field(default_factory=dict)  # name -> actor, from token
    learned: list[Learned] = field(default_factory=list)
    # names that look like a known person's but could not be pinned down: start, end, why
    unresolved: list[tuple[int, int, str]] = field(default_factory=list)
