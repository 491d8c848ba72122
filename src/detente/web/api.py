"""The REST API: JSON (CSV with `?format=csv` where the answer is a table), read-only.

Each endpoint checks its parameters (`params`), asks `views` or `listing` in a
worker thread with a time limit, and answers. Errors are JSON `{"error", "status"}`
with the status that fits: 400 for a bad filter, 404 for an unknown id, 503 when a
question takes longer than the limit.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable
from datetime import date
from typing import Any

import anyio
import pandas as pd
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from detente.output import dumps, frame_csv, row_json
from detente.web import listing, params, views
from detente.web.params import BadRequest, EventFilter
from detente.web.snapshot import Snapshot

router = APIRouter(prefix="/api")


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat()
    if value is pd.NaT:
        return None
    if hasattr(value, "item"):
        value = value.item()
        return None if isinstance(value, float) and math.isnan(value) else value
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: _clean(v) for k, v in r.items()} for r in df.to_dict(orient="records")]


def json_response(obj: Any, status: int = 200) -> Response:
    return Response(dumps(_clean(obj)), status_code=status, media_type="application/json")


Body = tuple[str, str, dict[str, str]]  # content, media type, headers


def json_body(obj: Any) -> Body:
    return dumps(_clean(obj)), "application/json", {}


def table_body(df: pd.DataFrame, fmt: str | None, name: str,
               extra: dict[str, Any] | None = None) -> Body:
    """A table as JSON ({"rows": [...]}, plus `extra`) or, with format=csv, as CSV."""
    fmt = params.choice(fmt, "format", ("json", "csv")) or "json"
    if fmt == "csv":
        return frame_csv(df), "text/csv; charset=utf-8", {
            "Content-Disposition": f'attachment; filename="{name}.csv"'}
    return json_body({**(extra or {}), "rows": records(df)})


def respond(body: Body) -> Response:
    content, media, headers = body
    return Response(content, media_type=media, headers=headers)


async def answer(request: Request, make: Callable[[], Body]) -> Response:
    """The answer to this URL, made in a worker thread once per copy of the store.

    Results never change within a copy, so the serialised answer is kept too: a
    question asked before costs a lookup, and no answer is built on the event loop.
    """
    snap = snapshot(request)
    key = ("answer", request.url.path, request.url.query)
    return respond(await run(request, lambda: snap.cached(key, make)))


def snapshot(request: Request) -> Snapshot:
    return request.app.state.snapshots.current


BRIEF_TIMES = 6  # a brief draws a chart per pair: it may take this many query time limits


async def run(request: Request, fn: Callable[[], Any], times: float = 1) -> Any:
    """`fn()` in a worker thread, given up (503) after the app's query time limit."""
    limit = request.app.state.query_seconds * times
    try:
        return await asyncio.wait_for(anyio.to_thread.run_sync(fn, abandon_on_cancel=True),
                                      timeout=limit)
    except TimeoutError:
        raise BadRequest(f"the question took longer than {limit:g} s; narrow it with filters "
                         "(since, until, pair, actor)", status=503) from None


def _filter(actor, pair, type_, quad, status, dataset, since, until, q,
            located=False) -> EventFilter:
    return EventFilter(
        actor=params.code(actor, "actor"), pair=params.pair(pair),
        types=tuple(params.types(type_)), quad=params.quad(quad), status=params.status(status),
        dataset=params.dataset(dataset), since=params.day(since, "since"),
        until=params.day(until, "until"), q=params.text(q), located=located)


def _event(row: dict[str, Any]) -> dict[str, Any]:
    out = row_json(row)
    out["day"] = _clean(row.get("day"))
    if "dataset" in row:
        out["dataset"] = _clean(row.get("dataset"))
    return out


@router.get("/health")
async def health(request: Request) -> Response:
    """The copy being served: when it was taken and what it holds."""
    snaps = request.app.state.snapshots
    snap = snaps.current
    return json_response({"status": "ok", "snapshot": snap.version, "taken": snap.taken,
                          "counts": snap.counts, "refresh_error": snaps.last_error})


