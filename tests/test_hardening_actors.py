"""`detente actors import` checks a user's actor file whole before it is used: a message per
bad row, nothing half-written, a broken file in place named and replaceable, limits with
their reason, no YAML alias bombs, other encodings read or named."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from detente.actors import userfile
from detente.cli import cli

HEADER = "name,aliases,country,sector,office,start,end\n"
GOOD = HEADER + "Jane Roe,Roe,FRA,GOV,envoy,2020-01-01,\n"


@pytest.fixture()
def home(tmp_path, monkeypatch):
    """The user's actor file lives in the test's folder."""
    target = tmp_path / "home" / "actors.csv"
    monkeypatch.setenv("DETENTE_ACTORS", str(target))
    monkeypatch.setenv("DETENTE_LOG_DIR", str(tmp_path / "logs"))
    return target


def run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert "Traceback" not in result.output
    return result


BAD = [
    ("dates.csv", (HEADER + "Jane Roe,,FRA,GOV,envoy,2021-13-01,\n"
                   "John Doe,,FRA,GOV,envoy,2021-01-01,2020-01-01\n").encode(),
     ["dates.csv:2: start '2021-13-01' is not a date", "dates.csv:3: end 2020-01-01 is before"]),
    ("columns.csv", b"who,where\nJane Roe,FRA\n",
     ["columns.csv:1: unknown columns 'who', 'where'", "no 'name' or 'country' column"]),
    ("hash.csv", (HEADER + "#MeToo Movement,,USA,SOC,,,\n").encode(),
     ["hash.csv:2: begins with '#'", "quote the name"]),
    ("country.csv", (HEADER + "Jane Roe,,France!,GOV,,,\n").encode(),
     ["country.csv:2: country 'France!' is not a code"]),
    ("latin.csv", (HEADER + "Jos\xe9 Roe,,ESP,GOV,,,\n").encode("latin-1"),
     ["latin.csv:2: not UTF-8"]),
    ("binary.csv", b"\x00\x01PK\x03\x04" * 50, ["binary.csv: binary file"]),
    ("scalar.yaml", b"just a sentence\n", ["scalar.yaml:1: expected a list of actors"]),
    ("broken.yaml", b"- name: Jane Roe\n  country: [FRA\n", ["broken.yaml:", "not valid YAML"]),
    ("items.yaml", b"- Jane Roe\n- name: John Doe\n  country: FRA\n  start: banana\n",
     ["items.yaml:1: expected a mapping", "items.yaml:2: start 'banana' is not a date"]),
    ("bomb.yaml", (b"a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
                  b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c]\n"
                  b"actors: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"),
     ["bomb.yaml:2: YAML aliases (*name) are not allowed"]),
]


@pytest.mark.parametrize("name, data, messages", BAD, ids=[b[0] for b in BAD])
def test_a_bad_actor_file_is_refused_with_a_message_per_bad_row(home, tmp_path, name, data,
                                                                  messages):
    home.parent.mkdir(parents=True)
    home.write_text(GOOD, encoding="utf-8")
    path = tmp_path / name
    path.write_bytes(data)
    result = run("actors", "import", str(path))
    assert result.exit_code == 1
    for message in messages:
        assert message in result.output, result.output
    assert home.read_text(encoding="utf-8") == GOOD  # nothing half-written


def test_size_limits_say_why(home, tmp_path, monkeypatch):
    monkeypatch.setattr(userfile, "MAX_ROWS", 3)
    path = tmp_path / "many.csv"
    path.write_text(HEADER + "".join(f"Person {i},,FRA,GOV,,,\n" for i in range(5)),
                    encoding="utf-8")
    result = run("actors", "import", str(path))
    assert result.exit_code == 1
    assert "more than 3 rows" in result.output and "coding slow" in result.output
    assert not home.exists()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_actor_files_with_a_byte_order_mark_are_read(home, tmp_path, encoding):
    path = tmp_path / "mine.csv"
    path.write_bytes(GOOD.replace("Jane", "Jos\u00e9").encode(encoding))
    result = run("actors", "import", str(path))
    assert result.exit_code == 0, result.output
    assert "1 actors imported" in result.output
    assert "Jos\u00e9 Roe" in home.read_text(encoding="utf-8")


def test_a_broken_file_in_place_is_named_and_can_be_replaced(home, tmp_path):
    home.parent.mkdir(parents=True)
    home.write_text(HEADER + "Jane Roe,,FRA,GOV,envoy,20X1-01-01,\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text(GOOD.replace("Jane", "Joan"), encoding="utf-8")
    # every command that loads the user's actors names the broken file instead of a traceback
    for args in (["actors", "list", "-q", "roe"],
                 ["code", str(good), "--db", str(tmp_path / "s.duckdb")]):
        result = run(*args)
        assert result.exit_code == 1
        assert f"{home}:2: start '20X1-01-01'" in result.output
        assert "--replace" in result.output
    merged = run("actors", "import", str(good))
    assert merged.exit_code == 1
    assert str(home) in merged.output and "--replace" in merged.output
    replaced = run("actors", "import", str(good), "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert "Joan Roe" in home.read_text(encoding="utf-8")
    assert "Jane Roe" not in home.read_text(encoding="utf-8")
    assert run("actors", "list", "-q", "joan roe").exit_code == 0
