"""`detente eval actors --db`: a store's learned actors, used as `detente code --db` uses them.

Learned actors are a fallback: they place names the tables lack, never move a name the
tables hold, and a name a dataset files under two countries, or that many countries'
bodies share, is not used. People a file gives no country are placed by the domestic
actors they act with only when nearly all of those are of one country.
"""

from __future__ import annotations

import json
import subprocess
import sys

from test_interop_import import icews_line, write_icews

from detente.actors import ActorResolver, learned_entries, list_actors
from detente.actors.evaluate import evaluate_actors, read_cases
from detente.interop import import_files
from detente.store import Store

TABLE = """name\tcountry\tdate
Zorvan Quillet\tBolivia\t2018-06-04
Emmanuel Macron\tFrance\t2018-06-04
Barack Obama\tUnited States\t2018-06-04
Ardent Molloway\tChile\t2018-06-04
Democratic Party\tTurkey\t2018-06-04
Pellam Quoddrey\tPeru\t2018-06-04
"""


def _handmade_icews(tmp_path):
    """Made-up names (and one real one) as an ICEWS file files them."""
    return write_icews(tmp_path / "june.tab", [
        icews_line("1", "2018-06-01", "Zorvan Quillet", "Executive,Government", "Bolivia",
                   "040", "Japan", "", "Japan"),
        # a dataset filing the French president under Andorra (its co-prince) moves nothing
        icews_line("2", "2018-06-01", "Emmanuel Macron", "Executive,Government", "Andorra",
                   "040", "Spain", "", "Spain"),
        # nor one filing a former president elsewhere (out of office, the table still knows)
        icews_line("6", "2018-06-01", "Barack Obama", "Elite", "Kenya", "040",
                   "Japan", "", "Japan"),
        icews_line("3", "2018-06-01", "Ardent Molloway", "Elite", "Chile", "040",
                   "Japan", "", "Japan"),
        icews_line("4", "2018-06-02", "Ardent Molloway", "Elite", "Argentina", "040",
                   "Japan", "", "Japan"),
        icews_line("5", "2018-06-02", "Democratic Party", "Parties", "Turkey", "040",
                   "Japan", "", "Japan"),
    ])


def _eval(table, *db: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "detente.cli", "eval", "actors", str(table),
                           "--json", *db], capture_output=True, text=True, check=False,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_eval_actors_with_a_store_uses_its_learned_actors_as_a_fallback(tmp_path):
    db = tmp_path / "s.duckdb"
    learned = subprocess.run([sys.executable, "-m", "detente.cli", "import", "icews",
                              str(_handmade_icews(tmp_path)), "--learn-actors", "--db", str(db)],
                             capture_output=True, text=True, check=False, timeout=300)
    assert learned.returncode == 0, learned.stderr
    table = tmp_path / "names.tsv"
    table.write_text(TABLE, encoding="utf-8")
    before = {m["name"]: m for m in _eval(table)["misses"]}
    after = _eval(table, "--db", str(db))
    missed = {m["name"]: m for m in after["misses"]}
    assert after["cases"] == 6
    assert "Zorvan Quillet" in before and "Zorvan Quillet" not in missed  # learned: right
    for known in ("Emmanuel Macron", "Barack Obama"):  # still FRA, USA
        assert known not in before and known not in missed
    assert missed["Ardent Molloway"]["verdict"] == "none"  # two countries: ambiguous
    assert missed["Democratic Party"]["verdict"] == "none"  # every country has one
    assert missed["Pellam Quoddrey"]["verdict"] == "none"  # never seen
    assert after["right"] > _eval(table)["right"]
    listed = list_actors(db=db, learned_only=True).set_index("name")["source"]
    assert "not used (detente's tables hold this name)" in listed["Emmanuel Macron"]
    assert "not used" not in listed["Zorvan Quillet"]


def test_a_missing_store_is_one_clear_error(tmp_path):
    table = tmp_path / "names.tsv"
    table.write_text(TABLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "detente.cli", "eval", "actors", str(table),
                           "--db", str(tmp_path / "nope.duckdb")], capture_output=True,
                          text=True, check=False, timeout=300)
    assert done.returncode != 0 and "nope.duckdb" in done.stderr
    assert "Traceback" not in done.stderr


def _partners(tmp_path, name: str, partners: list[str]) -> list[str]:
    return [icews_line(f"{name[:3]}{i}", "2018-09-0" + str(1 + i % 9), name, "", "", "173",
                       p, p.split(" (")[0], p.split(" (")[1].rstrip(")"))
            for i, p in enumerate(partners)]


