"""A real kill: a 2-worker LocalCluster run is killed mid-way, rerun, and must end with
exactly the events of an uninterrupted run, nothing stored twice.

Too slow for the test suite (three runs, each starting a cluster and loading the
pipeline on two workers: about a minute here), so it is a `make bench` row; it exits 1
when the check fails. Steps, each run in its own process group as a user would start it:

1. an uninterrupted run (`DaskRun`, `local:2`) of the corpus: the reference store;
2. the same run on a new store, killed once the first partition is merged: first one
   worker process (SIGKILL; its nanny starts another and its task is retried), then the
   client is frozen (SIGSTOP: it and the scheduler it holds stop, the workers go on)
   until a worker has finished a partition the client will never merge, then the whole
   process group: the client, the scheduler and the workers (SIGKILL: no clean-up runs);
3. the same command again, which merges the shards the kill left and codes the rest.

Checked: the rerun's store holds the reference's events (every column that says what
happened, by event id), each document once, each event id once, and the rerun coded
only the documents the killed run had not stored or left as a shard.
`python bench/kill_run.py --mb 0.06`.
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

KEY = ["event_id", "doc_id", "sentence_index", "source_code", "target_code", "plover",
       "cameo", "status", "date"]


def child(db: str, staging: str, corpus: str, jsonl: str, partition: int) -> None:
    """One coding run (what `detente code --cluster local:2` does), with small partitions
    so that a kill lands between them; prints its counts as JSON."""
    from detente.scale import DaskRun

    with open(jsonl, "w", encoding="utf-8") as out:
        run = DaskRun(db=db, cluster="local:2", staging=staging, partition=partition, jsonl=out)
        stats = run.run([corpus])
    print(json.dumps(stats))


def _start(tmp: Path, name: str, corpus: Path, partition: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    args = [sys.executable, __file__, "--child", str(tmp / f"{name}.duckdb"),
            str(tmp / f"{name}.staging"), str(corpus), str(tmp / f"{name}.jsonl"), str(partition)]
    return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)


def _finish(proc: subprocess.Popen, timeout: float = 600) -> dict:
    out, err = proc.communicate(timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"run failed ({proc.returncode}):\n{err[-2000:]}")
    return json.loads(out.strip().splitlines()[-1])


def _kill_mid_way(proc: subprocess.Popen, jsonl: Path, staging: Path,
                  timeout: float = 600) -> dict:
    """Wait for the first merged partition, kill a worker, freeze the client until a
    finished shard waits in the staging folder, then kill the whole run."""
    import psutil

    t0 = time.monotonic()
    while not (jsonl.exists() and jsonl.stat().st_size > 0):
        if proc.poll() is not None:
            raise SystemExit("the run ended before the kill: use more text (--mb)")
        if time.monotonic() - t0 > timeout:
            raise SystemExit("no partition merged in time")
        time.sleep(0.05)
    workers = [p for p in psutil.Process(proc.pid).children(recursive=True)
               if "multiprocessing" in " ".join(p.cmdline())
               and "resource_tracker" not in " ".join(p.cmdline())]
    killed_worker = bool(workers)
    if workers:
        workers[-1].kill()
    first_merge = round(time.monotonic() - t0, 1)
    alive = proc.poll() is None
    for _ in range(5):  # frozen, the client stops merging; running partitions still finish
        if proc.poll() is not None:
            break
        os.kill(proc.pid, signal.SIGSTOP)
        frozen = time.monotonic()
        while time.monotonic() - frozen < 20 and not any(staging.glob("*.shard")):
            time.sleep(0.05)
        if any(staging.glob("*.shard")):
            break
        os.kill(proc.pid, signal.SIGCONT)  # no worker had a partition: let it hand some out
        time.sleep(1.0)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    return {"worker_killed": killed_worker, "client_alive_when_killed": alive,
            "seconds_to_first_merge": first_merge}


def _events(db: Path):
    from detente.store import Store

    with Store(db, read_only=True) as store:
        frame = store.events_frame()
        docs = store.con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents").fetchone()
    return frame, docs


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        db, staging, corpus, jsonl, partition = sys.argv[2:7]
        child(db, staging, corpus, jsonl, int(partition))
        return
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=0.06, help="Megabytes of text (default 0.06).")
    parser.add_argument("--partition", type=int, default=2, help="Documents per partition (2).")
    args = parser.parse_args()
    from run import build_corpus

    from detente.output import dumps

    articles = build_corpus(args.mb)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus = tmp / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for a in articles:
                out.write(dumps({"id": a.doc_id, "text": a.text}) + "\n")
        t0 = time.perf_counter()
        reference = _finish(_start(tmp, "ref", corpus, args.partition))
        kill = _kill_mid_way(_start(tmp, "run", corpus, args.partition), tmp / "run.jsonl",
                             tmp / "run.staging")
        _, (stored, _) = _events(tmp / "run.duckdb")
        left = [p.name for p in (tmp / "run.staging").iterdir()]
        shards = sum(1 for n in left if n.endswith(".shard"))
        rerun = _finish(_start(tmp, "run", corpus, args.partition))
        ref_frame, _ = _events(tmp / "ref.duckdb")
        frame, (docs, distinct_docs) = _events(tmp / "run.duckdb")
        leftover = [p.name for p in (tmp / "run.staging").iterdir()]
        elapsed = time.perf_counter() - t0
    want = {tuple(r) for r in ref_frame[KEY].astype(str).itertuples(index=False)}
    got = {tuple(r) for r in frame[KEY].astype(str).itertuples(index=False)}
    checks = {
        "killed mid-way (some documents stored, not all)": 0 < stored < len(articles),
        "same events as the uninterrupted run": got == want,
        "each event id once": frame["event_id"].is_unique and len(frame) == len(ref_frame),
        "each document once": docs == distinct_docs == len(articles),
        "rerun coded only what was missing":
            rerun["coded"] + rerun["recovered"] == len(articles) - stored,
        "the kill left finished shards, and the rerun merged them":
            shards > 0 and rerun["recovered"] > 0,
        "no finished shard left behind": not any(n.endswith(".shard") for n in leftover),
    }
    print(f"kill test: {len(articles)} documents, partitions of {args.partition}, 2 workers "
          f"({elapsed:.0f} s in all)")
    print(f"  reference run: {reference['coded']} coded, {reference['events']} events")
    print(f"  killed run: worker killed {kill['worker_killed']} once the first partition was "
          f"merged ({kill['seconds_to_first_merge']} s in), the client frozen until a shard "
          f"waited, then the client, scheduler and workers; "
          f"{stored} documents stored, {shards} shards and "
          f"{len(left) - shards} half-written shards left")
    print(f"  rerun: {rerun['recovered']} recovered from shards, {rerun['coded']} coded, "
          f"{rerun['skipped']} skipped; {len(frame)} events ({len(ref_frame)} in the reference)")
    for what, ok in checks.items():
        print(f"  {'ok  ' if ok else 'FAIL'} {what}")
    if leftover:
        print(f"  staging after the rerun: {len(leftover)} entries ({', '.join(sorted(leftover)[:3])})")
    if not all(checks.values()):
        if got != want:
            print(f"  missing {len(want - got)}, extra {len(got - want)}: {sorted(want ^ got)[:3]}")
        sys.exit(1)


if __name__ == "__main__":
    main()
