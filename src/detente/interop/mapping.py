"""Rows of each dataset as rows of detente's events table.

One function per format turns a batch of string columns into the store's event columns
(see `store.schema.EVENT_TYPES`) and lists the rows that cannot become an event, with
the reason. Every other row becomes exactly one event, one-sided ones included (no
second actor: the target columns stay empty), so counts match the source.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detente.actors.people import make_code
from detente.interop import codes
from detente.interop.columns import Looked, compact_dates, iso_dates, joined, numbers, strings
from detente.store.schema import EVENT_TYPES

_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
          "BOOLEAN": pa.bool_()}
SCHEMA = pa.schema([(c, _ARROW[t.split()[0]]) for c, t in EVENT_TYPES.items()])


@dataclass
class Mapped:
    """Event columns for the good rows of a batch, and (row, reason) for the others."""

    table: pa.Table
    bad: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Side:
    """One actor as detente codes it."""

    code: str | None
    country: str | None
    sector: str | None
    name: str | None = None
    basis: str | None = None


class Rows:
    """Collects the columns of a batch and the reasons rows are bad, then builds the table."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.cols: dict[str, Any] = {}
        self.reasons = np.full(n, None, dtype=object)
        self.ok = np.ones(n, dtype=bool)

    def flag(self, mask: np.ndarray, reason: Any) -> None:
        """Mark rows (first reason wins); `reason` is a string or an array of strings."""
        mask = np.asarray(mask, dtype=bool) & self.ok
        if not mask.any():
            return
        self.ok &= ~mask
        if isinstance(reason, str):
            self.reasons[mask] = reason
        else:
            self.reasons[mask] = np.asarray(reason, dtype=object)[mask]

    def side(self, prefix: str, sides: Looked, texts: Any) -> None:
        self.cols[f"{prefix}_text"] = strings(texts)
        for attr in ("code", "country", "sector", "name"):
            self.cols[f"{prefix}_{attr}"] = sides.get(attr)
        self.cols[f"{prefix}_basis"] = sides.get("basis")

    def finish(self) -> Mapped:
        keep = self.ok
        arrays = []
        for name in SCHEMA.names:
            value = self.cols.get(name)
            kind = SCHEMA.field(name).type
            if value is None:
                arr = pa.nulls(self.n, kind)
            elif isinstance(value, (pa.Array, pa.ChunkedArray)):
                arr = value.cast(kind)
            elif np.isscalar(value) or isinstance(value, str):
                arr = pa.array([value] * self.n, kind)
            else:
                arr = pa.array(value, kind, from_pandas=True)
            arrays.append(arr)
        table = pa.Table.from_arrays(arrays, schema=SCHEMA)
        bad = [(int(i), str(self.reasons[i])) for i in np.flatnonzero(~keep)]
        return Mapped(table.filter(pa.array(keep)) if bad else table, bad)


def _common(rows: Rows, dataset: str, fmt: str, ids: Any, day: pa.Array) -> None:
    ids = pc.utf8_trim_whitespace(ids)
    rows.cols.update(dataset=dataset, original_id=strings(ids), status="asserted",
                     date=day, date_precision="day", rule=f"import:{fmt}", mutual=False,
                     mentions=1)
    rows.cols["event_id"] = pc.binary_join_element_wise(dataset, ids, ":")
    rows.flag(pc.equal(ids, "").to_numpy(zero_copy_only=False), "no event id")


def _begin(table: pa.Table, dataset: str, fmt: str, id_col: str, date_col: str,
           parse: Callable[[Any], tuple[pa.Array, np.ndarray]]) -> Rows:
    """Rows for `table` with the columns every format fills the same way (id, date, rule).

    The id is checked before the date, so a row with neither is reported for its id."""
    rows = Rows(table.num_rows)
    day, bad_day = parse(table.column(date_col))
    _common(rows, dataset, fmt, table.column(id_col), day)
    rows.flag(bad_day, f"{date_col} is not a date")
    return rows