@router.get("/events")
async def events(
    request: Request,
    actor: str | None = Query(None, description="Country or actor code on either side"),
    pair: str | None = Query(None, description="Two codes, 'TUR,USA', either direction"),
    type: str | None = Query(None, description="PLOVER types, comma-separated"),
    quad: str | None = None, status: str | None = None, dataset: str | None = None,
    since: str | None = None, until: str | None = None,
    q: str | None = Query(None, description="Text in the evidence sentence"),
    located: bool = Query(False, description="Only events with coordinates"),
    limit: int | None = Query(None, description="Rows per page, at most 1000"),
    after: str | None = Query(None, description="next_cursor of the previous page"),
    order: str | None = Query(None, description="asc (default) or desc by day"),
    format: str | None = Query(None, description="json or csv"),
) -> Response:
    """Stored events, filtered, a keyset page at a time."""
    f = _filter(actor, pair, type, quad, status, dataset, since, until, q, located)
    n = params.limit(limit)
    desc = params.choice(order, "order", ("asc", "desc")) == "desc"
    snap = snapshot(request)

    def compute():
        with snap.store() as store:
            return listing.events_page(store, f, snap.columns, n, after, desc)

    fmt = params.choice(format, "format", ("json", "csv")) or "json"

    def page() -> Body:
        df, cursor = compute()
        if fmt == "csv":
            return table_body(df.drop(columns=["seq", "day"], errors="ignore"), fmt, "events")
        rows = [_event(r) for r in df.to_dict(orient="records")]
        return json_body({"rows": rows, "next_cursor": cursor, "limit": n})

    return respond(await run(request, page))


@router.get("/events/{event_id}")
async def event(request: Request, event_id: str) -> Response:
    """One event with its evidence, offsets, document and every report of it: the stored
    rows `dedupe` merges with it and, for an imported event, the stories its dataset lists."""
    if len(event_id) > 200:
        raise BadRequest("no such event", status=404)
    snap = snapshot(request)

    def compute():
        with snap.store() as store:
            row = listing.one_event(store, event_id)
            if row is None:
                return None
            doc = store.con.execute(
                "SELECT doc_id, title, url, source, CAST(published AS VARCHAR) AS published, "
                "n_sentences, n_events FROM documents WHERE doc_id = ?", [row["doc_id"]]).df()
            stories = pd.DataFrame()
            if row.get("original_id") and "original_id" in snap.columns:
                # an imported event's reports: the stories its dataset lists (GDELT mentions)
                stories = store.con.execute(
                    "SELECT url, source_name, reported, sentence, confidence, tone FROM reports "
                    "WHERE dataset = ? AND original_id = ? LIMIT 1000",
                    [row.get("dataset"), row["original_id"]]).df()
        reports = views.reports_of(snap, row)
        return row, doc, reports, stories

    found = await run(request, compute)
    if found is None:
        raise BadRequest(f"no event {event_id!r} in this store", status=404)
    row, doc, reports, stories = found
    out = _event(row)
    out["document"] = records(doc)[0] if len(doc) else None
    out["reports"] = [_event(r) for r in reports.to_dict(orient="records")] if len(reports) \
        else []
    out["stories"] = records(stories)
    return json_response(out)


@router.get("/documents/{doc_id}")
async def document(request: Request, doc_id: str) -> Response:
    """A document's text and its events with their offsets."""
    if len(doc_id) > 200:
        raise BadRequest("no such document", status=404)
    snap = snapshot(request)

    def compute():
        with snap.store() as store:
            doc = store.con.execute(
                "SELECT doc_id, title, url, source, CAST(published AS VARCHAR) AS published, "
                "text FROM documents WHERE doc_id = ?", [doc_id]).df()
            evs = store.events_frame(doc_id=doc_id) if len(doc) else pd.DataFrame()
        return doc, evs

    doc, evs = await run(request, compute)
    if doc.empty:
        raise BadRequest(f"no document {doc_id!r} in this store", status=404)
    out = records(doc)[0]
    out["events"] = [_event(r) for r in evs.to_dict(orient="records")]
    return json_response(out)


@router.get("/dyads")
async def dyads(request: Request, since: str | None = None, until: str | None = None,
                dataset: str | None = None, limit: int | None = None,
                format: str | None = None) -> Response:
    """Each pair: events per quad, intensity, index with its interval, first/last, evidence."""
    since, until = params.day(since, "since"), params.day(until, "until")
    dataset, n = params.dataset(dataset), params.limit(limit, default=params.MAX_PAGE)
    snap = snapshot(request)

    def make() -> Body:
        df = views.dyads_view(snap, since, until, dataset)
        return table_body(df.head(n), format, "dyads", {"total": len(df)})

    return await answer(request, make)


