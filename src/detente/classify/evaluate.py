"""Measure the classifier alone on the development gold sets (never trained on them).

`python -m detente.classify.evaluate [../shared/gold]` prints accuracy and macro-F1 of
sentence -> PLOVER type (plover_gsr), CAMEO root and quad (cameo_examples) and the
5-way CAMEO class (conflibert_cameo_test). Predictions are forced choices: NONE and
root "00" are skipped in favour of the best event label, since every gold sentence
has an event.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from detente.classify.model import EventTypeClassifier
from detente.ontology import OLD_NAMES, cameo_to_plover, penta_of, quad_of

DEFAULT_GOLD = Path(__file__).resolve().parents[3].parent / "shared" / "gold"


def _read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _best(ranked: list[tuple[str, float]], skip: str) -> str:
    return next(label for label, _ in ranked if label != skip)


def _score(gold: list[str], pred: list[str]) -> dict[str, float]:
    return {"n": len(gold), "acc": round(accuracy_score(gold, pred), 3),
            "macro_f1": round(f1_score(gold, pred, average="macro", zero_division=0), 3)}


def evaluate(gold_dir: Path, nlp=None, clf: EventTypeClassifier | None = None) -> dict:
    """Scores per gold set; `nlp` and `clf` default to the project's own."""
    if nlp is None:
        from detente.nlp import load_nlp

        nlp = load_nlp()
    clf = clf or EventTypeClassifier.load()

    def run(recs: list[dict], fn: Callable) -> list:
        return [fn(doc[:]) for doc in nlp.pipe([r["text"] for r in recs], batch_size=128)]

    out: dict[str, dict] = {}
    recs = [r for r in _read(gold_dir / "plover_gsr.jsonl") if r["events"]]
    gold = []
    for r in recs:
        name = r["events"][0]["plover_0_5"]
        gold.append(OLD_NAMES.get(name, (name, None))[0])
    pred = [_best(p, "NONE") for p in run(recs, clf.predict)]
    out["plover_gsr type"] = _score(gold, pred)
    out["plover_gsr quad"] = _score([quad_of(g) for g in gold], [quad_of(p) for p in pred])

    recs = _read(gold_dir / "cameo_examples.jsonl")
    both = run(recs, lambda s: (clf.predict(s), clf.predict_roots(s)))
    roots = [_best(r, "00") for _, r in both]
    out["cameo_examples root"] = _score([r["cameo"][:2] for r in recs], roots)
    gq = [quad_of(cameo_to_plover(r["cameo"])[0] or "CONSULT") for r in recs]
    pq = [quad_of(_best(p, "NONE")) for p, _ in both]
    keep = [i for i, r in enumerate(recs) if cameo_to_plover(r["cameo"])[0]]
    out["cameo_examples quad"] = _score([gq[i] for i in keep], [pq[i] for i in keep])

    recs = _read(gold_dir / "conflibert_cameo_test.jsonl")
    roots = [_best(r, "00") for r in run(recs, clf.predict_roots)]
    out["conflibert penta"] = _score([r["penta"] for r in recs], [penta_of(r) for r in roots])
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gold_dir = Path(argv[0]) if argv else DEFAULT_GOLD
    for name, s in evaluate(gold_dir).items():
        print(f"{name:22} n={s['n']:4}  acc={s['acc']:.3f}  macro-F1={s['macro_f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
