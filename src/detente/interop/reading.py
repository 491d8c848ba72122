"""Reading dataset files as streams of Arrow batches, with every bad line accounted for.

Files may be plain, `.gz` or `.zip` (every member read in turn); nothing is unpacked to
disk or read whole into memory. Arrow's CSV reader parses the fields (a Python loop over
lines is several times slower); a line with the wrong number of fields is not dropped
silently but comes back as a `Malformed` record naming file, line and reason. Each batch
carries the file line number of each of its rows, so later checks (a date that is no
date) can name the line too.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from detente.errors import InputError
from detente.interop.formats import Format, header_columns

BLOCK = 1 << 23  # bytes per Arrow block: ~20,000 GDELT lines


@dataclass(frozen=True)
class Malformed:
    """A line that cannot become an event, and why."""

    path: str
    line: int
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass
class Batch:
    """Rows of one file as strings (our column names), with their 1-based line numbers."""

    path: str
    table: pa.Table
    lines: np.ndarray


def open_members(path: Path) -> Iterator[tuple[str, IO[bytes]]]:
    """(name for messages, binary stream) for a plain, .gz or .zip file."""
    if not path.exists():
        raise InputError(str(path), None, "no such file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    with zf.open(info) as fh:
                        yield f"{path}!{info.filename}", fh
        return
    with open(path, "rb") as raw:
        magic = raw.read(2)
    if magic == b"\x1f\x8b":
        with gzip.open(path, "rb") as fh:
            yield str(path), fh
    else:
        with open(path, "rb") as fh:
            yield str(path), fh


def _first_line(stream: IO[bytes]) -> tuple[bytes, IO[bytes]]:
    """The first line, and a stream that still starts with it."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)
    head = buffered.peek(1 << 16)
    end = head.find(b"\n")
    return (head if end < 0 else head[:end]).rstrip(b"\r"), buffered


def read_batches(path: Path, fmt: Format, bad: list[Malformed]) -> Iterator[Batch]:
    """Batches of well-formed rows of `path` in `fmt`; malformed lines go to `bad`."""
    for name, raw in open_members(path):
        yield from _read_member(name, raw, fmt, bad)


def _read_member(name: str, raw: IO[bytes], fmt: Format, bad: list[Malformed]
                 ) -> Iterator[Batch]:
    first, stream = _first_line(raw)
    if not first.strip() and not stream.peek(1):
        return
    text = first.decode("utf-8", errors="replace")
    sep = fmt.separator
    if sep not in text and "," in text:
        sep = ","  # a pandas-written copy (the public GDELT mentions sample)
    fields = text.split(sep)
    columns = header_columns(fmt, fields)
    skip = 0
    if columns is not None:
        skip = 1
        columns = _fit_header(columns, fmt, stream, sep)
    elif fmt.header:
        bad.append(Malformed(name, 1, f"no {fmt.name} header row (expected "
                                      f"{', '.join(fmt.columns[:3])}, ...)"))
        return
    else:
        n = len(fields)
        if n not in fmt.counts:
            second = stream.peek(1 << 16).split(b"\n", 2)
            if len(second) < 2 or len(second[1].split(sep.encode())) not in fmt.counts:
                bad.append(Malformed(name, 0, f"{n} fields a line, a {fmt.name} file has "
                                              f"{' or '.join(map(str, fmt.counts))}: "
                                              "not this format; file skipped"))
                return
            n = fmt.counts[0]
        columns = list(fmt.columns[:n])
    width = len(columns)
    other: list[tuple[int, str]] = []  # lines of another accepted width (GDELT 1.0 backfile)
    skipped: list[int] = []

    def invalid(row) -> str:
        line = (row.number or 0)
        if row.actual_columns in fmt.counts and fmt.header is False:
            other.append((line, row.text))
        else:
            reason = (f"{row.actual_columns} fields, expected {width}" if row.text.strip()
                      else "empty line")
            bad.append(Malformed(name, line, reason))
        skipped.append(line)
        return "skip"

    reader = pacsv.open_csv(
        stream,
        read_options=pacsv.ReadOptions(column_names=columns, skip_rows=skip, use_threads=False,
                                       block_size=BLOCK),
        parse_options=pacsv.ParseOptions(delimiter=sep, quote_char='"' if sep == "," else False,
                                         invalid_row_handler=invalid,
                                         ignore_empty_lines=False),
        convert_options=pacsv.ConvertOptions(column_types={c: pa.string() for c in columns},
                                             strings_can_be_null=False),
    )
    done = 0  # valid rows yielded so far
    seen = 0  # skipped lines accounted for
    marks: list[int] = []  # per skipped line: valid rows before it
    try:
        for record in reader:
            rows = record.num_rows
            while seen < len(skipped):
                marks.append(skipped[seen] - 1 - skip - seen)
                seen += 1
            index = np.arange(done, done + rows)
            lines = index + 1 + skip + np.searchsorted(np.asarray(marks), index, side="right")
            done += rows
            table = pa.Table.from_batches([record])
            if other:
                table, lines = _with_other(table, lines, other, columns, sep)
                other.clear()
            yield Batch(name, table, lines)
        if other:
            table, lines = _with_other(pa.table({c: pa.array([], pa.string()) for c in columns}),
                                       np.array([], dtype=np.int64), other, columns, sep)
            yield Batch(name, table, lines)
    except pa.ArrowInvalid as exc:
        bad.append(Malformed(name, 0, f"unreadable: {exc}".splitlines()[0]))
    except (OSError, EOFError, zipfile.BadZipFile) as exc:
        bad.append(Malformed(name, 0, f"truncated or corrupt file ({exc})"))


def _fit_header(columns: list[str], fmt: Format, stream: IO[bytes], sep: str) -> list[str]:
    """Header names for the rows as they are: some POLECAT files name an extra column
    (`Headline`) their rows lack, or end their rows with empty fields the header lacks."""
    head = stream.peek(1 << 16)
    lines = head.split(b"\n", 2)
    if len(lines) < 3:
        return columns
    n = len(lines[1].rstrip(b"\r").decode("utf-8", errors="replace").split(sep))
    if n < len(columns) and all(c in columns[:n] for c in fmt.columns):
        return columns[:n]
    if n > len(columns):
        return columns + [f"_extra{i}" for i in range(len(columns), n)]
    return columns


def _with_other(table: pa.Table, lines: np.ndarray, other: list[tuple[int, str]],
                columns: list[str], sep: str) -> tuple[pa.Table, np.ndarray]:
    """Add lines of a shorter accepted width, missing trailing columns left empty."""
    width = len(columns)
    rows = [(t.split(sep) + [""] * width)[:width] for _, t in other]
    extra = pa.table({c: pa.array([r[i] for r in rows], pa.string())
                      for i, c in enumerate(columns)})
    return (pa.concat_tables([table, extra]),
            np.concatenate([lines, np.array([n for n, _ in other], dtype=np.int64)]))
