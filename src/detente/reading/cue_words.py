"""The word lists of the readers' patterns, read from `data/cue_words.tsv`.

The words of a pattern ("hit", "attack", "provo*") are data the project can extend
without touching code; the pattern's shape (word bounds, gaps, which part comes first)
stays with the code that reads it. `alternation` turns a list into the body of a regex
group, in the list's order, since the first alternative that matches wins.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "cue_words.tsv"


@lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    """Every list of the data file, read once."""
    out: dict[str, list[str]] = {}
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].strip() or not cols[1].strip():
            raise ValueError(f"{DATA}:{n}: expected 'list<TAB>word', got {line!r}")
        out.setdefault(cols[0].strip(), []).append(cols[1].strip())
    return {name: tuple(ws) for name, ws in out.items()}


def names() -> frozenset[str]:
    """The names of the lists the data file holds."""
    return frozenset(_lists())


def words(name: str) -> tuple[str, ...]:
    """The words of one list, in the file's order."""
    try:
        return _lists()[name]
    except KeyError:
        raise KeyError(f"{DATA}: no list named {name!r}") from None


def word_rx(word: str) -> str:
    """One word or phrase as regex source: a space is any spacing, a final * any ending,
    a final (s) an optional plural s."""
    parts = []
    for part in word.split():
        if part.endswith("*"):
            parts.append(re.escape(part[:-1]) + r"\w*")
        elif part.endswith("(s)"):
            parts.append(re.escape(part[:-3]) + "s?")
        else:
            parts.append(re.escape(part))
    return r"\s+".join(parts)


def alternation(name: str, bound: bool = False, spaced: bool = False) -> str:
    """The list as the body of a regex group ("hit|attack|provo\\w*"); `bound`: each word
    starts at a word bound; `spaced`: each word takes the spacing after it."""
    start, end = (r"\b" if bound else ""), (r"\s+" if spaced else "")
    return "|".join(start + word_rx(w) + end for w in words(name))
