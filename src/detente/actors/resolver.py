"""ActorResolver: one matcher pass per document, then cheap per-mention composition.

Atoms (a country, a demonym, a sector word, a known person) are found by the compiled
`Lexicon`; adjacent atoms compose into one mention ("Turkish" + "President" + "Recep
Tayyip Erdogan" -> TURGOV, Erdogan). Names introduced with a title or appositive that no
table knows are learned for the document (surname and pronoun references) and reported
in `resolver.learned` so the caller can pass them back through `extra`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import Actor, Location, Mention
from ..nlp.dateline import dateline_spans
from ..nlp.pipeline import doc_ents, doc_sents, doc_text, doc_tokens
from . import anaphora
from .atoms import Atom, DocState, Learned
from .catalog import load_default_user_actors
from .compose import Composer
from .lexicon import PRIORITY, Lexicon
from .locate import Locator
from .names import NameFinder
from .people import OfficeKeys, PeopleIndex, make_code, person_actor
from .tables import (
    ActorEntry,
    fold,
    governed,
    governing_codes,
    load_countries,
    load_organisations,
    load_people,
    load_sectors,
    table_names,
)
from .variants import NameVariants, given_key

__all__ = ["ActorResolver", "Atom", "Learned"]

# organisation kinds coded as their country: the country code stays a state's
NATIONAL = {"pre", "company", "party", "agency", "media"}
PLACE_KINDS = {"country", "adj", "capital", "seat", "place", "orgplace"}


class ActorResolver(Composer, NameFinder):
    """Resolves actor mentions in parsed documents; build once, call `resolve` per document."""

    def __init__(self, nlp: Language, extra: list[ActorEntry] | None = None,
                 people_path: Path | None = None, user: bool = True):
        """`extra`: learned or user entries added to the tables; `people_path`: another
        people table; `user`: read the user's actor file (see `catalog.user_actors_path`),
        whose rows replace the package's rows for the same name."""
        self.nlp = nlp
        self.keys = OfficeKeys(load_sectors())
        entries = load_people(people_path)
        entries += _fallback(entries, list(extra or []))
        if user:
            own = load_default_user_actors()
            names = {fold(e.name) for e in own}
            entries = [e for e in entries if fold(e.name) not in names] + own
        self.people = PeopleIndex(entries, self.keys)
        self.lexicon = Lexicon(nlp, self.people)
        self.locator = Locator(self.lexicon.countries)
        self._org_kinds = {o.code: {"igo": "igo", "group": "group"}.get(o.kind, "other")
                           for o in reversed(load_organisations()) if o.kind not in NATIONAL}
        self.org_homes: dict[str, set[str]] = {}
        for o in load_organisations():
            if o.home:
                self.org_homes.setdefault(o.code, set()).add(o.home)
        self.learned: list[Learned] = []
        self.unresolved: list[tuple[int, int, str]] = []  # the last document's, with why
        self.variants = NameVariants(self.people, self.lexicon._ambiguous)

    # -- public -------------------------------------------------------------------------
    def resolve(self, doc: Doc, when: dt.date | None = None) -> list[Mention]:
        """All actor mentions of `doc`, sorted by start; `when` picks office holders."""
        if isinstance(when, dt.datetime):
            when = when.date()
        state = DocState(when)
        by_sent: dict[int, list[Atom]] = {}
        sents = _sentences(doc)
        starts = [s.start for s in sents]  # the sentences cover the document in order
        for a in self._atoms(doc, when):
            by_sent.setdefault(bisect_right(starts, a.start) - 1, []).append(a)
        ents = {e.start: e for e in doc_ents(doc) if e.label_ in ("PERSON", "ORG")}
        out: list[Mention] = []
        history: list[list[Mention]] = []
        for si, sent in enumerate(sents):
            ms = self._compose(doc, si, sent, by_sent.get(si, []), ents, state)
            ms += self._appositives(doc, si, sent, ms, ents, state)
            ms += self._surnames(doc, si, sent, ms, state)
            ms += self._variants(doc, si, sent, ms, state)
            ms += self._misspelled(doc, si, sent, ms, state)
            ms += anaphora.pronouns(doc, si, sent, ms, history)
            ms += anaphora.it_pronouns(doc, si, sent, ms, history)
            ms += anaphora.descriptions(doc, si, sent, ms, history)
            ms += anaphora.counterparts(doc, si, sent, ms, history)
            ms += anaphora.object_pronouns(doc, si, sent, ms)
            owned = anaphora.possessive_roles(doc, si, sent, ms, history,
                                              _free_roles(by_sent.get(si, []), ms))
            if owned:  # "its army" replaces the country-less "army" (---MIL)
                spans = {i for m in owned for i in range(m.start, m.end)}
                ms = [m for m in ms if m.actor.country or m.start not in spans] + owned
            ms += anaphora.plurals(doc, si, sent, ms, history)
            ms.sort(key=lambda m: (m.start, m.end))
            history.append(ms)
            out.extend(ms)
        self.learned = state.learned
        self.unresolved = state.unresolved
        filed = dateline_spans(doc_text(doc))
        # "GENEVA (AP) - Biden and Putin met", "Accra, Ghana (PANA) - The summit...": where
        # the story was filed (the city and its country) is no party to it
        return [_in_power(m, when) for m in out
                if not (any(a <= doc[m.start].idx < b for a, b in filed) and (
                    m.is_place or m.via in {"place", "capital"} or m.actor.kind == "state"
                    and m.via == "name"))
                and not _credit_line(doc, m)]

    def as_of(self, actor: Actor, when: dt.date) -> Actor:
        """The same known person on another date ("In 2019, Trump imposed tariffs", told
        in 2024): the office held on the day of the act, not of the report."""
        if actor.kind != "person" or not actor.name:
            return actor
        entries = self.people.by_name.get(fold(actor.name))
        if not entries:
            return actor
        then = person_actor(entries, when, actor.text)
        return then if then.country else actor

    def prepare(self) -> None:
        """Build the tables made on first use (the city index: about half a second), so
        that a long run pays for them with the model load, not inside its first document."""
        self.locator.cities()

    def learn(self, entries: list[ActorEntry]) -> int:
        """Add actors (learned from earlier documents of a run) to the compiled matchers.

        Incremental: new names go into the index and the PhraseMatchers; names a table or an
        earlier call already knows are left alone. Only people with a full name of two or
        more capitalised words are learned. Returns how many surface forms were added.
        """
        keep = [e for e in entries if _learnable(e)]
        new = self.people.add(keep)
        return self.lexicon.add_people(new) if new else 0

    def locate(self, doc: Doc, sent_index: int, mentions: list[Mention]) -> Location | None:
        """Where the event of sentence `sent_index` took place ("in Doha"), if said."""
        sent = _sentences(doc)[sent_index]
        return self.locator.locate(sent, [m for m in mentions if m.sent_index == sent_index])

    # -- atoms ----------------------------------------------------------------------------
    def _atoms(self, doc: Doc, when: dt.date | None = None) -> list[Atom]:
        """Non-overlapping matches: longest first, then the stronger table."""
        found = sorted(self.lexicon.match(doc),
                       key=lambda m: (m[0] - m[1], PRIORITY[m[2].kind] + 9 * m[2].needs_context,
                                      m[0]))
        taken = bytearray(len(doc))
        starts = {s for s, _, _ in found}
        ends = {e for _, e, _ in found}
        statal = {i for s, e, p in found if p.kind in ("country", "adj") for i in range(s, e)}
        atoms = []
        for start, end, payload in found:
            if any(taken[start:end]) or (payload.kind == "person" and start
                                         and doc[start - 1].text == "("):
                continue  # "(AKK)" defines an acronym; it is not the person
            if payload.kind in PLACE_KINDS and _inside_person(doc, start, end, statal):
                continue  # "Michael Jordan", "Chad Smith"
            if payload.kind == "person" and end - start == 1 and (
                    _name_goes_on(doc, end) or (end not in starts and _surname_after(doc, end))
                    or (start not in ends and self._other_given_name(doc, start, payload, when))):
                continue  # "President Levy Mwanawasa" is not David Levy, "Denis X" not Samuel X
            if payload.kind in ("country", "adj") and _names_waters(doc, start):
                continue  # "the Sea of Japan", "the Gulf of Oman": a sea, not the state
            taken[start:end] = b"\x01" * (end - start)
            atoms.append(Atom(start, end, payload))
        toks = doc_tokens(doc)
        for i in _hyphenated(doc):  # one-token compounds the tokenizer keeps whole: "U.S.-led"
            if not taken[i]:
                payload = self.lexicon.hyphen_prefix(toks[i].text)
                if payload is not None:
                    atoms.append(Atom(i, i + 1, payload))
        return sorted(atoms, key=lambda a: a.start)

    def _other_given_name(self, doc: Doc, start: int, payload, when: dt.date | None) -> bool:
        """A capitalised given name before a known surname that is not the person's own,
        when that person is out of office on the day ("Raif Badawi" in 2015 is not Abdullah
        Badawi); a namesake of someone in office is kept, as relatives and misnamed officials
        mostly share the country. Titles and known words are no given names."""
        if start == 0:
            return False
        prev = doc[start - 1]
        if prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text[:1].isupper() \
                or prev.ent_type_ not in ("", "PERSON") or fold(prev.text) in self.lexicon.titles:
            return False
        entries = [e for k in payload.person_keys for e in self.people.by_name.get(k, [])]
        if when is None or any(e.holds_on(when) for e in entries):
            return False
        own = {given_key(w) for k in payload.person_keys for e in self.people.by_name.get(k, [])
               for n in (e.name, *e.aliases) for w in fold(n).split()}
        return given_key(fold(prev.text)) not in own

    # -- composition ----------------------------------------------------------------------


