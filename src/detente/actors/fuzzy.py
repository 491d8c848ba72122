"""Misspelled surnames of known people ("Erdgoan", "Rohani"): one edit away, found fast.

Only single-word surnames and aliases of six letters or more are indexed, by their
one-letter deletions (a symmetric-delete index), so a lookup is a handful of dict probes
per capitalised proper noun that matched nothing else; no scan over the people table.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

from .tables import fold

MIN_LENGTH = 6


def _deletions(word: str) -> set[str]:
    return {word[:k] + word[k + 1:] for k in range(len(word))} | {word}


def one_edit(a: str, b: str) -> bool:
    """Whether two different words are one insertion, deletion, substitution or swap apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    k = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    if len(a) < len(b):
        return a[k:] == b[k + 1:]
    return a[k + 1:] == b[k + 1:] or (
        k + 1 < len(a) and a[k] == b[k + 1] and a[k + 1] == b[k] and a[k + 2:] == b[k + 2:])


class FuzzyNames:
    """Surnames (folded) to the value they stand for, looked up within one edit."""

    def __init__(self, names: dict[str, Hashable]):
        self.names = {n: v for n, v in names.items() if len(n) >= MIN_LENGTH and n.isalpha()}
        self._index: dict[str, set[str]] = defaultdict(set)
        for name in self.names:
            for d in _deletions(name):
                self._index[d].add(name)

    def find(self, word: str) -> tuple[str, Hashable] | None:
        """The one known name one edit from `word` (None when none, or several people)."""
        w = fold(word)
        if len(w) < MIN_LENGTH or w in self.names:
            return None
        hits = sorted(n for d in _deletions(w) for n in self._index.get(d, ()) if one_edit(w, n))
        if len({self.names[n] for n in hits}) != 1:
            return None
        return hits[0], self.names[hits[0]]
