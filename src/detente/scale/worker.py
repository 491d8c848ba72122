"""What runs on a Dask worker: the pipeline, loaded once, and the coding of one partition.

`PipelinePlugin` builds the pipeline (the model, the actor and lexicon matchers: a few
seconds) when a worker starts, and again on any worker that joins later; tasks only
code. A task writes its coded documents as one shard to the staging folder and hands
back a small summary, so coded documents never travel through the scheduler.
"""

from __future__ import annotations

import resource
import time
from dataclasses import dataclass, field

from distributed import WorkerPlugin, get_worker

from detente.coding import _not_coded, code_isolated, code_many, piece_limit
from detente.models import Article
from detente.scale.shards import write_shard

ATTRIBUTE = "_detente_pipeline"


class PipelinePlugin(WorkerPlugin):
    """Loads the coding pipeline once per worker, with the actors the store learned."""

    name = "detente-pipeline"

    def __init__(self, extra_actors=None) -> None:
        self.extra_actors = extra_actors

    def setup(self, worker) -> None:
        from detente.pipeline import Pipeline

        setattr(worker, ATTRIBUTE, Pipeline(extra_actors=self.extra_actors))


@dataclass
class PartitionResult:
    """A coded partition: where its shard lies and what coding it cost."""

    shard: str
    documents: int
    sentences: int
    seconds: float
    timings: dict[str, float] = field(default_factory=dict)
    peak_mb: float = 0.0
    worker: str = ""
    failures: list[tuple[str, int | None, str]] = field(default_factory=list)


def peak_mb() -> float:
    """This process's peak resident memory in MB. On Linux from /proc (VmHWM): the
    `ru_maxrss` of a process started by fork and exec keeps its parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pipeline():
    worker = get_worker()
    pipeline = getattr(worker, ATTRIBUTE, None)
    if pipeline is None:  # the plugin did not run here (a worker started without it)
        PipelinePlugin().setup(worker)
        pipeline = getattr(worker, ATTRIBUTE)
    return worker, pipeline


def code_partition(articles: list[Article], staging: str, learned=None) -> PartitionResult:
    """Code one partition of documents into a shard under `staging`.

    `learned`: people other workers learned earlier in this run; the pipeline adds the
    ones it does not know yet, so later documents everywhere can match them.
    """
    worker, pipeline = _pipeline()
    t0 = time.perf_counter()
    if learned:
        pipeline.resolver.learn(learned)
    before = dict(pipeline.timings)
    failures: list[tuple[int, str]] = []
    limit = piece_limit(pipeline)  # as in one process: long texts in pieces, and a document
    coded = list(code_isolated(lambda docs: code_many(pipeline, docs, limit), articles,
                               failures))  # that fails is reported, the others coded
    path = write_shard(staging, coded)
    spent = {k: v - before.get(k, 0.0) for k, v in pipeline.timings.items()}
    return PartitionResult(
        shard=str(path), documents=len(coded), sentences=sum(c.n_sentences for c in coded),
        seconds=time.perf_counter() - t0, timings=spent,
        peak_mb=peak_mb(),
        worker=str(worker.address),
        failures=[(err.path, err.line, err.problem) for err in
                  (_not_coded(articles[i], message) for i, message in failures)],
    )
