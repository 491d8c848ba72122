"""Readers: every input kind becomes Articles; bad input is named and the rest goes on."""

from __future__ import annotations

import json
from datetime import date

import pytest
from _ingest_helpers import BODY, collect

from detente.ingest import content_id

REPORT = "Turkey and Iran hold talks\n\n" + BODY


def test_text_file_title_split_and_published(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(REPORT, encoding="utf-8")
    (article,), errors = collect([path], date(2021, 3, 20))
    assert not errors
    assert article.title == "Turkey and Iran hold talks"
    assert article.text.startswith("Turkish Foreign Minister")
    assert article.published == date(2021, 3, 20)


def test_same_text_same_id_whatever_the_file(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT + "\n", encoding="utf-8")
    articles, _ = collect([tmp_path])
    assert len({a.doc_id for a in articles}) == 1
    assert articles[0].doc_id == content_id(articles[0].text, articles[0].title)


def test_jsonl_fields_and_bad_lines_named(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "x1", "text": REPORT, "published": "2021-03-19", "url": "http://e/x1"}),
        "{not json",
        json.dumps({"title": "no text here"}),
        json.dumps({"text": REPORT.replace("Friday", "Monday")}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = collect([path])
    assert articles[0].doc_id == "x1"
    assert articles[0].published == date(2021, 3, 19) and articles[0].url == "http://e/x1"
    assert len(articles) == 2 and articles[1].doc_id.startswith("h")
    assert [(e.line, "JSON" in e.problem) for e in errors] == [(2, True), (3, False)]
    assert "'text'" in errors[1].problem and str(path) in str(errors[1])


def test_folders_recurse_and_html_body(tmp_path):
    sub = tmp_path / "deep" / "er"
    sub.mkdir(parents=True)
    (sub / "story.html").write_text(
        "<html><head><title>Talks</title></head><body><nav>Home | World</nav><article><h1>Talks</h1>"
        + "".join(f"<p>{REPORT.splitlines()[2]} Paragraph {i}.</p>" for i in range(4))
        + "</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "plain.txt").write_text(REPORT, encoding="utf-8")
    articles, errors = collect([tmp_path])
    assert not errors
    html = next(a for a in articles if a.path.endswith("story.html"))
    assert "Cavusoglu" in html.text and "Home | World" not in html.text


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"   \n", "empty"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 20, "binary"),
        ("latin.txt", "Erdoğan met Putin in Sochi.".encode("latin-1", "replace") + b"\xe9\xe9", "UTF-8"),
        ("german.txt", "Die Regierung hat am Montag neue Gespräche mit der Türkei "
                       "angekündigt, sagte ein Sprecher in Berlin.".encode(), "not English"),
        ("cut.html", b"<html><body><div class=", "HTML"),
    ],
)
def test_bad_files_get_one_clear_error_and_the_rest_goes_on(tmp_path, name, data, problem):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    articles, errors = collect([tmp_path])
    assert len(articles) == 1
    assert len(errors) == 1 and problem in errors[0].problem and name in errors[0].path


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    articles, errors = collect([tmp_path / "nope.txt"])
    assert not articles and "no such file" in errors[0].problem
