"""One document must not end a run: coding failures, dates out of range and texts longer than
the parser takes cost at most that document, and everything else of the run is stored."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from detente import coding
from detente.coding import CodeRun, split_points
from detente.errors import InputError
from detente.models import Actor, Article, CodedDocument, Event
from detente.store import Store

TALKS = ("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi, "
         "and the two said that they would work for peace.")
CLASH = "Russian troops shelled the Ukrainian city of Kharkiv, Ukraine's defence ministry said."


class FakePipeline:
    """Codes one event per document; a document saying BOOM makes it fail like a bug would."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}

    def code_articles(self, articles):
        for article in articles:
            if "BOOM" in article.text:
                raise RuntimeError("the coder tripped")
            ev = Event(doc_id=article.doc_id, sentence_index=0, evidence=article.text,
                       char_start=0, char_end=len(article.text),
                       source=Actor("Turkey", "TUR", "TUR"), target=Actor("Russia", "RUS", "RUS"),
                       plover="CONSULT", cameo="040", quad="verbal_coop", intensity=0.4,
                       goldstein=1.0, event_id=f"e-{article.doc_id}", rule="fake")
            if "BADROW" in article.text:
                ev.intensity = "not a number"  # the store cannot write it
            yield CodedDocument(article=article, events=[ev], n_sentences=1)


def _jsonl(path: Path, texts: list[str]) -> None:
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": t}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")


