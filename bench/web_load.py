"""How fast `detente serve` answers on a store of a million events, alone and under load.

    python bench/web_load.py [--events 1000000] [--clients 50] [--seconds 30] [--no-writer]

1. Writes a synthetic store (bench/web_store.py) under build/bench/ unless one of
   that size is there, and starts `detente serve` on a free loopback port.
2. First asks: each dyads and series URL of the mix (4 dyads views, 10 pairs by month
   and by year) asked once: the time the library takes to compute it.
3. Latency: the mix asked again one at a time (dyads and series now come from the
   copy's results) and 60 events lists with new filters each; p50/p95 in ms.
4. Load: `--clients` threads on keep-alive connections ask the mix for `--seconds`;
   errors, requests per second, p50/p95.
5. The same load again while `detente code` adds the bundled examples (marked with
   the run's time, so they are new documents) to the same store (one writing process; the server keeps serving its last copy and takes a
   new one when the writer lets go).
Traffic goes to 127.0.0.1 only; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from web_store import COUNTRIES, TYPES, make_store

ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}
CODES = [c[0] for c in COUNTRIES]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def store(events: int) -> Path:
    path = REPO / "build" / "bench" / f"web-{events}.duckdb"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        t0 = time.perf_counter()
        make_store(path, events)
        print(f"store: {events:,} events written in {time.perf_counter() - t0:.1f} s")
    return path


def start_server(db: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "detente.cli", "serve", "--db", str(db),
                             "--port", str(port), "--refresh", "2"], env=ENV,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 900:
        try:
            status, _ = get(http.client.HTTPConnection("127.0.0.1", port, timeout=5),
                            "/api/health")
            if status == 200:
                print(f"server: ready in {time.perf_counter() - t0:.1f} s (copy of the store, "
                      "merged frame, whole-store dyads, trends and blocs computed)")
                return proc, port
        except OSError:
            time.sleep(1)
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit("detente serve did not start")


def get(conn: http.client.HTTPConnection, url: str) -> tuple[int, bytes]:
    conn.request("GET", url)
    r = conn.getresponse()
    return r.status, r.read()


PAIRS = [("USA", "RUS"), ("USA", "CHN"), ("RUS", "CHN"), ("TUR", "USA"), ("IRN", "USA"),
         ("UKR", "RUS"), ("DEU", "FRA"), ("ISR", "SYR"), ("ARM", "AZE"), ("IND", "PAK")]
DYADS = ["/api/dyads?limit=100", "/api/dyads?since=2020&limit=100",
         "/api/dyads?until=2019-12&limit=50", "/api/dyads?format=csv"]
SERIES = [f"/api/series?a={a}&b={b}&by={by}" for a, b in PAIRS for by in ("month", "year")]


def events_url(rng: random.Random) -> str:
    """A new events question each time: filters and page sizes vary, nothing is cached."""
    filters = rng.choice([
        f"actor={rng.choice(CODES)}", f"pair={rng.choice(CODES[:8])},{rng.choice(CODES[8:])}",
        f"type={rng.choice(TYPES)[0]}", f"since={rng.randint(2015, 2024)}-0{rng.randint(1, 9)}",
        "q=pipeline", f"actor={rng.choice(CODES)}&quad=material_conflict&order=desc",
    ])
    return f"/api/events?{filters}&limit={rng.choice([50, 100, 500])}"


def urls(rng: random.Random, kind: str) -> str:
    if kind == "dyads":
        return rng.choice(DYADS)
    if kind == "series":
        return rng.choice(SERIES)
    return events_url(rng)


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def first_asks(port: int) -> dict[str, dict[str, float]]:
    """Each dyads and series URL of the mix asked for the first time (the library computes
    it; a 503 past the time limit is asked again until the answer is there)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    out = {}
    for kind, pool in (("dyads", DYADS), ("series", SERIES)):
        times, retries = [], 0
        for url in pool:
            t0 = time.perf_counter()
            for _ in range(30):
                status, _ = get(conn, url)
                if status == 200:
                    break
                retries += 1
                time.sleep(2)
            times.append(1000 * (time.perf_counter() - t0))
        out[kind] = {"n": len(times), "p50": pct(times, 50), "max": max(times),
                     "503_then_retried": retries}
    return out


