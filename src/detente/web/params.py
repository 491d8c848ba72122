"""Checking what a request asks for, before anything reads the store.

Every filter a URL can carry is checked here against a closed form (codes, ISO
dates, known PLOVER types, quads and statuses), so a bad one is a 400 with a
sentence saying what was expected, and nothing a user types reaches SQL except as
a bound parameter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.models import QUADS, STATUSES
from detente.ontology import plover_types

MAX_PAGE = 1000
CODE = re.compile(r"^[A-Za-z][A-Za-z0-9]{1,14}$")
DAY = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATASET = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
BY = ("week", "month", "quarter", "year")


class BadRequest(ValueError):
    """A request the API cannot answer as asked; the message says what would work."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def code(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not CODE.match(value):
        raise BadRequest(f"{name} must be an actor code such as TUR or TURGOV, not {value!r}")
    return value.upper()


def codes(value: str | None, name: str) -> list[str]:
    """A comma-separated list of codes ('IRN,RUS,TUR')."""
    if not value:
        return []
    return [c for c in (code(v.strip(), name) for v in value.split(",")) if c]


def pair(value: str | None) -> tuple[str, str] | None:
    """Two codes, 'TUR,USA' (or 'TUR-USA'), either order."""
    if not value:
        return None
    parts = [p for p in re.split(r"[,\-]", value) if p]
    if len(parts) != 2:
        raise BadRequest(f"pair must be two codes such as TUR,USA, not {value!r}")
    a, b = (code(p, "pair") for p in parts)
    assert a and b
    return a, b


def day(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not DAY.match(value):
        raise BadRequest(f"{name} must be a date such as 2021, 2021-03 or 2021-03-20, "
                         f"not {value!r}")
    return value


def types(value: str | None) -> list[str]:
    if not value:
        return []
    known = set(plover_types())
    out = [v.strip().upper() for v in value.split(",") if v.strip()]
    bad = [v for v in out if v not in known]
    if bad:
        raise BadRequest(f"type must be PLOVER types ({', '.join(sorted(known))}), not "
                         f"{', '.join(bad)!r}")
    return out


def choice(value: str | None, name: str, allowed: tuple[str, ...]) -> str | None:
    if value is None or value == "":
        return None
    if value not in allowed:
        raise BadRequest(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def quad(value: str | None) -> str | None:
    return choice(value, "quad", QUADS)


def status(value: str | None) -> str | None:
    return choice(value, "status", STATUSES)


def dataset(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not DATASET.match(value):
        raise BadRequest(f"dataset must be a name such as detente or gdelt, not {value!r}")
    return value


def limit(value: int | None, default: int = 100) -> int:
    if value is None:
        return default
    if not 1 <= value <= MAX_PAGE:
        raise BadRequest(f"limit must be between 1 and {MAX_PAGE}, not {value}")
    return value


def text(value: str | None, name: str = "q", longest: int = 200) -> str | None:
    if value is None or value.strip() == "":
        return None
    if len(value) > longest:
        raise BadRequest(f"{name} is at most {longest} characters")
    return value.strip()


@dataclass(frozen=True)
class EventFilter:
    """The filters of the events list, checked."""

    actor: str | None = None
    pair: tuple[str, str] | None = None
    types: tuple[str, ...] = ()
    quad: str | None = None
    status: str | None = None
    dataset: str | None = None
    since: str | None = None
    until: str | None = None
    q: str | None = None
    located: bool = False
