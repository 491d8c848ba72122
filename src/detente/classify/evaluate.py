"""Measure the classifier alone on the development gold sets (never trained on them).

`python -m detente.classify.evaluate [../shared/gold]` prints accuracy and macro-F1 of
sentence -> PLOVER type (plover_gsr), CAMEO root and quad (cameo_examples) and the
5-way CAMEO class (conflibert_cameo_test). Predictions are forced choices: NONE and
root "00" are skipped in favour of the best event label, since every gold sentence
has an event. `--backoff` instead counts what the backoff coder adds on gold files,
and how much of it lands on records that have no event.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from detente.classify.model import EventTypeClassifier
from detente.ontology import OLD_NAMES, cameo_to_plover, penta_of, quad_of

DEFAULT_GOLD = Path(__file__).resolve().parents[3].parent / "shared" / "gold"
OWN_GOLD = Path(__file__).resolve().parents[1] / "eval" / "data" / "detente_gold.jsonl"


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


def backoff_report(paths: list[Path], threshold: float = 0.7) -> dict[str, dict[str, int]]:
    """What the backoff would add on gold files (the project's or petr2_gsr-style JSONL):
    sentences it is asked about, events it adds, and how many of those fall on records
    with no event at all (sure false positives)."""
    from detente.classify.backoff import BackoffCoder
    from detente.events import LexiconCoder
    from detente.models import Article
    from detente.pipeline import Pipeline

    pipe = Pipeline(statements=False)
    coder = BackoffCoder(primary=LexiconCoder(), threshold=threshold)
    out: dict[str, dict[str, int]] = {}
    for path in paths:
        recs = _read(path)
        row = {"records": len(recs), "no_event_records": 0, "added": 0, "added_on_no_event": 0}
        for rec, doc in zip(recs, pipe.nlp.pipe([r["text"] for r in recs], batch_size=64),
                            strict=True):
            art = Article(doc_id=str(rec.get("id", "")), text=rec["text"], published=None)
            added = [e for e in coder.code(doc, pipe.resolver.resolve(doc, None), art)
                     if e.rule.startswith("classifier:")]
            row["added"] += len(added)
            if not rec.get("events"):
                row["no_event_records"] += 1
                row["added_on_no_event"] += len(added)
        out[path.stem] = row
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--backoff", nargs="*", type=Path, metavar="JSONL",
                    help="instead: what the backoff adds on these gold files (default: the "
                         "project's detente_gold and petr2_gsr)")
    args = ap.parse_args(argv)
    if args.backoff is not None:
        paths = args.backoff or [OWN_GOLD, args.gold_dir / "petr2_gsr.jsonl"]
        for name, row in backoff_report([p for p in paths if p.exists()]).items():
            print(f"{name:22} " + "  ".join(f"{k}={v}" for k, v in row.items()))
        return 0
    for name, s in evaluate(args.gold_dir).items():
        print(f"{name:22} n={s['n']:4}  acc={s['acc']:.3f}  macro-F1={s['macro_f1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
