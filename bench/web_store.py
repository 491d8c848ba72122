"""A synthetic store of any size, for timing the web app (and for its tests).

`python bench/web_store.py bench.duckdb --events 1000000` writes a store with the
project's schema: documents over ten years, events among 30 countries with pair
sizes that fall off like real ones (a few pairs hold most events, many hold a
handful), PLOVER types with their quads and intensities, one event in five with
coordinates, and each sentence unique enough that merging repeated reports has
work to do. DuckDB generates the rows itself (a million in seconds); the text
is fixed SQL with no outside input.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from detente.store import Store

# the columns this generator fills, by name: later schema versions add columns with defaults
EVENT_COLUMNS = [
    "event_id", "doc_id", "sentence_index", "evidence", "char_start", "char_end",
    "source_text", "source_code", "source_country", "source_sector", "source_name",
    "target_text", "target_code", "target_country", "target_sector", "target_name",
    "plover", "mode", "cameo", "quad", "intensity", "goldstein", "status", "date",
    "date_precision", "quote_speaker", "quote_text", "confidence", "rule", "trigger",
    "location_name", "location_country", "location_lat", "location_lon", "mutual",
]
DOCUMENT_COLUMNS = ["doc_id", "title", "url", "source", "published", "path", "text",
                    "n_sentences", "n_events", "coded_at"]

COUNTRIES = [  # code, capital's latitude, longitude
    ("USA", 38.9, -77.0), ("RUS", 55.8, 37.6), ("CHN", 39.9, 116.4), ("TUR", 39.9, 32.9),
    ("IRN", 35.7, 51.4), ("UKR", 50.5, 30.5), ("DEU", 52.5, 13.4), ("FRA", 48.9, 2.4),
    ("GBR", 51.5, -0.1), ("ISR", 31.8, 35.2), ("SYR", 33.5, 36.3), ("IND", 28.6, 77.2),
    ("PAK", 33.7, 73.1), ("JPN", 35.7, 139.7), ("KOR", 37.6, 127.0), ("PRK", 39.0, 125.8),
    ("SAU", 24.7, 46.7), ("EGY", 30.0, 31.2), ("BRA", -15.8, -47.9), ("ZAF", -25.7, 28.2),
    ("NGA", 9.1, 7.5), ("ETH", 9.0, 38.7), ("MEX", 19.4, -99.1), ("VEN", 10.5, -66.9),
    ("AFG", 34.5, 69.2), ("IRQ", 33.3, 44.4), ("POL", 52.2, 21.0), ("ARM", 40.2, 44.5),
    ("AZE", 40.4, 49.9), ("QAT", 25.3, 51.5),
]
TYPES = [  # PLOVER type, quad, intensity, verb in the sentence
    ("AGREE", "verbal_coop", 4.0, "agreed with"), ("CONSULT", "verbal_coop", 1.0, "met"),
    ("SUPPORT", "verbal_coop", 3.0, "backed"), ("CONCEDE", "verbal_coop", 5.0, "yielded to"),
    ("COOPERATE", "material_coop", 6.0, "signed a deal with"),
    ("AID", "material_coop", 7.0, "sent aid to"), ("RETREAT", "material_coop", 5.0,
                                                    "withdrew troops from"),
    ("REQUEST", "verbal_conflict", -1.0, "urged"), ("ACCUSE", "verbal_conflict", -3.0,
                                                     "accused"),
    ("REJECT", "verbal_conflict", -4.0, "rejected"), ("THREATEN", "verbal_conflict", -6.0,
                                                       "threatened"),
    ("PROTEST", "material_conflict", -5.0, "protested against"),
    ("SANCTION", "material_conflict", -7.0, "imposed sanctions on"),
    ("MOBILIZE", "material_conflict", -6.5, "massed troops near"),
    ("COERCE", "material_conflict", -8.0, "seized ships of"),
    ("ASSAULT", "material_conflict", -10.0, "struck"),
]
WORDS = ["border", "gas", "grain", "talks", "navy", "trade", "summit", "missile", "port",
         "election", "refugees", "oil", "drones", "loan", "embassy", "pipeline"]


def _values(rows: list[tuple]) -> str:
    return ", ".join("(" + ", ".join(repr(v) for v in r) + ")" for r in rows)


def make_store(path: str | Path, events: int = 1_000_000, seed: float = 0.42) -> dict[str, int]:
    """Write a synthetic store of `events` events at `path` (replacing it)."""
    path = Path(path)
    for p in (path, Path(f"{path}.wal")):
        p.unlink(missing_ok=True)
    docs = max(1, events // 4)
    with Store(path) as store:
        con = store.con
        con.execute(f"SELECT setseed({seed})")
        con.execute("CREATE TEMP TABLE c AS SELECT * FROM (VALUES "
                    f"{_values([(i, *c) for i, c in enumerate(COUNTRIES)])}) t(i, code, lat, lon)")
        con.execute("CREATE TEMP TABLE k AS SELECT * FROM (VALUES "
                    f"{_values([(i, *t) for i, t in enumerate(TYPES)])}) "
                    "t(i, plover, quad, intensity, verb)")
        con.execute("CREATE TEMP TABLE w AS SELECT * FROM (VALUES "
                    f"{_values([(i, x) for i, x in enumerate(WORDS)])}) t(i, word)")
        con.execute(f"""
            INSERT INTO documents ({", ".join(DOCUMENT_COLUMNS)})
            SELECT printf('bench-%07d', i), printf('Report %d on the region', i),
                   printf('https://news.example/%d', i), 'bench',
                   DATE '2015-01-01' + CAST(floor(random() * 3650) AS INTEGER),
                   NULL, 'Synthetic text of a benchmark document.', 12, 4, now()
            FROM range({docs}) r(i)""")
        # a pair's size falls off with its rank: squaring a uniform favours small indices
        con.execute(f"""
            CREATE TEMP TABLE raw AS
            SELECT i, CAST(floor(pow(random(), 2.2) * 30) AS INTEGER) AS s,
                   CAST(floor(pow(random(), 1.6) * 30) AS INTEGER) AS t0,
                   CAST(floor(random() * 16) AS INTEGER) AS k,
                   CAST(floor(random() * {docs}) AS INTEGER) AS d,
                   CAST(floor(random() * 16) AS INTEGER) AS w1,
                   CAST(floor(random() * 16) AS INTEGER) AS w2,
                   random() AS u, random() AS v
            FROM range({events}) r(i)""")
        con.execute(f"""
            INSERT INTO events ({", ".join(EVENT_COLUMNS)})
            SELECT printf('b%08d', raw.i), printf('bench-%07d', raw.d), CAST(raw.i % 12 AS INTEGER),
                   printf('%s %s %s over the %s and the %s (report %d).', cs.code, k.verb,
                          ct.code, w1.word, w2.word, raw.i),
                   0, 60, cs.code, cs.code || 'GOV', cs.code, 'GOV', NULL,
                   ct.code, ct.code || 'GOV', ct.code, 'GOV', NULL,
                   k.plover, NULL, NULL, k.quad, k.intensity, k.intensity,
                   CASE WHEN raw.u < 0.9 THEN 'asserted' WHEN raw.u < 0.95 THEN 'future'
                        ELSE 'negated' END,
                   CAST(doc.published - CAST(floor(raw.v * 3) AS INTEGER) AS VARCHAR), 'day',
                   NULL, NULL, 0.5 + raw.v / 2, 'bench', k.verb,
                   CASE WHEN raw.v < 0.2 THEN ct.code END, CASE WHEN raw.v < 0.2 THEN ct.code END,
                   CASE WHEN raw.v < 0.2 THEN ct.lat + raw.u - 0.5 END,
                   CASE WHEN raw.v < 0.2 THEN ct.lon + raw.u - 0.5 END,
                   raw.k = 1
            FROM raw
            JOIN c cs ON cs.i = raw.s
            JOIN c ct ON ct.i = CASE WHEN raw.t0 = raw.s THEN (raw.t0 + 1) % 30 ELSE raw.t0 END
            JOIN k ON k.i = raw.k
            JOIN w w1 ON w1.i = raw.w1
            JOIN w w2 ON w2.i = raw.w2
            JOIN documents doc ON doc.doc_id = printf('bench-%07d', raw.d)""")
        have = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                          "WHERE table_name = 'events'").fetchall()}
        if "dataset" in have:  # stores that hold imported datasets: these are our own coding
            con.execute("UPDATE events SET dataset = 'detente', mentions = 1")
        # each document's text is its events' sentences, so offsets point at them
        con.execute("""
            CREATE TEMP TABLE off AS SELECT event_id, coalesce(sum(length(evidence) + 1) OVER (
                PARTITION BY doc_id ORDER BY event_id
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS s FROM events""")
        con.execute("UPDATE events SET char_start = off.s, char_end = off.s + length(evidence) "
                    "FROM off WHERE events.event_id = off.event_id")
        con.execute("UPDATE documents SET text = t.text, n_events = t.n FROM (SELECT doc_id, "
                    "string_agg(evidence, ' ' ORDER BY event_id) AS text, count(*) AS n "
                    "FROM events GROUP BY doc_id) t WHERE documents.doc_id = t.doc_id")
        con.execute("CHECKPOINT")
        return store.counts()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db")
    ap.add_argument("--events", type=int, default=1_000_000)
    args = ap.parse_args()
    t0 = time.perf_counter()
    counts = make_store(args.db, args.events)
    print(f"{args.db}: {counts['events']:,} events in {counts['documents']:,} documents "
          f"({time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
