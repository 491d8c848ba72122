"""`detente export`: the store's events in the formats other tools read.

DuckDB writes every format straight from the store (`COPY ... TO`), streaming, so an
export of millions of events needs no more memory than a query. Each format holds only
what its columns can say; docs/interop.md has the table of what each loses (evidence
sentences and offsets, statuses other than asserted, modes, basis, ...). Text written
into tab-separated formats has its tabs and line breaks replaced by spaces.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from detente.errors import UsageError
from detente.interop.formats import FORMATS
from detente.store import Store
from detente.store.duck import dataset_list

EXPORTS = ("plover-jsonl", "parquet", "csv", "gdelt", "icews", "polecat")
_QUADS = {"verbal_coop": 1, "material_coop": 2, "verbal_conflict": 3, "material_conflict": 4}
_QUAD_NAMES = {"verbal_coop": "Verbal Cooperation", "material_coop": "Material Cooperation",
               "verbal_conflict": "Verbal Conflict", "material_conflict": "Material Conflict"}


def _clean(col: str) -> str:
    """A text column safe in a tab-separated line."""
    return f"regexp_replace(coalesce(CAST({col} AS VARCHAR), ''), '[\\t\\r\\n]+', ' ', 'g')"


def _lookups(store: Store) -> None:
    """Small tables the exports join: country names, sector names, quad numbers."""
    from detente.actors.tables import load_countries
    from detente.interop.codes import _sector_rows

    countries = load_countries()
    store.con.register("_country_names", pa.table({
        "code": [c.iso3 for c in countries], "cname": [c.name for c in countries]}))
    # PLOVER sector -> the first CAMEO type and ICEWS sector name our table maps onto it
    cameo, icews = {}, {}
    for term, sector in _sector_rows("cameo"):
        cameo.setdefault(sector, term)
    for term, sector in _sector_rows("icews-out"):
        icews.setdefault(sector, term)
    sectors = sorted(set(cameo) | set(icews))
    store.con.register("_sectors", pa.table({
        "sector": sectors, "cameo_type": [cameo.get(s, s) for s in sectors],
        "icews_name": [icews.get(s, s) for s in sectors]}))


def _where(datasets: list[str]) -> tuple[str, list[str]]:
    if not datasets:
        return "", []
    return f"WHERE e.dataset IN ({', '.join('?' for _ in datasets)})", datasets


def _gdelt_select(where: str) -> str:
    def actor(p: str, n: int) -> list[str]:
        return [f"coalesce(e.{p}_code, '')", _clean(f"coalesce(e.{p}_name, e.{p}_text)"),
                f"coalesce(e.{p}_country, '')", "''", "''", "''", "''",
                f"coalesce(s{n}.cameo_type, '')", "''", "''"]

    quad = " ".join(f"WHEN '{q}' THEN '{n}'" for q, n in _QUADS.items())
    day = "TRY_CAST(left(e.date, 10) AS DATE)"
    empty_geo = ["'0'", "''", "''", "''", "''", "''", "''", "''"]
    cols = [
        ("CASE WHEN e.dataset = 'gdelt' THEN e.original_id ELSE CAST(row_number() OVER () AS "
         "VARCHAR) END"), f"strftime({day}, '%Y%m%d')", f"strftime({day}, '%Y%m')",
        f"strftime({day}, '%Y')",
        f"CAST(round(year({day}) + dayofyear({day}) / 365.0, 4) AS VARCHAR)",
        *actor("source", 1), *actor("target", 2), "'1'", "coalesce(e.cameo, '')",
        "left(coalesce(e.cameo, ''), 3)", "left(coalesce(e.cameo, ''), 2)",
        f"CASE e.quad {quad} ELSE '' END", "coalesce(CAST(e.goldstein AS VARCHAR), '')",
        "CAST(coalesce(e.mentions, 1) AS VARCHAR)", "'1'", "CAST(coalesce(e.mentions, 1) AS VARCHAR)",
        "''", *empty_geo, *empty_geo,
        "CASE WHEN e.location_name IS NULL THEN '0' ELSE '4' END", _clean("e.location_name"),
        "''", "''", "''", "coalesce(CAST(e.location_lat AS VARCHAR), '')",
        "coalesce(CAST(e.location_lon AS VARCHAR), '')", "''",
        f"strftime({day}, '%Y%m%d') || '000000'", _clean("coalesce(e.source_url, d.url)"),
    ]
    names = FORMATS["gdelt"].columns
    assert len(cols) == len(names)
    body = ", ".join(f'{c} AS "{n}"' for c, n in zip(cols, names, strict=True))
    return (f"SELECT {body} FROM events e LEFT JOIN documents d USING (doc_id) "
            f"LEFT JOIN _sectors s1 ON s1.sector = e.source_sector "
            f"LEFT JOIN _sectors s2 ON s2.sector = e.target_sector {where}")


def _icews_select(where: str) -> str:
    def actor(p: str, n: int) -> list[str]:
        return [_clean(f"coalesce(e.{p}_name, e.{p}_text, c{n}.cname)"),
                f"coalesce(s{n}.icews_name, '')", f"coalesce(c{n}.cname, e.{p}_country, '')"]

    cols = ["coalesce(e.original_id, e.event_id)", "left(e.date, 10)", *actor("source", 1),
            _clean("coalesce(e.trigger, e.plover)"), "coalesce(e.cameo, '')",
            "coalesce(CAST(e.goldstein AS VARCHAR), '')", *actor("target", 2),
            "coalesce(e.doc_id, '')", "coalesce(CAST(e.sentence_index AS VARCHAR), '')",
            "''", _clean("e.location_name"), "''", "''", "coalesce(cl.cname, '')",
            "coalesce(CAST(e.location_lat AS VARCHAR), '')",
            "coalesce(CAST(e.location_lon AS VARCHAR), '')"]
    names = FORMATS["icews"].columns
    body = ", ".join(f'{c} AS "{n}"' for c, n in zip(cols, names, strict=True))
    return (f"SELECT {body} FROM events e "
            "LEFT JOIN _country_names c1 ON c1.code = e.source_country "
            "LEFT JOIN _country_names c2 ON c2.code = e.target_country "
            "LEFT JOIN _country_names cl ON cl.code = e.location_country "
            "LEFT JOIN _sectors s1 ON s1.sector = e.source_sector "
            f"LEFT JOIN _sectors s2 ON s2.sector = e.target_sector {where}")


def _polecat_select(where: str) -> str:
    quad = " ".join(f"WHEN '{q}' THEN '{n}'" for q, n in _QUAD_NAMES.items())

    def actor(p: str) -> list[str]:
        return [_clean(f"coalesce(e.{p}_name, e.{p}_text)"), f"coalesce(e.{p}_country, '')", "''",
                f"coalesce(e.{p}_sector, '')", f"coalesce(e.{p}_sector, '')", "''",
                _clean(f"e.{p}_text"), "''"]

    cols = ["coalesce(e.original_id, e.event_id)", "left(e.date, 10)", "coalesce(e.plover, '')",
            "coalesce(e.mode, '')", "coalesce(CAST(e.intensity AS VARCHAR), '')",
            f"CASE e.quad {quad} ELSE '' END", "''", *actor("source"), *actor("target"),
            _clean("e.location_name"), "''", "''", "''", "coalesce(e.location_country, '')",
            "coalesce(CAST(e.location_lat AS VARCHAR), '')",
            "coalesce(CAST(e.location_lon AS VARCHAR), '')", "''", _clean("e.location_name"),
            "''", _clean("coalesce(e.source_url, d.url)"), "coalesce(CAST(d.published AS VARCHAR), '')",
            "''", "''", "''", "'en'", "'detente'"]
    names = FORMATS["polecat"].columns
    body = ", ".join(f'{c} AS "{n}"' for c, n in zip(cols, names, strict=True))
    return f"SELECT {body} FROM events e LEFT JOIN documents d USING (doc_id) {where}"


def export_events(store: Store, fmt: str, out: str | Path,
                  dataset: str | Sequence[str] | None = None) -> int:
    """Write the store's events (of `dataset`, default all) to `out` in `fmt`; returns rows.

    POLECAT files hold PLOVER events only: imported rows of CAMEO codes PLOVER codes as no
    event (plain statements, 01x) are left out of them.
    """
    if fmt not in EXPORTS:
        raise UsageError(f"unknown export format {fmt!r}; known: {', '.join(EXPORTS)}")
    where, args = _where(dataset_list(dataset))
    if fmt == "polecat":  # PLOVER data has no row for what PLOVER codes as no event
        where = f"{where} AND" if where else "WHERE"
        where += " coalesce(e.plover, '') <> ''"
    out = str(out)
    if fmt == "plover-jsonl":
        return _plover_jsonl(store, where, args, out)
    if fmt in ("parquet", "csv"):
        sql = ("SELECT e.*, CAST(d.published AS VARCHAR) AS published, d.title, "
               "coalesce(d.url, e.source_url) AS url FROM events e "
               f"LEFT JOIN documents d USING (doc_id) {where}")
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    else:
        _lookups(store)
        sql = {"gdelt": _gdelt_select, "icews": _icews_select, "polecat": _polecat_select}[fmt](
            where)
        header = "false" if fmt == "gdelt" else "true"
        options = f"FORMAT csv, DELIMITER '\t', HEADER {header}, QUOTE '', ESCAPE ''"
    store.con.execute(f"COPY ({sql}) TO '{_quote(out)}' ({options})", args).fetchall()
    return int(store.con.execute(f"SELECT count(*) FROM events e {where}", args).fetchone()[0])


def _quote(path: str) -> str:
    return path.replace("'", "''")


def _plover_jsonl(store: Store, where: str, args: list[str], out: str) -> int:
    """PLOVER's JSON event records (manual, "Data format"), one a line."""
    sql = ("SELECT e.*, CAST(d.published AS VARCHAR) AS published, "
           "coalesce(d.url, e.source_url) AS url FROM events e "
           f"LEFT JOIN documents d USING (doc_id) {where}")
    reader = store.con.cursor().sql(sql, params=args).to_arrow_reader(50_000)
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for batch in reader:
            for r in batch.to_pylist():
                fh.write(json.dumps(_plover_record(r), ensure_ascii=False) + "\n")
                n += 1
    return n


