"""A coding run: read inputs, skip what the store has, code the rest, store in batches.

This is the library behind `detente code`. The store is the only writer; worker
processes (when `processes > 1`) only code. Documents already stored are not coded
again, so re-running after a crash finishes the job without duplicates.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice, pairwise
from typing import IO

from detente.errors import InputError, internal_error
from detente.ingest import read_paths
from detente.models import Article, CodedDocument
from detente.output import dumps, event_json, row_json
from detente.store import Store

# Longer texts are coded in pieces of at most this many characters, cut at a paragraph or
# sentence end. spaCy refuses texts over its `max_length` (1,000,000) and its memory grows
# with the length of a text, so a 50 MB text is coded piece by piece in bounded memory;
# news articles are far shorter and are coded whole.
PIECE_CHARS = 100_000
# documents parsed together (the parser's batched decoding pays from about 20 of them,
# nlp/parse_decode.py); a failure retries the rest of its chunk one by one
CHUNK = 64

CodeMany = Callable[[list[Article]], Iterable[CodedDocument]]
Failure = tuple[int, str]  # (index in the chunk, the line the user sees)


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
            from detente.actors import store_actor_entries
        except ImportError:
            return None
        return store_actor_entries(store)

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

    def _coded(self, articles: Iterable[Article], extra,
               on_error: Callable[[InputError], None]) -> Iterator[CodedDocument]:
        """Coded documents in input order; a document whose coding fails is reported (with a
        bug-report hint) and skipped, and the others of the run are coded and stored."""
        if self.processes > 1:
            yield from self._coded_parallel(articles, extra, on_error)
            return
        from detente.pipeline import Pipeline

        pipeline = self.pipeline or Pipeline(extra_actors=extra)
        limit = piece_limit(pipeline)
        for chunk in _chunks(articles, CHUNK):
            failures: list[Failure] = []
            yield from code_isolated(lambda docs: code_many(pipeline, docs, limit), chunk,
                                     failures)
            for index, message in failures:
                on_error(_not_coded(chunk[index], message))
        self.timings.update(getattr(pipeline, "timings", {}))

    def _coded_parallel(self, articles: Iterable[Article], extra,
                        on_error: Callable[[InputError], None]) -> Iterator[CodedDocument]:
        """Worker processes code chunks (with the same isolation); results come back in order."""
        from concurrent.futures import ProcessPoolExecutor

        from detente.pipeline import _init_worker

        chunks = _chunks(articles, CHUNK // 2)
        with ProcessPoolExecutor(self.processes, initializer=_init_worker,
                                 initargs=(extra,)) as pool:
            pending: deque = deque()

            def submit() -> None:
                chunk = next(chunks, None)
                if chunk is not None:
                    pending.append((chunk, pool.submit(_work_isolated, chunk)))

            for _ in range(2 * self.processes):
                submit()
            while pending:
                chunk, future = pending.popleft()
                submit()
                try:
                    coded, failures, spent = future.result()
                except Exception as exc:  # noqa: BLE001 - a worker died (killed for memory)
                    message = internal_error(exc, "a coding worker process died")
                    coded, failures, spent = [], [(i, message) for i in range(len(chunk))], {}
                for stage, seconds in spent.items():
                    self.timings[stage] = self.timings.get(stage, 0.0) + seconds
                for index, message in failures:
                    on_error(_not_coded(chunk[index], message))
                yield from coded

    def run(self, paths: Iterable[str], published: date | None = None,
            on_error: Callable[[InputError], None] | None = None) -> dict[str, int]:
        """Code everything under `paths`; returns counts (read, coded, skipped, events)."""
        def ignore(error: InputError) -> None:
            return None

        if self.pipeline is None:  # a broken user actor file: one clear error before any work
            from detente.actors.catalog import load_default_user_actors

            load_default_user_actors()
        with Store(self.db) as store:
            articles = self._fresh(store, read_paths(paths, published, on_error or ignore))
            stream = self._coded(articles, self._learned_entries(store), on_error or ignore)
            if self.progress:
                stream = _with_progress(stream)
            pending: list[CodedDocument] = []
            report = on_error or ignore
            try:
                for coded in stream:
                    pending.append(coded)
                    if self.jsonl is not None:
                        for event in coded.events:
                            self.jsonl.write(dumps(event_json(event)) + "\n")
                    if len(pending) >= self.batch:
                        self._flush(store, pending, report)
            finally:  # even when the run is stopped, what was coded is kept
                self._flush(store, pending, report)
        return self.stats

    def _flush(self, store: Store, pending: list[CodedDocument],
               on_error: Callable[[InputError], None]) -> None:
        """Store a batch in one transaction; if that fails, store it one document at a time,
        so the document that cannot be stored is reported and the others are kept."""
        if not pending:
            return
        try:
            store.add_many(pending)
            stored = list(pending)
        except Exception:  # noqa: BLE001 - the batch was rolled back; find the culprit
            stored = []
            for coded in pending:
                try:
                    store.add_many([coded])
                except Exception as exc:  # noqa: BLE001 - a bug: reported, the run goes on
                    on_error(_not_coded(coded.article, internal_error(
                        exc, f"storing {coded.article.doc_id}")))
                    continue
                stored.append(coded)
        self.stats["coded"] += len(stored)
        self.stats["events"] += sum(len(c.events) for c in stored)
        pending.clear()
        if self.jsonl is not None:
            self.jsonl.flush()


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def _not_coded(article: Article, message: str) -> InputError:
    return InputError(article.path or article.doc_id, article.line, f"not coded: {message}")


def code_isolated(code: CodeMany, chunk: list[Article], failures: list[Failure]
                  ) -> Iterator[CodedDocument]:
    """Code `chunk`; when that fails, code what is left of it one document at a time, so the
    one document that fails is recorded in `failures` and every other one is coded."""
    done = 0
    try:
        for coded in code(chunk):
            done += 1
            yield coded
        return
    except Exception:  # noqa: BLE001, S110 - the culprit is found by coding one at a time
        pass
    for index in range(done, len(chunk)):
        try:
            coded_one = list(code([chunk[index]]))
        except Exception as exc:  # noqa: BLE001 - a bug: reported with its log, run goes on
            where = chunk[index].path or "<text>"
            failures.append((index, internal_error(exc, f"coding {chunk[index].doc_id} ({where})")))
            continue
        yield from coded_one


def _work_isolated(chunk: list[Article]) -> tuple[list[CodedDocument], list[Failure],
                                                  dict[str, float]]:
    """A worker process's share: a chunk coded with per-document isolation."""
    from detente import pipeline as worker

    assert worker._WORKER is not None
    worker._WORKER.timings.clear()
    failures: list[Failure] = []
    limit = piece_limit(worker._WORKER)
    coded = list(code_isolated(lambda docs: code_many(worker._WORKER, docs, limit), chunk,
                               failures))
    return coded, failures, dict(worker._WORKER.timings)


