"""The one writer: shards into the DuckDB store, idempotent by document.

Each shard goes in one transaction, through Arrow, and only for documents the store
does not hold yet; the shard is deleted after the commit. A writer killed between
the commit and the delete finds the documents stored on the next run, adds nothing
and deletes the shard, so nothing is lost or stored twice.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from detente.scale.shards import TABLES, finished_shards, read_shard
from detente.store import Store


@dataclass
class Merged:
    """What merging one shard added to the store."""

    documents: int = 0
    events: int = 0
    learned: list[dict] = field(default_factory=list)
    event_rows: pa.Table | None = None


def merge_shard(store: Store, path: str | Path, keep_events: bool = False) -> Merged:
    """Add one shard to the store (only documents not yet stored), then delete it."""
    tables = read_shard(path)
    ids = tables["documents"].column("doc_id").to_pylist()
    missing = store.missing(ids)
    out = Merged()
    if missing:
        wanted = pa.array(sorted(missing), pa.string())
        fresh = {t: tab.filter(pc.is_in(tab.column("doc_id"), value_set=wanted))
                 for t, tab in tables.items()}
        con = store.con
        con.execute("BEGIN")
        try:
            # documents last: a document row says its events are in
            for table in ("events", "statements", "learned_actors", "documents"):
                data = fresh[table]
                if not len(data):
                    continue
                cols = ", ".join(f'"{c}"' for c in TABLES[table])
                con.register("_shard", data)
                try:
                    con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _shard")
                finally:
                    con.unregister("_shard")
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        out.documents = len(fresh["documents"])
        out.events = len(fresh["events"])
        out.learned = fresh["learned_actors"].to_pylist()
        if keep_events:
            out.event_rows = fresh["events"]
    shutil.rmtree(path, ignore_errors=True)
    return out


def merge_staged(store: Store, staging: str | Path) -> Merged:
    """Merge every finished shard left in `staging` (by a run that was killed)."""
    total = Merged()
    for path in finished_shards(staging):
        done = merge_shard(store, path)
        total.documents += done.documents
        total.events += done.events
        total.learned += done.learned
    return total
