"""Pre-aggregated pair-days of imported events, so relations over millions stay fast.

`dyads` and `relations A B` over ten million GDELT events cannot load the events into
pandas in a second. Imported events need no de-duplication (each dataset already gives
one row per event), so their contribution to every pair's counts and cooperation index
is a sum that can be kept ready: one row per dataset, pair, day and quad with the event
count and the weighted cooperation and conflict totals the index needs (the same sign and
weight as `relations.frame`: the intensity's sign, else the quad's; weight |intensity|,
1 when unknown). The table is rebuilt for a dataset after each import of it.
"""

from __future__ import annotations

from detente.store import Store

_SIGN = ("CASE WHEN intensity > 0 THEN 1 WHEN intensity < 0 THEN -1 "
         "WHEN quad IN ('verbal_coop', 'material_coop') THEN 1 "
         "WHEN quad IN ('verbal_conflict', 'material_conflict') THEN -1 ELSE 0 END")
_WEIGHT = "CASE WHEN abs(intensity) > 0 THEN abs(intensity) ELSE 1.0 END"

DDL = ("CREATE TABLE IF NOT EXISTS pair_days (dataset VARCHAR, a VARCHAR, b VARCHAR, "
       "day DATE, quad VARCHAR, n BIGINT, coop DOUBLE, conf DOUBLE, sq DOUBLE, "
       "intensity_sum DOUBLE, intensity_n BIGINT, mentions BIGINT)")


def refresh(store: Store, dataset: str) -> int:
    """Rebuild the pair-days of `dataset` from its events; returns the number of rows."""
    con = store.con
    con.execute("BEGIN")
    try:
        con.execute(DDL)
        con.execute("DELETE FROM pair_days WHERE dataset = ?", [dataset])
        con.execute(f"""
            INSERT INTO pair_days
            SELECT dataset, a, b, day, quad, count(*) AS n,
                   sum(CASE WHEN s > 0 THEN w ELSE 0 END), sum(CASE WHEN s < 0 THEN w ELSE 0 END),
                   sum(CASE WHEN s <> 0 THEN w * w ELSE 0 END), sum(intensity),
                   count(intensity), sum(coalesce(mentions, 1))
            FROM (
                SELECT dataset, least(source_country, target_country) AS a,
                       greatest(source_country, target_country) AS b,
                       TRY_CAST(date AS DATE) AS day, quad, intensity, mentions,
                       {_SIGN} AS s, {_WEIGHT} AS w
                FROM events
                WHERE dataset = ? AND coalesce(status, 'asserted') = 'asserted'
                  AND source_country <> '' AND target_country <> ''
                  AND source_country <> target_country)
            GROUP BY ALL ORDER BY a, b, day""", [dataset])
        rows = con.execute("SELECT count(*) FROM pair_days WHERE dataset = ?",
                           [dataset]).fetchone()[0]
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return int(rows)
