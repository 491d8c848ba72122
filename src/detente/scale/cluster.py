"""Connecting to Dask: a LocalCluster of N worker processes, or a running scheduler."""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.errors import UsageError

LOCAL = re.compile(r"^local:(\d+)$")
# Dask keeps the last `low-level-log-length` (1000) batches of messages of every connection
# for debugging, and a message that sends a partition holds its documents: the client's
# memory (which holds a LocalCluster's scheduler) grew by ~3.5 MB per MB of input read
# until the logs filled, by some 100-200 MB per worker. A hundred is plenty for debugging.
MESSAGE_LOG = 100


@dataclass
class Connection:
    """A Dask client and, for `local:N`, the cluster this run started (closed with it)."""

    client: object
    cluster: object | None = None

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def parse_cluster(spec: str) -> int:
    """The number of workers in `local:N`; a clear error for anything else."""
    found = LOCAL.match(spec.strip())
    if not found or int(found.group(1)) < 1:
        raise UsageError(f"--cluster: expected local:N with N >= 1 workers, got {spec!r}")
    return int(found.group(1))


def connect(cluster: str | None = None, scheduler: str | None = None,
            memory_limit: str = "2GiB") -> Connection:
    """A client for `--cluster local:N` (one single-threaded process per worker: the
    parser holds the GIL) or `--scheduler tcp://HOST:8786` (a cluster someone started)."""
    import dask
    from distributed import Client, LocalCluster

    dask.config.set({"distributed.admin.low-level-log-length": MESSAGE_LOG})
    if cluster and scheduler:
        raise UsageError("--cluster and --scheduler: give one of them, not both")
    if scheduler:
        try:
            return Connection(Client(scheduler, timeout="20s"))
        except OSError as exc:
            raise UsageError(f"--scheduler {scheduler}: cannot reach the scheduler ({exc})") from None
    n = parse_cluster(cluster or "local:1")
    local = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                         memory_limit=memory_limit, dashboard_address=None,
                         silence_logs=50)
    return Connection(Client(local), local)