def latency(port: int, rounds: int = 3) -> dict[str, dict[str, float]]:
    """The mix asked again one at a time: dyads and series answered from the copy's
    results, events lists always computed (new filters each time)."""
    rng = random.Random(7)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    out = {}
    for kind, pool in (("dyads", DYADS * rounds * 3), ("series", SERIES * rounds),
                       ("events", [events_url(rng) for _ in range(60)])):
        times, errors = [], 0
        for url in pool:
            t0 = time.perf_counter()
            status, _ = get(conn, url)
            times.append(1000 * (time.perf_counter() - t0))
            errors += status != 200
        out[kind] = {"n": len(times), "p50": pct(times, 50), "p95": pct(times, 95),
                     "errors": errors}
    return out


def load(port: int, clients: int, seconds: float) -> dict[str, float]:
    stop = time.monotonic() + seconds
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client(n: int) -> None:
        rng = random.Random(n)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        for _ in range(100_000):  # bounded; the clock ends it first
            if time.monotonic() >= stop:
                break
            url = urls(rng, rng.choice(["dyads", "series", "events"]))
            t0 = time.perf_counter()
            try:
                status, _ = get(conn, url)
            except OSError as exc:
                status = -1
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                with lock:
                    errors.append(f"{url}: {exc}")
            ms = 1000 * (time.perf_counter() - t0)
            with lock:
                times.append(ms)
                if status != 200 and status != -1:
                    errors.append(f"{url}: HTTP {status}")
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 120)
    wall = time.perf_counter() - t0
    return {"requests": len(times), "errors": len(errors), "rps": len(times) / wall,
            "p50": pct(times, 50), "p95": pct(times, 95), "first_errors": errors[:3]}


def fresh_documents() -> Path:
    """The bundled examples, each marked with this run's time, so the writer has new work."""
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S")
    out = REPO / "build" / "bench" / "writer.jsonl"
    lines = []
    for line in (REPO / "src/detente/examples/corpus.jsonl").read_text().splitlines():
        if line.strip():
            record = json.loads(line)
            record.pop("id", None)
            record["text"] = f"{record['text']}\n\n(Benchmark copy of {stamp}.)"
            lines.append(json.dumps(record))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out


def show(title: str, result: dict) -> None:
    print(title)
    for key, val in result.items():
        print(f"  {key}: " + (json.dumps({k: round(v, 1) if isinstance(v, float) else v
                                          for k, v in val.items()})
                              if isinstance(val, dict) else
                              (f"{val:.1f}" if isinstance(val, float) else str(val))))


def main() -> None:
    ap = argparse.ArgumentParser(description="Latency and load of detente serve")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--no-writer", action="store_true", help="skip the run with a writer")
    args = ap.parse_args()
    db = store(args.events)
    proc, port = start_server(db)
    try:
        show(f"first asks: the library computes each answer ({args.events:,} events; ms)",
             first_asks(port))
        show(f"latency, one request at a time ({args.events:,} events; ms)", latency(port))
        show(f"load: {args.clients} clients for {args.seconds:g} s (ms)",
             load(port, args.clients, args.seconds))
        if not args.no_writer:
            writer = subprocess.Popen(
                [sys.executable, "-m", "detente.cli", "code", str(fresh_documents()), "--db",
                 str(db)],
                env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            result = load(port, args.clients, args.seconds)
            try:
                _, err = writer.communicate(timeout=900)
            except subprocess.TimeoutExpired:
                writer.kill()
                _, err = writer.communicate()
            result["writer_exit"] = writer.returncode
            result["writer_says"] = err.strip().splitlines()[-1] if err.strip() else ""
            show(f"load while `detente code` writes to the store: {args.clients} clients for "
                 f"{args.seconds:g} s (ms)", result)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
