"""End to end: the `detente` command on real text, as a user types it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "src" / "detente" / "examples"


def detente(*args: str, stdin: str | None = None, cwd: Path | None = None):
    return subprocess.run(
        [sys.executable, "-m", "detente.cli", *args], input=stdin, capture_output=True,
        text=True, cwd=cwd, timeout=300, check=False,
    )


@pytest.fixture(scope="module")
def coded_store(tmp_path_factory):
    """The bundled example corpus coded into a fresh store."""
    db = tmp_path_factory.mktemp("store") / "demo.duckdb"
    out = db.with_suffix(".jsonl")
    run = detente("code", str(EXAMPLES / "corpus.jsonl"), "--db", str(db), "--jsonl", str(out))
    assert run.returncode == 0, run.stderr
    return db, out


def test_code_writes_the_event_contract(coded_store):
    _, out = coded_store
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(events) >= 30
    required = {"doc_id", "event_id", "sentence_index", "evidence", "char_start", "char_end",
                "source", "target", "plover", "mode", "cameo", "quad", "intensity", "goldstein",
                "status", "date", "date_precision", "quote", "confidence", "rule"}
    for event in events:
        assert required <= set(event), required - set(event)
        assert {"text", "code", "country", "sector", "name"} <= set(event["source"])
        assert event["quad"] in {"verbal_coop", "material_coop", "verbal_conflict", "material_conflict"}
        assert isinstance(event["cameo"], str) and event["cameo"][:2].isdigit()
        # how each side was found: the sentence's words, or the article around it
        bases = {"text", "owner", "place", "quote", "coreference", "context"}
        assert event["source_basis"] in bases
        assert event["target_basis"] in (bases if event["target"] else {None})
    corpus = {json.loads(x)["id"]: json.loads(x)["text"] for x in
              (EXAMPLES / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()}
    for event in events[:50]:
        text = corpus[event["doc_id"]]
        assert text[event["char_start"]:event["char_end"]] == event["evidence"]


def test_coding_again_adds_nothing(coded_store):
    db, _ = coded_store
    before = detente("events", "--db", str(db), "--json")
    again = detente("code", str(EXAMPLES / "corpus.jsonl"), "--db", str(db))
    assert again.returncode == 0 and "0 coded" in again.stderr
    after = detente("events", "--db", str(db), "--json")
    assert len(json.loads(before.stdout)) == len(json.loads(after.stdout))


def test_dyads_blocs_and_filters(coded_store):
    db, _ = coded_store
    dyads = json.loads(detente("dyads", "--db", str(db), "--json").stdout)
    assert dyads and {"verbal_coop", "material_conflict"} <= set(dyads[0])
    table = detente("dyads", "--db", str(db))
    assert table.returncode == 0 and "TUR" in table.stdout
    blocs = detente("blocs", "--db", str(db), "--json")
    assert blocs.returncode == 0 and json.loads(blocs.stdout)
    tur = json.loads(detente("events", "--db", str(db), "--actor", "TUR", "--json").stdout)
    assert tur and all("TUR" in (e["source"]["country"], (e["target"] or {}).get("country"))
                       for e in tur)
    csv = detente("events", "--db", str(db), "--pair", "RUS", "UKR", "--csv")
    assert csv.stdout.startswith("event_id,")


def test_blocs_by_year_and_eval_relations(coded_store, shared, tmp_path):
    db, _ = coded_store
    by = detente("blocs", "--db", str(db), "--by", "year", "--resamples", "2", "--json")
    assert by.returncode == 0, by.stderr
    result = json.loads(by.stdout)
    assert result["by"] == "year" and result["periods"] and "moved" in result
    assert all({"partition", "unaligned", "member_stability"} <= set(p)
               for p in result["periods"])
    text = detente("blocs", "--db", str(db), "--resamples", "2").stdout
    assert "Unaligned (" in text and "clear edges" in text
    ref = shared / "reference" / "realdata" / "unga_idealpoints_voeten"
    run = detente("eval", "relations", "--db", str(db), "--reference", str(ref),
                  "--session", "73", "--min-events", "2")
    assert run.returncode == 0, run.stderr
    assert "Spearman with UN voting closeness (session 73" in run.stdout
    assert "pairs]" in run.stdout and "listed pairs have at least 2 events" in run.stdout
    bad = tmp_path / "pairs.tsv"
    bad.write_text("year\ta\tb\trelation\tsource\n2018\tUSA\tISR\tallied\t\n", encoding="utf-8")
    run = detente("eval", "relations", "--db", str(db), "--reference", str(ref),
                  "--session", "73", "--pairs", str(bad))
    assert run.returncode == 2 and "pairs.tsv:2: every pair needs a source" in run.stderr
    assert "Traceback" not in run.stderr


def test_stdin_and_published_date(tmp_path):
    text = "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Friday."
    run = detente("code", "-", "--published", "2021-09-30", "--db", str(tmp_path / "s.duckdb"),
                  "--jsonl", "-", stdin=text)
    assert run.returncode == 0, run.stderr
    events = [json.loads(x) for x in run.stdout.splitlines()]
    meet = [e for e in events if e["plover"] == "CONSULT"]
    assert meet and {meet[0]["source"]["country"], meet[0]["target"]["country"]} == {"TUR", "RUS"}
    assert meet[0]["date"] == "2021-09-24"


def test_bad_input_is_named_rest_is_coded_exit_1(tmp_path):
    (tmp_path / "good.txt").write_text(
        "Iran and Turkey signed a trade agreement in Ankara on Monday.", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "Russia attacked Ukraine."}\n{oops\n',
                                        encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    run = detente("code", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--published",
                  "2022-02-24")
    assert run.returncode == 1
    assert "bad.jsonl:2" in run.stderr and "empty.txt" in run.stderr
    assert "2 coded" in run.stderr


def test_a_bad_date_option_says_what_is_expected(tmp_path):
    run = detente("code", "-", "--published", "20/03/2021", stdin="text")
    assert run.returncode == 2 and "2021-03-20" in run.stderr


def test_relations_trends_statements_and_brief(coded_store, tmp_path):
    db, _ = coded_store
    rel = json.loads(detente("relations", "TUR", "USA", "--by", "year", "--db", str(db),
                             "--json").stdout)
    assert rel and all(-1 <= r["index"] <= 1 for r in rel if r["index"] is not None)
    trends = json.loads(detente("trends", "--db", str(db), "--json").stdout)
    assert trends and {"verdict", "p_value", "test"} <= set(trends[0])
    assert {t["verdict"] for t in trends} <= {"rising", "falling", "no clear change"}
    stmts = json.loads(detente("statements", "--db", str(db), "--json").stdout)
    assert all(s["agreement"] in {"agree", "disagree", "no events", "mixed statements", "unclear"}
               for s in stmts)
    out = tmp_path / "brief.html"
    run = detente("brief", "IRN", "RUS", "TUR", "USA", "--db", str(db), "--out", str(out))
    assert run.returncode == 0, run.stderr
    html = out.read_text(encoding="utf-8")
    assert "data:image/png;base64," in html and "TUR-USA" in html


def test_actors_commands(tmp_path):
    explained = detente("actors", "explain", "Zarif met Cavusoglu in Ankara.", "--on", "2019-06-01")
    assert explained.returncode == 0 and "IRN" in explained.stdout and "TUR" in explained.stdout
    listed = json.loads(detente("actors", "list", "-q", "zarif", "--json",
                                "--db", str(tmp_path / "none.duckdb")).stdout)
    assert any("IRN" in (row.get("country") or "") for row in listed)


def test_brief_on_the_seed_alone_names_the_bloc_and_the_hostile_pairs(shared, tmp_path):
    db = str(tmp_path / "seed.duckdb")
    run = detente("code", str(shared / "seed"), "--published", "2021-03-20", "--db", db)
    assert run.returncode == 0, run.stderr
    out = tmp_path / "seed.md"
    assert detente("brief", "IRN", "RUS", "TUR", "USA", "--db", db, "--out", str(out)).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert "IRN, RUS and TUR form one bloc" in text
    rows = {line.split("|")[1].strip(): line for line in text.splitlines()
            if line.startswith("| ") and "-" in line.split("|")[1]}
    assert "hostile" in rows["TUR-USA"] and "hostile" in rows["RUS-USA"]


def test_a_run_killed_half_way_is_finished_by_the_next_without_duplicates(tmp_path):
    """SIGKILL `detente code` once some batches are committed; run it again."""
    import signal
    import time

    db, echo = tmp_path / "k.duckdb", tmp_path / "k.jsonl"
    corpus = str(EXAMPLES / "corpus.jsonl")
    proc = subprocess.Popen([sys.executable, "-m", "detente.cli", "code", corpus, "--db", str(db),
                             "--batch", "1", "--jsonl", str(echo)], stderr=subprocess.DEVNULL)
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        # the JSONL echo is flushed after each committed batch: it shows progress
        lines = echo.read_text(encoding="utf-8").splitlines() if echo.exists() else []
        if len({json.loads(x)["doc_id"] for x in lines if x.endswith("}")}) >= 3:
            break
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait()
    again = detente("code", corpus, "--db", str(db))
    assert again.returncode == 0, again.stderr
    if killed:
        assert "already stored" in again.stderr and " 0 already stored" not in again.stderr
    clean = tmp_path / "clean.duckdb"
    assert detente("code", corpus, "--db", str(clean)).returncode == 0
    resumed = json.loads(detente("events", "--db", str(db), "--json").stdout)
    fresh = json.loads(detente("events", "--db", str(clean), "--json").stdout)
    assert sorted(e["event_id"] for e in resumed) == sorted(e["event_id"] for e in fresh)
