"""Regenerate the shipped classifier from the templates: `python -m detente.classify.train`.

Deterministic: the same templates, seed and library versions give the same
coefficients (the tests compare a hash), so the model file is reproducible
rather than an opaque artefact.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from detente.classify.features import hashed
from detente.classify.model import MODEL_PATH, quantise
from detente.classify.synth import LABELS, ROOTS, Example, generate

PER_LABEL = 1800
SEED = 13
MIN_DF = 2
C_PLOVER = 16.0
C_ROOT = 16.0


def parse_docs(texts: list[str], nlp=None, cache: Path | None = None) -> list:
    """Parsed docs of the texts; `cache` (a DocBin file) keeps parses between runs."""
    from spacy.tokens import DocBin

    if nlp is None:
        from detente.nlp import load_nlp

        nlp = load_nlp()
    known: dict[str, object] = {}
    if cache and cache.exists():
        known = {d.text: d for d in DocBin().from_disk(cache).get_docs(nlp.vocab)}
    todo = [t for t in dict.fromkeys(texts) if t not in known]
    for doc in nlp.pipe(todo, batch_size=256):
        known[doc.text] = doc
    if cache and todo:
        DocBin(store_user_data=False, docs=known.values()).to_disk(cache)
    return [known[t] for t in texts]


def parse_features(texts: list[str], nlp=None, cache: Path | None = None) -> list[list[int]]:
    """Hashed features of each text, parsed as one span."""
    return [hashed(doc[:]) for doc in parse_docs(texts, nlp, cache)]


def _matrix(feats: list[list[int]], buckets: np.ndarray) -> csr_matrix:
    index = {int(b): i for i, b in enumerate(buckets)}
    rows, cols = [], []
    for r, ids in enumerate(feats):
        for b in ids:
            j = index.get(b)
            if j is not None:
                rows.append(r)
                cols.append(j)
    data = np.ones(len(rows), dtype=np.float64)
    m = csr_matrix((data, (rows, cols)), shape=(len(feats), len(buckets)))
    # the model scales every row by 1/sqrt(n features), present in the model or not
    lengths = np.array([max(len(f), 1) for f in feats], dtype=np.float64)
    return csr_matrix(m.multiply(1.0 / np.sqrt(lengths)[:, None]))


def _fit(x: csr_matrix, y: list[str], classes: tuple[str, ...], c: float):
    present = [k for k in classes if k in set(y)]
    model = LogisticRegression(C=c, max_iter=300, class_weight="balanced", tol=1e-4)
    model.fit(x, y)
    assert list(model.classes_) == sorted(present)
    return model


def train(examples: list[Example], feats: list[list[int]]) -> dict[str, np.ndarray]:
    """Arrays of the model file (see `model.EventTypeClassifier.from_arrays`)."""
    df = Counter(b for f in feats for b in f)
    buckets = np.array(sorted(b for b, n in df.items() if n >= MIN_DF), dtype=np.int64)
    x = _matrix(feats, buckets)
    arrays: dict[str, np.ndarray] = {"buckets": buckets}
    for name, labels, classes, c in (
        ("plover", [e.plover for e in examples], LABELS, C_PLOVER),
        ("root", [e.root for e in examples], ROOTS, C_ROOT),
    ):
        model = _fit(x, labels, classes, c)
        q, scale = quantise(model.coef_.T)
        arrays[f"{name}_coef"] = q
        arrays[f"{name}_scale"] = scale
        arrays[f"{name}_intercept"] = model.intercept_.astype(np.float32)
        arrays[f"{name}_classes"] = np.array(model.classes_, dtype=str)
    return arrays


def fingerprint(arrays: dict[str, np.ndarray]) -> str:
    """Hash of the model's arrays, to check that retraining reproduces it."""
    h = hashlib.sha256()
    for k in sorted(arrays):
        h.update(k.encode())
        h.update(np.ascontiguousarray(arrays[k]).tobytes())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--per-label", type=int, default=PER_LABEL)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--cache", type=Path, default=None,
                    help="DocBin file that keeps the parses between runs (faster retraining)")
    ap.add_argument("--check", action="store_true",
                    help="retrain and compare with the model at --out instead of writing it; "
                         "exit 1 when they differ (the shipped model must be reproducible)")
    args = ap.parse_args(argv)
    t0 = time.time()
    examples = generate(args.per_label, args.seed)
    feats = parse_features([e.text for e in examples], cache=args.cache)
    t1 = time.time()
    arrays = train(examples, feats)
    if args.check:
        with np.load(args.out, allow_pickle=False) as z:
            shipped = fingerprint({k: z[k] for k in z.files})
        same = shipped == fingerprint(arrays)
        print(f"retrained {fingerprint(arrays)}, shipped {shipped}: "
              + ("identical" if same else "DIFFERENT: retrain and commit the model"),
              file=sys.stderr)
        return 0 if same else 1
    np.savez_compressed(args.out, **arrays)
    t2 = time.time()
    print(f"{len(examples)} sentences, {len(arrays['buckets'])} features; "
          f"generate+parse {t1 - t0:.0f}s, fit {t2 - t1:.0f}s; "
          f"{args.out.stat().st_size / 1e6:.2f} MB; fingerprint {fingerprint(arrays)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
