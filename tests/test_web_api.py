"""The REST API of `detente serve`, through FastAPI's test client, over a generated store."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from detente.relations import dedupe, dyads
from detente.report.charts import MIN_INDEX_EVENTS
from detente.store import Store
from detente.web.app import create_app

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from web_store import make_store


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    make_store(path, events=3000)
    with Store(path) as store:  # a second report of event b00000007, in another document
        store.con.execute(
            "INSERT INTO events SELECT * REPLACE ('b00000007-again' AS event_id, "
            "(SELECT min(doc_id) FROM documents WHERE doc_id <> e.doc_id) AS doc_id) "
            "FROM events e WHERE event_id = 'b00000007'")
    return path


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(store_path, refresh=0)) as c:
        yield c


def test_event_pages_cover_every_matching_event_once_in_order(client, store_path):
    with Store(store_path, read_only=True) as store:
        expected = set(store.events_frame(actor="USA", status="asserted")["event_id"])
    seen, days, cursor = [], [], None
    while True:
        url = "/api/events?actor=usa&status=asserted&limit=400" + (f"&after={cursor}" if cursor
                                                                     else "")
        page = client.get(url).json()
        seen += [r["event_id"] for r in page["rows"]]
        days += [r["day"] for r in page["rows"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) and set(seen) == expected
    assert days == sorted(days)


def test_event_filters_mean_what_the_store_filters_mean(client, store_path):
    with Store(store_path, read_only=True) as store:
        want = store.events_frame(pair=("RUS", "USA"), plover=["ACCUSE", "THREATEN"],
                                  since="2018", until="2020-06")
    rows = client.get("/api/events?pair=USA,RUS&type=accuse,THREATEN&since=2018&until=2020-06"
                      "&limit=1000").json()["rows"]
    assert {r["event_id"] for r in rows} == set(want["event_id"])
    assert all(r["plover"] in ("ACCUSE", "THREATEN") for r in rows)
    quad = client.get("/api/events?quad=material_coop&limit=50").json()["rows"]
    assert quad and all(r["quad"] == "material_coop" for r in quad)
    oil = client.get("/api/events?q=pipeline&limit=50").json()["rows"]
    assert oil and all("pipeline" in r["evidence"] for r in oil)
    newest = client.get("/api/events?order=desc&limit=3").json()["rows"]
    assert newest[0]["day"] >= newest[-1]["day"]


@pytest.mark.parametrize("url, status, words", [
    ("/api/events?since=last-week", 400, "since must be a date"),
    ("/api/events?type=HUG", 400, "PLOVER types"),
    ("/api/events?quad=warm", 400, "quad must be one of"),
    ("/api/events?actor=1%27%3B%20DROP%20TABLE%20events", 400, "actor must be an actor code"),
    ("/api/events?limit=1001", 400, "between 1 and 1000"),
    ("/api/events?limit=abc", 400, "limit"),
    ("/api/events?after=garbage", 400, "next_cursor"),
    ("/api/events?dataset=gd%20elt!", 400, "dataset must be a name"),
    ("/api/series?a=TUR&b=TUR", 400, "two different codes"),
    ("/api/series?a=TUR&b=USA&by=decade", 400, "by must be one of"),
    ("/api/events/not-an-event", 404, "no event"),
    ("/api/documents/not-a-doc", 404, "no document"),
    ("/api/brief?actors=", 400, "actors must be"),
    ("/no/such/page", 404, "no such page"),
])
def test_bad_requests_get_json_errors_with_the_status_that_fits(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status
    body = r.json()
    assert body["status"] == status and words in body["error"]


def test_the_dataset_filter_keeps_that_dataset(client):
    ours = client.get("/api/events?dataset=detente&limit=20").json()["rows"]
    assert len(ours) == 20 and {r["dataset"] for r in ours} == {"detente"}
    assert client.get("/api/events?dataset=gdelt").json()["rows"] == []
    assert client.get("/api/dyads?dataset=gdelt").json()["total"] == 0
    assert client.get("/api/dyads?dataset=detente").json()["total"] > 0


def test_dyads_are_the_librarys_dyads(client, store_path):
    with Store(store_path, read_only=True) as store:
        want = dyads(dedupe(store.events_frame()), since="2019")
    got = client.get("/api/dyads?since=2019").json()
    assert got["total"] == len(want)
    assert [r["pair"] for r in got["rows"]] == list(want["pair"])
    assert [r["total"] for r in got["rows"]] == list(want["total"])
    csv = client.get("/api/dyads?since=2019&format=csv&limit=5")
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0].startswith("a,b,pair,") and len(csv.text.splitlines()) == 6


def test_series_marks_periods_with_too_few_events_and_lists_the_events(client):
    got = client.get("/api/series?a=USA&b=RUS&by=month").json()
    assert got["pair"] == "RUS-USA" and got["min_events"] == MIN_INDEX_EVENTS
    rows = got["rows"]
    assert any(r["index_shown"] for r in rows) and any(not r["index_shown"] for r in rows)
    assert all(r["index_shown"] == (r["n_events"] >= MIN_INDEX_EVENTS) for r in rows)
    assert got["events"] and all({e["source_country"], e["target_country"]} == {"RUS", "USA"}
                                 for e in got["events"])
    assert sum(r["n_events"] for r in rows) == got["n_events"]


def test_one_event_has_its_document_and_every_report(client):
    got = client.get("/api/events/b00000007").json()
    assert got["evidence"] and got["char_end"] > got["char_start"]
    assert got["document"]["doc_id"] == got["doc_id"]
    assert {r["event_id"] for r in got["reports"]} == {"b00000007", "b00000007-again"}
    doc = client.get(f"/api/documents/{got['doc_id']}").json()
    assert doc["text"] and "b00000007" in {e["event_id"] for e in doc["events"]}


def test_trends_blocs_statements_actors_answer(client):
    trends = client.get("/api/trends?limit=5").json()
    assert len(trends["rows"]) == 5 and "verdict" in trends["rows"][0]
    blocs = client.get("/api/blocs").json()
    assert blocs["nodes"] and set(blocs["positions"]) == set(blocs["nodes"])
    grouped = [n for members in blocs["partition"] for n in members]
    assert sorted(grouped + blocs.get("unaligned", [])) == sorted(blocs["nodes"])
    assert "unbalanced_triads" in blocs and "bloc_stability" in blocs
    assert client.get("/api/statements").json()["rows"] == []
    people = client.get("/api/actors?q=erdogan&on=2021-03-19").json()["rows"]
    assert any(p["country"] == "TUR" for p in people)


def test_brief_is_html_and_downloads(client):
    r = client.get("/api/brief?actors=RUS,USA&since=2019")
    assert r.status_code == 200 and r.text.startswith("<!DOCTYPE html>")
    assert "RUS-USA" in r.text
    d = client.get("/api/brief?actors=RUS,USA&since=2019&download=true")
    assert "attachment" in d.headers["content-disposition"]


def test_every_answer_carries_a_content_security_policy(client):
    for url in ("/", "/events", "/api/dyads?limit=1", "/api/brief?actors=RUS,USA"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert client.get("/openapi.json").json()["paths"]["/api/events"]


def test_the_server_reads_a_copy_and_picks_up_new_coding_when_the_writer_lets_go(tmp_path):
    path = tmp_path / "live.duckdb"
    make_store(path, events=200)
    app = create_app(path, refresh=0)
    snaps = app.state.snapshots
    with TestClient(app) as c:
        before = c.get("/api/health").json()["counts"]["events"]
        # a writer in another process holds the store: the server keeps its last copy
        holder = subprocess.Popen(
            [sys.executable, "-c", ("import sys, time; from detente.store import Store; "
             "s = Store(sys.argv[1]); s.con.execute(\"INSERT INTO events SELECT * REPLACE "
             "(event_id || 'x' AS event_id) FROM events\"); print('held', flush=True); "
             "time.sleep(3); s.close()"), str(path)], stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "held"
            assert snaps.refresh_now() is False and snaps.last_error
            assert c.get("/api/events?limit=5").status_code == 200
            assert c.get("/api/health").json()["counts"]["events"] == before
        finally:
            holder.wait(timeout=30)
        deadline = time.monotonic() + 20
        while not snaps.refresh_now() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert c.get("/api/health").json()["counts"]["events"] == 2 * before
