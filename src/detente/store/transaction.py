"""One DuckDB transaction: everything inside is committed together or rolled back.

Rebuilds that delete a dataset's rows and insert them again must never leave a store with
the rows gone and the new ones missing, so they run inside `transaction(con)`."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def transaction(con: Any) -> Iterator[None]:
    """BEGIN; COMMIT when the block ends, ROLLBACK (and re-raise) when it raises."""
    con.execute("BEGIN")
    try:
        yield
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