def _hyphenated(doc: Doc) -> list[int]:
    """The tokens with a hyphen after their first character, in order, found from the
    hyphens of the text (a few per document) rather than by reading every token."""
    text = doc_text(doc)
    if "-" not in text:
        return []
    starts = doc.to_array(IDX).tolist()
    found: list[int] = []
    for at in (m.start() for m in _HYPHEN.finditer(text)):
        i = bisect_right(starts, at) - 1  # the token holding the hyphen (never a space)
        if at > starts[i] and (not found or found[-1] != i):
            found.append(i)
    return found


_HYPHEN = re.compile("-")


def _fallback(table: list[ActorEntry], extra: list[ActorEntry]) -> list[ActorEntry]:
    """`extra` less the learned entries that would contradict or shadow the package tables.

    Learned actors are a fallback: a dataset that files "Emmanuel Macron" under Andorra (he
    is its co-prince) must not turn the table's dated French offices into an undated guess,
    which would also win on any day the table has him out of office. So a learned name that
    a table already holds (a person or alias, an organisation, a named institution, a
    country) is dropped, and a name whose country was only inferred from its partners is
    dropped when its own words name another country ("Association of American Publishers"
    placed in India). User entries are kept (the user's file is meant to correct tables).
    """
    known = table_names() | {fold(n) for e in table for n in (e.name, *e.aliases)}
    out = []
    for e in extra:
        if e.source.startswith("learned"):
            key = fold(e.name)
            if key in known:
                continue
            if e.extra.get("inferred") and any(
                    c != e.country for c in _countries_named(key)):
                continue
        out.append(e)
    return out


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Folded country names and demonyms -> the country ("american" -> USA)."""
    return {fold(n): c.sovereign or c.iso3 for c in load_countries()
            for n in (c.name, *c.names, *c.adjectives)}


def _countries_named(name: str) -> set[str]:
    """The countries whose name or demonym is a run of words of the folded `name`."""
    words = name.split()
    found = set()
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 4) + 1):
            country = _country_words().get(" ".join(words[i:j]))
            if country:
                found.add(country)
    return found


def _sentences(doc: Doc) -> list[Span]:
    """The document's sentences, or the whole text when nothing split it."""
    return doc_sents(doc)


