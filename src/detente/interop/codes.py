"""Datasets' actor and event codes in detente's terms: country, PLOVER sector, type, quad.

GDELT, Phoenix and ICEWS code events in CAMEO, and actors as a country plus a type
code (GDELT) or a country name plus a list of sector names (ICEWS). Relations in
detente compare countries and read PLOVER types, so every imported row is mapped here
with the project's own tables: the CAMEO to PLOVER table of `detente.ontology`, the
sector table `interop/data/sectors.tsv`, the quad of each CAMEO root, and the country
names and organisations of `detente.actors`. Lookups are cached: a file of millions of
rows holds only thousands of distinct codes and names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from detente import ontology
from detente.actors.tables import canonical_code, fold, load_countries, load_organisations, read_tsv

DATA = Path(__file__).parent / "data"
QUAD_NUMBERS = {"1": "verbal_coop", "2": "material_coop", "3": "verbal_conflict",
                "4": "material_conflict"}
_SUFFIX = re.compile(r"^(.*\S)\s*\(([^()]+)\)\s*$")


@dataclass(frozen=True)
class EventType:
    """What a CAMEO code is in detente: PLOVER type and mode, quad, intensity, Goldstein."""

    cameo: str
    plover: str | None
    mode: str | None
    quad: str | None
    intensity: float | None
    goldstein: float | None


@cache
def _root_quads() -> dict[str, str]:
    return {r["root"]: r["quad"] for r in read_tsv(DATA / "quads.tsv")}


@lru_cache(maxsize=4096)
def event_type(cameo: str) -> EventType | None:
    """The PLOVER reading of a CAMEO code (None for a code that is no CAMEO code).

    A code PLOVER codes as no event (plain statements, 01x) keeps the quad of its root
    and no intensity, so the relations layer signs it by its quad alone.
    """
    code = cameo.strip()
    if not code.isdigit() or len(code) < 2:
        return None
    try:
        plover, mode = ontology.cameo_to_plover(code)
        weight = ontology.goldstein(code)
    except KeyError:
        return None
    if plover:
        return EventType(code, plover, mode, ontology.quad_of(plover),
                         ontology.plover_intensity(plover, mode), weight)
    return EventType(code, None, None, _root_quads().get(code[:2]), None, weight)


@cache
def _sector_rows(scheme: str) -> tuple[tuple[str, str], ...]:
    return tuple((r["term"], r["sector"]) for r in read_tsv(DATA / "sectors.tsv")
                 if r["scheme"] == scheme)


@lru_cache(maxsize=8192)
def cameo_sector(*types: str) -> str | None:
    """PLOVER sector for CAMEO type codes (GDELT's Type1..3, Phoenix's role), first that maps."""
    table = dict(_sector_rows("cameo"))
    for t in types:
        t = (t or "").strip().upper()
        if t in table:
            return table[t]
    return None


@lru_cache(maxsize=65536)
def icews_sector(sectors: str) -> str | None:
    """PLOVER sector for an ICEWS sector list ("Executive,Foreign Ministry,Government")."""
    names = [fold(s.strip()) for s in sectors.split(",") if s.strip() and s.strip() != "NA"]
    if not names:
        return None
    for term, sector in _sector_rows("icews"):
        pattern = re.compile(rf"(^|\W){re.escape(term)}($|\W)")
        if any(pattern.search(n) for n in names):
            return sector
    return None


@cache
def _country_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in load_countries():
        for name in (c.name, *c.names):
            out.setdefault(fold(name), c.sovereign or c.iso3)
        out.setdefault(fold(c.iso3), c.sovereign or c.iso3)
    for r in read_tsv(DATA / "country_names.tsv"):
        out[fold(r["name"])] = r["code"]
    return out


@lru_cache(maxsize=16384)
def country_of_name(name: str) -> str | None:
    """ISO3 (or organisation code) for a country name as ICEWS writes it, else None."""
    key = fold(name.strip())
    if not key or key in ("na", "none"):
        return None
    found = _country_names().get(key)
    if found is None and key in _organisations():
        found = _organisations()[key][0]  # "Police (European Union)": the EU's
    return found


@cache
def _known_codes() -> frozenset[str]:
    codes = {c.iso3 for c in load_countries()} | {o.code for o in load_organisations()}
    return frozenset(codes)


@lru_cache(maxsize=16384)
def country_code(code: str) -> str | None:
    """A dataset's country or organisation code as detente writes it (SUN -> RUS, ...);
    None for codes that name no state or organisation detente knows (regions, 'GOV')."""
    code = canonical_code(code.strip().upper()) or ""
    return code if code in _known_codes() else None


def is_country_name(name: str) -> bool:
    """Whether `name` names a state (not an organisation)."""
    return fold(name.strip()) in _country_names()


def organisation_sector(name: str) -> str | None:
    """The PLOVER sector of an organisation known by this name."""
    found = _organisations().get(fold(name.strip()))
    return found[1] if found else None


def split_name(name: str) -> tuple[str, str | None]:
    """ "Police (India)" -> ("Police", "India"); a name without a suffix comes back whole."""
    m = _SUFFIX.match(name)
    return (m.group(1).strip(), m.group(2).strip()) if m else (name.strip(), None)


@cache
def _organisations() -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for o in load_organisations():
        if o.kind in ("pre", "ethnic"):
            continue
        country = o.home if o.kind == "company" and o.home else o.code
        for name in (o.name, *o.aliases):
            out.setdefault(fold(name), (country, o.sector or None))
    return out


@dataclass(frozen=True)
class Found:
    """An actor the file names without a country, as detente's own tables know it."""

    country: str
    sector: str | None
    name: str | None
    basis: str


