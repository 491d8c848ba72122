"""The seed case: the Iran-Russia-Turkey article, coded end to end and scored against its gold.

Issue 2 asks for every required event, no must_not violation, precision >= 0.85, the
positive and negative pairs and the bloc. This is the acceptance test of the spine.
"""

from __future__ import annotations

import pytest

from detente.eval import evaluate


@pytest.fixture(scope="module")
def seed_report(shared):
    from detente.pipeline import code_batch

    (report,) = evaluate([shared / "gold" / "seed.yaml"], code_batch, errors=True)
    return report


def _why(report) -> str:
    return "\n".join(f"{e['type']}: {e.get('gold') or e.get('predicted')} | {e.get('sentence', '')[:90]}"
                     for e in report["errors"])


def test_seed_every_required_event_found(seed_report):
    assert seed_report["metrics"]["recall"] == 1.0, _why(seed_report)


def test_seed_no_must_not_violation(seed_report):
    assert seed_report["metrics"]["must_not_violations"] == 0, _why(seed_report)


def test_seed_precision(seed_report):
    assert seed_report["metrics"]["precision"] >= 0.85, _why(seed_report)


def test_seed_relations_and_bloc(seed_report):
    metrics = seed_report["metrics"]
    assert metrics["relations_ok"] == 1.0, _why(seed_report)
