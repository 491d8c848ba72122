"""The JSON shape of an event, and tables for people.

One function makes the JSON object of an event (the `--jsonl` contract), from an
`Event` or from a stored row, so the CLI, the API and the web app agree.
"""

from __future__ import annotations

import io
import json
import math
import re
from dataclasses import fields
from typing import Any

import pandas as pd

from detente.models import Actor, Event, Location, Quote

ACTOR_FIELDS = ("text", "code", "country", "sector", "name")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def event_json(event: Event) -> dict[str, Any]:
    """The `--jsonl` object of one event."""
    d = event.to_dict()
    for side in ("source", "target"):
        actor = d.get(side)
        if actor is not None:
            d[side] = {k: actor.get(k) for k in (*ACTOR_FIELDS, "kind", "role")}
    if event.quote is not None:
        speaker = event.quote.speaker
        d["quote"] = {
            "speaker": (speaker.name or speaker.text) if speaker else None,
            "speaker_code": speaker.code if speaker else None,
            "text": event.quote.text,
        }
    return d


def event_from_row(row: dict[str, Any]) -> Event:
    """The `Event` a stored row was made from, as far as the store keeps it.

    Fields the store has no column for are None, so a stored event serialised by
    `event_json` has exactly the keys of a fresh one: one `--jsonl` shape, whichever path
    wrote the line, and a field added to `Event` or `Actor` appears on both paths at once.
    """
    row = {k: _clean(v) for k, v in row.items()}

    def actor(prefix: str) -> Actor | None:
        if row.get(f"{prefix}_text") is None and row.get(f"{prefix}_country") is None:
            return None
        return Actor(**{f.name: row.get(f"{prefix}_{f.name}") for f in fields(Actor)})

    nested = {"source", "target", "quote", "location", "extra"}
    values = {f.name: row.get(f.name) for f in fields(Event) if f.name not in nested}
    values["mutual"] = bool(row.get("mutual"))
    speaker = row.get("quote_speaker")
    quote = None
    if row.get("quote_text"):
        who = None if speaker is None else Actor(
            text=speaker, code=row.get("quote_speaker_code"), country=None, name=speaker)
        quote = Quote(speaker=who, text=row["quote_text"])
    location = None
    if row.get("location_name"):
        location = Location(name=row["location_name"], country=row.get("location_country"),
                            lat=row.get("location_lat"), lon=row.get("location_lon"))
    return Event(**values, source=actor("source") or Actor(text="", code=None, country=None),
                 target=actor("target"), quote=quote, location=location)


def row_json(row: dict[str, Any]) -> dict[str, Any]:
    """The `--jsonl` object of an event read back from the store: `event_json`'s shape."""
    return event_json(event_from_row(row))


def stored_json(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event for `detente events --json`: the `--jsonl` object and its document's
    date, title and url."""
    out = row_json(row)
    for key in ("published", "title", "url"):
        if key in row:
            out[key] = _clean(row.get(key))
    return out


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def frame_json(df: pd.DataFrame) -> str:
    records = [{k: _clean(v) for k, v in r.items()} for r in df.to_dict(orient="records")]
    return json.dumps(records, ensure_ascii=False, indent=2, default=str)


# A spreadsheet runs a cell that begins with one of these as a formula (OWASP, "CSV
# Injection"): `=HYPERLINK(...)` in a news title would be a live link, `@SUM(...)` a call.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A text cell made inert the OWASP way: a leading quote before a formula character
    (spreadsheets show the text, not a formula). Numbers are left as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def neutralise(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with every text cell passed through `csv_cell`, for any CSV detente writes."""
    text_cols = [c for c in df.columns if df[c].dtype == object or pd.api.types.is_string_dtype(df[c])]
    if not text_cols:
        return df
    out = df.copy()
    for col in text_cols:
        out[col] = out[col].map(csv_cell)
    out.columns = [csv_cell(str(c)) for c in out.columns]
    return out


def frame_csv(df: pd.DataFrame) -> str:
    """CSV of `df`, safe to open in a spreadsheet (see `csv_cell`); quoting by the csv module."""
    buf = io.StringIO()
    neutralise(df).to_csv(buf, index=False)
    return buf.getvalue()


def print_table(df: pd.DataFrame, title: str | None = None, max_width: int = 60) -> None:
    """A readable table on standard output (rich), long cells shortened."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False)
    for col in df.columns:
        table.add_column(str(col), overflow="fold")
    for row in df.itertuples(index=False):
        cells = []
        for value in row:
            value = _clean(value)
            if isinstance(value, float):
                text = f"{value:.2f}"
            else:
                text = "" if value is None else str(value)
            text = _CONTROL.sub(" ", text)  # no escape sequences from news text reach the terminal
            if len(text) > max_width:
                text = text[: max_width - 1] + "…"
            cells.append(Text(text))  # Text: '[bold]' in a title is shown, not read as markup
        table.add_row(*cells)
    Console(width=200).print(table)