def test_people_without_a_country_are_placed_by_their_domestic_partners_only(tmp_path):
    path = write_icews(tmp_path / "autumn.tab", [
        *_partners(tmp_path, "Quenby Haroldsen", ["Police (Bolivia)"] * 4
                   + ["Citizen (Bolivia)"] * 2),
        # diplomats meet foreigners: their country says nothing of the person's
        *_partners(tmp_path, "Tamsin Oyelaran", ["Foreign Affairs (China)"] * 6),
        # two countries' police: kept, ambiguous, not used
        *_partners(tmp_path, "Ivo Kettleby", ["Police (Chile)"] * 3 + ["Police (Peru)"] * 3),
        # too few events to say
        *_partners(tmp_path, "Odile Brannagh", ["Police (Peru)"] * 2),
    ])
    with Store(tmp_path / "s.duckdb") as store:
        import_files([path], "icews", store, learn_actors=True)
        frame = store.learned_frame()
    rows = {r.name: r for r in frame.itertuples()}
    assert rows["Quenby Haroldsen"].country == "BOL" and not rows["Quenby Haroldsen"].ambiguous
    assert rows["Ivo Kettleby"].ambiguous
    assert "Tamsin Oyelaran" not in rows and "Odile Brannagh" not in rows
    used = {e.name: e for e in learned_entries(frame)}
    assert set(used) == {"Quenby Haroldsen"}
    assert "domestic actors" in used["Quenby Haroldsen"].source


def test_a_country_a_file_gives_outranks_one_inferred_elsewhere(tmp_path):
    june = write_icews(tmp_path / "june.tab", [
        icews_line("1", "2018-06-01", "Quenby Haroldsen", "Elite", "Peru", "040",
                   "Japan", "", "Japan")])
    autumn = write_icews(tmp_path / "autumn.tab", _partners(
        tmp_path, "Quenby Haroldsen", ["Police (Bolivia)"] * 6))
    with Store(tmp_path / "s.duckdb") as store:
        import_files([june], "icews", store, learn_actors=True)
        import_files([autumn], "icews", store, learn_actors=True)
        frame = store.learned_frame()
    used = [(e.name, e.country) for e in learned_entries(frame)]
    assert used == [("Quenby Haroldsen", "PER")]


def test_learned_names_never_take_a_tables_name_or_a_surname(nlp, tmp_path):
    path = write_icews(tmp_path / "e.tab", [
        # a learned party whose last word would be a "surname"
        icews_line("1", "2018-06-01", "Zorvan Quillet Party", "Government", "Bolivia", "040",
                   "Japan", "", "Japan"),
        # a learned rival of a table's person, sharing his surname
        icews_line("2", "2018-06-01", "Pellam Lavrov", "Government", "Peru", "040",
                   "Japan", "", "Japan"),
    ])
    with Store(tmp_path / "s.duckdb") as store:
        import_files([path], "icews", store, learn_actors=True)
        extra = learned_entries(store.learned_frame())
    table = tmp_path / "t.tsv"
    table.write_text("name\tcountry\tdate\nZorvan Quillet Party\tBolivia\t2018-06-04\n"
                     "Party\tBolivia\t2018-06-04\nLavrov\tRussia\t2018-06-04\n", encoding="utf-8")
    report = evaluate_actors(read_cases(table)[0], ActorResolver(nlp, extra=extra, user=False))
    verdicts = {o.case.name: o.verdict for o in report.outcomes}
    assert verdicts == {"Zorvan Quillet Party": "right", "Party": "none", "Lavrov": "right"}


def test_sub_national_and_lesser_office_holders_resolve_on_their_date(resolver, nlp):
    """Deputy chief ministers, state ministers, governors and police chiefs news names."""
    import datetime as dt

    def code_of(text: str, when: dt.date) -> str | None:
        mentions = resolver.resolve(nlp(text), when)
        return mentions[0].actor.code if mentions else None

    june = dt.date(2018, 6, 4)
    assert code_of("Dinesh Sharma opened a hospital in Lucknow on Monday.", june) == "INDGOV"
    assert code_of("Vladimir Vladimirov welcomed investors from Shanghai.", june) == "RUSGOV"
    assert code_of("Suresh Arora ordered more patrols along the border.", june) == "INDCOP"
    # out of office long ago: a former official of his country, not its government
    assert code_of("Buta Singh told reporters he was unwell.", june) == "INDELI"
