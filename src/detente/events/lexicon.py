"""Verb and noun lexicons of the event coder, read from the TSV files in `data/`.

An entry names a trigger (a verb or noun lemma, optionally with extra words that must
appear among its dependents), the PLOVER type, mode and CAMEO code it codes, the
frames where the target is found, and flags that change how actors are read.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Entry:
    """One lexicon line: `head` is the trigger lemma, `extra` the other words."""

    pattern: str
    head: str
    extra: tuple[str, ...]
    plover: str
    mode: str | None
    cameo: str
    frames: tuple[str, ...]
    flags: frozenset[str]
    kind: str  # verb | noun

    @property
    def rule(self) -> str:
        return f"{self.kind}:{self.pattern}>{self.plover}"


def _rows(path: Path) -> list[list[str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.lstrip().startswith("#")]
    return [[c.strip() for c in row] for row in csv.reader(lines, delimiter="\t")]


def load(path: Path, kind: str) -> dict[str, list[Entry]]:
    """Read a lexicon file into {head lemma: [entries, longest pattern first]}."""
    table: dict[str, list[Entry]] = {}
    for row in _rows(path):
        row = row + [""] * (6 - len(row))
        pattern, plover, mode, cameo, frames, flags = row[:6]
        words = pattern.lower().split()
        head = words[-1] if kind == "noun" else words[0]
        extra = tuple(words[:-1] if kind == "noun" else words[1:])
        entry = Entry(
            pattern=pattern.lower(), head=head, extra=extra, plover=plover.upper(),
            mode=mode or None, cameo=cameo,
            frames=tuple(f for f in frames.replace(" ", "").split(",") if f),
            flags=frozenset(f for f in flags.replace(" ", "").split(",") if f),
            kind=kind,
        )
        table.setdefault(head, []).append(entry)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e.extra))
    return table


def load_words(name: str = "words.tsv") -> dict[str, set[str]]:
    """Read a two-column word list (word, class) into {word: classes}."""
    out: dict[str, set[str]] = {}
    for row in _rows(DATA / name):
        if len(row) >= 2:
            out.setdefault(row[0].lower(), set()).add(row[1])
    return out


def words_of(cls: str, name: str = "words.tsv") -> frozenset[str]:
    """The words of one class of a word list ("flagged", "sponsor", ...)."""
    return frozenset(w for w, classes in load_words(name).items() if cls in classes)


def load_conversions(name: str = "conversions.tsv") -> dict[tuple[str, str], tuple[str, str]]:
    """Read {(governor class, inner PLOVER type): (new type, CAMEO code)}."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for row in _rows(DATA / name):
        if len(row) >= 4:
            out[(row[0], row[1].upper())] = (row[2].upper(), row[3])
    return out


def verbs() -> dict[str, list[Entry]]:
    return load(DATA / "verbs.tsv", "verb")


def nouns() -> dict[str, list[Entry]]:
    return load(DATA / "nouns.tsv", "noun")


def load_weapons() -> frozenset[str]:
    """Weapon and platform nouns: a national adjective on them names the attacker."""
    return frozenset(r[0].lower() for r in _rows(DATA / "weapons.tsv") if r and r[0])
