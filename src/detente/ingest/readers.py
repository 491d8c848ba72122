"""Read plain text, HTML, JSONL, feeds, folders and standard input.

Every reader yields `Article`s and reports unreadable input through `on_error`
(an `InputError` naming the file, the line and the problem), then goes on with
the rest of the batch: one bad line must not cost a user the other thousand.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from detente.errors import InputError
from detente.ingest.ids import content_id
from detente.models import Article

OnError = Callable[[InputError], None]

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}

# One file (or standard input) is read whole, so its size is capped: far above any news
# file (a 50 MB text is read and coded in pieces), low enough that one file cannot take
# the machine's memory. Larger archives are split, or given as JSONL of many articles.
MAX_FILE_BYTES = 512 * 1024 * 1024

# Byte order marks, longest first (a UTF-32-LE mark begins with the UTF-16-LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_SPECIAL = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)

# The commonest English function words: a document in which almost none occur is
# not English (or not prose), and the English models would code noise from it.
_ENGLISH = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "as", "was", "by", "it", "said", "at", "from", "his", "be", "has", "have", "are", "an", "not", "this", "will", "its", "were", "their", "but", "which", "had", "after", "who", "they", "been", "he", "or", "more", "also", "would", "over", "against", "than", "between"]
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _raise(error: InputError) -> None:
    raise error


def parse_date(value: object) -> date | None:
    """ISO dates and datetimes (`2021-03-20`, `2021-03-20T10:00:00Z`) to a `date`."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value if not isinstance(value, datetime) else value.date()
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError as exc:
        raise ValueError(f"'published' must be a date like 2021-03-20, got {text!r}") from exc


def check_text(text: str) -> str | None:
    """Say what is wrong with a document's text, or None when it can be coded."""
    if not text.strip():
        return "empty document: no text to code"
    words = _WORD.findall(text[:20000].lower())
    if len(words) >= 8:
        share = sum(w in _ENGLISH for w in words) / len(words)
        if share < 0.08:
            return (
                f"not English (only {share:.0%} common English words); "
                "detente codes English news"
            )
    return None


def split_title(text: str) -> tuple[str | None, str]:
    """The first line is the title when a blank line follows it."""
    lines = text.lstrip("\ufeff").split("\n", 2)
    if len(lines) >= 3 and lines[0].strip() and not lines[1].strip() and len(lines[0]) < 300:
        return lines[0].strip(), lines[2]
    return None, text.lstrip("\ufeff")


def read_text(
    text: str,
    *,
    path: str = "<text>",
    published: date | None = None,
    doc_id: str | None = None,
    title: str | None = None,
) -> Article:
    """An `Article` from plain text (the title is split off when marked by a blank line).

    The body keeps the title as its first paragraph removed; offsets in events
    refer to `Article.text`.
    """
    if title is None:
        title, body = split_title(text)
    else:
        body = text
    return Article(
        doc_id=doc_id or content_id(body, title),
        text=body,
        title=title,
        published=published,
        path=path,
    )


def decode_text(data: bytes, path: str) -> str:
    """Text from bytes: UTF-8, or UTF-8/16/32 with a byte order mark; else an `InputError`."""
    if not data.strip():
        raise InputError(path, None, "empty file: no text to code")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise InputError(
                    path, None,
                    f"starts with a {name} byte order mark but is not valid {name} "
                    f"({exc.reason} at byte {exc.start})",
                ) from None
    if b"\x00" in data[:8192]:
        raise InputError(path, None, "binary file (contains NUL bytes): expected text, HTML or JSONL")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            path,
            line,
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it, e.g. `iconv -f latin1 -t utf-8`",
        ) from None


def _kind(path: Path, head: str) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    start = head.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html")):
        return "html"
    if start.startswith(("<?xml", "<rss", "<feed")):
        return "feed"
    return "text"


