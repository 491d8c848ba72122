"""Pages of the events list: the store's filters, a page at a time, in a stable order.

The relations (dyads, series, trends, blocs) come from `detente.relations` over
`Store.events_frame`; a list of raw events a page at a time is the one thing the
web needs that the library does not do, because a store of a million events cannot
be turned into a frame per request. The filters mean what `Store.events_frame`'s
mean (actor on either side, an unordered pair, day = the event's date else the
document's); the query is fixed text with `?` parameters, one fragment per filter.
Pages are keyset pages in (day, event_id) order: the cursor names the last event shown,
so page 500 costs what page 1 costs and events added meanwhile shift nothing.
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

    def add(cond: str, *values: Any) -> None:
        conds.append(cond)
        args.extend(values)

    if f.actor:
        add(SIDE, f.actor, f.actor)
    if f.pair:
        a, b = f.pair
        add(PAIR, a, b, b, a)
    if f.types:
        add("plover IN (SELECT unnest(?::VARCHAR[]))", list(f.types))
    if f.quad:
        add("quad = ?", f.quad)
    if f.status:
        add("status = ?", f.status)
    if f.dataset:
        if "dataset" not in columns:
            raise BadRequest("this store has no datasets (it holds detente's own coding only); "
                             "leave out dataset")
        add("dataset = ?", f.dataset)
    if f.since:
        add("day >= ?", f.since)
    if f.until:
        add("substr(day, 1, ?) <= ?", len(f.until), f.until)
    if f.q:
        escaped = f.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        add("evidence ILIKE ? ESCAPE '\\'", f"%{escaped}%")
    if f.located:
        add("location_lat IS NOT NULL AND location_lon IS NOT NULL")
    return conds, args


def encode_cursor(event_id: str) -> str:
    return base64.urlsafe_b64encode(json.dumps(["e", str(event_id)]).encode()).decode().rstrip("=")


def decode_cursor(store: Store, cursor: str) -> int:
    """The place of the cursor's event in this copy (copies number events afresh)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        tag, event_id = json.loads(raw)
        assert tag == "e" and isinstance(event_id, str)
    except Exception:  # noqa: BLE001 - any damage to a cursor is the same bad request
        raise BadRequest("after must be the next_cursor of an earlier page") from None
    rows = store.con.execute("SELECT min(seq) FROM web_events WHERE event_id = ?",
                             [event_id]).fetchall()
    if not rows or rows[0][0] is None:
        raise BadRequest("after must be the next_cursor of an earlier page")
    return int(rows[0][0])


def events_page(store: Store, f: EventFilter, columns: frozenset[str], limit: int,
                after: str | None = None,
                descending: bool = False) -> tuple[pd.DataFrame, str | None]:
    """One page of events (at most `limit`) and the cursor of the next page (None at the end).

    Two steps: the page's numbers from the filtered column scan, then its rows by number
    (a zone-mapped range read), so no query sorts or carries a million wide rows.
    """
    conds, args = where(f, columns)
    if after:
        conds.append(f"seq {'<' if descending else '>'} ?")
        args.append(decode_cursor(store, after))
    order = "DESC" if descending else "ASC"
    sql = (f"SELECT seq FROM web_events WHERE {' AND '.join(conds) or 'TRUE'} "
           f"ORDER BY seq {order} LIMIT ?")
    seqs = [r[0] for r in store.con.execute(sql, [*args, limit + 1]).fetchall()]
    more = len(seqs) > limit
    seqs = seqs[:limit]
    if not seqs:
        return store.con.execute("SELECT * FROM web_events LIMIT 0").df(), None
    df = store.con.execute(
        "SELECT * FROM web_events WHERE seq BETWEEN ? AND ? AND seq IN "
        f"(SELECT unnest(?::BIGINT[])) ORDER BY seq {order}",
        [min(seqs), max(seqs), seqs]).df()
    return df, (encode_cursor(df.iloc[-1]["event_id"]) if more else None)


def count(store: Store, f: EventFilter, columns: frozenset[str]) -> int:
    conds, args = where(f, columns)
    sql = f"SELECT count(*) FROM web_events WHERE {' AND '.join(conds) or 'TRUE'}"
    return int(store.con.execute(sql, args).fetchall()[0][0])


def one_event(store: Store, event_id: str) -> dict[str, Any] | None:
    df = store.con.execute("SELECT * FROM web_events WHERE event_id = ? LIMIT 1",
                           [event_id]).df()
    return None if df.empty else df.iloc[0].to_dict()
