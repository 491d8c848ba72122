"""Pre-aggregated pair-days of imported events, so relations over millions stay fast.

`dyads` and `relations A B` over ten million GDELT events cannot load the events into
pandas in a second. Imported events need no de-duplication (each dataset already gives
one row per event), so their contribution to every pair's counts and cooperation index
is a sum that can be kept ready: one row per dataset, pair, day and quad with the event
count and the weighted cooperation and conflict totals the index needs (the same sign and
weight as `relations.frame`: the intensity's sign, else the quad's, none for what PLOVER
counts as no event; weight |intensity|,
1 when unknown). The table is rebuilt for a dataset after each import of it.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from detente.store import Store
from detente.store.transaction import transaction

# relations.frame.coop_sign: a known intensity's sign (0 neutral); else neutral for what
# PLOVER does not count as an event (no type); else the quad's
_SIGN = ("CASE WHEN intensity IS NOT NULL THEN sign(intensity) "
         "WHEN coalesce(plover, '') = '' THEN 0 "
         "WHEN quad IN ('verbal_coop', 'material_coop') THEN 1 "
         "WHEN quad IN ('verbal_conflict', 'material_conflict') THEN -1 ELSE 0 END")
_WEIGHT = "CASE WHEN abs(intensity) > 0 THEN abs(intensity) ELSE 1.0 END"

DDL = ("CREATE TABLE IF NOT EXISTS pair_days (dataset VARCHAR, a VARCHAR, b VARCHAR, "
       "day DATE, quad VARCHAR, n BIGINT, coop DOUBLE, conf DOUBLE, sq DOUBLE, "
       "intensity_sum DOUBLE, intensity_n BIGINT, mentions BIGINT, n_coop BIGINT, "
       "n_conf BIGINT)")
# counts of cooperative and conflictual events (unweighted): what the baseline index reads
_COUNTS = ("n_coop", "n_conf")


# the same over all days: what `dyads` without --since/--until reads (a few thousand rows)
TOTALS_DDL = ("CREATE TABLE IF NOT EXISTS pair_totals (dataset VARCHAR, a VARCHAR, b VARCHAR, "
              "quad VARCHAR, first DATE, last DATE, n BIGINT, coop DOUBLE, conf DOUBLE, "
              "sq DOUBLE, intensity_sum DOUBLE, intensity_n BIGINT, mentions BIGINT, "
              "n_coop BIGINT, n_conf BIGINT)")


def refresh(store: Store, dataset: str) -> int:
    """Rebuild the pair-days of `dataset` from its events; returns the number of rows.

    Tables an older detente wrote without the event counts are brought up to date, every
    dataset in them rebuilt, in the same transaction."""
    con = store.con
    with transaction(con):
        con.execute(DDL)
        con.execute(TOTALS_DDL)
        for table in ("pair_days", "pair_totals"):
            for col in _COUNTS:
                con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {col} BIGINT")
        stale = {r[0] for r in con.execute(
            "SELECT DISTINCT dataset FROM pair_days WHERE n_coop IS NULL").fetchall()}
        for name in sorted(stale | {dataset}):
            _rebuild(con, name)
        rows = con.execute("SELECT count(*) FROM pair_days WHERE dataset = ?",
                           [dataset]).fetchone()[0]
    return int(rows)


def _rebuild(con, dataset: str) -> None:
    con.execute("DELETE FROM pair_days WHERE dataset = ?", [dataset])
    con.execute(f"""
        INSERT INTO pair_days
        SELECT dataset, a, b, day, quad, count(*) AS n,
               sum(CASE WHEN s > 0 THEN w ELSE 0 END), sum(CASE WHEN s < 0 THEN w ELSE 0 END),
               sum(CASE WHEN s <> 0 THEN w * w ELSE 0 END), sum(intensity),
               count(intensity), sum(coalesce(mentions, 1)),
               count(*) FILTER (WHERE s > 0), count(*) FILTER (WHERE s < 0)
        FROM (
            SELECT dataset, least(source_country, target_country) AS a,
                   greatest(source_country, target_country) AS b,
                   TRY_CAST(date AS DATE) AS day, quad, intensity, mentions, plover,
                   {_SIGN} AS s, {_WEIGHT} AS w
            FROM events
            WHERE dataset = ? AND coalesce(status, 'asserted') = 'asserted'
              AND source_country <> '' AND target_country <> ''
              AND source_country <> target_country)
        GROUP BY ALL ORDER BY a, b, day""", [dataset])
    con.execute("DELETE FROM pair_totals WHERE dataset = ?", [dataset])
    con.execute("""
        INSERT INTO pair_totals
        SELECT dataset, a, b, quad, min(day), max(day), sum(n), sum(coop), sum(conf),
               sum(sq), sum(intensity_sum), sum(intensity_n), sum(mentions), sum(n_coop),
               sum(n_conf)
        FROM pair_days WHERE dataset = ? GROUP BY ALL ORDER BY a, b""", [dataset])


def usable(store: Store, datasets: list[str] | None) -> bool:
    """Whether the pair-days answer for these datasets: all are imported, none is detente's
    own coding (whose repeated reports must be merged first), and the table exists."""
    con = store.con
    has = con.execute("SELECT count(*) FROM information_schema.columns WHERE table_name IN "
                      "('pair_days', 'pair_totals') AND column_name = 'n_coop'").fetchone()[0]
    if has < 2:  # not built, or built by an older detente: the events frame answers
        return False
    if datasets and "detente" in datasets:
        return False
    own = con.execute("SELECT 1 FROM events WHERE dataset = 'detente' LIMIT 1").fetchall()
    return not own or bool(datasets)


def _where(datasets: list[str] | None, since: Any, until: Any) -> tuple[str, list[Any]]:
    from detente.relations.frame import to_day

    where, args = ["1=1"], []
    if datasets:
        where.append(f"dataset IN ({', '.join('?' for _ in datasets)})")
        args += list(datasets)
    lo, hi = to_day(since), to_day(until)
    if lo is not None:
        where.append("day >= ?")
        args.append(lo.date())
    if hi is not None:
        where.append("day <= ?")
        args.append(hi.date())
    return " AND ".join(where), args


def dyads(store: Store, datasets: list[str] | None = None, since: Any = None,
          until: Any = None) -> pd.DataFrame:
    """`relations.dyads` of imported events, from the pair-days (no evidence sentence)."""
    from detente.models import QUADS
    from detente.relations.dyads import DYAD_COLUMNS
    from detente.relations.index import coop_index_arrays

    where, args = _where(datasets, since, until)
    quads = ", ".join(f"sum(n) FILTER (WHERE quad = '{q}') AS {q}" for q in QUADS)
    bounded = since is not None or until is not None
    first, last, table = ("day", "day", "pair_days") if bounded else ("first", "last",
                                                                       "pair_totals")
    df = store.con.execute(f"""
        SELECT a, b, sum(n) AS total, sum(mentions) AS mentions,
               sum(intensity_sum) AS intensity_sum,
               sum(intensity_sum) / nullif(sum(intensity_n), 0) AS intensity_mean,
               CAST(min({first}) AS VARCHAR) AS first, CAST(max({last}) AS VARCHAR) AS last,
               sum(coop) AS _coop, sum(conf) AS _conf, sum(sq) AS _sq,
               sum(n_coop) AS _ncoop, sum(n_conf) AS _nconf, {quads}
        FROM {table} WHERE {where}
        GROUP BY a, b ORDER BY total DESC, a || '-' || b""", args).df()
    if df.empty:
        return pd.DataFrame(columns=DYAD_COLUMNS)
    idx, lo, hi, _ = coop_index_arrays(df["_coop"], df["_conf"], df["_sq"])
    df["index"], df["ci_low"], df["ci_high"] = idx, lo, hi
    df["pair"] = df["a"] + "-" + df["b"]
    for q in QUADS:
        df[q] = df[q].fillna(0).astype(int)
    df["total"] = df["total"].astype(int)
    df["mentions"] = df["mentions"].astype(int)
    df["intensity_sum"] = df["intensity_sum"].fillna(0.0)
    for col in ("evidence", "evidence_doc_id", "evidence_sentence_index"):
        df[col] = None
    _baseline(df)
    return df[DYAD_COLUMNS].reset_index(drop=True)


def _baseline(df: pd.DataFrame) -> None:
    """The pair against the corpus rate (`relations.baseline`), from the event counts."""
    from detente.relations.baseline import (
        LEVEL,
        Baseline,
        corpus_rate,
        estimate_kappa,
        posterior,
        sign_of,
    )

    coop, conflict = df["_ncoop"].fillna(0).astype(float), df["_nconf"].fillna(0).astype(float)
    rate = corpus_rate(float(coop.sum()), float(conflict.sum()))
    kappa, used = estimate_kappa(coop, conflict, rate)
    base = Baseline(rate, float(kappa), LEVEL, int(coop.sum() + conflict.sum()), used)
    idx, lo, hi = posterior(coop, conflict, base)
    df["baseline"], df["baseline_index"] = base.rate, idx
    df["baseline_low"], df["baseline_high"] = lo, hi
    df["sign"], df["method"] = sign_of(lo, hi), base.method


def series(store: Store, a: str, b: str, by: str = "month", datasets: list[str] | None = None,
           since: Any = None, until: Any = None, level: float = 0.95) -> pd.DataFrame:
    """`relations.series` of one pair over imported events, from the pair-days."""
    from detente.models import QUADS
    from detente.relations.frame import pair_key
    from detente.relations.index import coop_index_arrays
    from detente.relations.series import FREQS, SERIES_COLUMNS, _label, _periods

    if by not in FREQS:
        raise ValueError(f"by must be one of {sorted(FREQS)}, not {by!r}")
    a, b = pair_key(a.upper(), b.upper())
    where, args = _where(datasets, since, until)
    unit = {"day": "day", "week": "week", "month": "month", "quarter": "quarter",
            "year": "year"}[by]
    quads = ", ".join(f"sum(n) FILTER (WHERE quad = '{q}') AS {q}" for q in QUADS)
    sums = store.con.execute(
        f"SELECT date_trunc('{unit}', day) AS start, sum(n) AS n, sum(coop) AS coop, "
        f"sum(conf) AS conf, sum(sq) AS sq, sum(intensity_sum) AS intensity_sum, "
        f"sum(intensity_n) AS intensity_n, {quads} FROM pair_days "
        f"WHERE a = ? AND b = ? AND day IS NOT NULL AND {where} GROUP BY 1",
        [a, b, *args]).df()
    starts = pd.to_datetime(sums["start"])
    periods = _periods(starts, by, since, until)
    if periods is None:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    sums.index = starts.dt.to_period(FREQS[by])
    sums = sums.reindex(periods)
    idx, lo, hi, n_eff = coop_index_arrays(sums["coop"].fillna(0), sums["conf"].fillna(0),
                                           sums["sq"].fillna(0), level)
    out = pd.DataFrame({
        "period": [_label(p, by) for p in periods],
        "start": [p.start_time.normalize() for p in periods],
        "pair": f"{a}-{b}",
        "n_events": sums["n"].fillna(0).astype(int).to_numpy(),
        **{q: sums[q].fillna(0).astype(int).to_numpy() for q in QUADS},
        "intensity_sum": sums["intensity_sum"].fillna(0.0).to_numpy(),
        "intensity_mean": (sums["intensity_sum"] / sums["intensity_n"].where(
            sums["intensity_n"] > 0)).to_numpy(),
        "index": idx, "ci_low": lo, "ci_high": hi, "n_eff": n_eff,
    })
    return out[SERIES_COLUMNS]