def read_html(html: str, path: str, published: date | None = None) -> Article:
    """The article body of an HTML page, via trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None and not isinstance(doc, dict) else (
        doc.get("text") if isinstance(doc, dict) else None
    )
    if not body or not body.strip():
        raise InputError(path, None, "HTML with no article body found (truncated or empty page?)")
    meta = doc if isinstance(doc, dict) else {k: getattr(doc, k, None) for k in ("title", "date", "url")}
    when = published
    if meta.get("date"):
        try:
            when = parse_date(meta["date"]) or published
        except ValueError:
            when = published
    title = meta.get("title")
    return Article(
        doc_id=content_id(body, title),
        text=body,
        title=title,
        url=meta.get("url"),
        published=when,
        path=path,
    )


def read_jsonl_lines(
    lines: Iterable[str], path: str, published: date | None, on_error: OnError
) -> Iterator[Article]:
    """One article per line: `text` required; `id`, `title`, `url`, `published`, `source` optional."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(InputError(path, number, f"not valid JSON ({exc.msg} at column {exc.colno})"))
            continue
        if not isinstance(record, dict):
            on_error(InputError(path, number, "expected a JSON object with a 'text' field"))
            continue
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            on_error(InputError(path, number, "no 'text' field (or it is empty): nothing to code"))
            continue
        problem = check_text(text)
        if problem:
            on_error(InputError(path, number, problem))
            continue
        try:
            when = parse_date(record.get("published")) or published
        except ValueError as exc:
            on_error(InputError(path, number, str(exc)))
            continue
        try:
            doc_id, title, url, source = (_text_field(record, k)
                                          for k in ("id", "title", "url", "source"))
        except ValueError as exc:
            on_error(InputError(path, number, str(exc)))
            continue
        yield Article(
            doc_id=doc_id or content_id(text, title),
            text=text,
            title=title,
            url=url,
            published=when,
            source=source,
            path=path,
            line=number,
        )


def _text_field(record: dict, key: str) -> str | None:
    """An optional text field of a JSONL record: a number is written as text, a list or an
    object is an error (the store and the outputs keep these fields as text)."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise ValueError(f"'{key}' must be text, got {type(value).__name__}")


def read_feed(data: bytes, path: str, published: date | None, on_error: OnError) -> Iterator[Article]:
    """Entries of an RSS or Atom feed, their summary or content as text."""
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        on_error(InputError(path, None, f"not a readable RSS/Atom feed ({feed.bozo_exception})"))
        return
    for number, entry in enumerate(feed.entries, start=1):
        html = ""
        if entry.get("content"):
            html = entry["content"][0].get("value", "")
        html = html or entry.get("summary", "")
        text = re.sub(r"<[^>]+>", " ", html)
        text = re.sub(r"[ \t]+", " ", text).strip()
        if not text:
            on_error(InputError(path, number, "feed entry with no text"))
            continue
        when = published
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        if parsed:
            try:
                when = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except (ValueError, TypeError, OverflowError):
                when = published
        yield Article(
            doc_id=entry.get("id") or content_id(text, entry.get("title")),
            text=text,
            title=entry.get("title"),
            url=entry.get("link"),
            published=when,
            source=feed.feed.get("title"),
            path=path,
            line=number,
        )


def _special(mode: int) -> str | None:
    """What a path is when it is no regular file (None for a file)."""
    for test, what in _SPECIAL:
        if test(mode):
            return what
    return None


def _too_big(size: int) -> str:
    return (f"larger than the {MAX_FILE_BYTES // 2**20} MB limit on one file ({size:,} bytes or "
            "more): split it, e.g. one article per line of a JSONL file")


def regular_file(path: Path) -> os.stat_result:
    """The file's status; a FIFO, a device or a socket is refused before it is opened
    (opening a FIFO waits for a writer forever, /dev/zero never ends)."""
    name = str(path)
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(name, None, f"cannot read file ({exc.strerror})") from None
    what = _special(info.st_mode)
    if what is not None:
        raise InputError(name, None, f"not a regular file but {what}: detente reads files, "
                                     "folders and '-' (standard input)")
    return info


def read_bytes(path: Path) -> bytes:
    """A regular file's bytes, up to the size limit (see `regular_file`)."""
    name = str(path)
    info = regular_file(path)
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(name, None, _too_big(info.st_size))
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError(name, None, f"cannot read file ({exc.strerror})") from None
    if len(data) > MAX_FILE_BYTES:  # it grew, or /proc-like files that report no size
        raise InputError(name, None, _too_big(len(data)))
    return data


