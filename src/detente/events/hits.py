"""A `Hit` (one trigger with the actors it links) and what the verb and noun rules share.

The rules that find hits are in `verbs.py` (a verb with its subject, object or frame
preposition) and `nouns.py` ("talks between A and B", "Zarif's trip to Istanbul");
`match.Matcher` puts them together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from detente.models import Mention
from detente.nlp.pipeline import kids

from .frames import (
    TEMPORAL,
    ActorIndex,
    forms,
    preps,
    subject,
    unresolved,
)
from .lexicon import Entry
from .syntax import (
    CIRCUMSTANCE,
)

FORCE = {"ASSAULT", "COERCE", "MOBILIZE"}
# acts done at a place, whose people bear them when no one else is named
PLACE_TARGETS = {"PROTEST", "COERCE", "CONCEDE", "SANCTION", "MOBILIZE", "AID", "RETREAT"}
NON_AGENTS = {"it", "this", "that", "which", "what", "there", "report", "statement", "move",
              "step", "decision", "plan", "law", "bill", "situation", "one"}
REPORTED_PRONOUNS = {"it", "they", "he", "she", "we", "i"}
DOCUMENTS = {"report", "statement", "communique", "study", "document", "dossier", "declaration",
             "letter", "memo", "memorandum", "note", "paper", "resolution", "findings"}
SEATS = {"capital", "government", "ministry", "parliament", "cabinet", "presidency"}
GOVERNING = {"light", "intent", "agree", "request", "refuse", "threat", "cease", "end"}
RESPONSIBLE = {"responsible", "guilty", "involved"}
CLAIMED = {"responsibility"}  # not "credit": "claimed credit for the deal" is no deal of theirs
MOTION = {"go", "come", "travel", "fly", "head", "arrive", "return", "be", "take",
          "converge", "gather", "remain", "stay", "put", "place"}


@dataclass
class Hit:
    """A trigger with the actors it links."""

    trigger: Token
    entry: Entry
    sources: list[Mention]
    targets: list[Mention]
    role: str  # where the target came from: dobj, with, between, group ...
    symmetric: bool = False
    plover: str = ""
    cameo: str = ""
    mode: str | None = None
    converted: str | None = None  # governor class that changed the type
    consumed: set[int] = field(default_factory=set)
    confidence: float = 0.7
    governor: Token | None = None
    reciprocal: bool = False  # "accused each other": both directions

    def __post_init__(self) -> None:
        self.plover = self.plover or self.entry.plover
        self.cameo = self.cameo or self.entry.cameo
        self.mode = self.mode or self.entry.mode


class Reader:
    """What verb and noun rules share: the lexicons, word classes and the readers of
    subjects, objects and governing verbs."""

    def __init__(self, verbs: dict[str, list[Entry]], nouns: dict[str, list[Entry]],
                 words: dict[str, set[str]]):
        self.verbs = verbs
        self.nouns = nouns
        self.words = words
        self.controllers = frozenset(w for w, c in words.items() if "request" in c) | {
            "get", "force", "persuade", "convince", "help", "allow", "order",
            "prompt", "spur", "lead", "cause", "drive", "induce"}  # "prompting Madrid to recall"
        self.menace = frozenset(w for w, c in words.items() if "menace" in c)
        self._classes: dict[tuple[str, ...], set[str]] = {}

    def classes(self, tok: Token) -> set[str]:
        """The word classes of any of the token's forms. Kept per set of forms (a
        word's forms are one shared list, see `forms`): asked tens of thousands of
        times a megabyte. Callers read the set; none may change it."""
        fs = forms(tok)
        key = tuple(fs)
        found = self._classes.get(key)
        if found is None:
            if len(self._classes) > 100_000:
                self._classes.clear()
            found = set()
            for f in fs:
                found |= self.words.get(f, set())
            self._classes[key] = found
        return found

    def force_noun(self, tok: Token, types: frozenset[str] | set[str] = FORCE) -> bool:
        """The noun names an armed act ("attack", "shelling") in the noun lexicon."""
        return any(e.plover in types for f in forms(tok)[:2] for e in self.nouns.get(f, []))

    def subject_actors(self, subj: Token | None, index: ActorIndex) -> list[Mention]:
        """Actors of a subject; an unresolved pronoun in reported speech == the speaker.

        "Switzerland said it had expelled..." -> it = Switzerland.
        """
        if subj is None:
            return []
        found = index.owned(subj, index.group(subj, source=True))  # "his troops": his side's
        if found:
            return found
        if subj.pos_ == "PRON" and subj.lower_ in REPORTED_PRONOUNS:
            tok = subj.head
            for _ in range(6):
                if "say" in self.classes(tok) and tok != subj.head:
                    return self.subject_actors(subject(tok), index)
                if tok.head == tok:
                    break
                tok = tok.head
            return []
        if subj.lemma_.lower() in DOCUMENTS:
            found = self._authors(subj, index)
            if found or subj.dep_ != "dobj":
                return found  # else "adopted a resolution demanding ...": who adopted it
        if subj.dep_ == "dobj" and subj.head.pos_ == "VERB" and subj.head != subj:
            # "issued a declaration demanding that ...": the issuer demands
            return self.subject_actors(subject(subj.head, self.controllers), index)
        if subj.pos_ == "NOUN" and self.force_noun(subj):
            # "claimed a shooting attack that killed three Israelis": the attack's doer
            doers = [m for p in ("by", "from") for c in preps(subj, p) for m in index.group(c)
                     if m.actor.country]
            gov = self._governor(subj)
            if not doers and gov is not None and gov != subj:
                doers = self.subject_actors(subject(gov, self.controllers), index)
            if doers:
                return doers
        if subj.pos_ in {"NOUN", "PROPN", "NUM"} and subj.lower_ not in NON_AGENTS:
            return [unresolved(subj)]  # an unnamed doer, or an event ("a bombing killed")
        return []

    def _authors(self, document: Token, index: ActorIndex) -> list[Mention]:
        """Who speaks through a document: "a report released by Kigali / in the Rwandan
        capital alleged ..." is Rwanda alleging; a report of unknown origin is no one."""
        for acl in (c for c in kids(document) if c.dep_ == "acl" and c.tag_ == "VBN"):
            for c in kids(acl):
                if c.dep_ == "agent":
                    found = [m for g in kids(c) if g.dep_ == "pobj"
                             for m in index.group(g, source=True)]
                    if found:
                        return found
            for c in preps(acl, "in"):
                if c.lemma_.lower() in SEATS:
                    found = [m for m in index.group(c) if m.actor.country]
                    if found:
                        return found
        return []

    def _speaker(self, tok: Token, index: ActorIndex) -> list[Mention]:
        """The actors who report the clause tok is in ("Britain said ...")."""
        for _ in range(6):
            if tok.head == tok or tok.dep_ not in {"ccomp", "conj", "xcomp", "advcl"}:
                return []
            tok = tok.head
            if "say" in self.classes(tok):
                return index.group(s) if (s := subject(tok)) is not None else []
        return []

    def _person(self, tok: Token) -> bool:
        """A noun for people ("ministers", "officials"), not goods ("a cargo of oil")."""
        return "agent" in self.classes(tok) or tok.ent_type_ in {"PERSON", "NORP"}

    def _is_event_noun(self, tok: Token) -> bool:
        return any(f in self.nouns for f in forms(tok)[:2]) or tok.lower_ in NON_AGENTS

    def object_actors(self, tok: Token, index: ActorIndex) -> list[Mention]:
        """Actors of an object; a named but unresolved one stands in as unresolved."""
        found = index.group(tok)
        if found or self._is_event_noun(tok):
            return found
        if (tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
                or "agent" in self.classes(tok)):
            return [unresolved(tok)]
        return []

    def _governor(self, tok: Token) -> Token | None:
        """The verb whose subject does what the noun names ("held talks", "went on a trip")."""
        head = tok.head
        if tok.dep_ in {"dobj", "obj", "nsubjpass"} and head.pos_ in {"VERB", "AUX"}:
            return head if self.classes(head) & GOVERNING else None
        if (tok.dep_ == "pobj" and head.dep_ == "prep"
                and head.lower_ not in TEMPORAL | CIRCUMSTANCE):
            above = head.head
            if head.lower_ == "with" and self.classes(above) & {"cease", "end"}:
                return None  # "the summit ended with the suspension of X": its outcome
            if head.lower_ in {"with", "by"} and "answer" in self.classes(above):
                return above  # "Israel responded with airstrikes on southern Lebanon"
            if (head.lower_ == "for" and above.lemma_.lower() in CLAIMED
                    and above.dep_ == "dobj" and above.head.pos_ == "VERB"):
                return above.head  # "claimed responsibility for the bombing": the claimant's
            if above.pos_ in {"VERB", "AUX"} and (
                    above.lemma_.lower() in MOTION or self.classes(above) & GOVERNING):
                return above
            if above.pos_ == "ADJ" and above.lower_ in RESPONSIBLE and above.head.pos_ == "AUX":
                return above.head  # "X == responsible for mass killings"
            if (head.lower_ in {"of", "in"} and above.pos_ in {"NOUN", "NUM", "SYM"}
                    and above.dep_ in {"dobj", "nsubjpass"}
                    and self.classes(above.head) & GOVERNING):
                return above.head  # "gave X 5 million dollars of aid", "days of drills were held"
        if tok.dep_ == "conj":
            return self._governor(head) if head.pos_ in {"NOUN", "PROPN"} else None
        return None
