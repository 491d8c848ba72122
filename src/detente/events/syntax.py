"""Parse-tree helpers of the matcher: clauses, phrases and prepositions around a trigger.

Split from `match.py` so the matcher reads as the lexicon logic; everything here
works on spaCy tokens and the `ActorIndex`, with no lexicon of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.pipeline import doc_lowers, kids

from .frames import CLAUSAL, TEMPORAL, ActorIndex

PARTNER_PREPS = {"with", "between", "among", "in", "at", "from", "near"}
CIRCUMSTANCE = {"at", "during", "following", "ahead"}  # "at his summit with X"
NON_TARGET_PREPS = {"in", "at", "near", "from", "during", "after", "before", "since", "for",
                    "by", "with", "over", "about", "into", "through", "on", "under", "of",
                    "inside", "outside", "across", "throughout", "amid", "despite",
                    "alongside", "beside", "together"}  # "fought alongside X": an ally


def own_doer(tok: Token, index: ActorIndex) -> bool:
    """A noun that names its own doer ("Russia's invasion", "the Israeli strikes")."""
    return any(c.dep_ in {"poss", "amod", "compound"} and any(
        m.actor.country and not m.is_place for m in index.group(c)) for c in kids(tok))


def phrase(tok: Token, depth: int) -> list[Token]:
    """Words of the noun phrase under tok, nearest first, not entering clauses."""
    out: list[Token] = []
    frontier = [tok]
    for _ in range(depth):
        nxt = [c for t in frontier for c in kids(t) if c.dep_ not in CLAUSAL
               and not (c.dep_ == "prep" and c.lower_ in PARTNER_PREPS)]
        out += nxt
        frontier = nxt
    return out


def circumstance_verb(tok: Token, more: set[str] | frozenset = frozenset(),
                      only: set[str] | None = None) -> Token | None:
    """The verb of "X did Y after talks with Z" for a noun in a time or occasion phrase.

    `only` narrows the prepositions to those given ("in protest").
    """
    head = tok.head
    allowed = only if only is not None else TEMPORAL | CIRCUMSTANCE | more
    if tok.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ not in allowed:
        return None
    above = head.head
    if above.pos_ in {"NOUN", "PROPN"} and above.dep_ in {"npadvmod", "dobj"}:
        above = above.head  # "six weeks after a trip", "blocked roads in protest"
    return above if above.pos_ in {"VERB", "AUX"} else None


def menacing(clause: Token, menace: frozenset[str], strict: bool = False) -> bool:
    """A warning clause that threatens: conditional ("if X attacks") or naming force.

    `strict` (a plain "said that ...") asks for both a condition and a word of force.
    """
    words = list(clause.subtree)  # walked once: spaCy makes a new object per token visited
    marks = [t for t in words if t.dep_ == "mark" and t.lower_ in {"if", "unless"}]
    inside = {t.i for m in marks for t in m.head.subtree}  # the condition, not the menace
    force = any(t.i not in inside and (t.lemma_.lower() in menace or t.lower_ in menace)
                for t in words)
    cond = bool(marks)
    if strict and force and _quoted(words):
        return True  # '"Israel will make Hezbollah pay a heavy price," Netanyahu said'
    return (cond and force) if strict else (cond or force)


QUOTE_MARKS = {'"', "\u201c", "\u201d", "''", "``"}


def _quoted(words: list[Token]) -> bool:
    """The clause is the speaker's own words in quotation marks."""
    first = min(words, key=lambda t: t.i)
    doc = first.doc
    return (first.i > 0 and doc[first.i - 1].text in QUOTE_MARKS) or any(
        t.text in QUOTE_MARKS for t in words)  # 'said he would "tame the dotard with fire"'


def others_act(clause: Token, menace: frozenset[str]) -> bool:
    """The clause's own verb is the force, done by a named subject ("Russia would attack
    Moldova"): the warner foretells another's act; "it would respond" is the warner's."""
    if clause.lemma_.lower() not in menace:
        return False
    subj = [g for g in kids(clause) if g.dep_ == "nsubj"]
    return bool(subj) and subj[0].pos_ in {"PROPN", "NOUN"}


def clause_actors(verb: Token, index: ActorIndex, menace: frozenset[str] = frozenset(),
                   strict: bool = False) -> list[Token]:
    """Who a warning is about: the subject of its that-clause, of an if-clause, then
    any actor named inside it ("no place in Israel would be spared")."""
    out: list[Token] = []
    for c in kids(verb):
        if c.dep_ != "ccomp" or not any(
                a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll", "wo", "could"}
                for a in kids(c)) or not menacing(c, menace, strict):
            continue
        if others_act(c, menace):
            continue  # "warned that Russia would attack Moldova": a forecast, no threat
        out += [g for g in kids(c) if g.dep_ in {"nsubj", "nsubjpass"}]
        out += [s for a in kids(c) if a.dep_ == "advcl" for s in kids(a)
                if s.dep_ in {"nsubj", "nsubjpass"}]
        out += [t for t in c.subtree if index.at(t) and t not in out]
    return out


def stranded(verb: Token, prep: str) -> bool:
    """The verb has the preposition as a particle-like child with no object of its own."""
    return any(c.lower_ == prep and c.dep_ in {"prep", "prt"}
               and not any(g.dep_ == "pobj" for g in kids(c)) for c in kids(verb))


RECIPROCAL_ENDS = frozenset({"other", "another"})


def reciprocal(verb: Token) -> bool:
    """"A and B accused each other" / "one another"."""
    lows = doc_lowers(verb.doc)
    for c in kids(verb):
        if c.dep_ not in {"dobj", "prep", "dative"}:
            continue
        # a subtree lies within its edges: with no "other" / "another" there, it is
        # not walked (spaCy's walk costs microseconds)
        if not RECIPROCAL_ENDS.intersection(lows[c.left_edge.i:c.right_edge.i + 1]):
            continue
        words = {t.lower_ for t in c.subtree}
        if {"each", "other"} <= words or {"one", "another"} <= words:
            return True
    return False


def loose_objects(verb: Token) -> list[Token]:
    """Objects of a verb the parser hung on a preposition ("kidnapped up to 16 advisers")."""
    out = []
    for c in kids(verb):
        if c.dep_ == "prt":
            out += [p for g in kids(c) if g.dep_ == "prep" for p in kids(g)
                    if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ not in NON_TARGET_PREPS:
            out += [g for g in kids(c) if g.dep_ == "pobj"]
    return out


def near(tok: Token, depth: int):
    """Dependents of tok down to depth, not entering nested clauses.

    The subject counts at the first level only ("troops left", "the bid was approved").
    """
    frontier = [tok]
    for level in range(depth):
        nxt = []
        for t in frontier:
            for c in kids(t):
                if c.dep_ in CLAUSAL or (level and c.dep_ in {"nsubj", "nsubjpass"}):
                    continue
                yield c
                if c.dep_ not in {"nsubj", "nsubjpass"}:
                    nxt.append(c)
        frontier = nxt
