"""The actor tables: countries, organisations, sector words, places and people.

The tables are data files in `actors/data/`; this module only reads them into small
records the resolver compiles into phrase matchers. Everything text-like is compared in
its folded form (`fold`) so "Çavuşoğlu" and "Cavusoglu" are one name.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Sector spellings other tables use that PLOVER lacks: an IGO official is its executive.
SECTOR_ALIASES = {"IGO": "GOV"}
_SPECIAL = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d",
                          "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                          "–": "-", "—": "-", "æ": "ae", "œ": "oe", "ʿ": "'", "ʾ": "'"})


def fold(text: str) -> str:
    """Lower-case ASCII form: diacritics and curly quotes removed ("Türkiye" -> "turkiye")."""
    if text.isascii() and "`" not in text:  # most names and tokens: only case to fold
        return text.lower()
    text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def split_cell(cell: str | None) -> list[str]:
    """A `|`-separated table cell as a list of stripped non-empty values."""
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def parse_date(cell: str | None) -> date | None:
    """YYYY-MM-DD (or YYYY-MM, YYYY) as a date; empty means open."""
    cell = (cell or "").strip()
    if not cell:
        return None
    parts = [int(p) for p in cell.split("-")[:3]]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts)


def read_tsv(path: Path, header: list[str] | None = None) -> list[dict[str, str]]:
    """Rows of a TSV whose `#` lines are comments (provenance, conventions)."""
    with open(path, encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, fieldnames=header, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "") for k, v in row.items() if k is not None} for row in reader]


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    seats: tuple[str, ...]
    lat: float | None
    lon: float | None
    cap_lat: float | None
    cap_lon: float | None
    sovereign: str
    population: int


@dataclass(frozen=True)
class OrgRow:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    sector: str
    home: str
    plover: str
    places: tuple[str, ...]
    alt_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectorTerm:
    term: str
    sector: str
    kind: str  # title | body
    office: str
    country: str = ""  # the state of a named institution ("Pentagon" USA), used when none is said


@dataclass(frozen=True)
class PlaceRow:
    name: str
    aliases: tuple[str, ...]
    country: str | None


@dataclass(frozen=True)
class ActorEntry:
    """A person or organisation users, the people table or learning adds to the resolver.

    One entry is one office held over a period (`start`..`end`, `end` None = still held).
    A person with several offices has several entries with the same `name`.
    """

    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    sector: str | None = None
    office: str | None = None
    start: date | None = None
    end: date | None = None
    kind: str = "person"
    source: str = "user"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def holds_on(self, when: date | None) -> bool:
        """Whether the office was held on `when` (unknown date: yes)."""
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    def period(self) -> str:
        return f"{self.start or '?'}..{self.end or ''}"

    @property
    def from_dataset(self) -> bool:
        """Learned from an imported dataset (`import --learn-actors`): no dates, so it is
        matched by its whole name only, never by a surname or a name variant that could
        take a form from the dated tables."""
        return self.source.startswith("learned from ")


def _float(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def load_countries() -> tuple[CountryRow, ...]:
    rows = read_tsv(DATA / "countries.tsv")
    return tuple(CountryRow(
        iso3=r["iso3"], name=r["name"], names=tuple(split_cell(r["names"])),
        adjectives=tuple(split_cell(r["adjectives"])), capitals=tuple(split_cell(r["capital"])),
        seats=tuple(split_cell(r["seats"])), lat=_float(r["lat"]), lon=_float(r["lon"]),
        cap_lat=_float(r["cap_lat"]), cap_lon=_float(r["cap_lon"]), sovereign=r["sovereign"],
        population=int(r["population"] or 0)) for r in rows)


@lru_cache(maxsize=1)
def load_organisations() -> tuple[OrgRow, ...]:
    """organisations.tsv (IGOs, groups, NGOs, firms), then national_bodies.tsv (parties,
    state agencies, media: each its country's, with a sector)."""
    rows = [OrgRow(
        code=r["code"], name=r["name"], aliases=tuple(split_cell(r["aliases"])), kind=r["kind"],
        sector=r["sector"], home=r["home"], plover=r["plover"],
        places=tuple(split_cell(r.get("places"))), alt_codes=tuple(split_cell(r.get("alt_codes"))))
        for r in read_tsv(DATA / "organisations.tsv")]
    rows += [OrgRow(code=r["country"], name=r["name"], aliases=tuple(split_cell(r["aliases"])),
                    kind=r["kind"], sector=r["sector"], home=r["country"], plover="", places=())
             for r in read_tsv(DATA / "national_bodies.tsv")]
    return tuple(rows)


@lru_cache(maxsize=1)
def code_aliases() -> dict[str, str]:
    """Other codes for an actor: EU -> EUR, AFU -> AU, IAEA -> UNO, SUN -> RUS, PRI -> USA."""
    out = {c.iso3: c.sovereign for c in load_countries() if c.sovereign}
    out.update({alt.upper(): o.code for o in load_organisations() for alt in o.alt_codes})
    return out


def canonical_code(code: str | None) -> str | None:
    """A country/organisation code as the resolver writes it."""
    if not code:
        return None
    code = code.strip().upper()
    return code_aliases().get(code, code) or None


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def load_governing() -> dict[str, list[tuple[str, date | None, date | None]]]:
    """{group code: [(country, from, until)]}: armed groups that took a country's government."""
    out: dict[str, list[tuple[str, date | None, date | None]]] = {}
    for r in read_tsv(DATA / "governing.tsv"):
        out.setdefault(r["code"], []).append(
            (r["country"], parse_date(r["from"]), parse_date(r.get("until"))))
    return out


def governing_codes() -> tuple[str, ...]:
    return tuple(load_governing())


def governed(code: str | None, when: date | None) -> str | None:
    """The country a group governs on `when` ("the Taliban" in 2022: AFG), if any."""
    if not code or when is None:
        return None
    for country, start, end in load_governing().get(code, []):
        if (start is None or start <= when) and (end is None or when < end):
            return country
    return None


@lru_cache(maxsize=1)
def table_names() -> frozenset[str]:
    """Folded names and aliases of the organisation, country and named-institution tables
    (not people): names a learned actor may not take over."""
    names = {fold(n) for o in load_organisations() for n in (o.name, *o.aliases)}
    names |= {fold(n) for c in load_countries() for n in (c.name, *c.names)}
    names |= {fold(t.term) for t in load_sectors() if t.country}
    return frozenset(names)


def load_sectors() -> tuple[SectorTerm, ...]:
    return tuple(SectorTerm(r["term"], r["sector"], r["kind"], r["office"], r.get("country", ""))
                 for r in read_tsv(DATA / "sectors.tsv"))


@lru_cache(maxsize=1)
def load_places() -> tuple[PlaceRow, ...]:
    rows = read_tsv(DATA / "places.tsv", header=["name", "aliases", "country"])
    return tuple(PlaceRow(r["name"], tuple(split_cell(r["aliases"])), r["country"] or None)
                 for r in rows)


def entries_from_rows(rows: list[dict[str, str]], source: str) -> list[ActorEntry]:
    """People/user rows (name, aliases, country, office, sector, start, end) as entries."""
    out = []
    for r in rows:
        name = (r.get("name") or "").strip()
        if not name:
            continue
        out.append(ActorEntry(
            name=name, aliases=tuple(split_cell(r.get("aliases"))),
            country=canonical_code(r.get("country")),
            sector=_sector(r.get("sector")),
            office=(r.get("office") or "").strip() or None,
            start=parse_date(r.get("start")), end=parse_date(r.get("end")),
            kind=(r.get("kind") or "person").strip() or "person", source=source))
    return out


def _sector(cell: str | None) -> str | None:
    sector = (cell or "").strip().upper()
    return SECTOR_ALIASES.get(sector, sector) or None


def load_people(path: Path | None = None) -> list[ActorEntry]:
    """people.tsv (written by another helper); an absent file is an empty table."""
    path = path or DATA / "people.tsv"
    if not path.exists():
        return []
    return entries_from_rows(read_tsv(path), source=path.name)