def _free_roles(atoms: list[Atom], ms: list[Mention]) -> list[tuple[int, int, str, str, bool]]:
    """Sector words no mention gave a country: candidates for 'their X', 'its army'."""
    covered = {i for m in ms if m.actor.country for i in range(m.start, m.end)}
    return [(a.start, a.end, a.payload.term.sector, a.payload.term.office or a.payload.term.term,
             a.payload.term.kind == "title")
            for a in atoms if a.payload.kind == "sector" and a.start not in covered]



def _learnable(e: ActorEntry) -> bool:
    """A learned name worth matching in later documents: a person's full name in capitals.

    Organisations learned from a title ("Baghdad University Medical School") stay in
    `learned` for the store but are not matched again: their last words are too generic.
    """
    words = e.name.split()
    return e.kind == "person" and len(words) >= 2 and \
        all(w[:1].isupper() for w in words if w.isalpha())


def _inside_person(doc: Doc, start: int, end: int, statal: set[int]) -> bool:
    """Whether tokens lie inside a longer spaCy PERSON name.

    Only one-word places are names' parts ("Chad Smith"); "The Quai d'Orsay" or "Bosnian
    Serbs" tagged PERSON are still an institution and a people (`statal`: tokens some
    country or demonym matched).
    """
    tok = doc[start]
    if tok.ent_type_ != "PERSON" or end - start > 1:
        return False
    ent = next((e for e in doc_ents(doc) if e.start <= start < e.end), None)
    if ent is None:
        return False
    words = [t for t in ent if t.lower_ not in ("the", "'s") and not start <= t.i < end]
    return bool(words) and not all(t.i in statal for t in words)


