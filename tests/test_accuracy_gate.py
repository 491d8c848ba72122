"""Accuracy is a gate: a change that makes the coder worse on any gold set fails here.

The floors (src/detente/eval/gate.json) sit a little under the measured scores; the
issue's targets live in floors.json and `detente eval` reports against them. The
project's own gold set ships with the package, so its gate runs on every clone; the
shared sets run where ../shared is beside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.eval import DEFAULT_GOLD, evaluate

GATE = json.loads((Path(__file__).resolve().parents[1] / "src/detente/eval/gate.json")
                  .read_text(encoding="utf-8"))
SHARED_SETS = ["seed.yaml", "petr2_gsr.jsonl", "plover_gsr.jsonl", "cameo_examples.jsonl",
               "conflibert_cameo_test.jsonl", "news_dev"]


def _check(report: dict) -> list[str]:
    floors = GATE[report["kind"]]
    return [f"{report['name']}: {metric} {report['metrics'][metric]:.3f} < {floor}"
            for metric, floor in floors.items() if report["metrics"][metric] < floor]


def test_project_gold_set_gate():
    from detente.pipeline import code_batch

    (report,) = evaluate([DEFAULT_GOLD], code_batch)
    assert not _check(report)


@pytest.mark.parametrize("name", SHARED_SETS)
def test_shared_gold_gate(shared, name):
    from detente.pipeline import code_batch

    (report,) = evaluate([shared / "gold" / name], code_batch)
    assert not _check(report)
    if report["kind"] == "seed":
        assert report["metrics"]["must_not_violations"] == 0
