"""Checks on the project's own data sets: the demo corpus and the detente gold sentences.

Users run the demo on the corpus and measure the coder on the gold set, so both must
parse, carry the fields the readers and scorers rely on, and cover what they promise.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "detente"
CORPUS = PKG / "examples" / "corpus.jsonl"
GOLD = PKG / "eval" / "data" / "detente_gold.jsonl"
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"

PLOVER = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
STATUSES = ("asserted", "negated", "hypothetical", "future")
CODE = re.compile(r"^[A-Z]{3,12}$")
SHORT_CODES = {"AU"}  # the African Union: the one organisation code under three letters


def _valid_code(code: str) -> bool:
    return bool(CODE.match(code)) or code in SHORT_CODES


def _jsonl(path: Path) -> list[dict]:
    """Every non-blank line must be one JSON object."""
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            assert isinstance(row, dict), f"{path.name}:{n} is not an object"
            rows.append(row)
    return rows


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return _jsonl(CORPUS)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return _jsonl(GOLD)


# --- demo corpus -------------------------------------------------------------


def test_corpus_has_enough_dated_reports(corpus: list[dict]) -> None:
    assert len(corpus) >= 12
    for r in corpus:
        assert {"id", "title", "published", "source", "text"} <= r.keys(), r.get("id")
        day = date.fromisoformat(r["published"])
        assert date(2019, 1, 1) <= day <= date(2024, 12, 31), r["id"]
        assert len(r["text"].split()) >= 120, r["id"]


def test_corpus_ids_are_unique(corpus: list[dict]) -> None:
    ids = [r["id"] for r in corpus]
    assert len(ids) == len(set(ids))


def test_text_and_html_examples_match_corpus(corpus: list[dict]) -> None:
    """The plain-text and HTML copies carry the body of a corpus report."""
    bodies = {r["text"] for r in corpus}
    texts = sorted((PKG / "examples" / "text").glob("*.txt"))
    assert len(texts) >= 2
    for path in texts:
        title, blank, body = path.read_text(encoding="utf-8").split("\n", 2)
        assert title and not blank
        assert body.strip() in bodies, path.name
    pages = sorted((PKG / "examples" / "html").glob("*.html"))
    assert pages
    first_words = {" ".join(b.split()[:12]) for b in bodies}
    for page in pages:
        page_text = " ".join(html.unescape(page.read_text(encoding="utf-8")).split())
        assert any(words in page_text for words in first_words), page.name


# --- gold set ---------------------------------------------------------------


def test_gold_records_have_fields(gold: list[dict]) -> None:
    assert len(gold) >= 240
    ids = set()
    for r in gold:
        assert {"id", "text", "published", "events", "tags"} <= r.keys(), r.get("id")
        assert r["id"] not in ids
        ids.add(r["id"])
        date.fromisoformat(r["published"])
        assert r["text"].strip() and isinstance(r["tags"], list) and r["tags"]
        for e in r["events"]:
            assert {"source", "target", "plover", "status"} <= e.keys(), r["id"]


def test_gold_types_statuses_and_codes_are_valid(gold: list[dict]) -> None:
    for r in gold:
        for e in r["events"]:
            assert e["plover"] in PLOVER, r["id"]
            assert all(a in PLOVER for a in e.get("alt", [])), r["id"]
            assert e["status"] in STATUSES, r["id"]
            assert _valid_code(e["source"]) and _valid_code(e["target"]), r["id"]


def test_every_plover_type_has_ten_sentences(gold: list[dict]) -> None:
    per_type = Counter(t for r in gold for t in {e["plover"] for e in r["events"]})
    short = {t: per_type[t] for t in PLOVER if per_type[t] < 10}
    assert not short, short


def test_gold_covers_status_and_style_minimums(gold: list[dict]) -> None:
    def with_status(s: str) -> int:
        return sum(1 for r in gold if any(e["status"] == s for e in r["events"]))

    assert with_status("negated") >= 20
    assert with_status("hypothetical") >= 20
    assert with_status("future") >= 15
    assert sum(1 for r in gold if '"' in r["text"]) >= 15
    assert sum(1 for r in gold if not r["events"]) >= 15


def test_gold_tags_agree_with_events(gold: list[dict]) -> None:
    """Tags are how eval slices results, so they must say what the events say."""
    status_tag = {"negated": "negation", "hypothetical": "hypothetical", "future": "future"}
    for r in gold:
        tags = set(r["tags"])
        for e in r["events"]:
            assert e["plover"].lower() in tags, r["id"]
            if e["status"] in status_tag:
                assert status_tag[e["status"]] in tags, r["id"]
        assert ("none" in tags) == (not r["events"]), r["id"]
        assert ("quote" in tags) == ('"' in r["text"]), r["id"]


def _norm(s: str) -> str:
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return " ".join(s.lower().split())


def test_gold_is_not_copied_from_shared_gold(gold: list[dict]) -> None:
    if not SHARED_GOLD.is_dir():
        pytest.skip("../shared/gold is absent (a user's clone has no shared folder)")
    theirs = set()
    for path in SHARED_GOLD.glob("*.jsonl"):
        for row in _jsonl(path):
            text = _norm(str(row.get("text", "")))
            theirs.update(s for s in re.split(r"(?<=[.!?])\s+", text) if len(s) > 25)
    assert theirs
    ours = [_norm(r["text"]) for r in gold]
    copied = [t for t in ours for s in theirs if s == t or s in t]
    assert not copied, copied[:3]
