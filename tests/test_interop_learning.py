"""`detente import ... --learn-actors`: dataset names become actors detente's coder knows."""

from __future__ import annotations

import subprocess
import sys

from test_interop_import import icews_line, write_icews

from detente.actors import learned_entries, list_actors
from detente.interop import import_files
from detente.store import Store


def test_names_are_learned_with_dataset_dates_and_counts_and_ambiguity(tmp_path):
    path = write_icews(tmp_path / "e.tab", [
        icews_line("1", "2018-06-01", "Wilbur Ross", "Executive,Government", "United States",
                   "040", "Peter Altmaier", "Executive,Government", "Germany"),
        icews_line("2", "2018-06-05", "Wilbur Ross", "Executive,Government", "United States",
                   "040", "Foreign Affairs (China)", "Foreign Ministry", "China"),
        icews_line("3", "2018-06-02", "Ahmad Khan", "Elite", "Afghanistan", "040",
                   "Japan", "", "Japan"),
        icews_line("4", "2018-06-03", "Ahmad Khan", "Elite", "Pakistan", "040",
                   "Japan", "", "Japan"),
    ])
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        report = import_files([path], "icews", store, learn_actors=True)
        again = import_files([path], "icews", store, learn_actors=True)
        frame = store.learned_frame()
    assert report.learned == 3 and again.learned == 3
    ross = frame[frame["name"] == "Wilbur Ross"].iloc[0]
    assert (ross.country, ross.sector, ross.dataset, int(ross.n_events)) == ("USA", "GOV",
                                                                             "icews", 2)
    assert (ross.first_seen, ross.last_seen) == ("2018-06-01", "2018-06-05")
    khan = frame[frame["name"] == "Ahmad Khan"]
    assert sorted(khan["country"]) == ["AFG", "PAK"] and khan["ambiguous"].all()
    # the coder gets the clear names only; the listing shows both, with their origin
    used = {(e.name, e.country) for e in learned_entries(frame)}
    assert ("Wilbur Ross", "USA") in used and not any(n == "Ahmad Khan" for n, _ in used)
    listed = list_actors(db=db, learned_only=True)
    row = listed[listed["name"] == "Wilbur Ross"].iloc[0]
    assert "icews" in row.source and "2018-06-01" in row.source
    assert listed[listed["name"] == "Ahmad Khan"]["source"].str.contains("ambiguous").all()


def test_the_coder_resolves_a_learned_name_on_its_next_run(tmp_path):
    path = write_icews(tmp_path / "e.tab", [
        icews_line("1", "2018-06-01", "Zorvan Quillet", "Executive,Government", "Bolivia",
                   "040", "Japan", "", "Japan")])
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        import_files([path], "icews", store, learn_actors=True)
    story = tmp_path / "story.txt"
    story.write_text("Zorvan Quillet criticised Japan on Friday.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "detente.cli", "code", str(story), "--published",
                           "2018-06-08", "--db", str(db), "--jsonl", "-"], capture_output=True,
                          text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    assert '"BOLGOV"' in done.stdout
    why = subprocess.run([sys.executable, "-m", "detente.cli", "actors", "explain",
                          "Zorvan Quillet met Japanese officials.", "--db", str(db)],
                         capture_output=True, text=True, check=False, timeout=300)
    assert "learned from icews" in why.stdout


def test_a_later_file_that_leaves_a_country_empty_gets_it_from_an_earlier_one(tmp_path):
    june = write_icews(tmp_path / "june.tab", [
        icews_line("1", "2018-06-01", "Zorvan Quillet", "Executive,Government", "Bolivia",
                   "040", "Japan", "", "Japan")])
    autumn = write_icews(tmp_path / "autumn.tab", [
        icews_line("9", "2018-10-01", "Zorvan Quillet", "", "", "111", "Chile", "", "Chile")])
    with Store(tmp_path / "s.duckdb") as store:
        import_files([june], "icews", store, learn_actors=True)
        import_files([autumn], "icews", store)
        row = store.events_frame().set_index("original_id").loc["9"]
    assert (row.source_country, row.target_country) == ("BOL", "CHL")
    assert row.source_basis.startswith("learned from icews")
