"""Speed per core, A/B: pipelines built different ways code the same bench text, measured in
CPU seconds of this process (the machine is shared: wall time says more about the neighbours).

Variants (`--variants`, the first is the base the others are compared with):
  plain  spaCy as shipped: BLIS products, its own ruler and lemmatizer, recogniser everywhere
  blis   detente's fast components and gated recogniser, with BLIS products, spaCy's loops
  loops  the same with numpy's OpenBLAS products (main before the batched decoders)
  now    what `detente code` runs today (also the parser's and recogniser's batched decoding)
The variants code alternating slices of the corpus (the order turns every slice) so that a
drift in the machine's speed falls on all of them; the ratio is what to read. Also prints
how many events differ from the base. `python bench/speed_ab.py --mb 0.3`.
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


def _model(kind: str):
    from detente.nlp.blas import parse_ops
    from detente.nlp.lines import add_line_breaks
    from detente.nlp.pipeline import MODEL_PACKAGES

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        with parse_ops(kind):
            return add_line_breaks(module.load())
    raise SystemExit("no English model installed")


def build(variant: str):
    """The pipeline a variant names."""
    from detente.nlp.fast import speed_up
    from detente.pipeline import Pipeline

    if variant == "plain":
        return Pipeline(nlp=_model("blis"), ner_gate=False)
    if variant == "blis":
        return Pipeline(nlp=speed_up(_model("blis"), decoders=False))
    if variant == "loops":
        return Pipeline(nlp=speed_up(_model("numpy"), decoders=False))
    if variant == "now":
        return Pipeline(nlp=speed_up(_model("numpy")))
    raise SystemExit(f"unknown variant {variant!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=0.3, help="Megabytes of text (default 0.3).")
    parser.add_argument("--rounds", type=int, default=4, help="Alternating slices (default 4).")
    parser.add_argument("--variants", default="plain,loops,now",
                        help="Comma-separated, base first (default plain,loops,now).")
    args = parser.parse_args()
    names = args.variants.split(",")
    articles = build_corpus(args.mb)
    pipelines = {name: build(name) for name in names}
    for p in pipelines.values():  # warm: first-use caches are not what is measured
        list(p.code_articles(articles[:3]))
    nlp = pipelines[names[-1]].nlp
    n_sents = sum(len(list(d.sents)) for d in nlp.pipe(a.text for a in articles))
    spent = dict.fromkeys(names, 0.0)
    events: dict[str, list[str]] = {name: [] for name in names}
    size = -(-len(articles) // args.rounds)
    for r in range(args.rounds):
        part = articles[r * size:(r + 1) * size]
        turn = r % len(names)
        for who in names[turn:] + names[:turn]:
            t0 = time.process_time()
            found = [e.event_id for c in pipelines[who].code_articles(part) for e in c.events]
            spent[who] += time.process_time() - t0
            events[who] += found
    base = names[0]
    print(f"{len(articles)} articles, {n_sents} sentences, one process, CPU time:")
    for name in names:
        differ = len(set(events[base]) ^ set(events[name]))
        print(f"  {name:6s} {n_sents / spent[name]:5.0f} sentences per CPU-second, "
              f"{spent[base] / spent[name]:.2f}x {base}; {len(events[name])} events, "
              f"{differ} differ from {base}")


if __name__ == "__main__":
    main()