def _event_types(rows: Rows, cameo: Any) -> Looked:
    types = Looked(cameo, codes.event_type)
    unknown = types.mask(lambda t: t is None)
    if unknown.any():
        texts = np.asarray(pc.cast(cameo, pa.string()).to_numpy(zero_copy_only=False),
                           dtype=object)
        rows.flag(unknown, np.array([f"unknown CAMEO code {t!r}" for t in texts], dtype=object))
    rows.cols.update(cameo=strings(pc.utf8_trim_whitespace(cameo)), plover=types.get("plover"),
                     mode=types.get("mode"), quad=types.get("quad"),
                     intensity=types.get("intensity"))
    return types


def _number(rows: Rows, col: Any, what: str, required: bool = False) -> pa.Array:
    values, bad = numbers(col)
    if bad.any():
        rows.flag(bad, f"{what} is not a number")
    if required:
        rows.flag(pc.is_null(values).to_numpy(zero_copy_only=False), f"no {what}")
    return values


def _place_country(full_name: str) -> str | None:
    """Country of a place written 'City, Region, Country' (GDELT's FullName)."""
    last = full_name.rsplit(",", 1)[-1].strip()
    return codes.country_of_name(last) if last else None


# -- GDELT (1.0 and 2.0) and Phoenix: CAMEO actor codes -----------------------------------
def _gdelt_side(key: str) -> Side | None:
    code, country, group, t1, t2, t3 = key.split("\x1f")
    cty = codes.country_code(country) or codes.country_code(group)
    if not cty and len(code) >= 3 and codes.country_code(code[:3]) and code[:3].isalpha():
        cty = codes.country_code(code[:3]) if code[:3] not in ("IGO", "NGO", "IMG", "MNC") \
            else None
    sector = codes.cameo_sector(t1, t2, t3)
    if not cty and not sector and not code:
        return None
    return Side(make_code(cty, sector) or code or None, cty, sector)


def map_gdelt(table: pa.Table, fmt: str) -> Mapped:
    """GDELT 1.0/2.0 event rows: actor codes and types, CAMEO, quad, Goldstein, places."""
    rows = _begin(table, "gdelt", fmt, "GLOBALEVENTID", "SQLDATE", compact_dates)
    for n, prefix in ((1, "source"), (2, "target")):
        sides = Looked(joined(table, [f"Actor{n}{c}" for c in (
            "Code", "CountryCode", "KnownGroupCode", "Type1Code", "Type2Code", "Type3Code")]),
            _gdelt_side)
        rows.side(prefix, sides, table.column(f"Actor{n}Name"))
    types = _event_types(rows, table.column("EventCode"))
    gold = _number(rows, table.column("GoldsteinScale"), "GoldsteinScale")
    rows.cols["goldstein"] = pc.coalesce(gold, pa.array(types.get("goldstein"), pa.float64()))
    own_quad = Looked(table.column("QuadClass"), lambda q: codes.QUAD_NUMBERS.get(q.strip()))
    no_type = types.mask(lambda t: t is None or t.plover is None)
    if no_type.any():  # a code PLOVER codes as no event keeps GDELT's own quad
        rows.cols["quad"] = np.where(no_type, own_quad.get(), rows.cols["quad"])
    place = table.column("ActionGeo_FullName")
    rows.cols["location_name"] = strings(place)
    rows.cols["location_country"] = Looked(place, _place_country).get()
    rows.cols["location_lat"] = _number(rows, table.column("ActionGeo_Lat"), "ActionGeo_Lat")
    rows.cols["location_lon"] = _number(rows, table.column("ActionGeo_Long"), "ActionGeo_Long")
    if "SOURCEURL" in table.column_names:
        rows.cols["source_url"] = strings(table.column("SOURCEURL"))
    return rows.finish()


def _phoenix_side(key: str) -> Side | None:
    entity, role = key.split("\x1f")
    cty = codes.country_code(entity) if len(entity.strip()) == 3 else None
    sector = codes.cameo_sector(role)
    if not cty and not sector:
        return None
    return Side(make_code(cty, sector), cty, sector)


