"""`detente export` and `detente compare`: what goes out reads back in; sources side by side."""

from __future__ import annotations

import json
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from test_interop_formats import gdelt_row, write
from test_interop_import import icews_line, write_icews

from detente.interop import import_files, rollup
from detente.interop.compare import compare_sources
from detente.interop.export import export_events
from detente.store import Store


@pytest.fixture()
def store_with_two_sources(tmp_path):
    """The same pair told by GDELT and ICEWS over three months, and a one-sided event."""
    gdelt = write(tmp_path / "g.CSV", [
        gdelt_row("1", "20210110", "TUR", "USA", "042", "https://a.example/1"),
        gdelt_row("2", "20210215", "TUR", "USA", "111", "https://a.example/2", "3", "-2"),
        gdelt_row("3", "20210320", "TUR", "USA", "190", "https://a.example/3", "4", "-10"),
        gdelt_row("4", "20210321", "USA", "", "010", "https://a.example/4"),
    ])
    icews = write_icews(tmp_path / "i.tab", [
        icews_line("11", "2021-01-12", "Turkey", "", "Turkey", "042", "United States", "",
                   "United States"),
        icews_line("12", "2021-02-16", "Turkey", "", "Turkey", "111", "United States", "",
                   "United States", "-2"),
        icews_line("13", "2021-03-21", "Turkey", "", "Turkey", "057", "United States", "",
                   "United States", "8"),
    ])
    store = Store(tmp_path / "s.duckdb")
    import_files([gdelt], "gdelt", store)
    import_files([icews], "icews", store)
    yield store
    store.close()


@pytest.mark.parametrize("fmt,back", [("gdelt", "gdelt"), ("icews", "icews"),
                                      ("polecat", "polecat")])
def test_exports_read_back_as_the_same_events(store_with_two_sources, tmp_path, fmt, back):
    out = tmp_path / f"out.{fmt}"
    n = export_events(store_with_two_sources, fmt, out, dataset=["gdelt"])
    # POLECAT holds PLOVER events only: the plain statement (CAMEO 010) has no place in it
    expected = 3 if fmt == "polecat" else 4
    assert n == expected
    with Store(tmp_path / "back.duckdb") as again:
        report = import_files([out], back, again)
        frame = again.events_frame()
    assert report.added == expected and not report.malformed
    turkey = frame[frame["source_country"] == "TUR"].sort_values("date")
    assert list(turkey["plover"]) == ["CONSULT", "ACCUSE", "ASSAULT"]
    assert set(turkey["target_country"]) == {"USA"}


def test_parquet_csv_and_plover_jsonl_hold_every_event_with_its_dataset(store_with_two_sources,
                                                                      tmp_path):
    store = store_with_two_sources
    assert export_events(store, "parquet", tmp_path / "e.parquet") == 7
    table = pq.read_table(tmp_path / "e.parquet")
    assert sorted(set(table.column("dataset").to_pylist())) == ["gdelt", "icews"]
    export_events(store, "csv", tmp_path / "e.csv", dataset="icews")
    lines = (tmp_path / "e.csv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and "dataset" in lines[0]
    export_events(store, "plover-jsonl", tmp_path / "e.jsonl")
    records = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(records) == 7
    assault = next(r for r in records if r["event_type"] == "ASSAULT")
    assert assault["actor"]["country"] == "TUR" and assault["source"]["dataset"] == "gdelt"
    assert assault["source"]["url"] == "https://a.example/3"


def test_compare_sets_two_sources_side_by_side(store_with_two_sources):
    result = compare_sources(store_with_two_sources, "USA", "TUR", ["gdelt", "icews"])
    table = result.table.set_index("period")
    assert list(table.index) == ["2021-01", "2021-02", "2021-03"]
    assert list(table["n_events_gdelt"]) == [1, 1, 1]
    # they agree on January and February and part in March (an attack vs a signed deal)
    assert result.disagree.iloc[0]["period"] == "2021-03"
    assert result.n_periods == 3 and result.correlation < 0.5
    assert rollup.dyads(store_with_two_sources, ["icews"])["total"].iloc[0] == 3


def test_compare_cli_needs_two_datasets(store_with_two_sources, tmp_path):
    db = store_with_two_sources.path
    store_with_two_sources.close()
    done = subprocess.run([sys.executable, "-m", "detente.cli", "compare", "--pair", "TUR", "USA",
                           "--dataset", "gdelt", "--db", db], capture_output=True, text=True,
                          check=False, timeout=300)
    assert done.returncode != 0 and "two different datasets" in done.stderr
    assert "Traceback" not in done.stderr
    ok = subprocess.run([sys.executable, "-m", "detente.cli", "compare", "--pair", "TUR", "USA",
                         "--dataset", "gdelt", "--dataset", "icews", "--db", db, "--json"],
                        capture_output=True, text=True, check=False, timeout=300)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["n_periods"] == 3
