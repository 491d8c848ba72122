"""Coded documents as Parquet shards: what a worker hands to the one writer.

A shard is a folder holding one Parquet file per store table (documents, events,
statements, learned actors) for one partition of documents. It is written under a
temporary name and renamed when complete, so a worker killed half way leaves
nothing the writer would take for a finished shard. The columns and types are the
store's own (`store.schema`), so the merge is a bulk insert through Arrow.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from detente.models import CodedDocument
from detente.store.schema import (
    DOCUMENT_TYPES,
    EVENT_TYPES,
    LEARNED_TYPES,
    STATEMENT_TYPES,
    event_row,
    statement_row,
)

TABLES: dict[str, dict[str, str]] = {
    "documents": DOCUMENT_TYPES,
    "events": EVENT_TYPES,
    "statements": STATEMENT_TYPES,
    "learned_actors": LEARNED_TYPES,
}
_ARROW = {
    "VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
    "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BOOLEAN": pa.bool_(),
}
SUFFIX = ".shard"


def arrow_schema(types: dict[str, str]) -> pa.Schema:
    """The Arrow schema of a store table."""
    return pa.schema([(name, _ARROW[kind.split()[0]]) for name, kind in types.items()])


def shard_name(doc_ids: Sequence[str]) -> str:
    """A name fixed by the documents it holds: a rerun codes the same partition into the
    same name, so a shard can never be merged twice under two names."""
    digest = hashlib.sha1("\n".join(doc_ids).encode("utf-8")).hexdigest()[:20]
    return f"part-{digest}{SUFFIX}"


def rows(batch: Sequence[CodedDocument]) -> dict[str, list[dict[str, Any]]]:
    """The store rows of coded documents, table by table."""
    now = datetime.now()
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for coded in batch:
        art = coded.article
        out["documents"].append({
            "doc_id": art.doc_id, "title": art.title, "url": art.url, "source": art.source,
            "published": art.published, "path": art.path, "text": art.text,
            "n_sentences": coded.n_sentences, "n_events": len(coded.events), "coded_at": now,
        })
        out["events"].extend(event_row(e) for e in coded.events)
        out["statements"].extend(statement_row(s) for s in coded.statements)
        for item in coded.learned:
            out["learned_actors"].append({
                "name": item.name, "code": item.actor.code, "country": item.actor.country,
                "sector": item.actor.sector, "role": item.actor.role, "doc_id": item.doc_id,
                "sentence_index": item.sentence_index, "date": item.date, "pattern": item.pattern,
            })
    return out


def write_shard(staging: str | Path, batch: Sequence[CodedDocument]) -> Path:
    """Write coded documents as one shard under `staging`; returns its folder."""
    staging = Path(staging)
    final = staging / shard_name([c.article.doc_id for c in batch])
    tmp = staging / f".{final.name}.{os.getpid()}.tmp"
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    for table, found in rows(batch).items():
        data = pa.Table.from_pylist(found, schema=arrow_schema(TABLES[table]))
        pq.write_table(data, tmp / f"{table}.parquet")
    if final.exists():  # coded twice (a task retried after its worker died): same content
        shutil.rmtree(tmp)
        return final
    os.replace(tmp, final)
    return final


def finished_shards(staging: str | Path) -> list[Path]:
    """Complete shards waiting in `staging` for the writer, oldest first."""
    staging = Path(staging)
    if not staging.is_dir():
        return []
    found = [p for p in staging.iterdir() if p.is_dir() and p.name.endswith(SUFFIX)]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def read_shard(path: str | Path) -> dict[str, pa.Table]:
    """The tables of one shard."""
    path = Path(path)
    return {t: pq.read_table(path / f"{t}.parquet") for t in TABLES}