def map_phoenix(table: pa.Table, fmt: str) -> Mapped:
    """Phoenix rows: entity + role codes, CAMEO, Goldstein, place, the stories' URLs."""
    rows = _begin(table, "phoenix", fmt, "EventID", "Date", compact_dates)
    for prefix, who in (("source", "SourceActor"), ("target", "TargetActor")):
        sides = Looked(joined(table, [f"{who}Entity", f"{who}Role"]), _phoenix_side)
        rows.side(prefix, sides, table.column(f"{who}Full"))
    types = _event_types(rows, table.column("EventCode"))
    gold = _number(rows, table.column("GoldsteinScore"), "GoldsteinScore")
    rows.cols["goldstein"] = pc.coalesce(gold, pa.array(types.get("goldstein"), pa.float64()))
    rows.cols["location_name"] = strings(table.column("LocationName"))
    rows.cols["location_country"] = Looked(table.column("CountryCode"),
                                           codes.country_code).get()
    rows.cols["location_lat"] = _number(rows, table.column("Lat"), "Lat")
    rows.cols["location_lon"] = _number(rows, table.column("Lon"), "Lon")
    urls = Looked(table.column("URLs"), lambda u: [x for x in u.split(";") if x.strip()])
    rows.cols["source_url"] = np.array([u[0] if u else None for u in urls.get()], dtype=object)
    rows.cols["mentions"] = np.array([max(1, len(u)) for u in urls.get()], dtype=np.int32)
    return rows.finish()


# -- ICEWS: names, sector lists and country names ----------------------------------------
class IcewsSides:
    """ICEWS actors: the country the file gives, else the one detente's tables know."""

    def __init__(self, learned: dict[str, codes.Found] | None = None) -> None:
        self.names = codes.NameLookup(learned)

    def __call__(self, key: str) -> Side | None:
        name, sectors, country, day = key.split("\x1f")
        name = "" if name == "NA" else name.strip()
        cty = codes.country_of_name(country)
        sector = codes.icews_sector(sectors)
        basis = None
        person = None
        if name and not cty and codes.country_of_name(name):  # "European Commission"
            cty = codes.country_of_name(name)
            if country.strip() not in ("", "NA"):
                basis = None
            elif codes.is_country_name(name):
                basis = "detente countries table"
            else:
                basis, person = "detente organisations table", name
                sector = sector or codes.organisation_sector(name)
        elif name and codes.country_of_name(name) is None:
            _, suffix = codes.split_name(name)
            if suffix is None:
                person = name
            if not cty and suffix is None:
                when = date.fromisoformat(day) if day else None
                found = self.names.find(name, when)
                if found is not None:
                    cty, basis = found.country, found.basis
                    sector = sector or found.sector
                    person = found.name or name
        if not cty and not sector and not name:
            return None
        return Side(make_code(cty, sector), cty, sector, person, basis)


def map_icews(table: pa.Table, fmt: str, sides: IcewsSides | None = None) -> Mapped:
    """ICEWS rows; `Event ID` is not unique in ICEWS, so the event id adds the date."""
    rows = Rows(table.num_rows)
    day, bad_day = iso_dates(table.column("Event Date"))
    ids = pc.utf8_trim_whitespace(table.column("Event ID"))
    _common(rows, "icews", fmt, ids, day)
    rows.cols["event_id"] = pc.binary_join_element_wise("icews", ids, pc.fill_null(day, ""), ":")
    rows.flag(bad_day, "Event Date is not a date")
    sides = sides or IcewsSides()
    dated = pc.fill_null(day, "")
    for prefix, who in (("source", "Source"), ("target", "Target")):
        key = pc.binary_join_element_wise(table.column(f"{who} Name"),
                                          table.column(f"{who} Sectors"),
                                          table.column(f"{who} Country"), dated, "\x1f")
        rows.side(prefix, Looked(key, sides), pc.if_else(
            pc.equal(table.column(f"{who} Name"), "NA"), "", table.column(f"{who} Name")))
    types = _event_types(rows, table.column("CAMEO Code"))
    gold = _number(rows, table.column("Intensity"), "Intensity")
    rows.cols["goldstein"] = pc.coalesce(gold, pa.array(types.get("goldstein"), pa.float64()))
    rows.cols["trigger"] = strings(table.column("Event Text"))
    sent, _ = numbers(table.column("Sentence Number"))
    rows.cols["sentence_index"] = sent
    city = pc.if_else(pc.equal(table.column("City"), "NA"), "", table.column("City"))
    rows.cols["location_name"] = strings(city)
    rows.cols["location_country"] = Looked(table.column("Country"),
                                           codes.country_of_name).get()
    rows.cols["location_lat"] = _number(rows, table.column("Latitude"), "Latitude")
    rows.cols["location_lon"] = _number(rows, table.column("Longitude"), "Longitude")
    return rows.finish()


