"""`detente import FORMAT FILE...`: other datasets' events into the store, streamed.

Files are read batch by batch (Arrow's CSV reader), mapped onto the events table
(`mapping`), and inserted through Arrow in large transactions, so memory stays bounded
whatever the file's size and a run killed half way keeps what it committed. Importing a
file again adds nothing: the store skips events it holds (dataset + event id). Lines
that cannot become an event are counted by reason and listed with file and line.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detente.errors import InputError
from detente.interop.formats import get_format
from detente.interop.mapping import MAPPERS, IcewsSides
from detente.interop.reading import Malformed, read_batches
from detente.store import Store

FLUSH_ROWS = 100_000  # events per insert: enough that DuckDB's per-insert cost vanishes, few in memory


@dataclass
class ImportReport:
    """What an import did: rows read, events added, repeats skipped, bad lines by reason."""

    format: str
    files: list[str] = field(default_factory=list)
    read: int = 0
    added: int = 0
    skipped: int = 0
    malformed: list[Malformed] = field(default_factory=list)
    reports_added: int = 0
    reports_unmatched: int = 0
    learned: int = 0
    seconds: float = 0.0

    @property
    def reasons(self) -> Counter:
        """Malformed lines per reason (numbers and codes in the reason folded away)."""
        return Counter(_reason_kind(m.reason) for m in self.malformed)

    def summary(self) -> str:
        rate = self.read / self.seconds if self.seconds else 0.0
        parts = [f"{self.read} rows read from {len(self.files)} file(s)"]
        if self.format == "gdelt-mentions":
            parts.append(f"{self.reports_added} reports added to stored events, "
                         f"{self.reports_unmatched} of events not in the store")
        else:
            parts.append(f"{self.added} events added, {self.skipped} already stored or repeated")
        parts.append(f"{len(self.malformed)} malformed")
        if self.learned:
            parts.append(f"{self.learned} actor names learned")
        return ", ".join(parts) + f" ({self.seconds:.1f} s, {rate:,.0f} rows/s)"


def _reason_kind(reason: str) -> str:
    return reason.split(" '")[0].split(' "')[0]


def import_files(paths: Iterable[str | Path], fmt: str, store: Store,
                 on_bad: Callable[[Malformed], None] | None = None,
                 learn_actors: bool = False, flush_rows: int = FLUSH_ROWS) -> ImportReport:
    """Import `paths` in format `fmt` into `store`; returns the report.

    `on_bad` is called for each malformed line as it is found (the CLI prints it);
    `learn_actors` also keeps the actor names of ICEWS/POLECAT rows with their country and
    sector as learned actors (`interop.learning`).
    """
    spec = get_format(fmt)
    report = ImportReport(spec.name)
    start = time.perf_counter()
    learner = None
    if learn_actors:
        from detente.interop.learning import ActorLearner

        learner = ActorLearner(spec.dataset)
    sides = None
    if spec.name == "icews":
        from detente.interop.codes import learned_names

        sides = IcewsSides(learned_names(store))
    pending: list[pa.Table] = []
    size = 0
    writer = _Writer(store, spec.name == "gdelt-mentions", report)

    def flush() -> None:
        nonlocal size
        if pending:
            writer.put(pa.concat_tables(pending))
            pending.clear()
            size = 0

    for path in paths:
        path = Path(path)
        report.files.append(str(path))
        bad: list[Malformed] = []  # the reader's (wrong field counts) and the mapping's
        seen = 0

        def tell(upto: int, bad: list[Malformed] = bad) -> None:
            nonlocal seen
            for item in bad[seen:upto]:
                report.malformed.append(item)
                if item.line:
                    report.read += 1  # a line the reader set aside was read all the same
                if on_bad:
                    on_bad(item)
            seen = upto

        try:
            for batch in read_batches(path, spec, bad):
                tell(len(bad))
                report.read += batch.table.num_rows
                if spec.name == "gdelt-mentions":
                    mapped_table, bad_rows = _mentions(batch.table)
                elif sides is not None:
                    m = MAPPERS[spec.name](batch.table, spec.name, sides)
                    mapped_table, bad_rows = m.table, m.bad
                else:
                    m = MAPPERS[spec.name](batch.table, spec.name)
                    mapped_table, bad_rows = m.table, m.bad
                for row, reason in bad_rows:
                    item = Malformed(batch.path, int(batch.lines[row]), reason)
                    report.malformed.append(item)
                    if on_bad:
                        on_bad(item)
                pending.append(mapped_table)
                size += mapped_table.num_rows
                if size >= flush_rows:
                    flush()
        except InputError as exc:
            bad.append(Malformed(str(path), 0, exc.problem))
        tell(len(bad))
    flush()
    writer.close()
    if learner is not None:
        report.learned = learner.store(store)
    if report.added or report.reports_added:
        from detente.interop.rollup import refresh

        refresh(store, spec.dataset)
    report.seconds = time.perf_counter() - start
    return report


class _Writer:
    """Inserts batches in a thread of its own, so that the store's insert (DuckDB works
    without Python's lock) overlaps the parsing and mapping of the next batch."""

    def __init__(self, store: Store, reports: bool, report: ImportReport) -> None:
        self.store, self.reports, self.report = store, reports, report
        self.queue: queue.Queue[pa.Table | None] = queue.Queue(maxsize=1)
        self.error: Exception | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def put(self, table: pa.Table) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(table)

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error

    def _run(self) -> None:
        while (table := self.queue.get()) is not None:
            if self.error is not None:
                continue
            try:
                if self.reports:
                    added, unmatched = self.store.add_reports(table)
                    self.report.reports_added += added
                    self.report.reports_unmatched += unmatched
                else:
                    added = self.store.add_imported(table)
                    self.report.added += added
                    self.report.skipped += table.num_rows - added
            except Exception as exc:  # noqa: BLE001  (handed to the main thread by put/close)
                self.error = exc


def _mentions(table: pa.Table) -> tuple[pa.Table, list[tuple[int, str]]]:
    """GDELT 2.0 mentions as reports: event id, story URL, source, time, sentence, tone."""
    from detente.interop.columns import compact_dates, numbers, strings

    ids = pc.utf8_trim_whitespace(table.column("GLOBALEVENTID"))
    when, bad_when = compact_dates(table.column("MentionTimeDate"))
    sent, _ = numbers(table.column("SentenceID"))
    conf, _ = numbers(table.column("Confidence"))
    tone, _ = numbers(table.column("MentionDocTone"))
    no_id = pc.equal(ids, "").to_numpy(zero_copy_only=False)
    keep = ~(no_id | bad_when)
    bad = [(int(i), "no event id" if no_id[i] else "MentionTimeDate is not a date")
           for i in np.flatnonzero(~keep)]
    out = pa.table({
        "dataset": pa.array(["gdelt"] * table.num_rows, pa.string()),
        "original_id": strings(ids), "url": strings(table.column("MentionIdentifier")),
        "source_name": strings(table.column("MentionSourceName")), "reported": when,
        "sentence": pc.cast(sent, pa.int32()), "confidence": conf, "tone": tone,
    })
    return (out.filter(pa.array(keep)) if bad else out), bad
