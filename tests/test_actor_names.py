"""Names as news writes them, national bodies, and `detente eval actors` (sentences and
tables written for these tests)."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.actors import explain
from detente.actors.evaluate import ActorCase, evaluate_actors, format_report, read_cases

ROOT = Path(__file__).resolve().parents[1]


def first(resolver, nlp, text: str, when: dt.date):
    """(code, name) of the first mention when it lies in the name that opens the text."""
    doc = nlp(text)
    name_end = next(t.i for t in doc if t.pos_ not in ("PROPN", "PUNCT", "ADP"))
    ms = [m for m in resolver.resolve(doc, when) if m.start < name_end and m.actor.country]
    if not ms:
        return None, None
    m = min(ms, key=lambda m: (m.start, -m.end))
    return m.actor.code, m.actor.name


# -- forms of known names ---------------------------------------------------------------------
@pytest.mark.parametrize(("text", "day", "country", "name"), [
    # patronymics and middle names
    ("Sergey Viktorovich Lavrov flew to Ankara for talks.", "2019-03-02", "RUS", "Sergey Lavrov"),
    ("Dmitriy Anatolyevich Medvedev spoke to reporters in Minsk.", "2016-05-01", "RUS",
     "Dmitry Medvedev"),
    ("António Manuel de Oliveira Guterres called for a ceasefire.", "2021-04-01", "UNO",
     "António Guterres"),
    # family name first, and other spaces or hyphens
    ("Abe Shinzo met the Australian leader in Tokyo.", "2018-01-18", "JPN", "Shinzo Abe"),
    ("Kim Jong Un inspected a missile launch.", "2019-05-04", "PRK", None),
    # an initial for the given name picks among the holders of the date
    ("B. Johnson met the Saudi foreign minister.", "2016-08-01", "GBR", "Boris Johnson"),
    ("J. Johnson met the Saudi foreign minister.", "2016-08-01", "USA", "Jeh Johnson"),
])
def test_full_and_variant_forms_resolve(resolver, nlp, text, day, country, name):
    code, found = first(resolver, nlp, text, dt.date.fromisoformat(day))
    assert code is not None and code.startswith(country), (code, found)
    if name:
        assert found == name


def test_a_surname_alone_is_the_one_holder_of_its_date(resolver, nlp):
    text = "Johnson warned Iran on Tuesday."
    assert first(resolver, nlp, text, dt.date(2020, 6, 1)) == ("GBRGOV", "Boris Johnson")
    assert first(resolver, nlp, text, dt.date(2024, 6, 1))[0].startswith("USA")


def test_a_surname_two_holders_share_stays_unresolved_and_says_why(resolver, nlp):
    text = "Johnson warned Iran on Tuesday."
    when = dt.date(2016, 8, 1)  # a foreign secretary and a homeland security secretary
    assert first(resolver, nlp, text, when) == (None, None)
    lines = explain(resolver, text, when)
    assert any("unresolved" in ln and "2 people" in ln and "Jeh Johnson" in ln for ln in lines)


def test_someone_elses_given_name_before_a_known_surname_is_not_that_person(resolver, nlp):
    code, _ = first(resolver, nlp, "Raif Badawi was sentenced by a court in Jeddah.",
                    dt.date(2015, 1, 9))
    assert code is None or not code.startswith("MYS")


# -- offices beyond the big four, parties, agencies, media ------------------------------------
@pytest.mark.parametrize(("text", "day", "code"), [
    ("Commerce Secretary Wilbur Ross threatened tariffs on steel.", "2018-06-01", "USA"),
    ("Chief Minister Mamata Banerjee criticised the central government.", "2019-02-04", "IND"),
    ("The Bharatiya Janata Party accused the opposition of lying.", "2019-04-01", "INDPTY"),
    ("The Central Bureau of Investigation arrested two officials.", "2019-04-01", "INDCOP"),
    ("The Economic and Financial Crimes Commission charged a former governor.", "2020-01-01",
     "NGAJUD"),
    ("Scottish National Party leaders demanded a second referendum.", "2017-03-13", "GBRPTY"),
])
def test_ministers_parties_and_agencies_have_their_country(resolver, nlp, text, day, code):
    doc = nlp(text)
    codes = [m.actor.code or "" for m in resolver.resolve(doc, dt.date.fromisoformat(day))]
    assert any(c.startswith(code) for c in codes), codes


def test_a_news_agency_credited_for_the_story_is_no_actor(resolver, nlp):
    doc = nlp("SEOUL (Yonhap) -- South Korea protested to Japan on Monday.")
    codes = {m.actor.code for m in resolver.resolve(doc, dt.date(2019, 7, 1))}
    assert "KORJRN" not in codes and "KOR" in codes


def test_state_media_speaking_is_its_country(resolver, nlp):
    doc = nlp("The Korean Central News Agency said the drills were a provocation.")
    codes = {m.actor.code for m in resolver.resolve(doc, dt.date(2019, 7, 1))}
    assert "PRKJRN" in codes and "KOR" not in codes


# -- detente eval actors ----------------------------------------------------------------------
TABLE = """name,country,date,sector
Sergei Viktorovich Lavrov,RUS,2018-06-01,
Wilbur Ross,United States,2018-06-01,
Hamas,Occupied Palestinian Territory,2018-06-01,
António Guterres,Portugal,2018-06-01,International Government Organization
Imaginary Person Zzyzx,France,2018-06-01,
Vladimir Putin,Russian Federation,not-a-date,
"""


def test_eval_actors_reports_shares_and_misses(resolver, tmp_path):
    path = tmp_path / "names.csv"
    path.write_text(TABLE, encoding="utf-8")
    cases, errors = read_cases(path)
    assert len(cases) == 5
    assert errors == [f"{path}:7: Invalid isoformat string: 'not-a-date'"]
    report = evaluate_actors(cases, resolver)
    verdicts = {o.case.name: o.verdict for o in report.outcomes}
    assert verdicts["Sergei Viktorovich Lavrov"] == "right"
    assert verdicts["Wilbur Ross"] == "right"
    assert verdicts["Hamas"] == "right"  # an armed group coded as itself, acting there
    assert verdicts["António Guterres"] == "right"  # an IGO official coded as the UN
    assert verdicts["Imaginary Person Zzyzx"] == "none"
    assert report.share("right") == pytest.approx(0.8)
    text = format_report(report)
    assert "right 80.0% (4)" in text and "Imaginary Person Zzyzx" in text


def test_eval_actors_command_runs_on_a_table(tmp_path):
    from detente.cli import cli

    path = tmp_path / "names.tsv"
    path.write_text("name\tcountry\tdate\nWilbur Ross\tUSA\t2018-06-01\n"
                    "Nobody Atall Qwxz\tUSA\t2018-06-01\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "actors", str(path), "--min-right", "0.9"])
    assert result.exit_code == 1, result.output
    assert "right 50.0% (1)" in result.output and "Nobody Atall Qwxz" in result.output


def test_eval_actors_names_a_table_without_the_columns(tmp_path):
    from detente.cli import cli

    path = tmp_path / "bad.csv"
    path.write_text("who,where\nA,B\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "actors", str(path)])
    assert result.exit_code != 0
    assert f"{path}:1" in result.output and "name and country" in result.output
    assert "Traceback" not in result.output


def test_icews_sample_named_actors_resolve_to_its_country(resolver, shared):
    """The first use: names, countries and dates as ICEWS files them (table built here, from
    ../shared, never bundled)."""
    script = ROOT / "bench" / "icews_actor_table.py"
    spec = importlib.util.spec_from_file_location("icews_actor_table", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not module.SAMPLE.exists():
        pytest.skip("the ICEWS sample is absent from ../shared")
    rows = module.named_actors()
    cases = [ActorCase(r["name"], r["country"], dt.date.fromisoformat(r["date"]), r["sector"],
                       int(r["count"])) for r in rows]
    report = evaluate_actors(cases, resolver)
    assert len(cases) > 400
    assert report.share("right") >= 0.85, format_report(report, 30)
    assert report.share("wrong") <= 0.03
