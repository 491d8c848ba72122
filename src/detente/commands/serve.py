"""`detente serve`: the dashboard and the REST API over a store, on this machine by default."""

from __future__ import annotations

import click

from detente.errors import UsageError


@click.command()
@click.option("--db", default="detente.duckdb", show_default=True,
              type=click.Path(dir_okay=False), help="The store (a DuckDB file), read only.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 opens it to the network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--refresh", default=5.0, show_default=True, type=click.FloatRange(0),
              help="Seconds between looks for new coding in the store (0: never).")
@click.option("--query-seconds", default=10.0, show_default=True, type=click.FloatRange(0.1),
              help="Longest time one request may compute before it gets a 503.")
def serve(db, host, port, refresh, query_seconds) -> None:
    """Serve the dashboard and the REST API (/api, /docs) over the store at --db."""
    import uvicorn

    from detente.web.app import create_app

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"detente: serving on {host}: anyone who can reach it can read the store",
                   err=True)
    try:
        app = create_app(db, refresh=refresh, query_seconds=query_seconds)
    except OSError as exc:
        raise UsageError(f"{db}: {exc}") from exc
    click.echo(f"detente: dashboard on http://{host}:{port}/ (API docs at /docs); "
               "Ctrl-C stops it", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
