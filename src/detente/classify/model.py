"""The shipped sentence classifier: PLOVER type and CAMEO root from parse features.

Two multinomial logistic models over hashed parse features (see `features.py`),
stored as int8-quantised coefficients in `data/model.npz` (loaded with
``allow_pickle=False``: the file is plain arrays, nothing executable). It gives the
lexicon coder a type where its verb and noun lists find nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from detente.classify.features import hashed

MODEL_PATH = Path(__file__).parent / "data" / "model.npz"


@dataclass(frozen=True)
class _Head:
    """One softmax layer over the shared feature buckets."""

    classes: tuple[str, ...]
    coef: np.ndarray  # (n_buckets_used, n_classes) float32
    intercept: np.ndarray  # (n_classes,)

    def proba(self, rows: np.ndarray, value: float) -> np.ndarray:
        scores = self.intercept + self.coef[rows].sum(axis=0) * value
        scores = scores - scores.max()
        e = np.exp(scores)
        return e / e.sum()


def quantise(coef: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 coefficients and per-class scales: a quarter the size, same predictions."""
    scale = np.abs(coef).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    q = np.round(coef / scale).astype(np.int8)
    return q, scale.astype(np.float32)


class EventTypeClassifier:
    """Predicts a PLOVER type (or NONE) and a CAMEO root ("00" = none) for a sentence."""

    def __init__(self, buckets: np.ndarray, plover: _Head, root: _Head) -> None:
        self.buckets = buckets
        self.plover = plover
        self.root = root

    @classmethod
    def load(cls, path: Path | str | None = None) -> EventTypeClassifier:
        """The shipped model (cached per path)."""
        return _load_cached(str(path or MODEL_PATH))

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> EventTypeClassifier:
        heads = {}
        for name in ("plover", "root"):
            coef = arrays[f"{name}_coef"].astype(np.float32) * arrays[f"{name}_scale"]
            heads[name] = _Head(tuple(str(c) for c in arrays[f"{name}_classes"]), coef,
                                arrays[f"{name}_intercept"].astype(np.float32))
        return cls(arrays["buckets"], heads["plover"], heads["root"])

    def _rows(self, sent) -> tuple[np.ndarray, float]:
        ids = np.asarray(hashed(sent), dtype=np.int64)
        value = 1.0 / np.sqrt(max(len(ids), 1))
        pos = np.searchsorted(self.buckets, ids)
        pos = np.minimum(pos, len(self.buckets) - 1)
        return pos[self.buckets[pos] == ids], value

    @staticmethod
    def _ranked(head: _Head, p: np.ndarray) -> list[tuple[str, float]]:
        order = np.argsort(-p, kind="stable")
        return [(head.classes[i], float(p[i])) for i in order]

    def predict(self, sent) -> list[tuple[str, float]]:
        """PLOVER types including 'NONE' with probabilities, best first."""
        rows, value = self._rows(sent)
        return self._ranked(self.plover, self.plover.proba(rows, value))

    def predict_root(self, sent) -> tuple[str, float]:
        """The most likely two-digit CAMEO root ("00" when no event) and its probability."""
        return self.predict_roots(sent)[0]

    def predict_roots(self, sent) -> list[tuple[str, float]]:
        """All CAMEO roots with probabilities, best first."""
        rows, value = self._rows(sent)
        return self._ranked(self.root, self.root.proba(rows, value))

    def predict_many(self, sents: Iterable) -> list[list[tuple[str, float]]]:
        """`predict` for each sentence of a batch."""
        return [self.predict(s) for s in sents]

    def predict_roots_many(self, sents: Sequence) -> list[tuple[str, float]]:
        return [self.predict_root(s) for s in sents]


@cache
def _load_cached(path: str) -> EventTypeClassifier:
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    return EventTypeClassifier.from_arrays(arrays)