# -- POLECAT: PLOVER-coded ---------------------------------------------------------------
def _polecat_side(key: str) -> Side | None:
    country, sector = (x.strip() for x in key.split("\x1f"))
    cty = (codes.country_code(country) if len(country) == 3 and country.isupper()
           else codes.country_of_name(country))
    sec = sector.upper() if sector and sector not in ("None", "NA") else None
    if not cty and not sec:
        return None
    return Side(make_code(cty, sec), cty, sec)


def _plover_type(key: str) -> codes.EventType | None:
    from detente import ontology

    plover, mode = (x.strip() for x in key.split("\x1f"))
    if not plover or plover in ("None", "NA"):
        return None
    mode = mode.lower() if mode and mode not in ("None", "NA") else None
    try:
        name = ontology.normalise_plover(plover)
        cameo = ontology.default_cameo(name, mode)
        return codes.EventType(cameo, name, mode, ontology.quad_of(name),
                               ontology.plover_intensity(name, mode), ontology.goldstein(cameo))
    except KeyError:
        return None


def map_polecat(table: pa.Table, fmt: str) -> Mapped:
    """POLECAT rows: PLOVER type, mode and intensity as the file gives them."""
    rows = _begin(table, "polecat", fmt, "Event ID", "Event Date", iso_dates)
    for prefix, who in (("source", "Actor"), ("target", "Recipient")):
        sides = Looked(joined(table, [f"{who} Country", f"Primary {who} Sector"]), _polecat_side)
        rows.side(prefix, sides, table.column(f"{who} Name"))
        rows.cols[f"{prefix}_name"] = strings(pc.if_else(
            pc.is_in(table.column(f"{who} Name"), pa.array(["None", "NA"])), "",
            table.column(f"{who} Name")))
    types = Looked(joined(table, ["Event Type", "Event Mode"]), _plover_type)
    rows.flag(types.mask(lambda t: t is None), "unknown PLOVER event type")
    own, _ = numbers(table.column("Intensity"))
    rows.cols.update(plover=types.get("plover"), mode=types.get("mode"), quad=types.get("quad"),
                     cameo=types.get("cameo"), goldstein=types.get("goldstein"))
    rows.cols["intensity"] = pc.coalesce(own, pa.array(types.get("intensity"), pa.float64()))
    rows.cols["location_name"] = strings(pc.if_else(
        pc.is_in(table.column("Placename"), pa.array(["None", "NA"])), "",
        table.column("Placename")))
    rows.cols["location_country"] = Looked(table.column("Country"),
                                           lambda c: codes.country_code(c) if len(c) == 3
                                           else codes.country_of_name(c)).get()
    rows.cols["location_lat"] = _number(rows, table.column("Latitude"), "Latitude")
    rows.cols["location_lon"] = _number(rows, table.column("Longitude"), "Longitude")
    return rows.finish()


MAPPERS = {"gdelt": map_gdelt, "gdelt1": map_gdelt, "phoenix": map_phoenix,
           "icews": map_icews, "polecat": map_polecat}
