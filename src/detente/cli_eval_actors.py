"""`detente eval actors TABLE`: the share of a reference's named actors resolved to its country."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command(name="actors")
@click.argument("table", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
@click.option("--limit", type=int, default=None, help="List at most this many misses.")
@click.option("--min-right", type=float, default=None,
              help="Exit 1 when the share resolved right is below this (0-1).")
@click.option("--db", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Also use this store's learned actors (`import ... --learn-actors`), as "
                   "`detente code --db` does.")
def eval_actors(table, as_json, limit, min_right, db) -> None:
    """Resolve each name of TABLE (CSV/TSV: name, country, date[, sector, count]) on its date;
    report the share resolved to the table's country, wrong, and not at all, with the misses."""
    from detente.actors import ActorResolver, store_actor_entries
    from detente.actors.evaluate import evaluate_actors, format_report, read_cases
    from detente.nlp import load_nlp
    from detente.output import dumps

    cases, errors = read_cases(Path(table))
    extra = None
    if db is not None:
        from detente.store import Store

        with Store(db, read_only=True) as store:
            extra = store_actor_entries(store)
    report = evaluate_actors(cases, ActorResolver(load_nlp(), extra=extra, user=False))
    report.errors.extend(errors)
    for error in errors:
        click.echo(error, err=True)
    if as_json:
        click.echo(dumps(report.as_dict()))
    else:
        click.echo(format_report(report, limit))
    if min_right is not None and report.share("right") < min_right:
        sys.exit(1)
