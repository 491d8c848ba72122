"""A coding run on Dask: partitions out to the workers, shards back, one writer.

The client reads the inputs as a stream, drops the documents the store already holds,
and keeps a bounded number of partitions in flight (so its memory does not grow with
the input). Each finished partition is a shard in the staging folder; the client is
the one writer that merges shards into DuckDB, in the order they finish. A run killed
at any point (client, scheduler or worker) leaves the store consistent and possibly
some finished shards: the next run merges those first, then codes only what is
missing, and ends with the same events as an uninterrupted run.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from pathlib import Path
from typing import IO

from detente.coding import CodeRun
from detente.errors import InputError
from detente.ingest import read_paths
from detente.models import Article
from detente.output import dumps, row_json
from detente.scale.cluster import Connection, connect
from detente.scale.merge import merge_shard, merge_staged
from detente.scale.worker import PipelinePlugin, code_partition
from detente.store import Store

MAX_SHARED_LEARNED = 5000  # the most recent learned people sent along with each partition
# DuckDB keeps the blocks it wrote in memory up to its limit, by default 80% of the machine's
# memory: the writer's memory grew with the store (about 1 MB per MB of text merged). Capped,
# it evicts them; the writer's queries (missing ids, one shard's insert) need far less.
WRITER_MEMORY = "64MB"


def staging_for(db: str) -> Path:
    """The default staging folder: beside the store (local runs share its disk)."""
    return Path(f"{db}.staging")


class DaskRun(CodeRun):
    """Code news into a store on a Dask cluster (`cluster='local:N'` or `scheduler=ADDRESS`)."""

    def __init__(self, db: str = "detente.duckdb", cluster: str | None = None,
                 scheduler: str | None = None, staging: str | Path | None = None,
                 partition: int = 48, jsonl: IO[str] | None = None, progress: bool = False,
                 connection: Connection | None = None) -> None:
        super().__init__(db=db, jsonl=jsonl, progress=progress)
        self.cluster = cluster
        self.scheduler = scheduler
        self.staging = Path(staging) if staging else staging_for(db)
        self.partition = max(1, partition)
        self.connection = connection
        self.stats["recovered"] = 0
        self.report: dict[str, object] = {}

    def run(self, paths: Iterable[str], published: date | None = None,
            on_error: Callable[[InputError], None] | None = None) -> dict[str, int]:
        """Code everything under `paths`; returns counts (read, coded, skipped, events,
        recovered: documents of an earlier killed run merged from its shards)."""
        from detente.actors.catalog import load_default_user_actors

        load_default_user_actors()  # a broken user actor file: one clear error before any work
        report = on_error or _ignore
        self.staging.mkdir(parents=True, exist_ok=True)
        with Store(self.db) as store:
            store.con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")
            leftover = merge_staged(store, self.staging)
            self.stats["recovered"] = leftover.documents
            own = self.connection is None
            conn = self.connection or connect(self.cluster, self.scheduler)
            try:
                conn.client.register_plugin(PipelinePlugin(self._learned_entries(store)))
                articles = self._fresh(store, read_paths(paths, published, report))
                self._dispatch(conn.client, store, articles, report)
            finally:
                if own:
                    conn.close()
        return self.stats

    def _dispatch(self, client, store: Store, articles: Iterable[Article],
                  report: Callable[[InputError], None]) -> None:
        from distributed import as_completed

        workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        in_flight = 2 * workers + 1
        parts = _partitions(articles, self.partition)
        learned: dict[str, object] = {}
        done = as_completed()
        t0 = time.perf_counter()
        merge_s = 0.0
        sentences = 0
        peaks: dict[str, float] = {}
        timings: dict[str, float] = {}

        def submit() -> bool:
            part = next(parts, None)
            if part is None:
                return False
            shared = list(learned.values())[-MAX_SHARED_LEARNED:]
            done.add(client.submit(code_partition, part, str(self.staging), shared, pure=False))
            return True

        for _ in range(in_flight):
            if not submit():
                break
        for future in done:
            result = future.result()
            future.release()
            submit()
            for path, line, message in result.failures:
                report(InputError(path, line, message))
            m0 = time.perf_counter()
            merged = merge_shard(store, result.shard, keep_events=self.jsonl is not None)
            merge_s += time.perf_counter() - m0
            self.stats["coded"] += merged.documents
            self.stats["events"] += merged.events
            sentences += result.sentences
            peaks[result.worker] = max(peaks.get(result.worker, 0.0), result.peak_mb)
            for stage, seconds in result.timings.items():
                timings[stage] = timings.get(stage, 0.0) + seconds
            self._share(learned, merged.learned)
            if self.jsonl is not None and merged.event_rows is not None:
                for row in merged.event_rows.to_pylist():
                    self.jsonl.write(dumps(row_json(row)) + "\n")
                self.jsonl.flush()
        self.report = {"workers": workers, "seconds": time.perf_counter() - t0,
                       "merge_seconds": merge_s, "sentences": sentences,
                       "peak_mb": peaks, "timings": timings}

    @staticmethod
    def _share(learned: dict[str, object], rows: list[dict]) -> None:
        """Keep the people learned anywhere, to send to every later partition."""
        if not rows:
            return
        import pandas as pd

        from detente.actors import learned_entries
        from detente.actors.tables import fold

        for entry in learned_entries(pd.DataFrame(rows)):
            if entry.kind == "person":
                learned.pop(fold(entry.name), None)
                learned[fold(entry.name)] = entry


def _ignore(error: InputError) -> None:
    return None


def _partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while part := list(islice(it, size)):
        yield part
