"""Column-at-a-time helpers for imports: lookups over distinct values, dates, numbers.

An import maps millions of rows, but a column holds few distinct values (country codes,
CAMEO codes, sector lists, dates), so each mapping runs once per distinct value and is
spread back over the rows with an index (Arrow's dictionary encoding). Per-row Python
would be an order of magnitude slower.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc


class Looked:
    """fn over the distinct values of a key column; `get(attr)` spreads a result over rows."""

    def __init__(self, keys: pa.Array | pa.ChunkedArray, fn: Callable[[str], Any]) -> None:
        enc = pc.dictionary_encode(keys)
        if isinstance(enc, pa.ChunkedArray):
            enc = enc.combine_chunks() if enc.num_chunks != 1 else enc.chunk(0)
        self.results = [fn(v if v is not None else "") for v in enc.dictionary.to_pylist()]
        self.idx = enc.indices.to_numpy(zero_copy_only=False)

    def get(self, attr: str | None = None) -> np.ndarray:
        """The results (or one attribute of each, None where a result is None) per row."""
        vals = np.empty(len(self.results), dtype=object)
        for i, r in enumerate(self.results):
            vals[i] = r if attr is None else (getattr(r, attr) if r is not None else None)
        return vals[self.idx] if len(self.idx) else np.empty(0, dtype=object)

    def mask(self, pred: Callable[[Any], bool]) -> np.ndarray:
        """pred over the distinct results, as a boolean row mask."""
        vals = np.array([bool(pred(r)) for r in self.results], dtype=bool)
        return vals[self.idx] if len(self.idx) else np.zeros(0, dtype=bool)


def lookup(keys: pa.Array | pa.ChunkedArray, fn: Callable[[str], Any]) -> np.ndarray:
    """fn over the distinct values of `keys`, as an object array aligned with the rows."""
    return Looked(keys, fn).get()


def joined(table: pa.Table, names: Sequence[str], sep: str = "\x1f") -> pa.ChunkedArray:
    """Several string columns joined into one key column."""
    cols = [table.column(n) for n in names]
    if len(cols) == 1:
        return cols[0]
    return pc.binary_join_element_wise(*cols, sep)


def strings(values: np.ndarray | pa.ChunkedArray | pa.Array) -> pa.Array:
    """A string column with empty strings as nulls."""
    arr = values if isinstance(values, (pa.Array, pa.ChunkedArray)) else pa.array(
        values, type=pa.string(), from_pandas=True)
    arr = arr.cast(pa.string())
    return pc.if_else(pc.equal(arr, ""), pa.scalar(None, pa.string()), arr)


def numbers(col: pa.ChunkedArray | pa.Array) -> tuple[pa.Array, np.ndarray]:
    """Floats from strings ('' and NA are null); also a mask of values that are no number."""
    enc = pc.dictionary_encode(col)
    if isinstance(enc, pa.ChunkedArray):
        enc = enc.combine_chunks() if enc.num_chunks != 1 else enc.chunk(0)
    uniq = enc.dictionary.to_pylist()
    vals = np.full(len(uniq), np.nan)
    bad = np.zeros(len(uniq), dtype=bool)
    for i, text in enumerate(uniq):
        text = (text or "").strip()
        if not text or text in ("NA", "None", "NaN", "nan"):
            continue
        try:
            vals[i] = float(text)
        except ValueError:
            bad[i] = True
    idx = enc.indices.to_numpy(zero_copy_only=False)
    out = vals[idx] if len(idx) else np.empty(0)
    return pa.array(out, type=pa.float64(), from_pandas=True), (bad[idx] if len(idx) else
                                                                 np.zeros(0, dtype=bool))


def compact_dates(col: pa.ChunkedArray | pa.Array) -> tuple[pa.Array, np.ndarray]:
    """'YYYYMMDD' (or a longer YYYYMMDDhhmmss) as 'YYYY-MM-DD'; mask of values no date."""
    return _dates(col, compact=True)


def iso_dates(col: pa.ChunkedArray | pa.Array) -> tuple[pa.Array, np.ndarray]:
    """'YYYY-MM-DD' (a time after it is dropped) checked; mask of values no date."""
    return _dates(col, compact=False)


def _dates(col, compact: bool) -> tuple[pa.Array, np.ndarray]:
    from datetime import date

    def one(text: str) -> str | None:
        text = text.strip()
        try:
            if compact:
                d = date(int(text[:4]), int(text[4:6]), int(text[6:8]))
            else:
                d = date.fromisoformat(text[:10])
        except ValueError:
            return None
        return d.isoformat()

    out = lookup(col, one)
    bad = np.array([v is None for v in out], dtype=bool)
    return pa.array(out, type=pa.string()), bad
