"""Imported events beside detente's own: every relations command takes `--dataset`."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_interop_import import icews_line, write_icews

from detente.cli import cli
from detente.interop import import_files
from detente.models import Actor, Article, CodedDocument, Event
from detente.store import Store


def own_event(doc: str, src: str, tgt: str, plover: str, quad: str, intensity: float) -> Event:
    return Event(doc, 0, f"{src} and {tgt} did {plover}.", 0, 10,
                 Actor(src, src, src), Actor(tgt, tgt, tgt), plover, "040", quad, intensity,
                 1.0, date="2021-03-02", event_id=f"{doc}-{src}-{tgt}")


@pytest.fixture()
def mixed_db(tmp_path):
    db = tmp_path / "s.duckdb"
    lines = []
    for i, (a, b, code) in enumerate([("Turkey", "United States", "042"),
                                      ("Turkey", "Russia", "190"), ("Russia", "Iran", "057"),
                                      ("Turkey", "United States", "111")] * 6):
        lines.append(icews_line(str(i), f"2021-0{1 + i % 3}-1{i % 9}", a, "", a, code, b, "",
                                b))
    path = write_icews(tmp_path / "e.tab", lines)
    with Store(db) as store:
        import_files([path], "icews", store)
        doc = CodedDocument(Article("d1", "Greece and France met.", published=None),
                            [own_event("d1", "GRC", "FRA", "CONSULT", "verbal_coop", 2.5)])
        store.add(doc)
    return str(db)


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_dyads_on_a_mixed_store_and_per_dataset(mixed_db):
    both = {r["pair"] for r in json.loads(invoke("dyads", "--db", mixed_db, "--json"))}
    own = {r["pair"] for r in json.loads(invoke("dyads", "--db", mixed_db, "--json",
                                                "--dataset", "detente"))}
    icews = {r["pair"] for r in json.loads(invoke("dyads", "--db", mixed_db, "--json",
                                                  "--dataset", "icews"))}
    assert own == {"FRA-GRC"} and "FRA-GRC" not in icews
    assert both == own | icews and "TUR-USA" in icews


def test_events_relations_trends_blocs_and_brief_take_a_dataset(mixed_db, tmp_path):
    listed = json.loads(invoke("events", "--db", mixed_db, "--json", "--dataset", "detente"))
    assert [(e["source"]["code"], e["dataset"]) for e in listed] == [("GRC", "detente")]
    series = json.loads(invoke("relations", "TUR", "USA", "--db", mixed_db, "--json",
                               "--dataset", "icews"))
    assert sum(r["n_events"] for r in series) == 12
    blocs = json.loads(invoke("blocs", "--db", mixed_db, "--json", "--dataset", "icews"))
    members = json.dumps(blocs)
    assert "TUR" in members and "GRC" not in members
    invoke("trends", "--db", mixed_db, "--dataset", "icews")
    out = tmp_path / "brief.md"
    invoke("brief", "TUR", "USA", "RUS", "--db", mixed_db, "--dataset", "icews", "--out",
           str(out))
    assert "TUR" in out.read_text(encoding="utf-8") or "Turkey" in out.read_text()
