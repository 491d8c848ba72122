"""ActorResolver: one matcher pass per document, then cheap per-mention composition.

Atoms (a country, a demonym, a sector word, a known person) are found by the compiled
`Lexicon`; adjacent atoms compose into one mention ("Turkish" + "President" + "Recep
Tayyip Erdogan" -> TURGOV, Erdogan). Names introduced with a title or appositive that no
table knows are learned for the document (surname and pronoun references) and reported
in `resolver.learned` so the caller can pass them back through `extra`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..models import Actor, Location, Mention
from ..nlp.pipeline import doc_ents, doc_sents, doc_tokens, sent_tokens, text_of
from . import anaphora
from .catalog import load_default_user_actors
from .lexicon import PRIORITY, Lexicon, Payload
from .locate import Locator
from .people import OfficeKeys, PeopleIndex, make_code, person_actor
from .rules import ethnic_mention, igo_title, org_actor, pro_or_anti, settled_people, share_roles
from .tables import ActorEntry, fold, load_organisations, load_people, load_sectors

FILLERS = {"'s", "'", "former", "ex", "ex-", "top", "senior", "new", "acting", "interim", "then",
           "current", "outgoing", "incoming", "own", "-", "main", "largest", "biggest", "leading",
           "powerful", "elite", "special", "regional", "local", "chief"}
FORMER = {"former", "ex", "ex-"}
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "LOC", "MONEY", "PERCENT", "QUANTITY"}
PLACE_KINDS = {"country", "adj", "capital", "seat", "place", "orgplace"}
FUZZY_ENTS = {"", "PERSON", "ORG", "GPE", "NORP"}  # labels spaCy gives unknown names
NAMED_SECTORS = {"JRN", "BUS", "PTY", "OPP", "SOC", "EDU", "REL"}  # bodies with proper names
APPOS_GLUE = {"the", "a", "an", "his", "her", "head", "chief", "director", "leader", "deputy",
              "member", "of", "adviser", "advisor", "commander", "spokesman", "spokeswoman"}
# Sectors a bare word may stand for without a country ("police" -> ---COP, as CAMEO does);
# others ("people", "officials", "party") say nothing on their own.
ALONE_OK = {"COP", "JUD", "LEG", "REB", "OPP", "UAF", "PRM", "SPY", "MIL"}
# Words of other sectors that name a body on their own too ("the government" -> ---GOV,
# "protesters" -> ---CVL); "officials" or "people" alone say too little.
ALONE_TERMS = {"government", "protesters", "protestors", "demonstrators", "civilians", "rioters"}


@dataclass(frozen=True)
class Atom:
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
class _DocState:
    when: dt.date | None
    names: dict[str, tuple[Actor, int]] = field(default_factory=dict)  # name -> actor, from token
    learned: list[Learned] = field(default_factory=list)


class ActorResolver:
    """Resolves actor mentions in parsed documents; build once, call `resolve` per document."""

    def __init__(self, nlp: Language, extra: list[ActorEntry] | None = None,
                 people_path: Path | None = None, user: bool = True):
        """`extra`: learned or user entries added to the tables; `people_path`: another
        people table; `user`: read the user's actor file (see `catalog.user_actors_path`),
        whose rows replace the package's rows for the same name."""
        self.nlp = nlp
        self.keys = OfficeKeys(load_sectors())
        entries = load_people(people_path) + list(extra or [])
        if user:
            own = load_default_user_actors()
            names = {fold(e.name) for e in own}
            entries = [e for e in entries if fold(e.name) not in names] + own
        self.people = PeopleIndex(entries, self.keys)
        self.lexicon = Lexicon(nlp, self.people)
        self.locator = Locator(self.lexicon.countries)
        self._org_kinds = {o.code: {"igo": "igo", "group": "group"}.get(o.kind, "other")
                           for o in reversed(load_organisations()) if o.kind != "pre"}
        self.learned: list[Learned] = []

    # -- public -------------------------------------------------------------------------
    def resolve(self, doc: Doc, when: dt.date | None = None) -> list[Mention]:
        """All actor mentions of `doc`, sorted by start; `when` picks office holders."""
        if isinstance(when, dt.datetime):
            when = when.date()
        state = _DocState(when)
        by_sent: dict[int, list[Atom]] = {}
        sents = _sentences(doc)
        sent_of = {}
        for si, s in enumerate(sents):
            for i in range(s.start, s.end):
                sent_of[i] = si
        for a in self._atoms(doc):
            by_sent.setdefault(sent_of[a.start], []).append(a)
        ents = {e.start: e for e in doc_ents(doc) if e.label_ in ("PERSON", "ORG")}
        out: list[Mention] = []
        history: list[list[Mention]] = []
        for si, sent in enumerate(sents):
            ms = self._compose(doc, si, sent, by_sent.get(si, []), ents, state)
            ms += self._appositives(doc, si, sent, ms, ents, state)
            ms += self._surnames(doc, si, sent, ms, state)
            ms += self._misspelled(doc, si, sent, ms, state)
            ms += anaphora.pronouns(doc, si, sent, ms, history)
            ms += anaphora.it_pronouns(doc, si, sent, ms, history)
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
        return out

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
    def _atoms(self, doc: Doc) -> list[Atom]:
        """Non-overlapping matches: longest first, then the stronger table."""
        found = sorted(self.lexicon.match(doc),
                       key=lambda m: (m[0] - m[1], PRIORITY[m[2].kind] + 9 * m[2].needs_context,
                                      m[0]))
        taken = bytearray(len(doc))
        statal = {i for s, e, p in found if p.kind in ("country", "adj") for i in range(s, e)}
        atoms = []
        for start, end, payload in found:
            if any(taken[start:end]) or (payload.kind == "person" and start
                                         and doc[start - 1].text == "("):
                continue  # "(AKK)" defines an acronym; it is not the person
            if payload.kind in PLACE_KINDS and _inside_person(doc, start, end, statal):
                continue  # "Michael Jordan", "Chad Smith"
            if payload.kind == "person" and end - start == 1 and _name_goes_on(doc, end):
                continue  # "President Levy Mwanawasa" is not David Levy
            taken[start:end] = b"\x01" * (end - start)
            atoms.append(Atom(start, end, payload))
        for tok in doc_tokens(doc):  # one-token compounds the tokenizer keeps whole: "U.S.-led"
            if not taken[tok.i] and "-" in tok.text[1:]:
                payload = self.lexicon.hyphen_prefix(tok.text)
                if payload is not None:
                    atoms.append(Atom(tok.i, tok.i + 1, payload))
        return sorted(atoms, key=lambda a: a.start)

    # -- composition ----------------------------------------------------------------------
    def _compose(self, doc: Doc, si: int, sent: Span, atoms: list[Atom],
                 ents: dict[int, Span], state: _DocState) -> list[Mention]:
        out: list[Mention] = []
        i = 0
        while i < len(atoms):
            a = atoms[i]
            nxt = atoms[i + 1] if i + 1 < len(atoms) else None
            kind = a.payload.kind
            cue = kind in ("country", "adj") or (kind == "org" and a.payload.org.kind != "ethnic")
            if self._place_cue(doc, a, nxt):  # "a Moscow court", "the Baghdad government"
                used = self._role(doc, si, sent, a.start, self._place_country(a), nxt, False,
                                  atoms[i + 2:], ents, state, out)
                i += 1 + used
                continue
            if cue and pro_or_anti(doc, a.start):  # "pro-Russian rebels" are not Russian
                i += 1
                continue
            if kind == "adj" and a.start > sent.start and doc[a.start - 1].lower_ == "ethnic":
                out.append(ethnic_mention(doc, si, a))  # "ethnic Albanians" in Macedonia
                i += 1
                continue
            if kind in ("adj", "country") and nxt and settled_people(doc, a, nxt):
                out.append(replace(self._simple(doc, si, a), end=nxt.end))
                i += 2  # "Bosnian Serbs", "Iraqi Kurds": the people of the first country
                continue
            if cue and kind != "org" and nxt and i + 2 < len(atoms) and igo_title(doc, a, nxt,
                                                                                    atoms[i + 2]):
                used = self._role(doc, si, sent, a.start, self._cue_country(a), atoms[i + 2],
                                  False, atoms[i + 3:], ents, state, out)
                i += 2 + used  # "Russia's UN ambassador" speaks for Russia
                continue
            j = self._owned_group(doc, a, atoms, i) if kind in ("country", "adj") else None
            if j is not None:  # "Egypt's Muslim Brotherhood", "the Afghan Taliban"
                i = j + 1 + self._country_group(doc, si, sent, a, atoms[j], atoms[j + 1:], ents,
                                                state, out)
                continue
            if kind == "person" and not a.payload.needs_context and nxt and \
                    self._other_country(doc, a, nxt, state):  # "King Abdullah of Jordan"
                out.append(self._learn(doc, si, a.start, a.start, a.end,
                                       self._cue_country(nxt), "GOV", "leader", "title", state))
                i += 2
                continue
            if cue or (kind == "person" and not a.payload.needs_context):
                gap_end, former = self._skip(doc, a.end, nxt.start if nxt else sent.end,
                                             loose=True)
                if kind == "person":
                    person = self._person(doc, si, a.start, a, state)
                    country, possessive = person.actor.country, gap_end > a.end
                else:
                    country, possessive = self._cue_country(a), True
                if possessive and nxt and nxt.start == gap_end and nxt.payload.kind == "sector":
                    if kind == "person":  # "Putin's spokesman": the person and the role
                        out.append(person)
                    start = nxt.start if kind == "person" else a.start
                    group = a.payload.org.sector if kind == "org" and \
                        a.payload.org.kind == "group" else None  # "Hamas leader": HAMASREB
                    used = self._role(doc, si, sent, start, country, nxt, former, atoms[i + 2:],
                                      ents, state, out, group)
                    i += 1 + used
                    continue
                if kind == "person":
                    out.append(person)
                elif nxt and nxt.start == gap_end and nxt.payload.kind == "person":
                    out.append(self._person(doc, si, a.start, nxt, state, cue_country=country))
                    i += 2
                    continue
                else:
                    out.append(self._simple(doc, si, a))
            elif kind == "sector":
                used = self._role(doc, si, sent, None, None, a, False, atoms[i + 1:], ents, state,
                                  out)
                i += used
                continue
            else:
                out.append(self._simple(doc, si, a))
            i += 1
        return share_roles(doc, [m for m in out if m is not None])

    def _owned_group(self, doc: Doc, a: Atom, atoms: list[Atom], i: int) -> int | None:
        """Index of a group atom a country names as its own: "Lebanon's Hezbollah", "the
        Egyptian Muslim Brotherhood", "Syria's Kurdish YPG" (up to two describing words)."""
        k, described = a.end, 0
        if a.payload.kind == "country":  # a country name owns only with a possessive
            if k >= len(doc) or doc[k].norm_ not in ("'s", "'"):
                return None
            k += 1
        for j in range(i + 1, min(i + 4, len(atoms))):
            b = atoms[j]
            while k < b.start and described < 2 and _describes(doc[k]):
                k, described = k + 1, described + 1
            if b.start != k:
                return None
            p = b.payload
            if p.kind == "org" and p.org.kind == "group":
                return j
            if p.kind != "org" or p.org.kind != "ethnic" or described >= 2:
                return None  # only a people's name ("Kurdish") may stand between
            k, described = b.end, described + 1
        return None

    def _country_group(self, doc: Doc, si: int, sent: Span, a: Atom, g: Atom,
                       rest: list[Atom], ents: dict[int, Span], state: _DocState,
                       out: list[Mention]) -> int:
        """The group with the country that owns it: code stays the group's ("MBOPP"),
        `country` is the named state; a role right after ("Hezbollah fighters") goes with it.
        Returns how many atoms of `rest` it used."""
        country, org = self._cue_country(a), g.payload.org
        note = f"; named as {country}'s in the text"
        if rest and rest[0].start == g.end and rest[0].payload.kind == "sector" and \
                rest[0].payload.term.kind == "body":
            tmp: list[Mention] = []
            used = self._role(doc, si, sent, a.start, org.code, rest[0], False, rest[1:], ents,
                              state, tmp, org.sector or None)
            out.extend(replace(m, actor=replace(m.actor, country=country,
                                                why=f"{m.actor.why}{note}")) for m in tmp)
            return used
        actor = org_actor(text_of(doc, a.start, g.end), g.payload)
        out.append(Mention(a.start, g.end, si, replace(actor, country=country,
                                                       why=f"{actor.why}{note}"), False, "org"))
        return 0

    def _skip(self, doc: Doc, i: int, end: int, loose: bool = False) -> tuple[int, bool]:
        """Skip possessives and modifiers ("'s", "former", "top") between a cue and a role.

        `loose` also skips up to two lower-case nouns or adjectives ("Rwanda's information
        minister"); the caller only uses the result when a sector word follows.
        """
        former = False
        extra = 0
        while i < end:
            tok = doc[i]
            if tok.norm_ in FILLERS or fold(tok.text) in FILLERS:
                former = former or tok.lower_ in FORMER
            elif loose and extra < 2 and tok.pos_ in ("NOUN", "ADJ") and tok.is_lower:
                extra += 1
            else:
                break
            i += 1
        return i, former

    def _role(self, doc: Doc, si: int, sent: Span, cue_start: int | None, country: str | None,
              term: Atom, former: bool, rest: list[Atom], ents: dict[int, Span],
              state: _DocState, out: list[Mention], group_sector: str | None = None) -> int:
        """A sector word with its country (before, or after "of") and maybe a name after it.

        Returns how many atoms after the cue (or from `term` when there is no cue) it used.
        """
        t = term.payload.term
        used = 1
        cue = cue_start is not None
        start, end = (cue_start if cue else term.start), term.end
        if not cue and rest and self._of_country(doc, term.end, rest[0]):
            country, end, used = self._cue_country(rest[0]), rest[0].end, 2
            rest = rest[1:]
        if country is None and t.country and doc[term.start].text[:1].isupper():
            country = t.country  # "the Pentagon", "the Knesset", "Congress"
        if former and not cue:
            _, former = self._skip(doc, max(term.start - 1, sent.start), term.start)
        sector = "ELI" if former and t.kind == "title" else group_sector or t.sector
        named = t.kind == "body" and t.sector in NAMED_SECTORS and not t.term.endswith("s")
        if named and end < sent.end and country:  # "Turkish newspaper Hurriyet"
            name_end = self._name_at(doc, end, sent.end, ents, rest)
            if name_end:
                out.append(self._learn(doc, si, start, end, name_end, country, t.sector, t.term,
                                       "title", state, kind="other"))
                return used
        if t.kind == "title" and end < sent.end:
            if rest and rest[0].start == end and rest[0].payload.kind == "person" and \
                    len(rest) > 1 and self._other_country(doc, rest[0], rest[1], state):
                out.append(self._learn(doc, si, start, end, rest[0].end,
                                       self._cue_country(rest[1]), sector, t.office or t.term,
                                       "title", state))  # "King Hassan of Morocco"
                return used + 2
            if rest and rest[0].start == end and rest[0].payload.kind == "person":
                out.append(self._person(doc, si, start, rest[0], state,
                                        cue_country=country, cue_sector=sector))
                return used + 1
            name_end = self._name_at(doc, end, sent.end, ents, rest)
            if name_end and not country and rest and self._of_country(doc, name_end, rest[0]):
                country, used = self._cue_country(rest[0]), used + 1  # "King Hassan of Morocco"
            if name_end and country:
                out.append(self._learn(doc, si, start, end, name_end, country, sector,
                                       t.office or t.term, "title", state))
                return used
        if country is None and (t.kind == "title" or (t.sector not in ALONE_OK
                                                      and t.term not in ALONE_TERMS)):
            return used
        text = text_of(doc, start, end)
        role = t.office or t.term
        holder = None if former or not country else \
            self.people.holder(country, self.keys.key(t.office), state.when)
        if holder:
            why = f"role '{t.term}' of {country}: {holder.source} says {holder.name} held " \
                  f"{holder.office} {holder.period()}"
            actor = Actor(text, make_code(country, sector), country, sector, holder.name,
                          "person", holder.office, why)
        else:
            why = f"sectors.tsv: '{t.term}' = {sector}" + (f" of {country}" if country else "")
            actor = Actor(text, make_code(country, sector), country, sector, None,
                          "person" if t.kind == "title" else self._kind_of(country),
                          role, why)
        out.append(Mention(start, end, si, actor, False, "role"))
        return used

    def _of_country(self, doc: Doc, i: int, atom: Atom) -> bool:
        """'minister of Iran' / 'President of the United States'."""
        if i >= len(doc) or doc[i].lower_ != "of" or atom.payload.kind not in ("country", "adj"):
            return False
        if atom.end < len(doc) and doc[atom.end].norm_ in ("'s", "'"):
            return False  # "leader of Turkey's opposition party": Turkey's goes with the party
        return atom.start == i + 1 or (atom.start == i + 2 and doc[i + 1].lower_ == "the")

    def _other_country(self, doc: Doc, person: Atom, nxt: Atom, state: _DocState) -> bool:
        """'<known name> of <country>' where the table's people with that name are of
        another country: a namesake ("King Abdullah of Jordan" is not the Saudi king)."""
        if not self._of_country(doc, person.end, nxt):
            return False
        said = self._cue_country(nxt)
        entries = self.people.pick(person.payload.person_keys, state.when)
        return bool(said) and all(e.country != said for e in entries)

    def _kind_of(self, country: str | None) -> str:
        """What a country/organisation code stands for: state, igo, group (or other)."""
        if not country:
            return "other"
        return self._org_kinds.get(country, "state")

    def _place_cue(self, doc: Doc, a: Atom, nxt: Atom | None) -> bool:
        """A capital or city right before a sector word stands for that country."""
        if a.payload.kind not in ("capital", "seat", "place") or nxt is None \
                or nxt.payload.kind != "sector" or not self._place_country(a):
            return False
        return nxt.start == self._skip(doc, a.end, nxt.start)[0]

    def _place_country(self, atom: Atom) -> str | None:
        p = atom.payload
        return p.country.iso3 if p.country else (p.place.country if p.place else None)

    def _cue_country(self, atom: Atom) -> str | None:
        p = atom.payload
        if p.country:
            return p.country.iso3
        return p.org.code if p.org else None

    def _name_at(self, doc: Doc, i: int, end: int, ents: dict[int, Span],
                 rest: list[Atom]) -> int | None:
        """End of a personal name starting at token i (spaCy PERSON, else a PROPN run)."""
        limit = min(rest[0].start if rest else end, end)
        ent = ents.get(i)
        if ent is not None and ent.end <= limit:
            return ent.end
        j = i
        while j < limit and j - i < 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                and doc[j].is_alpha:
            j += 1
        return j if j > i else None

    # -- actors -----------------------------------------------------------------------------
    def _simple(self, doc: Doc, si: int, a: Atom) -> Mention | None:
        p, text = a.payload, text_of(doc, a.start, a.end)
        if p.kind in ("country", "adj"):
            c = p.country
            via = "name" if p.kind == "country" else "demonym"
            why = f"countries.tsv: {'name' if via == 'name' else 'adjective/demonym'} of {c.name}"
            return Mention(a.start, a.end, si, Actor(text, c.iso3, c.iso3, None, None, "state",
                                                     None, why), False, via)
        if p.kind in ("capital", "seat"):
            c = p.country
            why = f"countries.tsv: {p.kind} of {c.name}, stands for its government"
            actor = Actor(text, make_code(c.iso3, "GOV"), c.iso3, "GOV", None, "state",
                          "government", why)
            return Mention(a.start, a.end, si, actor, True, "capital")
        if p.kind in ("org", "orgplace"):
            return Mention(a.start, a.end, si, org_actor(text, p), p.kind == "orgplace", "org")
        if p.kind == "place":
            pl = p.place
            actor = Actor(text, pl.country, pl.country, None, pl.name, "place", None,
                          f"places: {pl.name}" + (f" in {pl.country}" if pl.country else ""))
            return Mention(a.start, a.end, si, actor, True, "name")
        return None

    def _person(self, doc: Doc, si: int, start: int, a: Atom, state: _DocState,
                cue_country: str | None = None, cue_sector: str | None = None) -> Mention:
        entries = self.people.pick(a.payload.person_keys, state.when)
        actor = person_actor(entries, state.when, text_of(doc, start, a.end), cue_country, cue_sector)
        source = entries[0].source
        via = "learned" if source == "learned" else "user" if source.startswith("user") else "person"
        self._remember(entries[0].name, actor, state, a.end)
        return Mention(start, a.end, si, actor, False, via)

    def _learn(self, doc: Doc, si: int, start: int, title_end: int, name_end: int,
               country: str, sector: str, role: str, pattern: str, state: _DocState,
               kind: str = "person") -> Mention:
        name = text_of(doc, title_end, name_end)
        why = f"learned from text ({pattern}): '{text_of(doc, start, name_end)}'"
        actor = Actor(text_of(doc, start, name_end), make_code(country, sector), country, sector,
                      name, kind, role, why)
        state.learned.append(Learned(name, actor, si, pattern))
        self._remember(name, actor, state, name_end)
        return Mention(start, name_end, si, actor, False, "person" if kind == "person" else "org")

    def _remember(self, name: str, actor: Actor, state: _DocState, at: int) -> None:
        """Later references (after token `at`) by full name, or a person's surname."""
        state.names[fold(name)] = (actor, at)
        if actor.kind == "person":
            state.names[fold(name.split()[-1])] = (actor, at)

    # -- appositives and surnames -------------------------------------------------------------
    def _appositives(self, doc: Doc, si: int, sent: Span, ms: list[Mention],
                     ents: dict[int, Span], state: _DocState) -> list[Mention]:
        """'Hakan Fidan, head of Turkey's National Intelligence Agency' -> a learned TURSPY."""
        covered = {i for m in ms for i in range(m.start, m.end)}
        out = []
        for name, label in self._before_commas(doc, sent, ents, covered):
            if fold(name.text) in state.names:
                continue
            j = name.end + 1
            while j < sent.end and j - name.end <= 4 and doc[j].lower_ in APPOS_GLUE:
                j += 1
            role = next((m for m in ms if m.start == j and m.actor.country), None)
            if role is None:
                continue
            a = role.actor
            org = a.sector in NAMED_SECTORS and (label == "ORG" or label is None)
            if label == "ORG" and not org:
                continue
            sector, kind = a.sector or "GOV", "other" if org else "person"
            text = name.text[4:] if name.text.lower().startswith("the ") else name.text
            actor = Actor(name.text, make_code(a.country, sector), a.country, sector, text,
                          kind, text_of(doc, name.end + 1, role.end),
                          f"learned from text (appositive): '{text_of(doc, name.start, role.end)}'")
            state.learned.append(Learned(text, actor, si, "appositive"))
            self._remember(text, actor, state, name.end)
            out.append(Mention(name.start, name.end, si, actor, False,
                               "person" if kind == "person" else "org"))
        return out

    def _before_commas(self, doc: Doc, sent: Span, ents: dict[int, Span],
                       covered: set[int]) -> list[tuple[Span, str | None]]:
        """Names (spaCy PERSON/ORG, else a proper-noun run) right before a comma."""
        out: list[tuple[Span, str | None]] = []
        for tok in sent_tokens(sent):
            if tok.text != "," or tok.i == sent.start:
                continue
            ent = next((e for e in ents.values() if e.end == tok.i), None)
            if ent is not None:
                span, label = ent, ent.label_
            else:
                j = tok.i
                while j > sent.start and doc[j - 1].pos_ == "PROPN" and tok.i - j < 4:
                    j -= 1
                if j == tok.i or any(t.ent_type_ not in ("", "PERSON", "ORG")
                                     for t in doc[j:tok.i]):
                    continue  # nothing, or a date/place ("On Monday, Turkish officials ...")
                span, label = doc[j:tok.i], None
            if span.start >= sent.start and not covered & set(range(span.start, span.end)):
                out.append((span, label))
        return out

    def _surnames(self, doc: Doc, si: int, sent: Span, ms: list[Mention],
                  state: _DocState) -> list[Mention]:
        """Names met earlier in the document ("Cavusoglu", "Zarif's trip")."""
        if not state.names:
            return []
        covered = {i for m in ms for i in range(m.start, m.end)}
        out = []
        for tok in sent_tokens(sent):
            if tok.i in covered or not tok.text[:1].isupper() or tok.pos_ not in ("PROPN", "NOUN") \
                    or tok.ent_type_ in NOT_NAMES:
                continue
            actor, at = state.names.get(fold(tok.text), (None, len(doc)))
            if actor is not None and tok.i >= at:
                why = f"surname of {actor.name}, met earlier | {(actor.why or '').split(' | ')[-1]}"
                out.append(Mention(tok.i, tok.i + 1, si, replace(actor, text=tok.text, why=why),
                                   False, "surname"))
        return out


    def _misspelled(self, doc: Doc, si: int, sent: Span, ms: list[Mention],
                    state: _DocState) -> list[Mention]:
        """A known surname misspelled by one letter ("Erdgoan"): a capitalised proper noun
        that nothing matched (spaCy's label for such names is unreliable), whose other
        name words, if it is part of a longer name, are the person's own ("Angela Merkell")."""
        covered = {i for m in ms for i in range(m.start, m.end)}
        out = []
        for tok in sent_tokens(sent):
            if tok.i in covered or tok.pos_ != "PROPN" or tok.ent_type_ not in FUZZY_ENTS \
                    or len(tok.text) < 6 or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            titled = tok.i > sent.start and fold(doc[tok.i - 1].text) in self.lexicon.titles
            if tok.ent_type_ != "PERSON" and len(tok.text) < 8 and not titled:
                continue  # short words need spaCy's PERSON or a title: "Leopard", "Charter"
            hit = self.lexicon.fuzzy.find(tok.text)
            if hit is None:
                continue
            name = self._name_run(doc, tok, covered)
            if not self._same_person(name, tok, hit[1]):
                continue
            start = name[0].i if name[-1].i == tok.i else tok.i
            m = self._person(doc, si, start, Atom(tok.i, tok.i + 1, hit[1]), state)
            why = f"'{tok.text}' read as '{hit[0]}' (one letter off) | {m.actor.why}"
            out.append(replace(m, actor=replace(m.actor, why=why)))
        return out

    def _name_run(self, doc: Doc, tok: Token, covered: set[int]) -> list[Token]:
        """The proper-noun run around `tok` ("Haroon Rashid Aswad"), titles left out."""
        def part(t: Token) -> bool:
            return t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and \
                t.i not in covered and fold(t.text) not in self.lexicon.titles
        i, j = tok.i, tok.i + 1
        while i > 0 and part(doc[i - 1]):
            i -= 1
        while j < len(doc) and part(doc[j]):
            j += 1
        return list(doc[i:j])

    def _same_person(self, name: list[Token], tok: Token, payload: Payload) -> bool:
        """The other words of tok's name all belong to the person's known names."""
        others = {fold(t.text) for t in name if t.i != tok.i}
        if not others:
            return True
        words = {w for k in payload.person_keys for e in self.people.by_name.get(k, [])
                 for n in (e.name, *e.aliases) for w in fold(n).split()}
        return others <= words


