"""The matrix products of the parse: numpy's BLAS, on one thread per process.

Most of the parse is matrix products (the token vectors, the parser's and the
recogniser's hidden layers). thinc computes them with BLIS by default; numpy's own
OpenBLAS computes the same products markedly faster on the machines this was measured on
(x86-64 with AVX2: the whole pipeline in 1.95 s of CPU instead of 2.8 s on 0.1 MB of news),
and gave the same tags, parses, sentences and entities on all 53,000 tokens of the bench
corpus (`tests/test_nlp_blas.py` checks a few texts).

OpenBLAS starts a thread per core. On matrices this small the extra threads mostly spin:
the same parse costs 30-50% more CPU for little or no gain in wall time, and with one
process per core (`-p N`, a Dask worker each) they would fight over the cores. So
the process's BLAS is held to one thread (with `threadpoolctl`, when it is installed).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

# "blis" gives back thinc's default (to compare, or where BLIS is the faster one)
ENV = "DETENTE_BLAS"


def wanted() -> str:
    """The backend to load the models with: "numpy" unless `DETENTE_BLAS=blis`."""
    return "blis" if os.environ.get(ENV, "").strip().lower() == "blis" else "numpy"


@contextmanager
def parse_ops(kind: str | None = None) -> Iterator[None]:
    """Models loaded inside this block multiply with `kind` ("numpy" or "blis")."""
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    kind = kind or wanted()
    before = get_current_ops()
    set_current_ops(NumpyOps(use_blis=kind == "blis"))
    if kind == "numpy":
        one_blas_thread()
    try:
        yield
    finally:
        set_current_ops(before)


def one_blas_thread() -> bool:
    """Hold numpy's BLAS to one thread in this process; False when that cannot be done."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return False
    threadpool_limits(1, user_api="blas")
    return True
