"""Memory of a Dask coding run on a large JSONL: the client's and each worker's resident
memory, sampled while they work, against how far the client has read the input.

The input is the bench corpus repeated with distinct ids to `--mb` megabytes (written to
a temporary folder, never kept). The run (`DaskRun`, `local:N`, as `detente code
--cluster local:N` makes it) goes on in its own process for at most `--seconds`, then is
stopped: a 1 GB file takes hours of coding on a laptop, but memory that grows with the
input shows as a slope per megabyte read, which is printed and extrapolated to 1 GB.
Repeated text understates one cause of growth, spaCy's string table (every distinct word
ever seen stays in it); `docs/scale.md` says how much real news adds.
`python bench/memory_run.py --mb 60 --seconds 300`.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))


def write_corpus(path: Path, megabytes: float) -> int:
    """The bench corpus repeated, with distinct ids, until `megabytes`; the article count."""
    from run import build_corpus

    from detente.output import dumps

    base = build_corpus(min(megabytes, 2.0))
    n = size = 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            a = base[n % len(base)]
            line = dumps({"id": f"mem-{n}", "text": a.text}) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def child(db: str, corpus: str, workers: int) -> None:
    from detente.scale import DaskRun

    DaskRun(db=db, cluster=f"local:{workers}").run([corpus])


def _rss(proc) -> float:
    try:
        return proc.memory_info().rss / 2**20
    except Exception:  # noqa: BLE001 - a process that just ended
        return 0.0


def _read_at(proc, corpus: str) -> int:
    """How far the client has read the input (its file offset), 0 when not open."""
    try:
        for f in proc.open_files():
            if f.path == corpus:
                return f.position
    except Exception:  # noqa: BLE001 - a process that just ended
        return 0
    return 0


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=60, help="Megabytes of JSONL (default 60).")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster size (default 2).")
    parser.add_argument("--seconds", type=float, default=300, help="Stop after (default 300).")
    args = parser.parse_args()
    import psutil

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus = tmp / "big.jsonl"
        n_articles = write_corpus(corpus, args.mb)
        total = corpus.stat().st_size
        env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
        proc = subprocess.Popen([sys.executable, __file__, "--child", str(tmp / "m.duckdb"),
                                 str(corpus), str(args.workers)], env=env,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        client = psutil.Process(proc.pid)
        samples: list[tuple[float, float, float, float]] = []  # t, read MB, client, worker max
        t0 = time.monotonic()
        while proc.poll() is None and time.monotonic() - t0 < args.seconds:
            kids = [p for p in client.children(recursive=True)
                    if "multiprocessing" in " ".join(p.cmdline())
                    and "resource_tracker" not in " ".join(p.cmdline())]
            read = _read_at(client, str(corpus)) / 1e6
            samples.append((time.monotonic() - t0, read, _rss(client),
                            max((_rss(k) for k in kids), default=0.0)))
            time.sleep(1.0)
        finished = proc.poll() is not None
        if not finished:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        if finished and proc.returncode:
            raise SystemExit(proc.stderr.read()[-2000:] if proc.stderr else "run failed")
    working = [s for s in samples if s[1] > 0]
    if len(working) < 4:
        raise SystemExit("too few samples while coding: give it more --seconds")
    last = max(working, key=lambda s: s[1])
    warm = [s for s in working if s[1] >= 0.25 * last[1]]  # caches filled, model loaded
    peak_client = max(s[2] for s in samples)
    peak_worker = max(s[3] for s in samples)

    def slope(col: int) -> float:
        """MB of memory per MB read: a least-squares line through the warm samples."""
        xs, ys = [s[1] for s in warm], [s[col] for s in warm]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        var = sum((x - mx) ** 2 for x in xs)
        return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0

    result = {
        "input_mb": round(total / 1e6, 1), "articles": n_articles, "workers": args.workers,
        "read_mb": round(last[1], 1), "seconds": round(samples[-1][0]),
        "finished": finished,
        "client_peak_mb": round(peak_client), "worker_peak_mb": round(peak_worker),
        "client_mb_per_input_mb": round(slope(2), 3), "worker_mb_per_input_mb": round(slope(3), 3),
    }
    to_gb = 1000 - last[1]
    print(f"memory: {result['input_mb']} MB JSONL ({n_articles} articles), {args.workers} workers, "
          f"{result['read_mb']} MB read in {result['seconds']} s")
    print(f"  client peak {peak_client:.0f} MB, growth {slope(2):+.3f} MB per MB read "
          f"-> at 1 GB read about {last[2] + max(0.0, slope(2)) * to_gb:.0f} MB")
    print(f"  worker peak {peak_worker:.0f} MB, growth {slope(3):+.3f} MB per MB read "
          f"(across all workers' input) -> at 1 GB about "
          f"{last[3] + max(0.0, slope(3)) * to_gb:.0f} MB")
    print("  samples (s, MB read, client MB, largest worker MB): " + "; ".join(
        f"{t:.0f} {r:.1f} {c:.0f} {w:.0f}" for t, r, c, w in samples[:: max(1, len(samples) // 8)]))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
