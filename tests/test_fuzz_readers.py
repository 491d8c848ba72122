"""Fuzz the readers: whatever bytes arrive as text, HTML, JSONL or a feed, reading them never
raises; it yields articles with text and string fields, or reports one clear error per bad
file or line. Bounded to a few seconds (a fixed number of examples, no example database)."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.errors import InputError
from detente.ingest import read_paths

FUZZ = settings(max_examples=40, deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
WORDS = st.sampled_from(["Turkey", "met", "Russia", "the", "in", "Ankara", "and", "said", "of",
                         "sanctions", "on", "Friday", "\u00e9", "\u202e", "\x00", "&amp;", "<b>",
                         "]]>", "\ufeff", "\n", "\r\n", "  ", "\t", "{", "\"", "'", "\\"])
PROSE = st.lists(WORDS, max_size=60).map(" ".join)
TEXTISH = st.one_of(PROSE, st.text(max_size=200))
VALUE = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | TEXTISH,
                     lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)
DATES = st.one_of(st.dates().map(str), st.text(max_size=12), st.integers(), st.none(),
                  st.sampled_from(["9999-12-31", "0001-01-01", "2021-02-30", "2021-03-20T25:00"]))


def read(path, data: bytes):
    path.write_bytes(data)
    errors: list[InputError] = []
    articles = list(read_paths([path], date(2021, 3, 20), on_error=errors.append))
    for article in articles:
        assert isinstance(article.text, str) and article.text.strip()
        assert isinstance(article.doc_id, str) and article.doc_id
        for value in (article.title, article.url, article.source):
            assert value is None or isinstance(value, str)
        assert article.published is None or isinstance(article.published, date)
    for error in errors:
        assert str(path) in str(error) and "\n" not in str(error)
    return articles, errors


@FUZZ
@given(data=st.one_of(st.binary(max_size=400), TEXTISH.map(lambda t: t.encode("utf-8")),
                      PROSE.map(lambda t: t.encode("utf-16"))))
def test_text_files(tmp_path, data):
    read(tmp_path / "a.txt", data)


@FUZZ
@given(body=st.lists(st.tuples(st.sampled_from(["p", "div", "article", "script", "h1", "a",
                                                "table", "td", "title", "meta", "!--"]),
                               TEXTISH, st.booleans()), max_size=8))
def test_html_files(tmp_path, body):
    parts = []
    for tag, text, closed in body:
        parts.append(f"<{tag}>{text}" + (f"</{tag}>" if closed else ""))
    read(tmp_path / "a.html", f"<html><body>{''.join(parts)}".encode())


@FUZZ
@given(records=st.lists(st.one_of(
    st.fixed_dictionaries({"text": TEXTISH}, optional={
        "id": VALUE, "title": VALUE, "url": VALUE, "source": VALUE, "published": DATES}
    ).map(json.dumps),
    VALUE.map(json.dumps),
    st.text(max_size=40),
), max_size=6))
def test_jsonl_files(tmp_path, records):
    read(tmp_path / "a.jsonl", "\n".join(records).encode("utf-8", "surrogatepass"))


@FUZZ
@given(entries=st.lists(st.tuples(TEXTISH, TEXTISH, DATES, TEXTISH), max_size=4),
       atom=st.booleans(), tail=st.binary(max_size=30))
def test_feeds(tmp_path, entries, atom, tail):
    def esc(text):
        return str(text).replace("&", "&amp;").replace("<", "&lt;")

    if atom:
        items = "".join(f"<entry><title>{esc(t)}</title><id>{esc(i)}</id><updated>{esc(d)}"
                        f"</updated><content type='html'>{esc(c)}</content></entry>"
                        for t, c, d, i in entries)
        doc = f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'>{items}</feed>"
    else:
        items = "".join(f"<item><title>{esc(t)}</title><guid>{esc(i)}</guid><pubDate>{esc(d)}"
                        f"</pubDate><description>{esc(c)}</description></item>"
                        for t, c, d, i in entries)
        doc = f"<?xml version='1.0'?><rss version='2.0'><channel>{items}</channel></rss>"
    read(tmp_path / "a.xml", doc.encode("utf-8", "surrogatepass") + tail)
