"""The JSON shape of an event, and tables for people.

One function makes the JSON object of an event (the `--jsonl` contract), from an
`Event` or from a stored row, so the CLI, the API and the web app agree.
"""

from __future__ import annotations

import io
import json
import math
import re
from typing import Any

import pandas as pd

from detente.models import Event

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


def row_json(row: dict[str, Any]) -> dict[str, Any]:
    """The `--jsonl` object of an event read back from the store."""
    row = {k: _clean(v) for k, v in row.items()}
    out: dict[str, Any] = {
        k: row.get(k)
        for k in ("doc_id", "event_id", "sentence_index", "evidence", "char_start", "char_end")
    }
    for side in ("source", "target"):
        if row.get(f"{side}_text") is None and row.get(f"{side}_country") is None:
            out[side] = None
        else:
            out[side] = {k: row.get(f"{side}_{k}") for k in ACTOR_FIELDS}
    for key in ("plover", "mode", "cameo", "quad", "intensity", "goldstein", "status", "date",
                "date_precision", "confidence", "rule", "trigger"):
        out[key] = row.get(key)
    out["mutual"] = bool(row.get("mutual"))
    out["quote"] = (
        {"speaker": row.get("quote_speaker"), "text": row.get("quote_text")}
        if row.get("quote_text") else None
    )
    out["location"] = (
        {"name": row.get("location_name"), "country": row.get("location_country"),
         "lat": row.get("location_lat"), "lon": row.get("location_lon")}
        if row.get("location_name") else None
    )
    for key in ("published", "title", "url"):
        if key in row:
            out[key] = row.get(key)
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