@router.get("/series")
async def series(request: Request, a: str, b: str, by: str = "month",
                 since: str | None = None, until: str | None = None,
                 dataset: str | None = None, format: str | None = None) -> Response:
    """The a-b pair per period (index with interval, events per quad) and its events."""
    x, y = params.code(a, "a"), params.code(b, "b")
    if not x or not y or x == y:
        raise BadRequest("a and b must be two different codes")
    by = params.choice(by, "by", params.BY) or "month"
    since, until = params.day(since, "since"), params.day(until, "until")
    dataset = params.dataset(dataset)
    snap = snapshot(request)
    fmt = params.choice(format, "format", ("json", "csv")) or "json"

    def make() -> Body:
        out = views.series_view(snap, x, y, by, since, until, dataset)
        if fmt == "csv":
            return table_body(out["series"], fmt, f"series_{x}_{y}")
        timeline = out["events"]
        cols = ["event_id", "day", "date", "plover", "quad", "intensity", "source_code",
                "target_code", "source_country", "target_country", "evidence", "doc_id",
                "mentions"]
        return json_body({
            "pair": f"{min(x, y)}-{max(x, y)}", "by": by, "min_events": out["min_events"],
            "n_events": out["n_events"], "rows": records(out["series"]),
            "events": records(timeline[[c for c in cols if c in timeline.columns]]),
        })

    return await answer(request, make)


@router.get("/trends")
async def trends(request: Request, since: str | None = None, until: str | None = None,
                 dataset: str | None = None, level: float = 0.05, limit: int | None = None,
                 format: str | None = None) -> Response:
    """Pairs whose relations changed, by a weighted least-squares test at `level`."""
    since, until = params.day(since, "since"), params.day(until, "until")
    dataset, n = params.dataset(dataset), params.limit(limit, default=params.MAX_PAGE)
    if not 0 < level < 1:
        raise BadRequest(f"level must lie between 0 and 1, not {level}")
    snap = snapshot(request)

    def make() -> Body:
        df = views.trends_view(snap, since, until, dataset, level)
        return table_body(df.head(n), format, "trends", {"total": len(df)})

    return await answer(request, make)


@router.get("/blocs")
async def blocs(request: Request, since: str | None = None, until: str | None = None,
                dataset: str | None = None) -> Response:
    """Blocs of the signed network with their stability, and the unbalanced triads."""
    since, until = params.day(since, "since"), params.day(until, "until")
    dataset = params.dataset(dataset)
    snap = snapshot(request)
    return await answer(request, lambda: json_body(views.blocs_view(snap, since, until,
                                                                    dataset)))


@router.get("/statements")
async def statements(request: Request, pair: str | None = None, list: bool = False,
                     dataset: str | None = None, format: str | None = None) -> Response:
    """Relationship statements beside the event index (`list=true`: every statement)."""
    p, dataset = params.pair(pair), params.dataset(dataset)
    snap = snapshot(request)

    def make() -> Body:
        df = views.statements_view(snap, p, list, dataset)
        return table_body(df.head(params.MAX_PAGE), format, "statements", {"total": len(df)})

    return await answer(request, make)


@router.get("/actors")
async def actors(request: Request, q: str | None = None, on: str | None = None,
                 limit: int | None = None, format: str | None = None) -> Response:
    """Known and learned actors; `q` a part of a name, `on` office holders on that day."""
    text = params.text(q)
    day = None
    if on:
        try:
            day = date.fromisoformat(on)
        except ValueError:
            raise BadRequest(f"on must be a date such as 2021-03-20, not {on!r}") from None
    n = params.limit(limit)
    snap = snapshot(request)

    def make() -> Body:
        df = views.actors_view(snap, text, day)
        return table_body(df.head(n), format, "actors", {"total": len(df)})

    return await answer(request, make)


@router.get("/brief", response_class=HTMLResponse)
async def brief(request: Request, actors: str, since: str | None = None,
                until: str | None = None, dataset: str | None = None,
                download: bool = False) -> Response:
    """The analyst's brief (HTML) on a list of actors, as `detente brief` writes it."""
    names = params.codes(actors, "actors")
    if not names or len(names) > 20:
        raise BadRequest("actors must be 1 to 20 codes such as IRN,RUS,TUR")
    since, until = params.day(since, "since"), params.day(until, "until")
    dataset = params.dataset(dataset)
    snap = snapshot(request)
    page = await run(request, lambda: views.brief_html(snap, names, since, until, dataset),
                     times=BRIEF_TIMES)
    headers = {}
    if download:
        headers["Content-Disposition"] = f'attachment; filename="brief_{"_".join(names)}.html"'
    return HTMLResponse(page, headers=headers)
