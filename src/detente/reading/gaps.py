"""Naming what a side of a coded event is missing.

The sentence coder writes what the sentence says: a side may be a pronoun ("it
said"), a stand-in ("the ministry", "the regional body"), nobody at all (a passive
with no agent, an act with no one named as its target) or a quotation whose speaker
the sentence does not name. The reading stage fills such a gap from the rest of the
article; this module only says which kind of gap a side is, from plain data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detente.models import Actor

DATA = Path(__file__).parent / "data"
AGENTLESS = {"(unknown)", ""}
SPEAKER = "(speaker)"  # the coder's mark for a quotation whose speaker it did not find
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Stand:
    """What a pronoun or role noun can stand for: a kind of actor, one or many."""

    kind: str  # state | igo | any | person | peer | speaker
    many: bool


def _table(name: str) -> dict[str, Stand]:
    out: dict[str, Stand] = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, kind, number = line.split("\t")[:3]
        out[word] = Stand(kind, number == "many")
    return out


@lru_cache(maxsize=1)
def roles() -> dict[str, Stand]:
    return _table("roles.tsv")


@lru_cache(maxsize=1)
def pronouns() -> dict[str, Stand]:
    return _table("pronouns.tsv")


def resolved(actor: Actor | None) -> bool:
    return actor is not None and bool(actor.country)


def gap_of(actor: Actor | None) -> str | None:
    """The kind of gap a side is, or None when the sentence itself resolved it.

    missing: no one named; agent: a passive with no agent ("were ordered to leave");
    quote: a quotation's speaker named in no clause of its sentence;
    pronoun: "it", "they", "we"; role: a noun standing for an actor ("the ministry",
    "the two sides", "its neighbour"); unresolved: words the resolver did not know.
    """
    if actor is None:
        return "missing"
    if actor.country:
        return None
    text = actor.text.strip()
    if text == SPEAKER:
        return "quote"
    if text in AGENTLESS:
        return "agent"
    if stand_for(text) is not None:
        return "pronoun" if _pronoun(text) else "role"
    return "unresolved"


def _pronoun(text: str) -> Stand | None:
    low = text.lower()
    if low == "us" and text != "us":  # "US" is the United States
        return None
    return pronouns().get(low)


def stand_for(text: str) -> Stand | None:
    """What a pronoun or the head of a role phrase can stand for, if it is one."""
    found = _pronoun(text.strip())
    if found is not None:
        return found
    words = _WORD.findall(text.lower())
    if not words or len(words) > 5:
        return None
    if "of" in words[1:]:  # "the heads of state": the noun before "of" heads the phrase
        head = roles().get(words[words.index("of", 1) - 1])
        if head is not None:
            return head
    return roles().get(words[-1])
