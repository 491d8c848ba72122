"""Records that cross module lines.

Every stage of detente reads and writes these plain data classes, so a stage can be
swapped (a lexicon coder for a trained one, DuckDB for another store) without the
others noticing. They hold data only; behaviour lives in the stage modules.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

QUADS = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
STATUSES = ("asserted", "negated", "hypothetical", "future")


@dataclass(frozen=True)
class Article:
    """One input document, as read by `detente.ingest`.

    `doc_id` is the id the input gave, or a hash of the text, so coding the same
    document twice yields the same id (the store relies on that to add nothing).
    """

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    source: str | None = None
    path: str | None = None  # file the article came from, for error messages
    line: int | None = None  # line in that file (JSONL), 1-based


@dataclass(frozen=True)
class Sentence:
    """A sentence of an article with its character offsets in `Article.text`."""

    doc_id: str
    index: int
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Actor:
    """A resolved actor: what the text said and what we coded it as.

    `code` is country (or IGO/armed group code) plus sector, e.g. ``TURGOV``;
    `country` is ISO 3166 alpha-3 or the code of an organisation or group
    (``NATO``, ``PKK``); `name` is the canonical person or organisation name when
    known ("Recep Tayyip Erdogan"), `role` the office held on the event's date.
    `why` says how the resolver got there, for `detente actors --explain`.
    """

    text: str
    code: str | None
    country: str | None
    sector: str | None = None
    name: str | None = None
    kind: str = "state"  # state | person | igo | group | place | other
    role: str | None = None
    why: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Quote:
    speaker: Actor | None
    text: str


@dataclass
class Event:
    """One coded event: who did what to whom, when, on what evidence.

    The evidence is the sentence (`sentence_index`, `evidence`, and its offsets
    `char_start`/`char_end` in the document text) so every claim can be checked.
    """

    doc_id: str
    sentence_index: int
    evidence: str
    char_start: int
    char_end: int
    source: Actor
    target: Actor | None
    plover: str
    cameo: str
    quad: str
    intensity: float
    goldstein: float
    mode: str | None = None
    status: str = "asserted"
    date: str | None = None
    date_precision: str | None = None  # day | week | month | year | None
    quote: Quote | None = None
    confidence: float = 0.5
    rule: str = ""
    trigger: str | None = None  # the words that triggered the event
    location: Location | None = None
    event_id: str = ""
    # A mutual act (a meeting, talks, a signed deal, a clash) is one event seen from
    # both sides: it is emitted once per direction, both marked mutual, as GDELT and
    # ICEWS users expect; relations count the pair once (relations.dyads.dedupe).
    mutual: bool = False
    # how each side was found (reading stage): text (the sentence's own words), owner
    # (the owner of a thing: "the Chilean consulate"), place (the country of a place),
    # quote (a quotation's speaker or the one it names), coreference (a pronoun or
    # stand-in followed back), context (the counterpart the article sets against the
    # other side); None for a side that stays empty
    source_basis: str | None = None
    target_basis: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("extra", None)
        return d


@dataclass(frozen=True)
class Mention:
    """An actor found in a parsed document: a token span and what it stands for.

    `start`/`end` are spaCy token indices (end exclusive) in the document. Several
    mentions on the same span form a group: "They" resolved to Russia and Turkey is
    two mentions on the one token. `is_place` marks a place name that stands for a
    government only in some uses ("Moscow said" vs "talks in Moscow"); the event
    coder decides by the role it plays. `via` says how it was found (name, demonym,
    capital, person, surname, pronoun, role, org, learned, user).
    """

    start: int
    end: int
    sent_index: int
    actor: Actor
    is_place: bool = False
    via: str = "name"


@dataclass(frozen=True)
class LearnedActor:
    """An actor met in the text with its country or office, kept for later documents.

    Provenance is the document, sentence and date it was learned from, and the
    pattern that introduced it ("Saeed Khatibzadeh, Iran's Foreign Ministry
    spokesman" is an appositive).
    """

    name: str
    actor: Actor
    doc_id: str
    sentence_index: int
    date: str | None
    pattern: str


@dataclass
class CodedDocument:
    """Everything coding one article produced: what the store writes in one go."""

    article: Article
    events: list[Event]
    n_sentences: int = 0
    statements: list[Any] = field(default_factory=list)
    learned: list[LearnedActor] = field(default_factory=list)
