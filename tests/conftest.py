"""Shared fixtures: the ../shared folder (skipping cleanly without it) and a parser."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Test the checkout the tests live in, not whatever copy an editable install points at (a second
# git worktree shares one venv): this process and the CLI subprocesses it starts import from here.
sys.path.insert(0, str(REPO / "src"))
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(REPO / "src"), os.environ.get("PYTHONPATH", "")) if p
)
# The user's own actor file (~/.detente/actors.csv) is no part of any test: point the
# default pipeline and the CLI subprocesses at a file that does not exist.
os.environ["DETENTE_ACTORS"] = str(REPO / "tests" / "data" / "no-user-actors.csv")


@pytest.fixture(scope="session")
def shared() -> Path:
    """`../shared` beside the repository; tests that need it skip on a user's clone."""
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared (seed and gold sets) is absent: this test needs it")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from detente.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def resolver(nlp):
    """The actor resolver with the package tables only (no user file)."""
    from detente.actors import ActorResolver

    return ActorResolver(nlp, user=False)


@pytest.fixture(scope="session")
def icews():
    """Two months of real ICEWS events (../shared) as an events frame; skips without it."""
    from _icews_frame import ICEWS18, icews_frame

    if not ICEWS18.exists():
        pytest.skip("../shared/reference/realdata/icews18.tab.gz is absent: this test needs it")
    return icews_frame()
