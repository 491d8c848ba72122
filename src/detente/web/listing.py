"""Pages of the events list: the store's filters, a page at a time, in a stable order.

The relations (dyads, series, trends, blocs) come from `detente.relations` over
`Store.events_frame`; a list of raw events a page at a time is the one thing the
web needs that the library does not do, because a store of a million events cannot
be turned into a frame per request. The filters mean what `Store.events_frame`'s
mean (actor on either side, an unordered pair, day = the event's date else the
document's); the query is fixed text with `?` parameters, one fragment per filter.
Pages are keyset pages: the cursor is the (day, event_id) of the last row shown, so
page 500 costs what page 1 costs and rows added meanwhile shift nothing.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pandas as pd

from detente.store import Store
from detente.web.params import BadRequest, EventFilter

SIDE = "(? IN (source_country, source_code) OR ? IN (target_country, target_code))"
PAIR = ("((? IN (source_country, source_code) AND ? IN (target_country, target_code)) OR "
        "(? IN (source_country, source_code) AND ? IN (target_country, target_code)))")


def where(f: EventFilter, columns: frozenset[str]) -> tuple[list[str], list[Any]]:
    """SQL conditions (fixed text) and their parameters for the filters in `f`."""
    conds: list[str] = []
    args: list[Any] = []
    if f.actor:
        conds.append(SIDE)
        args += [f.actor, f.actor]
    if f.pair:
        a, b = f.pair
        conds.append(PAIR)
        args += [a, b, b, a]
    if f.types:
        conds.append("plover IN (SELECT unnest(?::VARCHAR[]))")
        args.append(list(f.types))
    if f.quad:
        conds.append("quad = ?")
        args.append(f.quad)
    if f.status:
        conds.append("status = ?")
        args.append(f.status)
    if f.dataset:
        if "dataset" not in columns:
            raise BadRequest("this store has no datasets (it holds detente's own coding only); "
                             "leave out dataset")
        conds.append("dataset = ?")
        args.append(f.dataset)
    if f.since:
        conds.append("day >= ?")
        args.append(f.since)
    if f.until:
        conds.append("substr(day, 1, ?) <= ?")
        args += [len(f.until), f.until]
    if f.q:
        conds.append("evidence ILIKE ? ESCAPE '\\'")
        escaped = f.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args.append(f"%{escaped}%")
    if f.located:
        conds.append("location_lat IS NOT NULL AND location_lon IS NOT NULL")
    return conds, args


def encode_cursor(day: Any, event_id: Any) -> str:
    raw = json.dumps([None if day is None else str(day), str(event_id)])
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, str]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id = json.loads(raw)
        assert isinstance(event_id, str) and (day is None or isinstance(day, str))
    except Exception:  # noqa: BLE001 - any damage to a cursor is the same bad request
        raise BadRequest("after must be the next_cursor of an earlier page") from None
    return day or "", event_id


def events_page(store: Store, f: EventFilter, columns: frozenset[str], limit: int,
                after: str | None = None, descending: bool = False) -> tuple[pd.DataFrame, str | None]:
    """One page of events (at most `limit`) and the cursor of the next page (None at the end)."""
    conds, args = where(f, columns)
    key = "coalesce(day, '')"
    if after:
        day, event_id = decode_cursor(after)
        conds.append(f"({key}, event_id) {'<' if descending else '>'} (?, ?)")
        args += [day, event_id]
    order = "DESC" if descending else "ASC"
    sql = (f"SELECT * FROM web_events WHERE {' AND '.join(conds) or 'TRUE'} "
           f"ORDER BY {key} {order}, event_id {order} LIMIT ?")
    df = store.con.execute(sql, [*args, limit + 1]).df()
    more = len(df) > limit
    df = df.head(limit)
    cursor = encode_cursor(df.iloc[-1]["day"], df.iloc[-1]["event_id"]) if more else None
    return df, cursor


def count(store: Store, f: EventFilter, columns: frozenset[str]) -> int:
    conds, args = where(f, columns)
    sql = f"SELECT count(*) FROM web_events WHERE {' AND '.join(conds) or 'TRUE'}"
    return int(store.con.execute(sql, args).fetchall()[0][0])


def one_event(store: Store, event_id: str) -> dict[str, Any] | None:
    df = store.con.execute("SELECT * FROM web_events WHERE event_id = ? LIMIT 1",
                           [event_id]).df()
    return None if df.empty else df.iloc[0].to_dict()
