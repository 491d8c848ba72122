"""`detente import`: other datasets' files become events of the store, once each."""

from __future__ import annotations

import gzip
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from detente.interop import import_files
from detente.interop.formats import FORMATS
from detente.store import Store

ICEWS_HEADER = "\t".join(FORMATS["icews"].columns)


def icews_line(eid: str, day: str, src: str, src_sec: str, src_cty: str, code: str,
               tgt: str = "", tgt_sec: str = "", tgt_cty: str = "", intensity: str = "1") -> str:
    fields = [eid, day, src, src_sec, src_cty, "text", code, intensity, tgt, tgt_sec, tgt_cty,
              "7", "1", "Wire"] + [""] * 6
    return "\t".join(fields)


def write_icews(path: Path, lines: list[str]) -> Path:
    text = "\n".join([ICEWS_HEADER, *lines])
    path.write_text(f"{text}\n", encoding="utf-8")
    return path


def imported_events(tmp_path: Path, lines: list[str]):
    """Import ICEWS `lines` into a fresh store; its events by the file's event id."""
    path = write_icews(tmp_path / "e.tab", lines)
    with Store(tmp_path / "s.duckdb") as store:
        import_files([path], "icews", store)
        return store.events_frame().set_index("original_id")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "detente.cli", *args], check=False,
                          capture_output=True,
                          text=True, timeout=300)


def test_icews_rows_become_events_with_countries_sectors_and_types(tmp_path):
    path = write_icews(tmp_path / "e.tab", [
        icews_line("1", "2018-06-01", "Foreign Affairs (Japan)", "Executive,Foreign Ministry",
                   "Japan", "040", "Military (China)", "Military,Government", "China"),
        icews_line("2", "2018-06-02", "Police (India)", "Police", "India", "173", "Citizen (India)",
                   "General Population / Civilian / Social", "India", "-5"),
        icews_line("3", "2018-06-02", "Unspecified Actor", "NA", "NA", "010"),  # one-sided
    ])
    with Store(tmp_path / "s.duckdb") as store:
        report = import_files([path], "icews", store)
        frame = store.events_frame(dataset="icews").set_index("original_id")
    assert report.added == 3 and not report.malformed
    first = frame.loc["1"]
    assert (first.source_code, first.target_code) == ("JPNGOV", "CHNMIL")
    assert (first.plover, first.quad, first.dataset) == ("CONSULT", "verbal_coop", "icews")
    arrest = frame.loc["2"]
    assert (arrest.plover, arrest["mode"], arrest.goldstein) == ("COERCE", "arrest", -5.0)
    assert arrest.target_sector == "CVL"
    assert frame.loc["3"].isna()["target_code"]


def test_importing_the_same_file_twice_adds_nothing(tmp_path):
    path = write_icews(tmp_path / "e.tab", [
        icews_line("1", "2018-06-01", "Japan", "", "Japan", "040", "China", "", "China"),
        icews_line("1", "2018-06-03", "Japan", "", "Japan", "040", "China", "", "China"),
    ])
    with Store(tmp_path / "s.duckdb") as store:
        first = import_files([path], "icews", store)
        again = import_files([path], "icews", store)
        n = store.counts()["events"]
    # ICEWS reuses an Event ID on other days: id and date together name one event
    assert (first.added, again.added, again.skipped, n) == (2, 0, 2, 2)


def test_malformed_lines_are_reported_by_file_line_and_reason_and_the_rest_imported(tmp_path):
    path = write_icews(tmp_path / "e.tab", [
        icews_line("1", "2018-06-01", "Japan", "", "Japan", "040", "China", "", "China"),
        "just\tthree\tfields",
        icews_line("2", "2018-13-45", "Japan", "", "Japan", "040", "China", "", "China"),
        icews_line("3", "2018-06-01", "Japan", "", "Japan", "999", "China", "", "China"),
        icews_line("4", "2018-06-01", "Japan", "", "Japan", "042", "China", "", "China"),
    ])
    with Store(tmp_path / "s.duckdb") as store:
        report = import_files([path], "icews", store)
    where = {(m.line, m.reason.split(" ")[0]) for m in report.malformed}
    assert where == {(3, "3"), (4, "Event"), (5, "unknown")}
    assert all(m.path == str(path) for m in report.malformed)
    assert report.added == 2 and report.read == 5


