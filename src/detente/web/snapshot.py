"""What the web app reads: a private copy of the store, refreshed when the store changes.

DuckDB lets one process write a file, and a writer's lock keeps every other process
out, even read-only ones; a reader's lock in turn keeps a writer out. So the server
never keeps the user's store open: it takes the store's read lock only for the
second it takes to copy the file (and its write-ahead log) into a folder of its own,
then serves every request from that copy. A `detente code` run that starts during
the copy waits for it (`Store` retries a locked file); while a run holds the store,
the server keeps serving the last copy and tries again later. Each copy also gets a
table of events already joined with their documents and sorted by day, so that a
page of the events list is a range read rather than a sort of the whole store.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import StoreError
from detente.store import Store

# the events list: one row per event with its effective day and its document's fields, in
# the order pages show them, numbered (`seq`) so a page is a range of numbers
LISTING_SQL = (
    "CREATE TABLE web_events AS "
    "SELECT row_number() OVER (ORDER BY coalesce(e.date, CAST(d.published AS VARCHAR), ''), "
    "e.event_id) AS seq, e.*, coalesce(e.date, CAST(d.published AS VARCHAR)) AS day, "
    "CAST(d.published AS VARCHAR) AS published, d.title, {url} AS url "
    "FROM events e LEFT JOIN documents d USING (doc_id) ORDER BY seq"
)
CACHE_SIZE = 256


def _signature(path: Path) -> tuple[float, int, float, int]:
    """When the store (and its log) last changed: a new signature means a new copy."""
    sig: list[float] = []
    for p in (path, Path(f"{path}.wal")):
        try:
            st = p.stat()
            sig += [st.st_mtime, st.st_size]
        except FileNotFoundError:
            sig += [0.0, 0]
    return (sig[0], int(sig[1]), sig[2], int(sig[3]))


@dataclass
class Snapshot:
    """One consistent copy of the store, with the results computed from it so far."""

    path: Path
    version: int
    taken: float
    counts: dict[str, int]
    columns: frozenset[str]
    _cache: OrderedDict[Any, Any] = field(default_factory=OrderedDict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def store(self) -> Store:
        """A read-only `Store` on this copy (one per request: DuckDB shares the database)."""
        return Store(self.path, read_only=True)

    def drop_results(self) -> None:
        with self._lock:
            self._cache.clear()

    def cached(self, key: Any, compute: Callable[[], Any]) -> Any:
        """`compute()` once per key and copy: results never change within a copy."""
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        value = compute()
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return value


class Snapshots:
    """Takes copies of the store at `db` and hands out the newest one."""

    def __init__(self, db: str | Path, refresh: float = 5.0, folder: str | Path | None = None,
                 warm: Callable[[Snapshot], None] | None = None) -> None:
        self.db = Path(db)
        if not self.db.exists():
            raise StoreError(f"{self.db}: no such store; code some news first with `detente code`")
        self.refresh = refresh
        self._own_folder = folder is None
        self.folder = Path(folder or tempfile.mkdtemp(prefix="detente-web-"))
        self.folder.mkdir(parents=True, exist_ok=True)
        self.warm = warm
        self._version = 0
        self._signature: tuple[float, int, float, int] | None = None
        self._old: list[Snapshot] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_error: str | None = None
        self.current = self._take(wait=30.0)

    # -- copies ------------------------------------------------------------------------
    def _take(self, wait: float = 0.0) -> Snapshot:
        """Copy the store under its read lock; retries for `wait` seconds while it is locked."""
        deadline = time.monotonic() + wait
        while True:
            try:
                return self._copy()
            except StoreError as exc:
                if time.monotonic() >= deadline:
                    raise StoreError(f"{self.db}: cannot read the store now ({exc})") from exc
                time.sleep(0.5)

    def _copy(self) -> Snapshot:
        self._version += 1
        target = self.folder / f"snapshot-{self._version}.duckdb"
        signature = _signature(self.db)
        import duckdb

        try:  # the read lock, without waiting: while a writer holds it, keep the last copy
            lock = duckdb.connect(str(self.db), read_only=True)
        except duckdb.Error as exc:
            raise StoreError(f"{self.db}: held by another process ({exc})") from exc
        try:
            shutil.copyfile(self.db, target)
            wal = Path(f"{self.db}.wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{target}.wal"))
        finally:
            lock.close()
        copy = Store(target)  # brings the copy to this version's schema (the store is untouched)
        con = copy.con
        try:
            con.execute("CHECKPOINT")
            cols = {r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'events'").fetchall()}
            # imported events (no document) link to their story, as in Store.events_frame
            url = "coalesce(d.url, e.source_url)" if "source_url" in cols else "d.url"
            con.execute(LISTING_SQL.format(url=url))
            con.execute("CHECKPOINT")
            columns = frozenset(r[0] for r in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'web_events'").fetchall())
        finally:
            con.close()
        with Store(target, read_only=True) as store:
            counts = store.counts()
        self._signature = signature
        snap = Snapshot(target, self._version, time.time(), counts, columns)
        if self.warm is not None:
            self.warm(snap)
        return snap

    def changed(self) -> bool:
        return _signature(self.db) != self._signature

    def refresh_now(self) -> bool:
        """Take a new copy if the store changed and no writer holds it; True when swapped."""
        if not self.changed():
            return False
        try:
            snap = self._copy()
        except StoreError as exc:  # a writer holds the store: keep serving the last copy
            self.last_error = str(exc)
            return False
        self.last_error = None
        old, self.current = self.current, snap
        old.drop_results()  # requests in flight keep what they hold; memory goes back
        self._old.append(old)
        self._drop_old()
        return True

    def _drop_old(self) -> None:
        """Delete copies replaced more than a minute ago (requests in flight may still read)."""
        keep = []
        for snap in self._old:
            if time.time() - snap.taken > 60 and snap is not self.current:
                for p in (snap.path, Path(f"{snap.path}.wal")):
                    try:
                        os.remove(p)
                    except OSError:
                        pass
            else:
                keep.append(snap)
        self._old = keep

    # -- the refresher ------------------------------------------------------------------
    def start(self) -> None:
        if self.refresh <= 0 or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="detente-snapshots", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self.refresh):
            try:
                self.refresh_now()
            except Exception as exc:  # noqa: BLE001 - the server goes on with its last copy
                self.last_error = f"{type(exc).__name__}: {exc}"

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._own_folder:
            shutil.rmtree(self.folder, ignore_errors=True)
