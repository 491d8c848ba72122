"""`make bench` (interop part): import speed and query times over millions of GDELT events.

The real GDELT 2.0 sample (`../shared/reference/interop/samples/gdelt2_events/`) is
replicated to `--rows` lines with shifted ids and dates (`detente.interop.replicate`),
written to a temporary file, and imported into a fresh store. Reported: import rows per
second (wall clock, and per CPU-second of the process, which a machine shared with
other work does not blur), the store's size on disk, and the time of `dyads` and of
`relations A B --by month` for the busiest pair, hot (the same connection again, median
of 5) and cold (a store just opened, first query; and the whole CLI command in a new
process). Targets (issue 15): >= 50,000 rows/s; queries < 100 ms hot, < 1 s cold.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO.parent / "shared/reference/interop/samples/gdelt2_events/20191024143000.export.CSV"
sys.path.insert(0, str(REPO / "src"))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _timed(fn, repeat: int = 1) -> float:
    return _timed_cpu(fn, repeat)[0]


def _timed_cpu(fn, repeat: int = 1) -> tuple[float, float]:
    """Median wall and CPU seconds of `fn` (CPU time is what a busy machine does not blur)."""
    walls, cpus = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000_000, help="GDELT rows (default 10M).")
    parser.add_argument("--keep", help="Keep the store at this path instead of deleting it.")
    args = parser.parse_args()
    if not SAMPLE.exists():
        print(f"interop bench skipped: {SAMPLE} is absent")
        return
    from detente.interop import import_files, rollup
    from detente.interop.replicate import write_replica
    from detente.store import Store

    with tempfile.TemporaryDirectory(prefix="detente-interop-") as tmp:
        data = Path(tmp) / "replica.export.CSV"
        t = time.perf_counter()
        write_replica(SAMPLE, args.rows, data)
        print(f"replica: {args.rows:,} rows, {data.stat().st_size / 1e9:.2f} GB written in "
              f"{time.perf_counter() - t:.1f} s")
        db = Path(args.keep) if args.keep else Path(tmp) / "bench.duckdb"
        db.unlink(missing_ok=True)
        t, cpu = time.perf_counter(), _cpu()
        with Store(db) as store:
            report = import_files([data], "gdelt", store)
        wall, cpu = time.perf_counter() - t, _cpu() - cpu
        data.unlink()
        size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob(db.name + ".wal"))
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"import: {report.added:,} events in {wall:.1f} s = {report.added / wall:,.0f} rows/s "
              f"wall, {report.added / cpu:,.0f} rows per CPU-second (target >= 50,000/s); "
              f"peak memory {peak:.0f} MB; store {size / 1e9:.2f} GB")

        import scipy.stats  # noqa: F401  (modules loaded before the cold query: it times the store)

        import detente.relations  # noqa: F401

        top = []
        with Store(db, read_only=True) as store:
            cold_dyads, _ = _timed_cpu(lambda: top.append(rollup.dyads(store)))
            a, b = top[0].iloc[0]["a"], top[0].iloc[0]["b"]
        with Store(db, read_only=True) as store:
            cold_rel = _timed(lambda: rollup.series(store, a, b, by="month"))
            hot_dyads, cpu_dyads = _timed_cpu(lambda: rollup.dyads(store), 5)
            hot_rel, cpu_rel = _timed_cpu(lambda: rollup.series(store, a, b, by="month"), 5)
        cli = [sys.executable, "-m", "detente.cli"]
        env_cmd = {"PYTHONPATH": str(REPO / "src")}
        import os

        env = {**os.environ, **env_cmd}
        cli_dyads = _timed(lambda: subprocess.run([*cli, "dyads", "--db", str(db), "--limit", "5"],
                                                  check=True, capture_output=True, env=env))
        cli_rel = _timed(lambda: subprocess.run([*cli, "relations", a, b, "--by", "month",
                                                 "--db", str(db)], check=True,
                                                capture_output=True, env=env))
        print(f"dyads over {report.added:,} events: hot {hot_dyads * 1000:.0f} ms "
              f"({cpu_dyads * 1000:.0f} ms CPU), cold {cold_dyads * 1000:.0f} ms "
              f"(whole CLI command, Python start included: {cli_dyads:.2f} s)")
        print(f"relations {a} {b} --by month: hot {hot_rel * 1000:.0f} ms "
              f"({cpu_rel * 1000:.0f} ms CPU), cold {cold_rel * 1000:.0f} ms "
              f"(whole CLI command: {cli_rel:.2f} s)")
        print(json.dumps({"rows": report.added, "import_s": round(wall, 2),
                          "rows_per_s": round(report.added / wall),
                          "rows_per_cpu_s": round(report.added / cpu),
                          "store_bytes": size, "dyads_hot_ms": round(hot_dyads * 1000, 1),
                          "dyads_cold_ms": round(cold_dyads * 1000, 1),
                          "dyads_hot_cpu_ms": round(cpu_dyads * 1000, 1),
                          "relations_hot_cpu_ms": round(cpu_rel * 1000, 1),
                          "relations_hot_ms": round(hot_rel * 1000, 1),
                          "relations_cold_ms": round(cold_rel * 1000, 1),
                          "cli_dyads_s": round(cli_dyads, 2), "cli_relations_s": round(cli_rel, 2)}))


if __name__ == "__main__":
    main()