def test_people_without_a_country_get_it_from_the_dated_people_table(tmp_path):
    frame = imported_events(tmp_path, [
        icews_line("1", "2018-09-01", "Donald Trump", "", "", "042", "Vladimir Putin", "", ""),
        icews_line("2", "2012-06-01", "Donald Trump", "", "", "042", "Japan", "", "Japan"),
    ])
    met = frame.loc["1"]
    assert (met.source_code, met.target_code) == ("USAGOV", "RUSGOV")
    assert "people" in met.source_basis and "2017" in met.source_basis
    assert met.source_name == "Donald Trump"
    # before his term he held no office: no government code is invented for 2012
    assert frame.loc["2"].source_code != "USAGOV"


def test_full_names_and_organisations_without_a_country_are_placed(tmp_path):
    frame = imported_events(tmp_path, [
        icews_line("1", "2018-09-01", "Sergey Viktorovich Lavrov", "", "", "040",
                   "European Commission", "", ""),
        icews_line("2", "2018-09-01", "Zorvan Quillet", "", "", "040", "Japan", "", "Japan"),
    ])
    talk = frame.loc["1"]
    assert (talk.source_country, talk.target_country) == ("RUS", "EUR")
    assert "organisations" in talk.target_basis
    # a name no table knows stays without a country: none is guessed
    assert frame.loc["2"].isna()["source_country"]


def test_gzip_and_zip_files_are_read_as_streams(tmp_path):
    body = "\n".join([ICEWS_HEADER, icews_line("1", "2018-06-01", "Japan", "", "Japan", "040",
                                                  "China", "", "China")]) + "\n"
    gz = tmp_path / "e.tab.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as f:
        f.write(body)
    zp = tmp_path / "e.zip"
    with zipfile.ZipFile(zp, "w") as z:
        z.writestr("inner.tab", body.replace("\n1\t2018", "\n2\t2018"))
    with Store(tmp_path / "s.duckdb") as store:
        report = import_files([gz, zp], "icews", store)
    assert report.added == 2 and not report.malformed


def test_real_icews_sample_imports_every_row(shared):
    path = shared / "reference/interop/samples/icews/events.2018.sample.tab"
    with Store(":memory:") as store:
        report = import_files([path], "icews", store)
        frame = store.events_frame(dataset="icews")
    assert report.added == 3705 and not report.malformed
    coded = frame["source_country"].notna().mean()
    assert coded > 0.9


def test_cli_imports_the_two_months_of_real_icews(shared, tmp_path):
    path = shared / "reference/realdata/icews18.tab.gz"
    if not path.exists():
        pytest.skip("realdata/icews18.tab.gz is absent")
    db = tmp_path / "s.duckdb"
    done = run_cli("import", "icews", str(path), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "95540 events added" in done.stderr
    with Store(db, read_only=True) as store:
        n, basis = store.con.execute(
            "SELECT count(*), count(*) FILTER (WHERE source_basis LIKE '%people%') "
            "FROM events WHERE source_name = 'Donald Trump'").fetchone()
    assert n > 100 and basis == n


def test_a_file_of_another_format_or_no_file_is_one_clear_line(shared, tmp_path):
    icews = shared / "reference/interop/samples/icews/events.2018.sample.tab"
    done = run_cli("import", "gdelt", str(icews), str(tmp_path / "absent.CSV"), "--db",
                   str(tmp_path / "s.duckdb"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "not this format; file skipped" in done.stderr and "no such file" in done.stderr
    assert "0 events added" in done.stderr