@pytest.fixture()
def logs(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv("DETENTE_LOG_DIR", str(folder))
    return folder


@pytest.mark.parametrize("bad", ["BOOM", "BADROW"])
def test_a_document_that_breaks_the_coder_or_the_store_costs_only_itself(tmp_path, logs, bad):
    texts = [f"{TALKS} Story {i}." for i in range(70)]
    texts[40] = f"{TALKS} {bad} story."
    _jsonl(tmp_path / "news.jsonl", texts)
    errors: list[InputError] = []
    db = tmp_path / "s.duckdb"
    stats = CodeRun(db=str(db), pipeline=FakePipeline(), batch=8).run(
        [str(tmp_path / "news.jsonl")], on_error=errors.append)
    assert stats["coded"] == 69 and stats["events"] == 69
    assert len(errors) == 1
    assert errors[0].path.endswith("news.jsonl") and errors[0].line == 41
    assert "bug" in errors[0].problem and str(logs) in errors[0].problem
    assert "the coder tripped" in (logs.glob("*.log").__next__().read_text()) or bad == "BADROW"
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 69
    # a rerun codes only the document that failed
    again = CodeRun(db=str(db), pipeline=FakePipeline()).run([str(tmp_path / "news.jsonl")],
                                                             on_error=errors.append)
    assert again["skipped"] == 69 and again["coded"] == 0


def test_split_points_cut_at_paragraphs_then_sentences():
    text = ("First sentence here. Second one there.\n\n" * 30) + "x" * 50
    cuts = split_points(text, 200)
    bounds = [0, *cuts, len(text)]
    assert all(b - a <= 200 for a, b in itertools.pairwise(bounds))
    assert all(text[c - 2:c] == "\n\n" for c in cuts[:-1])
    one_paragraph = "A short sentence ends here. " * 40
    for c in split_points(one_paragraph, 300):
        assert one_paragraph[c - 2:c] == ". "


@pytest.fixture(scope="module")
def pipeline():
    from detente.pipeline import Pipeline

    old = os.environ.get("DETENTE_ACTORS")
    os.environ["DETENTE_ACTORS"] = "/nonexistent/detente-actors.csv"
    try:
        yield Pipeline()
    finally:
        if old is None:
            os.environ.pop("DETENTE_ACTORS", None)
        else:
            os.environ["DETENTE_ACTORS"] = old


def test_a_long_text_is_coded_in_pieces_with_whole_document_offsets(pipeline, tmp_path,
                                                                     monkeypatch):
    paragraphs = [f"{TALKS} They spoke for {i + 2} hours.\n\n{CLASH}\n\n" for i in range(12)]
    text = "".join(paragraphs)
    monkeypatch.setattr(coding, "PIECE_CHARS", 1000)
    assert len(text) > 2 * 1000
    whole = next(pipeline.code_articles([Article(doc_id="w", text=text,
                                                 published=date(2021, 10, 2))]))
    limit = coding.piece_limit(pipeline)
    pieces = coding.code_in_pieces(pipeline, Article(doc_id="p", text=text,
                                                     published=date(2021, 10, 2)), limit)
    assert pieces.events, "the pieces are coded"
    for ev in pieces.events:
        assert text[ev.char_start:ev.char_end] == ev.evidence
    assert len({ev.event_id for ev in pieces.events}) == len(pieces.events)
    assert pieces.n_sentences == whole.n_sentences
    got = sorted((e.sentence_index, e.source.code, e.plover, e.target and e.target.code)
                 for e in pieces.events)
    want = sorted((e.sentence_index, e.source.code, e.plover, e.target and e.target.code)
                  for e in whole.events)
    assert got == want


def test_dates_out_of_range_do_not_end_a_run(pipeline):
    late = pipeline.code_text(f"{TALKS[:-1]} tomorrow.", published=date(9999, 12, 31))
    early = pipeline.code_text(f"{TALKS[:-1]} on Friday.", published=date(1, 1, 1))
    assert late and late[0].date == "9999-12-31"
    assert early and early[0].date == "0001-01-01"


def detente(*args: str):
    return subprocess.run([sys.executable, "-m", "detente.cli", *args], capture_output=True,
                          text=True, timeout=600, check=False)


def test_cli_codes_a_text_over_the_parser_limit_and_dates_out_of_range(tmp_path):
    """End to end: a text longer than spaCy's 1,000,000 characters, a document published on
    the last day there is, and one on the first, in one run: all coded, all stored, exit 0."""
    padding = ("\n\n" + " " * 998) * 1100  # 1.1 M characters of blank paragraphs
    (tmp_path / "long.txt").write_text(f"Talks and shelling\n\n{TALKS}\n{padding}\n{CLASH}\n", encoding="utf-8")
    (tmp_path / "old.txt").write_text(f"{CLASH[:-1]} on Friday.", encoding="utf-8")
    (tmp_path / "late.jsonl").write_text(json.dumps(
        {"id": "late", "published": "9999-12-31", "text": f"{TALKS[:-1]} tomorrow."}) + "\n",
        encoding="utf-8")
    db, out = tmp_path / "s.duckdb", tmp_path / "e.jsonl"
    run = detente("code", str(tmp_path / "long.txt"), str(tmp_path / "late.jsonl"),
                  str(tmp_path / "old.txt"), "--published", "0001-01-01", "--db", str(db),
                  "--jsonl", str(out))
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "3 coded" in run.stderr
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 3
        docs = store.documents_frame()
        long_id = docs[docs["path"].str.endswith("long.txt")]["doc_id"].iloc[0]
        text = store.document_text(long_id)
    assert len(text) > 1_000_000
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    long_events = [e for e in events if e["doc_id"] == long_id]
    assert {e["target"]["country"] for e in long_events} >= {"RUS", "UKR"}
    for e in long_events:
        assert text[e["char_start"]:e["char_end"]] == e["evidence"]


class RichPipeline(FakePipeline):
    """One event with every part filled: a person with an office, a quote, a place."""

    def code_articles(self, articles):
        from detente.models import Location, Quote

        for coded in super().code_articles(articles):
            ev = coded.events[0]
            ev.source = Actor("Erdogan", "TURGOV", "TUR", "GOV", "Recep Tayyip Erdogan",
                              kind="person", role="President")
            ev.quote = Quote(speaker=ev.source, text="We will work for peace.")
            ev.location = Location("Sochi", "RUS", 43.6, 39.7)
            ev.date, ev.date_precision, ev.mutual = "2021-09-29", "day", True
            yield coded


def _shape(obj):
    if isinstance(obj, dict):
        return {k: _shape(v) for k, v in obj.items()}
    return type(obj).__name__ if obj is not None else None


def test_jsonl_has_one_shape_fresh_or_already_stored(tmp_path):
    _jsonl(tmp_path / "news.jsonl", [f"{TALKS} Story {i}." for i in range(3)])
    outs = []
    for _ in range(2):  # the first run codes, the second writes the stored events again
        buf = io.StringIO()
        CodeRun(db=str(tmp_path / "s.duckdb"), pipeline=RichPipeline(), jsonl=buf).run(
            [str(tmp_path / "news.jsonl")])
        outs.append([json.loads(line) for line in buf.getvalue().splitlines()])
    fresh, again = outs
    assert len(fresh) == len(again) == 3
    for a, b in zip(fresh, again):
        assert set(a) == set(b) and set(a["source"]) == set(b["source"])
        assert set(a["quote"]) == set(b["quote"]) and set(a["location"]) == set(b["location"])
        same = {k for k in a if k not in ("source", "target", "quote")}
        assert {k: a[k] for k in same} == {k: b[k] for k in same}
        assert a["quote"]["speaker"] == b["quote"]["speaker"] == "Recep Tayyip Erdogan"
        assert {k: a["source"][k] for k in ("text", "code", "country", "sector", "name")} == \
            {k: b["source"][k] for k in ("text", "code", "country", "sector", "name")}
