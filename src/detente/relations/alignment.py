"""Alignment: how alike two states treat the rest of the world, from the whole signed network.

A pair's own events say how the two talk to each other; alignment (as UN voting or an
alliance shows it) is also about having the same friends and the same adversaries. India
and Pakistan trade accusations yet vote alike at the UN; the US and Mexico cooperate
daily yet vote apart. So besides the direct index (`baseline.pair_index`), each pair
gets an alignment score from every state's position in the network:

* A[a, b] is the pair's baseline index (shrunk log-odds of cooperation against the corpus
  rate; 0 where the two have no events);
* the `rank` eigenvectors of A with the largest |eigenvalue| place each state in a small
  space (a signed spectral embedding, the eigenmodel of Hoff 2008 fitted by least squares),
  state a at x_a = v_a * sqrt(|lambda|);
* alignment(a, b) = sum_k sign(lambda_k) x_ak x_bk / (|x_a| |x_b|), a cosine in [-1, 1]:
  +1 for states placed alike, -1 for opposite ones, around 0 for unrelated ones.

Rank 2 is the default (as in two-dimensional scaling of roll calls); docs/relations.md
gives how the result moves with the rank on real data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

METHOD = "signed spectral embedding of the baseline index network (rank {rank}), cosine"
RANK = 2


def positions(pairs: pd.DataFrame, rank: int = RANK) -> tuple[list[str], np.ndarray,
                                                               np.ndarray]:
    """(states, positions n x rank, eigenvalue signs) from a `pair_index` frame."""
    nodes = sorted(set(pairs["a"]) | set(pairs["b"]))
    if not nodes:
        return [], np.zeros((0, rank)), np.zeros(rank)
    pos = {c: i for i, c in enumerate(nodes)}
    ia, ib = pairs["a"].map(pos).to_numpy(), pairs["b"].map(pos).to_numpy()
    vals = np.nan_to_num(pairs["index"].to_numpy(float))
    m = np.zeros((len(nodes), len(nodes)))
    m[ia, ib] = m[ib, ia] = vals
    lam, vec = np.linalg.eigh(m)
    top = np.argsort(-np.abs(lam), kind="stable")[:rank]
    x = vec[:, top] * np.sqrt(np.abs(lam[top]))
    # eigenvectors have no sign of their own: point each so its largest entry is positive
    flip = np.sign(x[np.abs(x).argmax(axis=0), np.arange(x.shape[1])])
    return nodes, x * np.where(flip == 0, 1, flip), np.sign(lam[top])


def alignment(pairs: pd.DataFrame, rank: int = RANK) -> pd.Series:
    """Alignment of each row's pair (a Series on `pairs`' index), from all rows' indices."""
    if pairs.empty:
        return pd.Series(dtype=float, index=pairs.index)
    nodes, x, sgn = positions(pairs, rank)
    pos = {c: i for i, c in enumerate(nodes)}
    xa, xb = x[pairs["a"].map(pos).to_numpy()], x[pairs["b"].map(pos).to_numpy()]
    norm = np.linalg.norm(xa, axis=1) * np.linalg.norm(xb, axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        cos = (xa * xb * sgn).sum(axis=1) / norm
    return pd.Series(np.where(norm > 0, cos, 0.0), index=pairs.index)


def method(rank: int = RANK) -> str:
    return METHOD.format(rank=rank)
