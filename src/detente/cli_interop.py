"""`detente import`, `detente export` and `detente compare`: other datasets in and out.

Thin shells over `detente.interop`; registered on the main group by `cli.py`.
"""

from __future__ import annotations

import sys

import click

from detente.cli_options import SINCE_OPTION, UNTIL_OPTION
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
    """Import GDELT, ICEWS, POLECAT or Phoenix FILES (plain, .gz or .zip) into the store.

    FORMAT: gdelt (2.0 events), gdelt1 (1.0 daily or backfile), gdelt-mentions (reports of
    imported GDELT events), icews, polecat, phoenix. Importing a file again adds nothing;
    bad lines are listed by file and line, the rest imported (exit status 1).
    """
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


@click.command(name="export")
@click.option("--format", "fmt", required=True,
              type=click.Choice(["plover-jsonl", "parquet", "csv", "gdelt", "icews", "polecat"]),
              help="What to write (docs/interop.md says what each format cannot hold).")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="The file to write.")
@DB_OPTION
@click.option("--dataset", multiple=True, help="Only events of this dataset (repeatable).")
def export_cmd(fmt, out, db, dataset) -> None:
    """Write the store's events as PLOVER JSONL, Parquet, CSV, or GDELT/ICEWS/POLECAT files."""
    from detente.interop.export import export_events
    from detente.store import Store

    with Store(db, read_only=True) as store:
        n = export_events(store, fmt, out, dataset=list(dataset) or None)
    click.echo(f"{n} events written to {out} ({fmt})", err=True)


@click.command(name="compare")
@click.option("--pair", nargs=2, required=True, help="Two country codes.")
@click.option("--dataset", multiple=True, required=True,
              help="The two datasets to compare (give it twice: detente, gdelt, icews, ...).")
@click.option("--by", type=click.Choice(["week", "month", "quarter", "year"]), default="month",
              show_default=True)
@SINCE_OPTION
@UNTIL_OPTION
@click.option("--top", default=5, show_default=True, help="Periods of largest disagreement.")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True)
@click.option("--csv", "as_csv", is_flag=True)
def compare_cmd(pair, dataset, by, since, until, top, db, as_json, as_csv) -> None:
    """Two datasets' cooperation index of a pair side by side: correlation, disagreements."""
    from detente.cli import _output
    from detente.interop.compare import compare_sources
    from detente.output import dumps
    from detente.store import Store

    with Store(db, read_only=True) as store:
        result = compare_sources(store, pair[0], pair[1], list(dataset), by=by, since=since,
                                 until=until, top=top)
    if as_json:
        click.echo(dumps(result.to_dict()))
        return
    _output(result.table, False, as_csv, title=f"{result.pair} by {by}")
    if not as_csv:
        click.echo(result.summary())
        if len(result.disagree):
            _output(result.disagree, False, False, title="where they disagree most")


def register(cli: click.Group) -> None:
    """Add the interop commands to the `detente` group."""
    for command in (import_cmd, export_cmd, compare_cmd):
        cli.add_command(command)
