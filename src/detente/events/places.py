"""Where an event happened, read from its prepositions: the one place finder.

Several rules of the coder ask the same question: which country does a phrase under "in"
(or "into", "inside", "on", ...) near these words name? An untargeted curfew hits the
country it is imposed in, civilians shelled "in Kharkiv" are Ukrainian, strikes "on targets
in Yemen" hit Yemen. They differ only in the words they start from, the prepositions they
read, how deep they look and which mentions they accept; those are the arguments here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Token

from detente.models import Actor, Mention
from detente.nlp.pipeline import kids

from .frames import ActorIndex, objects, preps

WHERE_DEPS = frozenset({"pobj", "compound", "amod", "appos"})  # words of "in the town of X in Y"


def place_mentions(nodes: Iterable[Token], words: Iterable[str], index: ActorIndex,
                   keep: Callable[[Mention], bool] = lambda m: True,
                   inside: frozenset[str] | None = None) -> list[Mention]:
    """Mentions with a country under the first preposition (of `words`, tried in order on
    each node in turn) that has any `keep` accepts.

    With `inside`, the words of the prepositional phrase whose dependency is in it are
    read one by one ("in the town of Cizre in southeastern Turkey": Cizre first);
    without it, the phrase's head and its conjuncts and modifiers (`ActorIndex.group`).
    """
    words = tuple(words)
    for node in dict.fromkeys(nodes):
        for word in words:
            for c in preps(node, word):
                if inside is None:
                    # "in Balakot, Pakistan": an unknown town placed by its country
                    found = index.group(c) or [m for a in kids(c) if a.dep_ == "appos"
                                               for m in index.at(a)]
                else:
                    found = [m for t in c.subtree if t == c or t.dep_ in inside
                             for m in index.at(t)]
                found = [m for m in found if m.actor.country and keep(m)]
                if found:
                    return found
    return []


def where_happened(tok: Token, index: ActorIndex) -> list[Mention]:
    """The country where an act with no one named as its target happens: "lifted a
    curfew in Montenegro", "demonstrated in Kirkuk", "suspended aid deliveries in
    Baghdad". Its people bear it; a domestic act stays inside one country."""
    heads = [tok, *objects(tok), *(x for x in kids(tok) if x.dep_ == "xcomp")]
    # "in the town of Cizre in southeastern Turkey": the first place named
    found = place_mentions(heads, ("in", "into"), index, keep=lambda m: m.actor.kind != "igo",
                           inside=WHERE_DEPS)
    if not found:
        return []
    place = found[0]
    actor = Actor(text=place.actor.text, code=place.actor.country,
                  country=place.actor.country, kind="place",
                  why=f"where it happened: {place.actor.text}")
    return [replace(place, actor=actor, via="where")]
