"""The JSON shape of an event, and tables for people.

One function makes the JSON object of an event (the `--jsonl` contract), from an
`Event` or from a stored row, so the CLI, the API and the web app agree.
"""

from __future__ import annotations

import io
import json
import math
from typing import Any

import pandas as pd

from detente.models import Event

ACTOR_FIELDS = ("text", "code", "country", "sector", "name")


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
    out["source_basis"] = row.get("source_basis")
    out["target_basis"] = row.get("target_basis")
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


def frame_csv(df: pd.DataFrame) -> str:
    buf = io.StringIO()
    df.to_csv(buf, index=False)
    return buf.getvalue()


def print_table(df: pd.DataFrame, title: str | None = None, max_width: int = 60) -> None:
    """A readable table on standard output (rich), long cells shortened."""
    from rich.console import Console
    from rich.table import Table

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
            if len(text) > max_width:
                text = text[: max_width - 1] + "…"
            cells.append(text)
        table.add_row(*cells)
    Console(width=200).print(table)
