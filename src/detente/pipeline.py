"""Coding: articles in, `CodedDocument`s out (events, statements, learned actors).

One parse per document; the actor resolver, the event coder and the relationship
statement finder all read the same `Doc`. `Pipeline` is built once (it compiles the
actor and lexicon matchers) and reused for a whole stream; `code_parallel` runs one
pipeline per worker process and hands results back in input order to the one
writer. Stage timings are kept for `make bench`.
"""

from __future__ import annotations

import gc
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from functools import lru_cache
from itertools import islice

from detente.ingest.readers import read_text
from detente.models import Article, CodedDocument, Event, LearnedActor
from detente.nlp.pipeline import doc_sents, keep_text, release
from detente.reading import read_doc


class Pipeline:
    """The coder, end to end, for one process."""

    def __init__(self, nlp=None, resolver=None, coder=None, extra_actors=None,
                 statements: bool = True, learn: bool = True, ner_gate: bool = True) -> None:
        """`learn`: later documents of a run know the people earlier ones introduced
        (a store run); without it every document is coded as if it were the first, so
        one call's result never depends on the calls before it (`code_text`).
        `ner_gate`: run the recogniser only on sentences where it can change a result."""
        from detente.actors import ActorResolver
        from detente.classify.backoff import BackoffCoder
        from detente.nlp import load_nlp

        self.nlp = nlp or load_nlp()
        self.resolver = resolver or ActorResolver(self.nlp, extra=extra_actors)
        self.coder = coder or BackoffCoder()
        self.find_statements = None
        if statements:
            try:
                from detente.relations.statements import find_statements
            except ImportError:  # the relations layer is optional for coding
                find_statements = None
            self.find_statements = find_statements
        self.learn = learn
        self.timings: dict[str, float] = defaultdict(float)
        if ner_gate:  # the recogniser only where a name no table knows can change a result
            from detente.nlp.ner_gate import gate_ner

            self.ner_gate = gate_ner(self.nlp, self.resolver)
        prepare = getattr(self.resolver, "prepare", None)
        if prepare is not None:
            prepare()
        from detente.nlp.blas import one_blas_thread, wanted

        if wanted() == "numpy":  # a BLAS loaded since the model (scipy's) gets one thread too
            one_blas_thread()
        _settle()

    # -- one document ---------------------------------------------------------
    def code_doc(self, doc, article: Article) -> CodedDocument:
        """Resolve actors, code events and statements in an already parsed `doc`."""
        t0 = time.perf_counter()
        keep_text(doc, article.text)
        mentions = self.resolver.resolve(doc, article.published)
        t1 = time.perf_counter()
        events = self.coder.code(doc, mentions, article)
        t_read = time.perf_counter()
        events = read_doc(doc, mentions, events, article.doc_id, article.published)
        read_time = time.perf_counter() - t_read
        self.timings["reading"] += read_time
        _actors_on_event_dates(events, article.published, getattr(self.resolver, "as_of", None))
        places: dict[int, object] = {}  # one look-up per sentence, shared by its events
        for event in events:
            if event.location is None:
                if event.sentence_index not in places:
                    places[event.sentence_index] = self.resolver.locate(
                        doc, event.sentence_index, mentions)
                event.location = places[event.sentence_index]
        t2 = time.perf_counter()
        statements = self.find_statements(doc, mentions, article) if self.find_statements else []
        t3 = time.perf_counter()
        self.timings["actors"] += t1 - t0
        self.timings["events"] += t2 - t1 - read_time
        self.timings["statements"] += t3 - t2
        coded = CodedDocument(
            article=article,
            events=events,
            n_sentences=len(doc_sents(doc)),
            statements=statements,
            learned=self._learned(article),
        )
        learn = getattr(self.resolver, "learn", None) if self.learn else None
        if learn is not None:  # later documents of the run know the people this one introduced
            learn([item.to_entry(article.published) for item in self.resolver.learned])
            self.timings["actors"] += time.perf_counter() - t3
        release(doc)
        return coded

    def _learned(self, article: Article) -> list[LearnedActor]:
        when = article.published.isoformat() if article.published else None
        out = []
        for item in getattr(self.resolver, "learned", None) or []:
            if isinstance(item, LearnedActor):
                out.append(item)
                continue
            out.append(LearnedActor(
                name=item.name, actor=item.actor, doc_id=article.doc_id,
                sentence_index=getattr(item, "sentence_index", getattr(item, "sent_index", -1)),
                date=when, pattern=getattr(item, "pattern", ""),
            ))
        return out

    # -- streams ------------------------------------------------------------------
    def code_articles(self, articles: Iterable[Article], batch_size: int = 32) -> Iterator[CodedDocument]:
        """Code a stream of articles, parsing them in batches."""
        stream = self.nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size)
        while True:
            t0 = time.perf_counter()
            try:
                doc, article = next(stream)
            except StopIteration:
                return
            self.timings["parse"] += time.perf_counter() - t0
            yield self.code_doc(doc, article)

    def code_text(self, text: str, published: date | None = None, doc_id: str | None = None) -> list[Event]:
        article = read_text(text, published=published, doc_id=doc_id, title="")
        return next(self.code_articles([article])).events


