"""Big inputs read as streams: JSONL line by line, `.gz` files and `.zip` archives.

`read_file` reads a whole file into memory, which is right for an article and wrong
for a 1 GB JSONL dump. Files named here are read a line (JSONL) or a member (zip) at a
time, so memory stays bounded whatever their size; every member or line goes through
the same readers and checks as a plain file, and a bad one is reported and skipped.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path, PurePosixPath

from detente.errors import InputError
from detente.models import Article

JSONL = {".jsonl", ".ndjson"}


def streamed(path: Path) -> bool:
    """Whether `path` is read as a stream: JSONL, gzip-compressed files, zip archives."""
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    return bool(suffixes) and (suffixes[-1] in JSONL | {".gz", ".zip"})


def read_stream(path: Path, published: date | None, on_error) -> Iterator[Article]:
    """Articles from a streamed file (see `streamed`)."""
    from detente.ingest import readers

    name = str(path)
    suffix = path.suffix.lower()
    try:
        what = readers._special(path.stat().st_mode)
        if what is not None:  # a FIFO would wait for a writer forever
            on_error(InputError(name, None, f"not a regular file but {what}: detente reads "
                                            "files, folders and '-' (standard input)"))
            return
        if suffix == ".zip":
            yield from _zip(path, published, on_error)
        elif suffix == ".gz":
            inner = Path(path.stem)
            with gzip.open(path, "rb") as raw:
                if inner.suffix.lower() in JSONL | {".json"}:
                    yield from _jsonl(raw, name, published, on_error)
                else:
                    yield from _whole(_bounded(raw, name), name, inner, published, on_error)
        else:
            with path.open("rb") as raw:
                head = raw.read(4)
                raw.seek(0)
                if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
                    # UTF-16/32 text has no byte lines: read whole, as `read_file` does
                    yield from _whole(_bounded(raw, name), name, path, published, on_error)
                else:
                    yield from _jsonl(raw, name, published, on_error)
    except InputError as error:
        on_error(error)
    except (OSError, EOFError, zipfile.BadZipFile, gzip.BadGzipFile) as exc:
        on_error(InputError(name, None, f"cannot read compressed or archived file ({exc})"))


def _jsonl(raw: io.BufferedIOBase | gzip.GzipFile, name: str, published: date | None,
           on_error) -> Iterator[Article]:
    from detente.ingest.readers import read_jsonl_lines

    yield from read_jsonl_lines(_lines(raw, name, on_error), name, published, on_error)


def _lines(raw: Iterable[bytes], name: str, on_error) -> Iterator[str]:
    """Decoded lines; a line that is not UTF-8 is reported and read as blank (so the
    line numbers of the rest stay right)."""
    empty = True
    for number, line in enumerate(raw, start=1):
        if b"\x00" in line:
            on_error(InputError(name, number, "binary data (NUL bytes): expected JSONL"))
            yield ""
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte order mark
            line = line[3:]
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            on_error(InputError(name, number, f"not UTF-8 (byte 0x{line[exc.start]:02x})"))
            yield ""
            continue
        empty = empty and not text.strip()
        yield text
    if empty:
        on_error(InputError(name, None, "empty file: no text to code"))


def _zip(path: Path, published: date | None, on_error) -> Iterator[Article]:
    with zipfile.ZipFile(path) as archive:
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            inner = PurePosixPath(info.filename)
            if info.is_dir() or any(p.startswith(".") or p == "__MACOSX" for p in inner.parts):
                continue
            name = f"{path}!{info.filename}"
            with archive.open(info) as raw:
                if inner.suffix.lower() in JSONL:
                    yield from _jsonl(raw, name, published, on_error)
                    continue
                try:
                    data = _bounded(raw, name)
                except InputError as error:
                    on_error(error)
                    continue
                yield from _whole(data, name, Path(inner.name), published, on_error)


def _bounded(raw, name: str) -> bytes:
    """A member or decompressed file read whole, up to the limit on one file."""
    from detente.ingest import readers

    data = raw.read(readers.MAX_FILE_BYTES + 1)
    if len(data) > readers.MAX_FILE_BYTES:
        raise InputError(name, None, readers._too_big(len(data)))
    return data


def _whole(data: bytes, name: str, inner: Path, published: date | None,
           on_error) -> Iterator[Article]:
    """One member or decompressed file read as `read_file` reads a file on disk."""
    from detente.ingest import readers

    try:
        text = readers.decode_text(data, name)
    except InputError as error:
        on_error(error)
        return
    kind = readers._kind(inner, text[:400])
    if kind == "jsonl":
        yield from readers.read_jsonl_lines(text.split("\n"), name, published, on_error)
        return
    if kind == "feed":
        yield from readers.read_feed(data, name, published, on_error)
        return
    try:
        article = (readers.read_html(text, name, published) if kind == "html"
                   else readers.read_text(text, path=name, published=published))
    except InputError as error:
        on_error(error)
        return
    problem = readers.check_text(article.text)
    if problem:
        on_error(InputError(name, None, problem))
        return
    yield article