def piece_limit(pipeline) -> int:
    """The longest text coded whole: `PIECE_CHARS`, or less if the parser allows less."""
    nlp = getattr(pipeline, "nlp", None)
    max_length = getattr(nlp, "max_length", None) or PIECE_CHARS + 1
    return max(1000, min(PIECE_CHARS, max_length - 1))


def code_many(pipeline, articles: list[Article], limit: int) -> Iterator[CodedDocument]:
    """One `CodedDocument` per article, in order; texts over `limit` coded piece by piece."""
    short: list[Article] = []
    for article in articles:
        if len(article.text) <= limit:
            short.append(article)
            continue
        if short:
            yield from pipeline.code_articles(short)
            short = []
        yield code_in_pieces(pipeline, article, limit)
    if short:
        yield from pipeline.code_articles(short)


_BREAKS = (
    re.compile(r"\n[ \t]*\n"),  # a paragraph
    re.compile(r"\n"),  # a line
    re.compile(r"[.!?][\"')\]\u201d\u2019]*\s"),  # a sentence
    re.compile(r"\s"),  # a word
)


def split_points(text: str, limit: int) -> list[int]:
    """Offsets that cut `text` into pieces of at most `limit` characters, each cut at the
    latest paragraph end in the piece's second half, else a line, sentence or word end."""
    cuts, start = [], 0
    while len(text) - start > limit:
        end, low = start + limit, start + limit // 2
        cut = end
        for rx in _BREAKS:
            found = [m.end() for m in rx.finditer(text, low, end)]
            if found:
                cut = found[-1]
                break
        cuts.append(cut)
        start = cut
    return cuts


def code_in_pieces(pipeline, article: Article, limit: int) -> CodedDocument:
    """Code a long text piece by piece (one parse in memory at a time) into one document
    whose offsets, sentence numbers and event ids refer to the whole text."""
    from detente.events.coder import event_id

    bounds = [0, *split_points(article.text, limit), len(article.text)]
    events, statements, learned, n_sentences = [], [], [], 0
    for start, end in pairwise(bounds):
        piece = replace(article, text=article.text[start:end])
        coded = next(iter(pipeline.code_articles([piece])))
        first = n_sentences
        for ev in coded.events:
            ev = replace(ev, char_start=ev.char_start + start, char_end=ev.char_end + start,
                         sentence_index=ev.sentence_index + first)
            ev.event_id = event_id(ev)
            events.append(ev)
        statements += [replace(st, char_start=st.char_start + start, char_end=st.char_end + start,
                               sentence_index=st.sentence_index + first)
                       for st in coded.statements]
        learned += [replace(item, sentence_index=item.sentence_index + first)
                    for item in coded.learned]
        n_sentences += coded.n_sentences
    return CodedDocument(article=article, events=events, n_sentences=n_sentences,
                         statements=statements, learned=learned)


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
