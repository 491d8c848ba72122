"""Coding on Dask: a 2-worker LocalCluster codes what one process codes, resumes after a
kill without coding anything twice, and writes a Parquet dataset by year and month."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from detente.coding import CodeRun
from detente.store import Store

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "src" / "detente" / "examples" / "corpus.jsonl"
KEY = ["doc_id", "sentence_index", "source_code", "target_code", "plover", "cameo", "status"]


def event_set(db: Path) -> set[tuple]:
    with Store(db, read_only=True) as store:
        frame = store.events_frame()
    return {tuple(row) for row in frame[KEY].astype(str).itertuples(index=False)}


@pytest.fixture(scope="module")
def connection():
    """One LocalCluster of 2 worker processes for the module (starting one costs seconds)."""
    pytest.importorskip("distributed")
    from detente.scale.cluster import connect

    conn = connect("local:2", memory_limit="1.5GiB")
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def one_process(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("one") / "one.duckdb"
    CodeRun(db=str(db)).run([str(CORPUS)])
    return db


def test_two_workers_code_the_same_events_as_one_process(connection, one_process, tmp_path):
    from detente.scale import DaskRun

    db = tmp_path / "dask.duckdb"
    run = DaskRun(db=str(db), partition=4, connection=connection)
    stats = run.run([str(CORPUS)])
    assert stats["coded"] == stats["read"] == 25 and stats["events"] > 100
    assert len(run.report["peak_mb"]) == 2  # both workers coded
    assert event_set(db) == event_set(one_process)
    # the shards are merged and gone; a second run reads all, codes nothing
    assert not list((tmp_path / "dask.duckdb.staging").iterdir())
    again = DaskRun(db=str(db), partition=4, connection=connection).run([str(CORPUS)])
    assert again["coded"] == 0 and again["skipped"] == 25
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 25


def test_workers_run_this_checkout(connection):
    import detente

    where = connection.client.run(lambda: __import__("detente").__file__)
    assert set(where.values()) == {detente.__file__}


def test_a_killed_run_is_finished_from_its_shards_without_coding_twice(connection, one_process,
                                                                        tmp_path):
    """What a kill leaves: some documents stored, some coded into shards not yet merged,
    a half-written shard. The next run merges the finished shards, codes the rest only."""
    from detente.ingest import read_paths
    from detente.pipeline import Pipeline
    from detente.scale import DaskRun
    from detente.scale.shards import write_shard

    db = tmp_path / "k.duckdb"
    staging = tmp_path / "staging"
    articles = list(read_paths([str(CORPUS)]))
    coded = list(Pipeline().code_articles(articles[:12]))
    with Store(db) as store:
        store.add_many(coded[:5])  # merged before the kill
    write_shard(staging, coded[5:12])  # finished on a worker, never merged
    write_shard(staging, coded[3:8])  # a partition retried after its worker died
    (staging / ".part-x.shard.99.tmp").mkdir()  # a worker killed while writing
    run = DaskRun(db=str(db), staging=staging, partition=4, connection=connection)
    stats = run.run([str(CORPUS)])
    assert stats["recovered"] == 7
    assert stats["coded"] == 25 - 12 and stats["skipped"] == 12
    assert event_set(db) == event_set(one_process)
    with Store(db, read_only=True) as store:
        assert store.counts()["documents"] == 25


def test_cli_on_a_running_cluster_writes_store_jsonl_and_parquet_by_month(connection, tmp_path):
    """`detente code --scheduler tcp://... --parquet DIR` end to end (the module's cluster
    stands for one a user started; `--cluster local:N` makes the same through `connect`)."""
    db, echo, out = tmp_path / "c.duckdb", tmp_path / "c.jsonl", tmp_path / "events"
    address = connection.cluster.scheduler_address
    run = subprocess.run(
        [sys.executable, "-m", "detente.cli", "code", str(CORPUS), "--db", str(db),
         "--scheduler", address, "--jsonl", str(echo), "--parquet", str(out)],
        capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr
    assert "25 coded" in run.stderr
    lines = [json.loads(x) for x in echo.read_text(encoding="utf-8").splitlines()]
    with Store(db, read_only=True) as store:
        stored = store.counts()["events"]
    assert len(lines) == stored and {"source", "plover", "evidence"} <= set(lines[0])
    import duckdb

    parts = duckdb.sql(f"SELECT year, month, count(*) FROM read_parquet('{out}/**/*.parquet', "
                       "hive_partitioning = true) GROUP BY ALL").fetchall()
    assert sum(n for _, _, n in parts) == stored
    assert all(len(str(y)) == 4 for y, _, _ in parts) and any(str(y) >= "2000" for y, _, _ in parts)


def test_a_bad_cluster_spec_is_one_clear_line(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "detente.cli", "code", str(CORPUS), "--db", str(tmp_path / "x.duckdb"),
         "--cluster", "lots"], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 2
    assert "expected local:N" in run.stderr and "Traceback" not in run.stderr