def _lines(text: str) -> Iterator[str]:
    """The lines of `text` one at a time (a list of them would double a large file)."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def read_file(path: Path, published: date | None = None, on_error: OnError = _raise) -> Iterator[Article]:
    """Articles from one file, whatever its kind."""
    from detente.ingest.streams import read_stream, streamed

    if streamed(path):  # JSONL, .gz and .zip: a line or member at a time, memory bounded
        try:
            regular_file(path)
        except InputError as error:
            on_error(error)
            return
        yield from read_stream(path, published, on_error)
        return
    name = str(path)
    try:
        data = read_bytes(path)
    except InputError as error:
        on_error(error)
        return
    try:
        text = decode_text(data, name)
    except InputError as error:
        on_error(error)
        return
    kind = _kind(path, text[:400])
    if kind == "jsonl":
        del data
        yield from read_jsonl_lines(_lines(text), name, published, on_error)
        return
    if kind == "feed":
        yield from read_feed(data, name, published, on_error)
        return
    try:
        article = read_html(text, name, published) if kind == "html" else read_text(
            text, path=name, published=published
        )
    except InputError as error:
        on_error(error)
        return
    problem = check_text(article.text)
    if problem:
        on_error(InputError(name, None, problem))
        return
    yield article


def _walk(folder: Path, on_error: OnError) -> list[Path]:
    """Every file under `folder` (hidden ones and symlinked folders left out), sorted; a
    subfolder that cannot be listed is reported, not passed over in silence."""
    found: list[Path] = []

    def failed(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else folder
        on_error(InputError(str(where), None, f"cannot read folder ({exc.strerror})"))

    for root, dirs, files in os.walk(folder, onerror=failed):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(found)


def iter_files(paths: Iterable[str | Path], on_error: OnError = _raise) -> Iterator[Path | str]:
    """Files named, and files under folders named (recursively, sorted); '-' is stdin."""
    for raw in paths:
        if str(raw) == "-":
            yield "-"
            continue
        if not str(raw).strip():  # Path("") is the current folder: never read it unasked
            on_error(InputError(repr(str(raw)), None, "empty path: name a file or a folder"))
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, on_error)
        else:
            yield path


def read_stdin(published: date | None, on_error: OnError) -> Iterator[Article]:
    """Standard input: JSONL when every line is a JSON object, plain text otherwise."""
    data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        on_error(InputError("<stdin>", None, _too_big(len(data))))
        return
    try:
        text = decode_text(data, "<stdin>")
    except InputError as error:
        on_error(error)
        return
    lines = [ln for ln in _lines(text) if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        yield from read_jsonl_lines(_lines(text), "<stdin>", published, on_error)
        return
    article = read_text(text, path="<stdin>", published=published)
    problem = check_text(article.text)
    if problem:
        on_error(InputError("<stdin>", None, problem))
        return
    yield article


def read_paths(
    paths: Iterable[str | Path], published: date | None = None, on_error: OnError = _raise
) -> Iterator[Article]:
    """All articles under `paths`; `published` dates documents that carry no date."""
    for item in iter_files(paths, on_error):
        if item == "-":
            yield from read_stdin(published, on_error)
        elif not Path(item).exists():
            on_error(InputError(str(item), None, "no such file or folder"))
        else:
            try:
                yield from read_file(Path(item), published, on_error)
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001 - a reader's bug costs one file, not the run
                from detente.errors import internal_error

                on_error(InputError(str(item), None, "could not be read: "
                                    + internal_error(exc, f"reading {item}")))
