"""Measure the coder against gold sets: one report per gold file, and the floors it must clear.

The coder comes in as a batch callable, `code_batch([(text, published), ...])` returning
one list of `Event` per text, so the same scorers serve the real pipeline
(`detente.pipeline.code_batch`) and the hand-made fakes of the tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from detente.eval.gold import GoldSet, is_article_folder, load
from detente.eval.scorers import SCORERS
from detente.models import Event

CodeBatch = Callable[[list[tuple[str, date | None]]], list[list[Event]]]
FLOORS_PATH = Path(__file__).parent / "floors.json"
GATE_PATH = Path(__file__).parent / "gate.json"
DEFAULT_GOLD = Path(__file__).parent / "data" / "detente_gold.jsonl"


@cache
def floors() -> dict[str, dict[str, dict[str, float]]]:
    """Targets per gold kind: metric -> {"min": x} or {"max": x}."""
    data = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@cache
def gate() -> dict[str, dict[str, float]]:
    """Regression floors per gold kind (metric -> lowest allowed value): what `--gate`
    and tests/test_accuracy_gate.py hold the coder to, a little under today's scores."""
    data = json.loads(GATE_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def score(gs: GoldSet, code_batch: CodeBatch, errors: bool = False) -> dict[str, Any]:
    """Code every item of one gold set in a single batch and score it."""
    predictions = code_batch([(item.text, item.published) for item in gs.items])
    if len(predictions) != len(gs.items):
        raise ValueError(f"coder returned {len(predictions)} results for {len(gs.items)} texts")
    result = SCORERS[gs.kind](gs, predictions)
    return {"name": gs.name, "kind": gs.kind, "path": str(gs.path),
            "metrics": result["metrics"], "errors": result["errors"] if errors else [],
            "breakdown": result.get("breakdown", {}), "causes": result.get("causes", {}),
            "problems": list(gs.meta.get("problems") or [])}


def expand_paths(items: Iterable[Path | str]) -> list[Path]:
    """Gold files named on the command line: a folder stands for its `.jsonl` and `.yaml`
    files and its folders of gold articles (such as `news_dev/`); a folder of gold
    articles named itself is one set."""
    paths: list[Path] = []
    for item in items:
        p = Path(item)
        if not p.is_dir() or is_article_folder(p):
            paths.append(p)
        else:
            paths.extend(sorted(x for x in p.iterdir()
                                if x.suffix in (".jsonl", ".yaml") or is_article_folder(x)))
    return paths


def evaluate(
    paths: Iterable[Path | str], code_batch: CodeBatch, errors: bool = False
) -> list[dict[str, Any]]:
    """One report (`name`, `kind`, `metrics`, `errors`) per gold file."""
    return [score(load(p), code_batch, errors) for p in paths]


def gold_paths(shared: Path | None = None) -> list[Path]:
    """The gold files to score by default: the project's own set, plus ../shared/gold when there."""
    paths = [DEFAULT_GOLD] if DEFAULT_GOLD.exists() else []
    gold = (shared or Path(__file__).resolve().parents[4] / "shared") / "gold"
    if gold.is_dir():
        paths += expand_paths([gold])
    return paths


def batch_of(code_text: Callable[[str, date | None], list[Event]]) -> CodeBatch:
    """Turn a one-text coder (`code_text(text, published)`) into the batch interface."""
    return lambda items: [code_text(text, when) for text, when in items]


def check_floors(reports: Iterable[dict[str, Any]]) -> list[str]:
    """Human-readable failures of the reports against the floors (empty when all pass)."""
    failures = []
    for rep in reports:
        for metric, bound in floors().get(rep.get("kind", rep["name"]), {}).items():
            value = rep["metrics"].get(metric)
            if value is None:
                failures.append(f"{rep['name']}: {metric} missing")
            elif "min" in bound and value < bound["min"]:
                failures.append(f"{rep['name']}: {metric} {value:.3f} < {bound['min']}")
            elif "max" in bound and value > bound["max"]:
                failures.append(f"{rep['name']}: {metric} {value} > {bound['max']}")
    return failures


def check_gate(reports: Iterable[dict[str, Any]]) -> list[str]:
    """Human-readable failures of the reports against the regression floors (gate.json)."""
    failures = []
    for rep in reports:
        for metric, floor in gate().get(rep.get("kind", rep["name"]), {}).items():
            value = rep["metrics"].get(metric)
            if value is None:
                failures.append(f"{rep['name']}: {metric} missing")
            elif value < floor:
                failures.append(f"{rep['name']}: {metric} {value:.3f} < {floor}")
    return failures


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _fmt_error(err: dict[str, Any]) -> str:
    head = f"  {err['type'].upper():<9} pred={err.get('predicted')} gold={err.get('gold')}"
    extra = {k: v for k, v in err.items()
             if k not in ("type", "id", "sentence", "predicted", "gold", "rule")}
    if extra:
        head += " " + " ".join(f"{k}={v}" for k, v in extra.items())
    rule = f"  rule: {err['rule']}" if err.get("rule") else ""
    sentence = " ".join(str(err.get("sentence") or "").split())
    return f"{head}\n    [{err.get('id')}] {sentence}\n{rule}".rstrip()


def _grouped_errors(errs: list[dict[str, Any]]) -> list[str]:
    """Article misses under one heading per cause, then the judged false positives."""
    from detente.eval.articles import CAUSE_KEYS

    names = {v: k for k, v in CAUSE_KEYS.items()} | {"fp": "false positives on annotated sentences"}
    lines: list[str] = []
    for key, name in names.items():
        group = [e for e in errs if e["type"] == key]
        if group:
            lines.append(f"  -- {name}: {len(group)}")
            lines.extend(_fmt_error(e) for e in group)
    return lines


def format_report(
    reports: dict[str, Any] | Iterable[dict[str, Any]], errors: bool = False
) -> str:
    """A table of metrics per gold file; with `errors`, every FP/FN with sentence and rule."""
    if isinstance(reports, dict):
        reports = [reports]
    reports = list(reports)
    failed = set(check_floors(reports))
    lines = []
    for rep in reports:
        lines.append(f"== {rep['name']} ({rep['kind']})")
        bounds = floors().get(rep["kind"], {})
        for metric, value in rep["metrics"].items():
            mark = ""
            if metric in bounds:
                bad = any(f.startswith(f"{rep['name']}: {metric} ") for f in failed)
                target = ">= " + _fmt(bounds[metric]["min"]) if "min" in bounds[metric] \
                    else "<= " + _fmt(bounds[metric]["max"])
                mark = f"  ({'FAIL' if bad else 'ok'}, target {target})"
            lines.append(f"  {metric:<28} {_fmt(value)}{mark}")
        if rep.get("causes"):
            lines.append("  -- gold relations by cause (count / share)")
            lines.extend(f"  {c:<36} {b['gold']:>4}  {b['share']:.3f}"
                         for c, b in rep["causes"].items())
        lines.extend(f"  problem: {p}" for p in rep.get("problems") or [])
        if errors and rep.get("breakdown"):
            lines.append("  -- per class (gold / predicted / F1)")
            lines.extend(f"  {c:<28} {b['gold']:>4} {b['predicted']:>4}  {b['f1']:.3f}"
                         for c, b in rep["breakdown"].items())
        if errors and rep.get("errors") and rep["kind"] == "articles":
            lines.extend(_grouped_errors(rep["errors"]))
        elif errors and rep.get("errors"):
            lines.append(f"  -- {len(rep['errors'])} errors")
            lines.extend(_fmt_error(e) for e in rep["errors"])
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


__all__ = [
    "DEFAULT_GOLD",
    "CodeBatch",
    "batch_of",
    "check_floors",
    "check_gate",
    "evaluate",
    "expand_paths",
    "floors",
    "format_report",
    "gate",
    "gold_paths",
    "load",
    "score",
]