def learned_names(store: object) -> dict[str, Found]:
    """Names learned from imported datasets (`--learn-actors`), the ambiguous left out:
    what an earlier file said of a name fills it in a later file that leaves it empty."""
    frame = store.learned_frame()  # type: ignore[attr-defined]
    if not len(frame) or "dataset" not in frame:
        return {}
    rows = frame[frame["dataset"].notna() & ~frame["ambiguous"].fillna(False).astype(bool)]
    out: dict[str, Found] = {}
    for r in rows.itertuples():
        out.setdefault(fold(r.name), Found(
            r.country, r.sector if isinstance(r.sector, str) else None, r.name,
            f"learned from {r.dataset}: {r.n_events} events {r.first_seen}..{r.last_seen}"))
    return out


class NameLookup:
    """Countries for named people and organisations on a date, from detente's actor tables.

    ICEWS files name people ("Donald Trump") and organisations ("European Union") and
    some copies leave their country empty. The people table says who held which office
    on which day, so a name is placed in the country of the office held on the event's
    date (a former official is ELI); organisations are coded as themselves (EUR, NATO).
    """

    def __init__(self, learned: dict[str, Found] | None = None) -> None:
        from detente.actors.people import OfficeKeys, PeopleIndex
        from detente.actors.tables import load_people, load_sectors

        self._people = PeopleIndex(load_people(), OfficeKeys(load_sectors()))
        self._learned = learned or {}
        # every surface form of the table (names, aliases) -> the people it may name
        self._forms: dict[str, tuple[str, ...]] = {}
        for keys, forms in self._people.surfaces().items():
            for form in forms:
                if " " in form.strip():  # full names only: a surname alone is too loose here
                    self._forms.setdefault(fold(form), keys)

    def _keys(self, name: str) -> tuple[str, ...] | None:
        """The people a full name may be: as written, without hyphens, or first and last
        name alone ("Sergey Viktorovich Lavrov", "John R. Bolton")."""
        key = fold(name.strip())
        words = key.replace("-", " ").split()
        for form in (key, " ".join(words), " ".join(words[:1] + words[-1:])):
            if form in self._forms:
                return self._forms[form]
        return None

    @lru_cache(maxsize=65536)  # noqa: B019 (one lookup per run, names repeat)
    def find(self, name: str, when: date | None) -> Found | None:
        from detente.actors.people import person_actor

        key = fold(name.strip())
        if not key:
            return None
        org = _organisations().get(key)
        if org:
            return Found(org[0], org[1], name.strip(), "detente organisations table")
        keys = self._keys(name)
        if not keys:
            return self._learned.get(key)
        entries = self._people.pick(keys, when)
        actor = person_actor(entries, when, name)
        if not actor.country:
            return None
        return Found(actor.country, actor.sector, actor.name, f"detente people table: {actor.why}")
