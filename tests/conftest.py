"""Shared fixtures: the ../shared folder (skipping cleanly without it) and a parser."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


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