def _sentences(doc: Doc) -> list[Span]:
    """The document's sentences, or the whole text when nothing split it."""
    return doc_sents(doc)


def _free_roles(atoms: list[Atom], ms: list[Mention]) -> list[tuple[int, int, str, str, bool]]:
    """Sector words no mention gave a country: candidates for 'their X', 'its army'."""
    covered = {i for m in ms if m.actor.country for i in range(m.start, m.end)}
    return [(a.start, a.end, a.payload.term.sector, a.payload.term.office or a.payload.term.term,
             a.payload.term.kind == "title")
            for a in atoms if a.payload.kind == "sector" and a.start not in covered]


def _describes(tok: Token) -> bool:
    """A word between a country and its group: "main", "militant", "Shiite", "Islamist",
    or the first word of a name spaCy reads as one organisation ("Kurdish YPG")."""
    if tok.norm_ in FILLERS or tok.pos_ == "ADJ" or tok.ent_type_ == "NORP":
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "ORG" and nxt is not None and nxt.ent_iob_ == "I"


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


def _name_goes_on(doc: Doc, end: int) -> bool:
    """A capitalised name word right after, in the same spaCy PERSON: a longer, other name."""
    if end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I" and nxt.pos_ == "PROPN" \
        and nxt.text[:1].isupper() and nxt.is_alpha
