"""One DuckDB file holds documents, events, relationship statements and learned actors.

Writes go in batches through Arrow (row-by-row inserts are three orders of
magnitude slower) and each batch is one transaction that also records its
documents, so a run killed half way loses nothing it had committed and the next
run codes only what is missing. A document already stored is never added again.
One `Store` is the one writer of its file; workers hand their results to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from detente.errors import StoreError
from detente.models import CodedDocument
from detente.store.schema import (
    DOCUMENT_TYPES,
    EVENT_TYPES,
    LEARNED_TYPES,
    MIGRATIONS,
    REPORT_TYPES,
    STATEMENT_TYPES,
    event_row,
    statement_row,
)

_ARROW = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "DOUBLE": pa.float64(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
    "BOOLEAN": pa.bool_(),
}


def dataset_list(dataset: str | Sequence[str] | None) -> list[str]:
    """`--dataset` values as a list of lower-case names; empty means every dataset."""
    if dataset is None:
        return []
    items = [dataset] if isinstance(dataset, str) else list(dataset)
    return [d.strip().lower() for d in items if d and d.strip()]


def _schema(types: dict[str, str]) -> pa.Schema:
    return pa.schema([(name, _ARROW[kind.split()[0]]) for name, kind in types.items()])


LOCK_WAIT = 15.0  # seconds to wait for another process (a server's copy, a writer) to let go


def _connect(path: str, read_only: bool):
    """Open the file, waiting up to LOCK_WAIT seconds while another process holds its lock.

    DuckDB admits one writing process and a writer keeps readers out; the holders
    here (the web server's snapshot copy, a short command) let go within seconds.
    """
    import time

    import duckdb

    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise StoreError(f"{path}: cannot open the store ({exc})") from exc
            time.sleep(0.2)


class Store:
    """An embedded event store in one DuckDB file (or in memory with ':memory:')."""

    def __init__(self, path: str | Path = "detente.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(f"{self.path}: no such store; code some news first with `detente code`")
        self.con = _connect(self.path, read_only)
        if not read_only:
            self._migrate()

    # -- housekeeping ---------------------------------------------------------
    def _migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        rows = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
        row = rows[0] if rows else None
        version = int(row[0]) if row else 0
        for number, statements in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            self.con.execute("BEGIN")
            for sql in statements:
                self.con.execute(sql)
            self.con.execute(
                "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(number)]
            )
            self.con.execute("COMMIT")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:  # noqa: PYI034
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------
    def has(self, doc_id: str) -> bool:
        return bool(self.con.execute("SELECT 1 FROM documents WHERE doc_id = ?", [doc_id]).fetchall())

    def missing(self, doc_ids: Iterable[str]) -> set[str]:
        """Those of `doc_ids` not yet stored: what a resumed run still has to code."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return set()
        table = pa.table({"doc_id": ids})
        self.con.register("_ids", table)
        try:
            found = self.con.execute(
                "SELECT i.doc_id FROM _ids i JOIN documents d USING (doc_id)"
            ).fetchall()
        finally:
            self.con.unregister("_ids")
        return set(ids) - {r[0] for r in found}

    def _insert(self, table: str, types: dict[str, str], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        arrow = pa.Table.from_pylist(rows, schema=_schema(types))
        self.con.register("_batch", arrow)
        try:
            cols = ", ".join(f'"{c}"' for c in types)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
        finally:
            self.con.unregister("_batch")

    def add(self, coded: CodedDocument) -> int:
        return self.add_many([coded])

    def add_many(self, batch: Sequence[CodedDocument]) -> int:
        """Store a batch of coded documents in one transaction; returns how many were new."""
        new_ids = self.missing(c.article.doc_id for c in batch)
        seen: set[str] = set()
        fresh = []
        for coded in batch:
            doc_id = coded.article.doc_id
            if doc_id in new_ids and doc_id not in seen:
                seen.add(doc_id)
                fresh.append(coded)
        if not fresh:
            return 0
        now = datetime.now()
        docs, events, statements, learned = [], [], [], []
        for coded in fresh:
            art = coded.article
            docs.append({
                "doc_id": art.doc_id, "title": art.title, "url": art.url, "source": art.source,
                "published": art.published, "path": art.path, "text": art.text,
                "n_sentences": coded.n_sentences, "n_events": len(coded.events), "coded_at": now,
            })
            events.extend(event_row(e) for e in coded.events)
            statements.extend(statement_row(s) for s in coded.statements)
            for item in coded.learned:
                learned.append({
                    "name": item.name, "code": item.actor.code, "country": item.actor.country,
                    "sector": item.actor.sector, "role": item.actor.role, "doc_id": item.doc_id,
                    "sentence_index": item.sentence_index, "date": item.date,
                    "pattern": item.pattern,
                })
        self.con.execute("BEGIN")
        try:
            self._insert("events", EVENT_TYPES, events)
            self._insert("statements", STATEMENT_TYPES, statements)
            self._insert("learned_actors", LEARNED_TYPES, learned)
            self._insert("documents", DOCUMENT_TYPES, docs)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return len(fresh)

    # -- imported datasets ------------------------------------------------------------
    def add_imported(self, table: pa.Table) -> int:
        """Insert imported events (an Arrow table of event columns); returns how many were new.

        An event already stored (same dataset and event id) or repeated in the batch is not
        added again, so importing a file twice adds nothing. Only the ids are compared in
        SQL, within the batch's range of original ids (DuckDB skips the row groups outside
        it), and the new rows go in as one plain insert: a join carrying every column
        would cost more than the insert itself.
        """
        import numpy as np
        import pyarrow.compute as pc

        if table.num_rows == 0:
            return 0
        ids = table.column("event_id")
        enc = pc.dictionary_encode(ids)
        enc = enc.combine_chunks() if isinstance(enc, pa.ChunkedArray) else enc
        if len(enc.dictionary) < table.num_rows:  # repeated in the batch: keep the first
            _, first = np.unique(enc.indices.to_numpy(zero_copy_only=False), return_index=True)
            table = table.take(pa.array(np.sort(first)))
            ids = table.column("event_id")
        bounds = pc.min_max(table.column("original_id"))
        datasets = pc.unique(table.column("dataset")).to_pylist()
        self.con.register("_ids", pa.table({"event_id": ids}))
        try:
            found = self.con.execute(
                f"SELECT e.event_id FROM events e WHERE e.original_id BETWEEN ? AND ? "
                f"AND e.dataset IN ({', '.join('?' for _ in datasets)}) "
                "AND e.event_id IN (SELECT event_id FROM _ids)",
                [bounds["min"].as_py(), bounds["max"].as_py(), *datasets]).fetchall()
        finally:
            self.con.unregister("_ids")
        if found:
            table = table.filter(pc.invert(pc.is_in(ids, pa.array([r[0] for r in found]))))
        if table.num_rows == 0:
            return 0
        cols = ", ".join(f'"{c}"' for c in table.column_names)
        self.con.register("_import", table)
        try:
            self.con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM _import")
        finally:
            self.con.unregister("_import")
        return table.num_rows

    def add_reports(self, table: pa.Table) -> tuple[int, int]:
        """Add reports (GDELT mentions) of imported events; returns (added, of no stored event).

        A report is one story telling of one event: the same event and URL are kept once.
        Each event's `mentions` becomes one (its own story) plus its other reports.
        """
        if table.num_rows == 0:
            return 0, 0
        self.con.register("_reports", table)
        try:
            self.con.execute("BEGIN")
            self.con.execute(
                "CREATE TEMP TABLE _known AS SELECT r.*, e.source_url AS _own FROM ("
                "  SELECT *, row_number() OVER (PARTITION BY dataset, original_id, url) AS _n "
                "  FROM _reports) r JOIN events e "
                "  ON e.dataset = r.dataset AND e.original_id = r.original_id WHERE r._n = 1")
            known = self.con.execute("SELECT count(DISTINCT (dataset, original_id, url)) "
                                     "FROM _known").fetchone()[0]
            total = self.con.execute("SELECT count(DISTINCT (dataset, original_id, url)) "
                                     "FROM _reports").fetchone()[0]
            cols = ", ".join(f'"{c}"' for c in REPORT_TYPES)
            before = self.con.execute("SELECT count(*) FROM reports").fetchone()[0]
            self.con.execute(
                f"INSERT INTO reports ({cols}) SELECT {cols} FROM _known k WHERE NOT EXISTS ("
                "  SELECT 1 FROM reports r WHERE r.dataset = k.dataset "
                "  AND r.original_id = k.original_id AND r.url IS NOT DISTINCT FROM k.url)")
            added = self.con.execute("SELECT count(*) FROM reports").fetchone()[0] - before
            self.con.execute(
                "UPDATE events SET mentions = 1 + c.n FROM ("
                "  SELECT r.dataset, r.original_id, count(*) FILTER ("
                "    WHERE r.url IS DISTINCT FROM e.source_url) AS n "
                "  FROM reports r JOIN events e USING (dataset, original_id) "
                "  WHERE (r.dataset, r.original_id) IN (SELECT (dataset, original_id) FROM _known)"
                "  GROUP BY r.dataset, r.original_id) c "
                "WHERE events.dataset = c.dataset AND events.original_id = c.original_id")
            self.con.execute("DROP TABLE _known")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self.con.unregister("_reports")
        return int(added), int(total - known)

    # -- reading ------------------------------------------------------------------
    def events_frame(
        self,
        actor: str | None = None,
        pair: tuple[str, str] | None = None,
        plover: str | Sequence[str] | None = None,
        since: str | None = None,
        until: str | None = None,
        status: str | None = None,
        doc_id: str | None = None,
        dataset: str | Sequence[str] | None = None,
    ) -> pd.DataFrame:
        """Events joined with their document's date, title and url, filtered.

        `actor` matches a country or actor code (`TUR`, `TURGOV`) on either side;
        `pair` an unordered pair of them; dates compare with the event's date, or the
        document's when the event has none. `dataset` keeps events of those datasets
        (`detente` for our own coding, `gdelt`, `icews`, ... for imported ones); None
        keeps all. Imported events have no document: their `url` is the story's.
        """
        where, args = ["1=1"], []
        names = dataset_list(dataset)
        if names:
            where.append(f"e.dataset IN ({', '.join('?' for _ in names)})")
            args += names
        if actor:
            where.append("(? IN (e.source_country, e.source_code, e.target_country, e.target_code))")
            args.append(actor.upper())
        if pair:
            a, b = (p.upper() for p in pair)
            where.append(
                "((? IN (e.source_country, e.source_code) AND ? IN (e.target_country, e.target_code))"
                " OR (? IN (e.source_country, e.source_code) AND ? IN (e.target_country, e.target_code)))"
            )
            args += [a, b, b, a]
        if plover:
            kinds = [plover] if isinstance(plover, str) else list(plover)
            where.append(f"e.plover IN ({', '.join('?' for _ in kinds)})")
            args += [k.upper() for k in kinds]
        day = "coalesce(e.date, CAST(d.published AS VARCHAR))"
        if since:
            where.append(f"{day} >= ?")
            args.append(since)
        if until:
            where.append(f"substr({day}, 1, {len(until)}) <= ?")
            args.append(until)
        if status:
            where.append("e.status = ?")
            args.append(status)
        if doc_id:
            where.append("e.doc_id = ?")
            args.append(doc_id)
        sql = (
            "SELECT e.*, CAST(d.published AS VARCHAR) AS published, d.title, "
            "coalesce(d.url, e.source_url) AS url "
            "FROM events e LEFT JOIN documents d USING (doc_id) "
            f"WHERE {' AND '.join(where)} ORDER BY {day}, e.doc_id, e.sentence_index"
        )
        return self.con.execute(sql, args).df()

    def statements_frame(self) -> pd.DataFrame:
        return self.con.execute(
            "SELECT s.*, CAST(d.published AS VARCHAR) AS published, d.title, d.url "
            "FROM statements s JOIN documents d USING (doc_id) ORDER BY s.doc_id, s.sentence_index"
        ).df()

    def documents_frame(self) -> pd.DataFrame:
        return self.con.execute(
            "SELECT doc_id, title, url, source, CAST(published AS VARCHAR) AS published, path, "
            "n_sentences, n_events, coded_at FROM documents ORDER BY published, doc_id"
        ).df()

    def document_text(self, doc_id: str) -> str | None:
        rows = self.con.execute("SELECT text FROM documents WHERE doc_id = ?", [doc_id]).fetchall()
        return rows[0][0] if rows else None

    def learned_frame(self) -> pd.DataFrame:
        return self.con.execute("SELECT * FROM learned_actors ORDER BY date, name").df()

    def datasets(self) -> dict[str, int]:
        """Events per dataset in the store."""
        rows = self.con.execute(
            "SELECT dataset, count(*) FROM events GROUP BY dataset ORDER BY dataset").fetchall()
        return {str(d): int(n) for d, n in rows}

    def counts(self) -> dict[str, int]:
        tables = ("documents", "events", "statements", "learned_actors", "reports")
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in tables}
