"""The web app: `create_app(db)` gives a FastAPI app over a store, read-only.

Pages are small HTML shells; everything they show is fetched from the API by our
own `static/app.js` and put on the page as text (never as HTML), so a sentence
from the news cannot become markup. Every answer carries a Content-Security-Policy
that allows scripts from this server only, so even markup that slipped through
could not run. Nothing here writes: the store is copied and read (`snapshot`).
"""

from __future__ import annotations

import html
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from detente.web import api, views
from detente.web.assets import STATIC, basemap, plotly_js
from detente.web.params import BadRequest
from detente.web.snapshot import Snapshot, Snapshots

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
PAGES = {
    "": ("overview", "Overview"),
    "pair": ("pair", "A pair over time"),
    "actor": ("actor", "An actor's partners and rivals"),
    "events": ("events", "Events"),
    "map": ("map", "Map of events"),
    "doc": ("doc", "Document"),
    "docs": ("apidocs", "The REST API"),
}
NAV = [("/", "Overview"), ("/events", "Events"), ("/map", "Map")]


def _page(name: str, title: str) -> str:
    nav = "".join(f'<a href="{href}">{html.escape(label)}</a>' for href, label in NAV)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>detente: {html.escape(title)}</title>"
        "<link rel='stylesheet' href='/static/app.css'>"
        "<script src='/vendor/plotly.min.js' defer></script>"
        "<script src='/static/app.js' defer></script></head>"
        f"<body><header><strong>detente</strong><nav>{nav}</nav>"
        "<form id='goto-pair' class='goto'><input name='a' placeholder='TUR' size='5' "
        "aria-label='first actor'><input name='b' placeholder='USA' size='5' "
        "aria-label='second actor'><button>pair</button></form></header>"
        f"<main id='app' data-page='{name}'><h1>{html.escape(title)}</h1>"
        "<p class='muted' id='status'>loading…</p></main></body></html>"
    )


def warm(snap: Snapshot) -> None:
    """Compute the whole-store views of a new copy before it is served, so the overview
    answers at once however large the store (a copy is swapped in only once warm)."""
    views.dyads_view(snap, None, None, None)
    views.trends_view(snap, None, None, None, 0.05)
    views.blocs_view(snap, None, None, None)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


def create_app(db: str | Path, refresh: float = 5.0, query_seconds: float = 10.0,
               snapshots: Snapshots | None = None) -> FastAPI:
    """The app over the store at `db`: API under /api, pages, docs at /docs.

    `refresh` is how often (seconds) the server looks for a changed store to copy
    (0: never); `query_seconds` bounds the time one question may take.
    """
    snaps = snapshots or Snapshots(db, refresh=refresh, warm=warm)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        snaps.start()
        try:
            yield
        finally:
            snaps.close()

    # /docs is our own page over /openapi.json: FastAPI's would load Swagger UI from a CDN
    app = FastAPI(title="detente", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Coded political events and the relations they add up to, "
                              "read-only, each claim with its evidence.")
    app.state.snapshots = snaps
    app.state.query_seconds = query_seconds
    app.include_router(api.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if request.url.path.startswith(("/vendor/", "/static/")):
            response.headers["Cache-Control"] = "public, max-age=3600"
        return response

    @app.exception_handler(BadRequest)
    async def bad_request(request: Request, exc: BadRequest):
        return _error(exc.status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "query")
        return _error(400, f"{where}: {first.get('msg', 'invalid value')}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return _error(exc.status_code, message)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        return _error(500, f"internal error ({type(exc).__name__}); the server goes on")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    async def plotly() -> Response:
        path = plotly_js()
        if path is None:
            return Response("/* plotly is not installed: pip install plotly */",
                            media_type="text/javascript", status_code=404)
        return FileResponse(path, media_type="text/javascript")

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        return Response(status_code=204)

    @app.get("/api/basemap", include_in_schema=False)
    async def land() -> JSONResponse:
        return JSONResponse(basemap())

    for path, (name, title) in PAGES.items():
        app.add_api_route(f"/{path}", _handler(_page(name, title)), methods=["GET"],
                          include_in_schema=False, response_class=HTMLResponse)
    return app


def _handler(body: str):
    async def page() -> HTMLResponse:
        return HTMLResponse(body)

    return page
