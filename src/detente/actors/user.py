"""User-supplied actors (CSV or YAML) and the `--explain` view of a resolution."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .tables import ActorEntry, entries_from_rows
from .userfile import checked_rows

if TYPE_CHECKING:
    from .resolver import ActorResolver

COLUMNS = ("name", "aliases", "country", "sector", "office", "start", "end")


def load_user_actors(path: str | Path) -> list[ActorEntry]:
    """Actors from a user CSV/TSV or YAML file (columns: name, aliases, country, sector,
    office, start, end; optional kind). Aliases are `|`-separated (a YAML list also works);
    dates are YYYY-MM-DD; an empty end means still in office. Lines starting with # are
    comments. Every row is checked first: a bad one raises `ActorFileError` naming its line.
    """
    return entries_from_rows(checked_rows(path), source=f"user:{Path(path).name}")


def explain(resolver: ActorResolver, text_or_doc: str | Doc,
            when: dt.date | None = None) -> list[str]:
    """One line per mention: the words, the code, how it was found and why."""
    doc = resolver.nlp(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    lines = []
    for m in resolver.resolve(doc, when):
        a = m.actor
        place = " place" if m.is_place else ""
        who = f" {a.name}" if a.name else ""
        lines.append(f"[{m.sent_index}:{m.start}-{m.end}] {doc[m.start:m.end].text!r} -> "
                     f"{a.code or '-'}{who} ({m.via}{place}): {a.why}")
    for start, end, why in getattr(resolver, "unresolved", []):
        lines.append(f"[{start}-{end}] {doc[start:end].text!r} -> unresolved: {why}")
    return lines
