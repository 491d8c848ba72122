"""`detente eval relations`: pair scores from a store against UN voting and known pairs.

A thin shell over `detente.relations.reference`; registered on the `eval` group.
"""

from __future__ import annotations

from pathlib import Path

import click

from detente.cli import DB_OPTION, _relations_frame, eval_group
from detente.errors import UsageError


@eval_group.command("relations")
@DB_OPTION
@click.option("--reference", required=True, type=click.Path(exists=True),
              help="UN General Assembly ideal points (Voeten) CSV, or the folder holding it.")
@click.option("--session", required=True, type=int, help="UN GA session (73 = 2018).")
@click.option("--min-events", default=30, show_default=True, type=click.IntRange(1),
              help="Only pairs with at least this many events.")
@click.option("--pairs", "pairs_file", type=click.Path(exists=True, dir_okay=False),
              help="Allied and rival pairs (year, a, b, relation, source; tab-separated). "
                   "Default: detente's own list.")
@click.option("--year", type=int, help="Year of the pairs list (default: 1945 + session).")
@click.option("--rank", default=2, show_default=True, type=click.IntRange(1, 10),
              help="Dimensions of the alignment embedding.")
@click.option("--json", "as_json", is_flag=True)
def eval_relations(db, reference, session, min_events, pairs_file, year, rank, as_json) -> None:
    """Rank correlation of pair scores with UN voting closeness, and sign agreement on allies
    and rivals, each with the number of pairs it rests on."""
    from detente.output import dumps
    from detente.relations.reference import (
        evaluate_relations,
        format_relations_eval,
        read_ideal_points,
        read_pairs,
    )

    if not Path(db).exists():
        raise UsageError(f"{db}: no such store (code or import events first)")
    ideal = read_ideal_points(reference, session)
    pairs = read_pairs(pairs_file, year or 1945 + session)
    result = evaluate_relations(_relations_frame(db), ideal, min_events, pairs, rank=rank)
    result["session"] = session
    click.echo(dumps(result) if as_json else format_relations_eval(result, session))