WATERS = {"sea", "gulf", "bay", "strait", "straits", "ocean", "channel"}


def _names_waters(doc: Doc, start: int) -> bool:
    """A country named in the name of a sea ("Sea of Japan", "Gulf of Mexico")."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    water = doc[start - 2]
    return water.lower_ in WATERS and water.text[:1].isupper()


def _name_goes_on(doc: Doc, end: int) -> bool:
    """A capitalised name word right after, in the same spaCy PERSON: a longer, other name."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN" \
        and nxt.text[:1].isupper() and nxt.is_alpha


def _credit_line(doc: Doc, m: Mention) -> bool:
    """A news organisation credited for the story, "(Yonhap)", "(Reuters) -": the reporter,
    not a party to what it reports."""
    if m.via != "org" or m.actor.sector != "JRN":
        return False
    return m.start > 0 and doc[m.start - 1].text == "(" or \
        m.end < len(doc) and doc[m.end].text == ")"


def _surname_after(doc: Doc, end: int) -> bool:
    """A capitalised proper noun right after a one-word name that no table matched: the
    one word is a given name of someone else ("Väino Reinart", "Adams Oshiomhole")."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.pos_ == "PROPN" and nxt.is_alpha and nxt.text[:1].isupper() \
        and nxt.ent_type_ in ("", "PERSON", "ORG") and not nxt.is_sent_start


ARMED_TO_MIL = {"MIL", "PRM", "UAF", "INS", "SPY"}


@lru_cache(maxsize=1)
def _role_sectors() -> dict[str, str]:
    return {fold(t.term): t.sector for t in load_sectors()}


def _in_power(m: Mention, when: dt.date | None) -> Mention:
    """A group that has taken a country's government is that government on the date:
    "the Taliban" in 2022 is AFGGOV, "Taliban fighters" AFGMIL."""
    group = m.actor.country
    if m.actor.code and m.actor.country and not m.actor.code.startswith(m.actor.country):
        group = next((g for g in governing_codes() if m.actor.code.startswith(g)), group)
    country = governed(group, when)  # also "Afghanistan's Taliban government"
    if country is None:
        return m
    role = _role_sectors().get(fold(m.actor.role or ""))
    if m.actor.sector in ARMED_TO_MIL or role in ARMED_TO_MIL | {"REB"}:
        sector = "MIL"  # "Taliban fighters"
    elif m.actor.sector in {None, "REB"}:
        sector = "GOV"  # "the Taliban", "Taliban authorities"
    else:
        sector = m.actor.sector
    actor = replace(m.actor, country=country, code=make_code(country, sector), sector=sector,
                    kind="state", why=f"{m.actor.why}; governs {country} on {when}")
    return replace(m, actor=actor)
