"""`detente import ... --learn-actors`: the names a dataset codes, kept as learned actors.

ICEWS and POLECAT rows name people, parties and agencies with the country and sector
their own dictionaries give (ICEWS: "Wilbur Ross", United States, Government). Kept in
the store's learned actors with the dataset, the first and last day the name was seen
and on how many events, detente's coder can resolve those names on its next run. The
rows are taken from the events the import stored (only sides whose country the file
itself gave, never one detente filled in), so learning again after a second import of
the same file counts nothing twice. A name the dataset files under two or more
countries is kept, marked ambiguous, and not used: which one is meant cannot be guessed.

Some files leave people's countries empty (the ICEWS18 benchmark file names "Police
(India)" with its country but never a person's). `partner_countries` then places a person
in the country of the domestic sector actors it acts with (police, citizens, courts,
parties; never diplomats, governments or armed forces, who meet foreigners), when it
does so on at least `MIN_PARTNER_EVENTS` events, almost all with one country. Measured
right on 97% of the people whose country detente's tables know (bench/icews_learning.py);
names that act with several countries' actors are kept as ambiguous.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from detente.actors.tables import read_tsv
from detente.store import Store
from detente.store.transaction import transaction

LEARNABLE = ("icews", "polecat")
# a person is placed only with >= 5 events with domestic actors, >= 90% of one country:
# right for 141 of 145 people the tables know in ICEWS18, 10 of 11 in the June sample
# (3 events: 93% and 25 of 26; bench/icews_learning.py prints the figures)
MIN_PARTNER_EVENTS = 5
PARTNER_SHARE = 0.9
PARTNER_SECTORS = Path(__file__).resolve().parent / "data" / "partner_sectors.tsv"


class ActorLearner:
    """Learns the actor names of one dataset from the events stored for it."""

    def __init__(self, dataset: str) -> None:
        self.dataset = dataset

    def store(self, store: Store) -> int:
        """Replace the dataset's learned actors with those of its stored events; returns
        how many names (ambiguous ones included) are kept."""
        if self.dataset not in LEARNABLE:
            return 0
        n = learn_from_events(store, self.dataset)
        return n + store_inferred(store, self.dataset)


def learn_from_events(store: Store, dataset: str) -> int:
    """Rebuild the learned actors of `dataset` from its events in `store`."""
    con = store.con
    sides = " UNION ALL ".join(
        f"SELECT {p}_name AS name, {p}_country AS country, {p}_sector AS sector, date "
        f"FROM events WHERE dataset = ? AND {p}_basis IS NULL AND {p}_name IS NOT NULL "
        f"AND {p}_name <> '' AND {p}_country IS NOT NULL" for p in ("source", "target"))
    with transaction(con):
        con.execute("DELETE FROM learned_actors WHERE dataset = ?", [dataset])
        con.execute(f"""
            INSERT INTO learned_actors (name, code, country, sector, role, doc_id,
                sentence_index, date, pattern, dataset, first_seen, last_seen, n_events,
                ambiguous)
            WITH s AS ({sides}),
            per AS (SELECT name, country, mode(sector) AS sector, min(date) AS first_seen,
                           max(date) AS last_seen, count(*) AS n
                    FROM s GROUP BY name, country),
            names AS (SELECT name, count(*) AS n_countries FROM per GROUP BY name)
            SELECT per.name, per.country || coalesce(per.sector, ''), per.country, per.sector,
                   NULL, NULL, NULL, per.last_seen, 'dataset:' || ?, ?, per.first_seen,
                   per.last_seen, per.n, names.n_countries > 1
            FROM per JOIN names USING (name) ORDER BY per.name, per.country""",
                    [dataset, dataset, dataset, dataset])
        n = con.execute("SELECT count(DISTINCT name) FROM learned_actors WHERE dataset = ?",
                        [dataset]).fetchone()[0]
    return int(n)


@dataclass(frozen=True)
class Inferred:
    """A name with the countries of the domestic sector actors it acts with."""

    name: str
    countries: dict[str, int]  # partner country -> events
    first_seen: str
    last_seen: str
    given: str | None  # the country the file gives it (most often), if any
    known: str | None  # the country detente's own tables gave it on import, if any

    @property
    def events(self) -> int:
        return sum(self.countries.values())

    @property
    def country(self) -> str | None:
        """The one country it acts in, when it is clear enough to use."""
        if self.events < MIN_PARTNER_EVENTS:
            return None
        top = max(self.countries, key=self.countries.__getitem__)
        return top if self.countries[top] >= PARTNER_SHARE * self.events else None


def _foreign_facing() -> list[str]:
    return [r["word"] for r in read_tsv(PARTNER_SECTORS)]


def partner_countries(store: Store, dataset: str, every: bool = False) -> list[Inferred]:
    """The names of `dataset` that the file never gives a country (`every`: all names, to
    measure the rule against the file's own countries), with the countries of the
    domestic "Sector (Country)" actors each acts with."""
    sides = " UNION ALL ".join(
        f"SELECT {a}_name AS name, {a}_country AS own, {a}_basis AS basis, date, "
        f"CASE WHEN {b}_name IS NULL AND {b}_basis IS NULL AND {b}_country IS NOT NULL "
        f"AND regexp_matches({b}_text, ' \\([^()]*\\)$') AND NOT list_contains(?, "
        f"regexp_extract({b}_text, '^(.*) \\([^()]*\\)$', 1)) THEN {b}_country END AS partner "
        f"FROM events WHERE dataset = ? AND {a}_name IS NOT NULL AND {a}_name <> ''"
        for a, b in (("source", "target"), ("target", "source")))
    foreign = _foreign_facing()
    rows = store.con.execute(f"""
        WITH s AS ({sides}),
        names AS (SELECT name, mode(own) FILTER (WHERE basis IS NULL) AS given,
                         any_value(own) FILTER (WHERE basis LIKE 'detente %') AS known,
                         min(date) AS first_seen, max(date) AS last_seen
                  FROM s GROUP BY name),
        per AS (SELECT name, partner, count(*) AS n FROM s WHERE partner IS NOT NULL
                GROUP BY name, partner)
        SELECT names.*, per.partner, per.n FROM names LEFT JOIN per USING (name)
        WHERE ? OR names.given IS NULL ORDER BY name""",
        [foreign, dataset, foreign, dataset, every]).fetchall()
    out: dict[str, Inferred] = {}
    for name, given, known, first, last, partner, n in rows:
        item = out.setdefault(name, Inferred(name, {}, str(first), str(last), given, known))
        if partner is not None:
            item.countries[partner] = int(n)
    return list(out.values())


def store_inferred(store: Store, dataset: str) -> int:
    """Keep the names `partner_countries` places (ambiguous when their partners are of
    several countries) as learned actors of `dataset`, marked `partners:` in `pattern`.
    Names detente's own tables resolved on import are left to those tables."""
    rows = [(i.name, i.country or max(i.countries, key=i.countries.__getitem__), i.first_seen,
             i.last_seen, i.events, i.country is None)
            for i in partner_countries(store, dataset)
            if i.known is None and i.countries and (i.country or len(i.countries) > 1)]
    with transaction(store.con):
        store.con.execute("DELETE FROM learned_actors WHERE dataset = ? AND pattern LIKE "
                          "'partners:%'", [dataset])
        if not rows:
            return 0
        store.con.executemany("""
            INSERT INTO learned_actors (name, code, country, sector, role, doc_id,
                sentence_index, date, pattern, dataset, first_seen, last_seen, n_events,
                ambiguous)
            VALUES (?, ?, ?, NULL, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?, ?)""",
            [(name, country, country, last, f"partners:{dataset}", dataset, first, last, n, amb)
             for name, country, first, last, n, amb in rows])
    return len(rows)
