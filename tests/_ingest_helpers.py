"""What the ingest tests share: a short report and a reader that keeps the errors."""

from __future__ import annotations

from detente.errors import InputError
from detente.ingest import read_paths

BODY = (
    "Turkish Foreign Minister Mevlut Cavusoglu met his Iranian counterpart in Ankara on Friday. "
    "The two ministers said they would expand trade between their countries."
)


def collect(paths, published=None):
    """Read `paths` as the CLI does: the articles, and each bad input's error, in order."""
    errors: list[InputError] = []
    articles = list(read_paths(paths, published, on_error=errors.append))
    return articles, errors
