"""Speed per core, A/B: the plain spaCy components with the recogniser on every sentence (A)
against detente's fast components and gated recogniser (B), coding the same bench text.

The two pipelines code alternating slices of the corpus (A first in even slices, B in odd
ones) so that a shared machine's drift in speed falls on both; the ratio is what to read.
Also prints how many events differ. `python bench/speed_ab.py --mb 0.3`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from run import build_corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=0.3, help="Megabytes of text (default 0.3).")
    parser.add_argument("--rounds", type=int, default=4, help="Alternating slices (default 4).")
    args = parser.parse_args()
    from detente.nlp.lines import add_line_breaks
    from detente.nlp.pipeline import MODEL_PACKAGES
    from detente.pipeline import Pipeline

    articles = build_corpus(args.mb)
    plain = None
    for name in MODEL_PACKAGES:
        try:
            plain = add_line_breaks(importlib.import_module(name).load())
            break
        except ImportError:
            continue
    pipelines = {"A": Pipeline(nlp=plain, ner_gate=False), "B": Pipeline()}
    n_sents = sum(len(list(d.sents)) for d in pipelines["B"].nlp.pipe(a.text for a in articles))
    spent = {"A": 0.0, "B": 0.0}
    events: dict[str, list[str]] = {"A": [], "B": []}
    size = -(-len(articles) // args.rounds)
    for r in range(args.rounds):
        part = articles[r * size:(r + 1) * size]
        for who in ("AB" if r % 2 == 0 else "BA"):
            t0 = time.perf_counter()
            found = [e.event_id for c in pipelines[who].code_articles(part) for e in c.events]
            spent[who] += time.perf_counter() - t0
            events[who] += found
    differ = len(set(events["A"]) ^ set(events["B"]))
    print(f"{len(articles)} articles, {n_sents} sentences, one process:")
    print(f"  A plain components, recogniser everywhere: {n_sents / spent['A']:.0f} sentences/s")
    print(f"  B fast components, gated recogniser:       {n_sents / spent['B']:.0f} sentences/s")
    print(f"  B/A {spent['A'] / spent['B']:.2f}x; events A {len(events['A'])}, B {len(events['B'])}, "
          f"{differ} differ")


if __name__ == "__main__":
    main()
