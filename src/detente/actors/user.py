"""User-supplied actors (CSV or YAML) and the `--explain` view of a resolution."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from .tables import ActorEntry, entries_from_rows

if TYPE_CHECKING:
    from .resolver import ActorResolver

COLUMNS = ("name", "aliases", "country", "sector", "office", "start", "end")


def load_user_actors(path: str | Path) -> list[ActorEntry]:
    """Actors from a user CSV/TSV or YAML file (columns: name, aliases, country, sector,
    office, start, end; optional kind). Aliases are `|`-separated (a YAML list also works);
    dates are YYYY-MM-DD; an empty end means still in office. Lines starting with # are skipped.
    """
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        data = yaml.safe_load(text) or []
        if isinstance(data, dict):
            data = data.get("actors", [])
        rows = [_yaml_row(r) for r in data]
    else:
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
        delim = "\t" if path.suffix.lower() == ".tsv" or (lines and "\t" in lines[0]) else ","
        rows = list(csv.DictReader(lines, delimiter=delim))
    rows = [{(k or "").strip().lower(): (v or "") for k, v in r.items()} for r in rows]
    return entries_from_rows(rows, source=f"user:{path.name}")


def _yaml_row(r: dict) -> dict[str, str]:
    out = {}
    for k, v in r.items():
        if isinstance(v, list):
            v = "|".join(str(x) for x in v)
        out[str(k)] = "" if v is None else str(v)
    return out


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
