"""`make bench`: end-to-end throughput, time by stage, peak memory, and the parse floor.

The corpus is built from the bundled examples, shuffled sentence by sentence into
many distinct documents until it holds at least `--mb` megabytes of news-like text
(distinct so the store's de-duplication does not skip them). The spaCy parse of the
same documents alone is timed as the floor: coding cannot be faster than parsing.
The floor and the one-process coder are timed in alternating slices of the corpus,
so that a drift in the machine's speed falls on both alike.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 16  # slices of the corpus in which the floor and the coder alternate (at most)
SLICE = 64  # articles in a slice (at least): `detente code` reads a stream, and the parser
# moves the documents of a batch together (nlp/parse_decode.py), so a slice of a dozen
# articles would time batches no user run makes
sys.path.insert(0, str(REPO / "src"))

from detente.models import Article


def build_corpus(megabytes: float, seed: int = 7) -> list[Article]:
    """Distinct news-like articles of ~2,500 characters from the example sentences."""
    import re

    sentences: list[str] = []
    corpus = REPO / "src/detente/examples/corpus.jsonl"
    for line in corpus.read_text(encoding="utf-8").splitlines():
        if line.strip():
            sentences += re.split(r"(?<=[.!?])\s+", json.loads(line)["text"])
    gold = REPO / "src/detente/eval/data/detente_gold.jsonl"
    if gold.exists():
        sentences += [json.loads(x)["text"] for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    rng = random.Random(seed)
    articles, size, n = [], 0, 0
    while size < megabytes * 1_000_000:
        body = " ".join(rng.sample(sentences, min(22, len(sentences))))
        articles.append(Article(doc_id=f"bench-{n}", text=body, published=None))
        size += len(body.encode("utf-8"))
        n += 1
    return articles


def parse_floor(articles: list[Article]) -> float:
    from detente.nlp import load_nlp

    nlp = load_nlp()
    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=32):
        pass
    return time.perf_counter() - t0


def _store_all(store, stream) -> float:
    """Write a stream of coded documents in batches of 64; the seconds spent writing."""
    batch: list = []
    spent = 0.0
    for coded in stream:
        batch.append(coded)
        if len(batch) >= 64:
            s0 = time.perf_counter()
            store.add_many(batch)
            spent += time.perf_counter() - s0
            batch = []
    s0 = time.perf_counter()
    store.add_many(batch)
    return spent + time.perf_counter() - s0


def rounds_for(articles: list[Article]) -> int:
    """How many alternating slices: up to `ROUNDS`, each of at least `SLICE` articles."""
    return max(2, min(ROUNDS, len(articles) // SLICE))


def floor_and_code(articles: list[Article], rounds: int | None = None) -> tuple[float, float, dict[str, float]]:
    """The parse alone and coding with one process, timed in alternating slices of the corpus.

    A shared machine speeds up and slows down by 10% or more within minutes; timing the
    two runs one after the other let such a drift land on one of them only. Alternating
    slices (the floor first in even rounds, the coder first in odd ones) puts both under
    the same conditions. The pipeline and the store are built once, outside the timing,
    and the coder keeps what it learns from one slice to the next, as in one stream.
    """
    from detente.pipeline import Pipeline
    from detente.store import Store

    pipeline = Pipeline()
    rounds = rounds or rounds_for(articles)
    size = -(-len(articles) // rounds)
    floor = coding = 0.0
    timings: dict[str, float] = {"store": 0.0, "cpu_floor": 0.0, "cpu_code": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        for r in range(rounds):
            part = articles[r * size:(r + 1) * size]
            for job in (("floor", "code") if r % 2 == 0 else ("code", "floor")):
                t0, c0 = time.perf_counter(), time.process_time()
                if job == "floor":
                    floor += parse_floor(part)
                    timings["cpu_floor"] += time.process_time() - c0
                    continue
                timings["store"] += _store_all(store, pipeline.code_articles(part))
                coding += time.perf_counter() - t0
                timings["cpu_code"] += time.process_time() - c0
        store.close()
    timings.update(pipeline.timings)
    return floor, coding, timings


def code_run(articles: list[Article], processes: int) -> tuple[float, dict[str, float]]:
    """Coding with `processes` worker processes and one writer, end to end."""
    from detente.pipeline import code_parallel
    from detente.store import Store

    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.duckdb")
        t0 = time.perf_counter()
        timings["store"] = _store_all(store, code_parallel(articles, processes, timings=timings))
        elapsed = time.perf_counter() - t0
        store.close()
    return elapsed, timings


def scale_run(articles: list[Article], workers: int) -> dict[str, float]:
    """Coding on a Dask LocalCluster of `workers` processes: shards, one writer merging.

    The clock runs from the first partition sent to the last shard merged; starting the
    cluster and loading the pipeline on each worker (once per worker) are not counted.
    """
    from detente.output import dumps
    from detente.scale import DaskRun
    from detente.scale.cluster import connect

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as out:
            for a in articles:
                out.write(dumps({"id": a.doc_id, "text": a.text}) + "\n")
        conn = connect(f"local:{workers}", memory_limit="3GiB")
        try:
            run = DaskRun(db=str(Path(tmp) / "scale.duckdb"), partition=32, connection=conn)
            stats = run.run([str(corpus)])
        finally:
            conn.close()
    report = run.report
    seconds = float(report["seconds"])
    return {"workers": workers, "documents": stats["coded"], "seconds": seconds,
            "articles_s": stats["coded"] / seconds, "sentences_s": report["sentences"] / seconds,
            "peak_mb": max(report["peak_mb"].values()), "merge_share": report["merge_seconds"] / seconds}


def scale_table(articles: list[Article], counts: list[int]) -> list[dict[str, float]]:
    """`scale_run` for each worker count, printed as a table with the speedup over one."""
    rows = [scale_run(articles, n) for n in counts]
    base = rows[0]["articles_s"] / rows[0]["workers"]
    print("Dask LocalCluster (one single-threaded process per worker; model load not counted):")
    print("  workers  articles/s  sentences/s  speedup  peak MB/worker  merge share")
    for row in rows:
        row["speedup"] = row["articles_s"] / base
        print(f"  {row['workers']:>7}  {row['articles_s']:>10.1f}  {row['sentences_s']:>11.0f}  "
              f"{row['speedup']:>6.2f}x  {row['peak_mb']:>14.0f}  {row['merge_share']:>10.1%}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0, help="Megabytes of text (default 2).")
    parser.add_argument("--processes", default="1,2", help="Process counts to run (default 1,2).")
    parser.add_argument("--workers", default="1,2",
                        help="Dask LocalCluster sizes for the scale table (default 1,2; '' for none).")
    parser.add_argument("--rounds", type=int, default=None,
                        help="Alternating slices (default: up to 16 of at least 64 articles).")
    parser.add_argument("--quick", action="store_true",
                        help="A small run for development: 0.3 MB, one process, the scale table.")
    args = parser.parse_args()
    if args.quick:
        args.mb, args.processes = min(args.mb, 0.3), "1"
    articles = build_corpus(args.mb)
    n_chars = sum(len(a.text) for a in articles)
    from detente.nlp import load_nlp

    nlp = load_nlp()
    n_sents = sum(1 for a in articles[:50] for _ in nlp(a.text).sents) * len(articles) / min(50, len(articles))
    print(f"corpus: {len(articles)} articles, {n_chars / 1e6:.2f} MB, ~{n_sents:.0f} sentences")
    procs = [int(p) for p in args.processes.split(",")]
    rounds = args.rounds or rounds_for(articles)
    floor, one_elapsed, one_timings = floor_and_code(articles, rounds)
    print(f"spaCy parse alone (floor), 1 process: {floor:.1f} s = {len(articles) / floor:.1f} articles/s, "
          f"{n_sents / floor:.0f} sentences/s")
    results: dict[str, float] = {"floor_s": floor}
    for processes in procs:
        if processes == 1:
            elapsed, timings = one_elapsed, one_timings
        else:
            elapsed, timings = code_run(articles, processes)
        per_core = 1.0 / processes
        print(f"detente code, {processes} process(es): {elapsed:.1f} s = "
              f"{len(articles) / elapsed * per_core:.1f} articles/s/core, "
              f"{n_sents / elapsed * per_core:.0f} sentences/s/core "
              f"({len(articles) / elapsed:.1f} articles/s in all)")
        cpu = {k: timings.pop(k) for k in ("cpu_floor", "cpu_code") if k in timings}
        if cpu:  # a shared machine's wall time says more about the neighbours than the coder
            print(f"  per CPU-second of this process: parse alone {n_sents / cpu['cpu_floor']:.0f}, "
                  f"end to end {n_sents / cpu['cpu_code']:.0f} sentences "
                  f"(coding {cpu['cpu_code'] / cpu['cpu_floor'] - 1:.0%} over the parse)")
            results["cpu_sentences_s"] = n_sents / cpu["cpu_code"]
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in sorted(timings.items()))
        print(f"  time by stage (summed over workers): {stages}")
        if processes == 1:
            overhead = elapsed / floor - 1
            print(f"  slower than the parse alone by {overhead:.0%} (target: at most 25%; "
                  f"both timed in {rounds} alternating slices)")
            results["overhead"] = overhead
        results[f"p{processes}_s"] = elapsed
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory: {self_mb:.0f} MB (main process), {child_mb:.0f} MB (largest worker)")
    if args.workers:
        counts = [int(n) for n in args.workers.split(",")]
        for row in scale_table(articles, counts):
            results[f"dask{row['workers']}_articles_s"] = row["articles_s"]
            results[f"dask{row['workers']}_speedup"] = row["speedup"]
    print(json.dumps(results))


if __name__ == "__main__":
    main()
