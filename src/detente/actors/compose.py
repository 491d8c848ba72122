"""Composition: adjacent atoms become one mention.

"Turkish" + "President" + "Recep Tayyip Erdogan" -> TURGOV (Erdogan); "Russia's UN
ambassador" speaks for Russia; "Egypt's Muslim Brotherhood" is the group, named as
Egypt's; a sector word takes the country before it or after "of".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..models import Actor, Mention
from ..nlp.pipeline import doc_tokens, text_of
from .atoms import Atom, DocState, Learned
from .people import make_code, person_actor
from .rules import ethnic_mention, igo_title, org_actor, pro_or_anti, settled_people, share_roles
from .tables import DATA, fold, read_tsv

FILLERS = {"'s", "'", "former", "ex", "ex-", "top", "senior", "new", "acting", "interim", "then",
           "current", "outgoing", "incoming", "own", "-", "main", "largest", "biggest", "leading",
           "powerful", "elite", "special", "regional", "local", "chief"}
FORMER = {"former", "ex", "ex-"}
NAMED_SECTORS = {"JRN", "BUS", "PTY", "OPP", "SOC", "EDU", "REL"}  # bodies with proper names
# Sectors a bare word may stand for without a country ("police" -> ---COP, as CAMEO does);
# others ("people", "officials", "party") say nothing on their own.
# organisations whose people keep its sector: "Hamas leader" HAMASREB, "SNP leaders" GBRPTY
ORG_OWN_SECTOR = {"group", "party", "agency", "media"}
ALONE_OK = {"COP", "JUD", "LEG", "REB", "OPP", "UAF", "PRM", "SPY", "MIL"}
# Words of other sectors that name a body on their own too ("the government" -> ---GOV,
# "protesters" -> ---CVL); "officials" or "people" alone say too little.
ALONE_TERMS = {"government", "protesters", "protestors", "demonstrators", "civilians", "rioters"}


class Composer:
    """Turns a sentence's atoms into mentions (a mixin of `ActorResolver`)."""

    def _compose(self, doc: Doc, si: int, sent: Span, atoms: list[Atom],
                 ents: dict[int, Span], state: DocState) -> list[Mention]:
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
                        a.payload.org.kind in ORG_OWN_SECTOR else None  # "Hamas leader": HAMASREB
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
                       rest: list[Atom], ents: dict[int, Span], state: DocState,
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
        toks = doc_tokens(doc)
        while i < end:
            tok = toks[i]
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
              state: DocState, out: list[Mention], group_sector: str | None = None) -> int:
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
        if country is None and end - start == 1 and _describes_a_thing(doc[start]):
            return used  # "military contacts", "a military intervention": no one acts
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

    def _other_country(self, doc: Doc, person: Atom, nxt: Atom, state: DocState) -> bool:
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

    def _person(self, doc: Doc, si: int, start: int, a: Atom, state: DocState,
                cue_country: str | None = None, cue_sector: str | None = None) -> Mention:
        entries = self.people.pick(a.payload.person_keys, state.when)
        actor = person_actor(entries, state.when, text_of(doc, start, a.end), cue_country, cue_sector)
        source = entries[0].source
        via = "learned" if source == "learned" else "user" if source.startswith("user") else "person"
        self._remember(entries[0].name, actor, state, a.end)
        return Mention(start, a.end, si, actor, False, via)

    def _learn(self, doc: Doc, si: int, start: int, title_end: int, name_end: int,
               country: str, sector: str, role: str, pattern: str, state: DocState,
               kind: str = "person") -> Mention:
        name = text_of(doc, title_end, name_end)
        why = f"learned from text ({pattern}): '{text_of(doc, start, name_end)}'"
        actor = Actor(text_of(doc, start, name_end), make_code(country, sector), country, sector,
                      name, kind, role, why)
        state.learned.append(Learned(name, actor, si, pattern))
        self._remember(name, actor, state, name_end)
        return Mention(start, name_end, si, actor, False, "person" if kind == "person" else "org")

    def _remember(self, name: str, actor: Actor, state: DocState, at: int) -> None:
        """Later references (after token `at`) by full name, or a person's surname."""
        state.names[fold(name)] = (actor, at)
        if actor.kind == "person":
            state.names[fold(name.split()[-1])] = (actor, at)

    # -- appositives and surnames -------------------------------------------------------------


def _describes(tok: Token) -> bool:
    """A word between a country and its group: "main", "militant", "Shiite", "Islamist",
    or the first word of a name spaCy reads as one organisation ("Kurdish YPG")."""
    if tok.norm_ in FILLERS or tok.pos_ == "ADJ" or tok.ent_type_ == "NORP":
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.ent_type_ == "ORG" and nxt is not None and nxt.ent_iob_ == "I"



def _describes_a_thing(tok) -> bool:
    """An adjective of a sector ("military") on an abstract noun ("military contacts", "a
    military intervention"): no body of people acts there. On things the sector owns
    ("its military sites") it still names the owner."""
    return (tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN"
            and tok.head.lower_ in ABSTRACT_HEADS)


ABSTRACT_HEADS = frozenset(r["word"] for r in read_tsv(DATA / "abstract_nouns.tsv", header=["word"]))
