"""`detente import ... --learn-actors`: the names a dataset codes, kept as learned actors.

ICEWS and POLECAT rows name people, parties and agencies with the country and sector
their own dictionaries give (ICEWS: "Wilbur Ross", United States, Government). Kept in
the store's learned actors with the dataset, the first and last day the name was seen
and on how many events, detente's coder can resolve those names on its next run. The
rows are taken from the events the import stored (only sides whose country the file
itself gave, never one detente filled in), so learning again after a second import of
the same file counts nothing twice. A name the dataset files under two or more
countries is kept, marked ambiguous, and not used: which one is meant cannot be guessed.
"""

from __future__ import annotations

from detente.store import Store
from detente.store.transaction import transaction

LEARNABLE = ("icews", "polecat")


class ActorLearner:
    """Learns the actor names of one dataset from the events stored for it."""

    def __init__(self, dataset: str) -> None:
        self.dataset = dataset

    def store(self, store: Store) -> int:
        """Replace the dataset's learned actors with those of its stored events; returns
        how many names (ambiguous ones included) are kept."""
        if self.dataset not in LEARNABLE:
            return 0
        return learn_from_events(store, self.dataset)


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