# -- process-wide helpers --------------------------------------------------------------
def _settle() -> None:
    """Move what is alive now (the parser, the actor and lexicon tables: hundreds of
    thousands of objects that live as long as the process) out of the garbage collector's
    reach. Otherwise every full collection during a run walks them all again, which costs
    a few percent of coding time; objects made later are collected as usual.

    The collector also runs less often: by default it scans the young objects after every
    700 new ones, and coding one sentence makes thousands (tokens, spans, tuples), nearly
    all freed by reference counting anyway (`release` breaks the documents' cycles). A
    threshold of 50,000 gave 3-5% more sentences per CPU-second, for a few MB held longer."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 50, 1_000)


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline `code_text` and `code_batch` use, built on first use.

    It learns nothing from one call for the next: each call's result depends on its
    own text only (learning across documents belongs to a store run, `CodeRun`)."""
    return Pipeline(learn=False)


def code_text(text: str, published: date | None = None, doc_id: str | None = None) -> list[Event]:
    """Code one text: the events in it, each with its evidence sentence."""
    return default_pipeline().code_text(text, published, doc_id)


def code_batch(items: list[tuple[str, date | None]]) -> list[list[Event]]:
    """Code many short texts at once (the eval's interface): one event list per text."""
    articles = [
        Article(doc_id=f"t{i}", text=text, published=when) for i, (text, when) in enumerate(items)
    ]
    return [coded.events for coded in default_pipeline().code_articles(articles, batch_size=64)]


_WORKER: Pipeline | None = None


def _init_worker(extra_actors) -> None:
    global _WORKER
    _WORKER = Pipeline(extra_actors=extra_actors)


def _work(chunk: list[Article]) -> tuple[list[CodedDocument], dict[str, float]]:
    assert _WORKER is not None
    _WORKER.timings.clear()
    coded = list(_WORKER.code_articles(chunk))
    return coded, dict(_WORKER.timings)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def code_parallel(
    articles: Iterable[Article], processes: int = 2, chunk_size: int = 48, extra_actors=None,
    timings: dict[str, float] | None = None,
) -> Iterator[CodedDocument]:
    """Code articles in `processes` worker processes; results come back in input order.

    A chunk is what a worker parses together: the parser moves the documents of a batch
    in step (`nlp/parse_decode.py`), which pays from about 20 documents on."""
    with ProcessPoolExecutor(processes, initializer=_init_worker, initargs=(extra_actors,)) as pool:
        for coded, spent in pool.map(_work, _chunks(articles, chunk_size)):
            if timings is not None:
                for stage, seconds in spent.items():
                    timings[stage] = timings.get(stage, 0.0) + seconds
            yield from coded


def _event_day(ev: Event) -> date | None:
    """A day standing for the event's date: the day, mid-month or mid-year."""
    if not ev.date:
        return None
    parts = [int(p) for p in ev.date.split("-")[:3] if p.isdigit()]
    if not parts:
        return None
    if len(parts) == 1:
        parts += [7, 1]  # a year: its middle
    elif len(parts) == 2:
        parts.append(15)  # a month: its middle
    year, month, day = parts[:3]
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _actors_on_event_dates(events: list[Event], published: date | None, as_of) -> None:
    """People in an act told with an older date ("In 2019, Trump imposed tariffs", read
    in 2024) hold the office they held that day, not on the day of the report."""
    if as_of is None or published is None:
        return
    from detente.events.coder import event_id  # not at import: `detente --help` stays light

    for ev in events:
        when = _event_day(ev)
        if when is None or abs((published - when).days) <= 31:
            continue
        source = as_of(ev.source, when)
        target = as_of(ev.target, when) if ev.target is not None else None
        if source is not ev.source or target is not ev.target:
            ev.source, ev.target = source, target
            ev.event_id = event_id(ev)
