"""Read plain text, HTML, JSONL, feeds, folders and standard input.

Every reader yields `Article`s and reports unreadable input through `on_error`
(an `InputError` naming the file, the line and the problem), then goes on with
the rest of the batch: one bad line must not cost a user the other thousand.
"""

from __future__ import annotations

import json
import re
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


def _decode(data: bytes, path: str) -> str:
    if not data.strip():
        raise InputError(path, None, "empty file: no text to code")
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
        doc_id = record.get("id")
        yield Article(
            doc_id=str(doc_id) if doc_id not in (None, "") else content_id(text, record.get("title")),
            text=text,
            title=record.get("title"),
            url=record.get("url"),
            published=when,
            source=record.get("source"),
            path=path,
            line=number,
        )


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
            when = date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
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


def read_file(path: Path, published: date | None = None, on_error: OnError = _raise) -> Iterator[Article]:
    """Articles from one file, whatever its kind."""
    from detente.ingest.streams import read_stream, streamed

    if streamed(path):  # JSONL, .gz and .zip: a line or member at a time, memory bounded
        yield from read_stream(path, published, on_error)
        return
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        on_error(InputError(name, None, f"cannot read file ({exc.strerror})"))
        return
    try:
        text = _decode(data, name)
    except InputError as error:
        on_error(error)
        return
    kind = _kind(path, text[:400])
    if kind == "jsonl":
        yield from read_jsonl_lines(text.split("\n"), name, published, on_error)
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


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Files named, and files under folders named (recursively, sorted); '-' is stdin."""
    for raw in paths:
        if str(raw) == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(p.startswith(".") for p in child.relative_to(path).parts):
                    yield child
        else:
            yield path


def read_stdin(published: date | None, on_error: OnError) -> Iterator[Article]:
    """Standard input: JSONL when every line is a JSON object, plain text otherwise."""
    data = sys.stdin.buffer.read()
    try:
        text = _decode(data, "<stdin>")
    except InputError as error:
        on_error(error)
        return
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        yield from read_jsonl_lines(text.split("\n"), "<stdin>", published, on_error)
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
    for item in iter_files(paths):
        if item == "-":
            yield from read_stdin(published, on_error)
        elif not Path(item).exists():
            on_error(InputError(str(item), None, "no such file or folder"))
        else:
            yield from read_file(Path(item), published, on_error)
