"""`detente import`, `detente export` and `detente compare`: other datasets in and out.

Thin shells over `detente.interop`; registered on the main group by `cli.py`.
"""

from __future__ import annotations

import sys

import click

from detente.interop.formats import FORMATS

DB_OPTION = click.option(
    "--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False),
    help="The store (a DuckDB file).",
)

SHOWN = 50  # malformed lines printed one by one; the rest are counted by reason


@click.command(name="import")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(list(FORMATS), case_sensitive=False))
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@DB_OPTION
@click.option("--learn-actors", is_flag=True,
              help="Keep the file's actor names (ICEWS, POLECAT) with their country and sector "
                   "as learned actors for detente's own coder.")
def import_cmd(fmt, files, db, learn_actors) -> None:
    """Import GDELT, ICEWS, POLECAT or Phoenix FILES (plain, .gz or .zip) into the store."""
    from detente.interop import import_files
    from detente.store import Store

    shown = 0

    def report(item) -> None:
        nonlocal shown
        shown += 1
        if shown <= SHOWN:
            click.echo(f"detente: {item}", err=True)

    with Store(db) as store:
        result = import_files(files, fmt.lower(), store, on_bad=report, learn_actors=learn_actors)
    if len(result.malformed) > SHOWN:
        click.echo(f"detente: ... {len(result.malformed) - SHOWN} more malformed lines", err=True)
    for reason, count in result.reasons.most_common():
        click.echo(f"malformed: {count} x {reason}", err=True)
    click.echo(f"{result.summary()}; store: {db}", err=True)
    sys.exit(1 if result.malformed else 0)


def register(cli: click.Group) -> None:
    """Add the interop commands to the `detente` group."""
    cli.add_command(import_cmd)
