"""A coding run: read inputs, skip what the store has, code the rest, store in batches.

This is the library behind `detente code`. The store is the only writer; worker
processes (when `processes > 1`) only code. Documents already stored are not coded
again, so re-running after a crash finishes the job without duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from typing import IO

from detente.errors import InputError
from detente.ingest import read_paths
from detente.models import Article, CodedDocument
from detente.output import dumps, event_json, row_json
from detente.store import Store


class CodeRun:
    """Code news into a store; optionally echo events as JSONL."""

    def __init__(self, db: str = "detente.duckdb", processes: int = 1, batch: int = 64,
                 jsonl: IO[str] | None = None, progress: bool = False, pipeline=None) -> None:
        self.db = db
        self.processes = max(1, processes)
        self.batch = max(1, batch)
        self.jsonl = jsonl
        self.progress = progress
        self.pipeline = pipeline
        self.timings: dict[str, float] = {}
        self.stats = {"read": 0, "coded": 0, "skipped": 0, "events": 0}

    def _learned_entries(self, store: Store):
        """Actors learned from earlier documents, for the resolver of this run."""
        try:
            from detente.actors import learned_entries
        except ImportError:
            return None
        frame = store.learned_frame()
        return learned_entries(frame) if len(frame) else None

    def _fresh(self, store: Store, articles: Iterable[Article]) -> Iterator[Article]:
        """Articles the store does not have yet, in input order (checked a batch at a time)."""
        it = iter(articles)
        seen: set[str] = set()
        while chunk := list(islice(it, 256)):
            self.stats["read"] += len(chunk)
            missing = store.missing(a.doc_id for a in chunk)
            for article in chunk:
                if article.doc_id in missing and article.doc_id not in seen:
                    seen.add(article.doc_id)
                    yield article
                else:
                    self.stats["skipped"] += 1
                    self._echo_stored(store, article.doc_id)

    def _echo_stored(self, store: Store, doc_id: str) -> None:
        if self.jsonl is None:
            return
        for row in store.events_frame(doc_id=doc_id).to_dict(orient="records"):
            self.jsonl.write(dumps(row_json(row)) + "\n")

    def _coded(self, articles: Iterable[Article], extra) -> Iterator[CodedDocument]:
        if self.processes > 1:
            from detente.pipeline import code_parallel

            yield from code_parallel(articles, self.processes, extra_actors=extra,
                                     timings=self.timings)
            return
        from detente.pipeline import Pipeline

        pipeline = self.pipeline or Pipeline(extra_actors=extra)
        yield from pipeline.code_articles(articles)
        self.timings.update(pipeline.timings)

    def run(self, paths: Iterable[str], published: date | None = None,
            on_error: Callable[[InputError], None] | None = None) -> dict[str, int]:
        """Code everything under `paths`; returns counts (read, coded, skipped, events)."""
        def ignore(error: InputError) -> None:
            return None

        with Store(self.db) as store:
            articles = self._fresh(store, read_paths(paths, published, on_error or ignore))
            stream = self._coded(articles, self._learned_entries(store))
            if self.progress:
                stream = _with_progress(stream)
            pending: list[CodedDocument] = []
            for coded in stream:
                pending.append(coded)
                if self.jsonl is not None:
                    for event in coded.events:
                        self.jsonl.write(dumps(event_json(event)) + "\n")
                if len(pending) >= self.batch:
                    self._flush(store, pending)
            self._flush(store, pending)
        return self.stats

    def _flush(self, store: Store, pending: list[CodedDocument]) -> None:
        if not pending:
            return
        store.add_many(pending)
        self.stats["coded"] += len(pending)
        self.stats["events"] += sum(len(c.events) for c in pending)
        pending.clear()
        if self.jsonl is not None:
            self.jsonl.flush()


def _with_progress(stream: Iterable[CodedDocument]) -> Iterator[CodedDocument]:
    """A progress line on standard error while documents are coded."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("coding"), BarColumn(), TextColumn("{task.completed} documents"),
               TimeElapsedColumn())
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("coding", total=None)
        for coded in stream:
            progress.advance(task)
            yield coded


def code_paths(paths: Iterable[str], db: str = "detente.duckdb", published: date | None = None,
               processes: int = 1) -> dict[str, int]:
    """Code news under `paths` into the store at `db` (the Python face of `detente code`)."""
    return CodeRun(db=db, processes=processes).run(paths, published=published)
