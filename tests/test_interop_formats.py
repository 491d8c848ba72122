"""GDELT, POLECAT and Phoenix files in, mentions as reports, `--dataset`, the fast path."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from detente import relations
from detente.interop import import_files, rollup
from detente.interop.formats import FORMATS
from detente.store import Store

SAMPLES = "reference/interop/samples"


def gdelt_row(eid: str, day: str, a1: str, a2: str, code: str, url: str,
              quad: str = "1", gold: str = "1.0") -> str:
    """A GDELT 2.0 line: actor codes are country codes here, types empty."""
    cols = dict.fromkeys(FORMATS["gdelt"].columns, "")
    cols.update(GLOBALEVENTID=eid, SQLDATE=day, Actor1Code=a1, Actor1Name=a1,
                Actor1CountryCode=a1, Actor2Code=a2, Actor2Name=a2, Actor2CountryCode=a2,
                EventCode=code, QuadClass=quad, GoldsteinScale=gold, SOURCEURL=url,
                ActionGeo_FullName="Ankara, Ankara, Turkey", ActionGeo_Lat="39.9",
                ActionGeo_Long="32.8")
    return "\t".join(cols.values())


def mention_row(eid: str, url: str, source: str = "wire.example") -> str:
    fields = [eid, "20210301000000", "20210301001500", "1", source, url, "2", "-1", "-1", "10",
              "1", "80", "900", "-1.5", "", ""]
    return "\t".join(fields)


def write(path: Path, lines: list[str]) -> Path:
    text = "\n".join(lines)
    path.write_text(f"{text}\n", encoding="utf-8")
    return path


def test_gdelt_events_keep_ids_urls_places_and_one_sided_rows(tmp_path):
    path = write(tmp_path / "export.CSV", [
        gdelt_row("101", "20210301", "TUR", "USA", "042", "https://a.example/1"),
        gdelt_row("102", "20210302", "RUS", "", "190", "https://a.example/2", "4", "-10"),
    ])
    with Store(tmp_path / "s.duckdb") as store:
        report = import_files([path], "gdelt", store)
        frame = store.events_frame().set_index("original_id")
    assert report.added == 2
    visit = frame.loc["101"]
    assert (visit.dataset, visit.source_country, visit.target_country) == ("gdelt", "TUR", "USA")
    assert (visit.plover, visit.url, visit.location_country) == ("CONSULT", "https://a.example/1",
                                                                 "TUR")
    assert visit.location_lat == pytest.approx(39.9)
    attack = frame.loc["102"]
    assert (attack.plover, attack.goldstein, attack.quad) == ("ASSAULT", -10.0,
                                                              "material_conflict")
    assert pd.isna(attack.target_country)


def test_mentions_are_reports_of_one_event_not_new_events(tmp_path):
    events = write(tmp_path / "export.CSV", [
        gdelt_row("101", "20210301", "TUR", "USA", "042", "https://a.example/1")])
    mentions = write(tmp_path / "mentions.CSV", [
        mention_row("101", "https://a.example/1"),  # the event's own story
        mention_row("101", "https://b.example/2"),
        mention_row("101", "https://c.example/3"),
        mention_row("999", "https://d.example/4"),  # an event never imported
    ])
    with Store(tmp_path / "s.duckdb") as store:
        import_files([events], "gdelt", store)
        first = import_files([mentions], "gdelt-mentions", store)
        again = import_files([mentions], "gdelt-mentions", store)
        frame = store.events_frame()
        dyads = rollup.dyads(store)
    assert (first.reports_added, first.reports_unmatched, again.reports_added) == (3, 1, 0)
    assert len(frame) == 1 and int(frame["mentions"].iloc[0]) == 3
    assert int(dyads["mentions"].iloc[0]) == 3 and int(dyads["total"].iloc[0]) == 1


def test_real_gdelt_samples_import_every_row(shared, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        two = import_files([shared / SAMPLES / "gdelt2_events/20191024143000.export.CSV"],
                           "gdelt", store)
        one = import_files([shared / SAMPLES / "gdelt1_events/events.csv"], "gdelt1", store)
        counts = store.datasets()
        mixed = store.con.execute(
            "SELECT count(*) FILTER (WHERE source_url IS NULL) FROM events "
            "WHERE rule = 'import:gdelt1'").fetchone()[0]
    assert (two.added, one.added, two.malformed, one.malformed) == (2111, 710, [], [])
    assert counts == {"gdelt": 2821}
    assert mixed == 201  # the backfile's 57-column lines carry no SOURCEURL


def test_real_mentions_sample_reads_every_line(shared, tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        report = import_files([shared / SAMPLES / "gdelt2_mentions/mentionssamp.csv"],
                              "gdelt-mentions", store)
    # a pandas-written copy with a header; none of its events is stored, so nothing is added
    assert report.read == 1635 and not report.malformed and report.reports_added == 0


def test_polecat_with_either_intensity_header(tmp_path):
    cols = list(FORMATS["polecat"].columns)
    row = dict.fromkeys(cols, "None")
    row.update({"Event ID": "p1", "Event Date": "2023-02-01", "Event Type": "ACCUSE",
                "Event Mode": "disapprove", "Intensity": "-2", "Actor Country": "CHN",
                "Primary Actor Sector": "GOV", "Actor Name": "Wang Yi",
                "Recipient Country": "USA", "Primary Recipient Sector": "GOV",
                "Latitude": "", "Longitude": ""})
    new = [c if c != "Intensity" else "Event Intensity" for c in cols]
    first = write(tmp_path / "a.txt", ["\t".join(cols), "\t".join(row.values())])
    second = write(tmp_path / "b.txt", ["\t".join(new), "\t".join(row.values()).replace(
        "p1", "p2", 1)])
    with Store(tmp_path / "s.duckdb") as store:
        report = import_files([first, second], "polecat", store)
        frame = store.events_frame(dataset="polecat")
    assert report.added == 2 and not report.malformed
    assert set(frame["source_code"]) == {"CHNGOV"} and set(frame["plover"]) == {"ACCUSE"}
    assert set(frame["intensity"]) == {-2.0}


def test_phoenix_rows_count_their_stories(tmp_path):
    cols = dict.fromkeys(FORMATS["phoenix"].columns, "")
    cols.update(EventID="x_v0.1.0", Date="20150310", SourceActorEntity="IRN",
                SourceActorRole="GOV", TargetActorEntity="IRQ", TargetActorRole="MIL",
                EventCode="062", GoldsteinScore="6.4",
                URLs="https://a.example/1;https://b.example/2")
    path = write(tmp_path / "events.full.20150310.txt", ["\t".join(cols.values())])
    with Store(tmp_path / "s.duckdb") as store:
        import_files([path], "phoenix", store)
        row = store.events_frame().iloc[0]
    assert (row.source_code, row.target_code, row.plover) == ("IRNGOV", "IRQMIL", "COOPERATE")
    assert (int(row.mentions), row.url) == (2, "https://a.example/1")


def test_dataset_filter_and_fast_path_give_the_events_answer(shared, tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        import_files([shared / SAMPLES / "gdelt2_events/20191024143000.export.CSV"], "gdelt",
                     store)
        import_files([shared / SAMPLES / "icews/events.2018.sample.tab"], "icews", store)
        frame = store.events_frame(dataset=["icews"])
        assert set(frame["dataset"]) == {"icews"}
        slow = relations.dyads(frame)
        fast = rollup.dyads(store, ["icews"])
        pair = slow.iloc[0]
        slow_s = relations.series(frame, pair.a, pair.b, by="week")
        fast_s = rollup.series(store, pair.a, pair.b, by="week", datasets=["icews"])
    drop = ["evidence", "evidence_doc_id", "evidence_sentence_index"]
    pd.testing.assert_frame_equal(slow.drop(columns=drop), fast.drop(columns=drop),
                                  check_dtype=False)
    pd.testing.assert_frame_equal(slow_s, fast_s, check_dtype=False)
    done = subprocess.run([sys.executable, "-m", "detente.cli", "dyads", "--db", str(db),
                           "--dataset", "gdelt", "--json"], capture_output=True, text=True,
                          check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    assert '"USA"' in done.stdout and "icews" not in done.stdout


def test_polecat_headers_naming_a_column_the_rows_lack_or_rows_with_trailing_tabs(tmp_path):
    cols = list(FORMATS["polecat"].columns)
    row = dict.fromkeys(cols, "None")
    row.update({"Event ID": "p1", "Event Date": "2023-02-01", "Event Type": "CONSULT",
                "Actor Country": "FRA", "Recipient Country": "DEU", "Latitude": "",
                "Longitude": ""})
    line = "\t".join(row.values())
    extra_name = write(tmp_path / "a.txt", ["\t".join([*cols, "Headline"]), line])
    extra_tabs = write(tmp_path / "b.txt", ["\t".join(cols), line.replace("p1", "p2", 1) + "\t\t"])
    with Store(tmp_path / "s.duckdb") as store:
        report = import_files([extra_name, extra_tabs], "polecat", store)
    assert report.added == 2 and not report.malformed


def test_the_replicated_sample_is_distinct_events(shared, tmp_path):
    from detente.interop.replicate import write_replica

    path = write_replica(shared / SAMPLES / "gdelt2_events/20191024143000.export.CSV", 5000,
                         tmp_path / "replica.CSV")
    with Store(tmp_path / "s.duckdb") as store:
        report = import_files([path], "gdelt", store)
        days = store.con.execute("SELECT count(DISTINCT date) FROM events").fetchone()[0]
    assert report.added == 5000 and not report.malformed and days > 3