def _plover_record(r: dict) -> dict:
    def side(p: str) -> dict:
        return {"name": r.get(f"{p}_name") or r.get(f"{p}_text"), "country": r.get(f"{p}_country"),
                "sector_code": r.get(f"{p}_sector"), "code": r.get(f"{p}_code"),
                "text": r.get(f"{p}_text")}

    place = None
    if r.get("location_name") or r.get("location_lat") is not None:
        place = {"placename": r.get("location_name"), "country": r.get("location_country"),
                 "lat": r.get("location_lat"), "lon": r.get("location_lon")}
    return {
        "id": r.get("event_id"), "date": r.get("date"), "event_type": r.get("plover"),
        "mode": r.get("mode"), "context": None, "intensity": r.get("intensity"),
        "quad": r.get("quad"), "cameo": r.get("cameo"), "goldstein": r.get("goldstein"),
        "status": r.get("status"), "actor": side("source"), "recipient": side("target"),
        "location": place, "source": {"dataset": r.get("dataset"),
                                      "original_id": r.get("original_id"), "url": r.get("url"),
                                      "published": r.get("published"),
                                      "mentions": r.get("mentions")},
        "evidence": {"text": r.get("evidence"), "doc_id": r.get("doc_id"),
                     "sentence": r.get("sentence_index"), "char_start": r.get("char_start"),
                     "char_end": r.get("char_end")} if r.get("evidence") else None,
    }
