"""Events as a Parquet dataset partitioned by year and month, for DuckDB, pandas or Spark.

Written by DuckDB straight from the store (streamed, so memory stays bounded however
many events there are). The partition day is the event's own date, or its document's
publication date when the text gives none; events with neither go under year=0000.
"""

from __future__ import annotations

from pathlib import Path

from detente.store import Store


def export_parquet(store: Store, out: str | Path) -> int:
    """Write every stored event under `out/year=YYYY/month=MM/`; returns how many."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    day = "coalesce(e.date, CAST(d.published AS VARCHAR))"
    select = (
        f"SELECT e.*, CAST(d.published AS VARCHAR) AS published, "
        f"coalesce(substr({day}, 1, 4), '0000') AS year, "
        f"coalesce(nullif(substr({day}, 6, 2), ''), '00') AS month "
        "FROM events e JOIN documents d USING (doc_id)"
    )
    count = store.con.execute(f"SELECT count(*) FROM ({select})").fetchone()[0]
    target = str(out).replace("'", "''")
    store.con.execute(
        f"COPY ({select}) TO '{target}' "
        "(FORMAT PARQUET, PARTITION_BY (year, month), OVERWRITE_OR_IGNORE TRUE)"
    )
    return int(count)
