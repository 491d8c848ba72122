"""The `detente` command: a thin shell over the library.

Each command parses its options, calls one library function and prints the result
as a table (default), JSON or CSV. Errors from the library become one line on
standard error and a non-zero exit status.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from detente.cli_options import SINCE_OPTION, UNTIL_OPTION
from detente.errors import DetenteError, InputError, UsageError

DB_OPTION = click.option(
    "--db", default="detente.duckdb", show_default=True, type=click.Path(dir_okay=False),
    help="The store (a DuckDB file).",
)


DATASET_OPTION = click.option(
    "--dataset", "dataset", multiple=True,
    help="Only events of this dataset: detente (our own coding), gdelt, icews, polecat, "
         "phoenix (repeatable; default: all).",
)


def _date(ctx, param, value):  # click callback
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"expected a date like 2021-03-20, got {value!r}") from None


def _fail(message: str, status: int = 2) -> None:
    click.echo(f"detente: {message}", err=True)
    sys.exit(status)


def _output(df, as_json: bool, as_csv: bool, title: str | None = None) -> None:
    from detente.output import frame_csv, frame_json, print_table

    if as_json:
        click.echo(frame_json(df))
    elif as_csv:
        click.echo(frame_csv(df), nl=False)
    elif df.empty:
        click.echo("(nothing found)")
    else:
        print_table(df, title=title)


def _open_output(path: str):
    """A file to write, opened before any work is done: a folder that cannot be written is
    one line now, not a traceback after an hour of coding."""
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the output ({exc.strerror})") from None


def _relations_frame(db: str, **filters):
    """Stored events with repeated reports of one event merged (their count in `mentions`).

    Only detente's own events need merging: an imported dataset gives one row per event
    already (its reports are counted in `mentions`), and a million rows would not merge
    in any reasonable time.
    """
    import pandas as pd

    from detente.relations import dedupe

    with _open_store(db) as store:
        frame = store.events_frame(**filters)
    own = frame["dataset"].fillna("detente") == "detente" if "dataset" in frame else None
    if own is None or own.all():
        return dedupe(frame)
    return pd.concat([dedupe(frame[own]), frame[~own]], ignore_index=True)


def _imported_only(db: str, datasets: list[str] | None, answer):
    """The answer from the store's pair-day totals when only imported datasets are asked
    for (millions of events answer in milliseconds), else None (the events frame is read)."""
    from detente.interop import rollup

    with _open_store(db) as store:
        return answer(store, rollup) if rollup.usable(store, datasets) else None


def _open_store(db: str, read_only: bool = True):
    from detente.store import Store

    return Store(db, read_only=read_only)


class _Group(click.Group):
    """Turns library errors into one clear line instead of a traceback.

    An error detente knows (bad input, a store it cannot open) is its message; a file it
    cannot write is named with the reason; anything else is a bug: its traceback goes to a
    log file and the user gets one line saying where, for a report.
    """

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except DetenteError as exc:
            _fail(str(exc), getattr(exc, "status", 2))
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:  # `detente events | head`: the reader has what it wanted
            sys.stderr.close()
            sys.exit(1)
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            _fail(f"{where}{exc.strerror or exc}", 1)
        except Exception as exc:  # noqa: BLE001 - the one place every other error ends
            from detente.errors import internal_error

            _fail(internal_error(exc), 1)


@click.group(cls=_Group)
@click.version_option(package_name="detente")
def cli() -> None:
    """detente: news in, coded political events and relations out."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=_date, help="Date (YYYY-MM-DD) for documents that carry none.")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write one JSON object per event to FILE ('-' for standard output).")
@DB_OPTION
@click.option("--processes", "-p", default=1, show_default=True, type=click.IntRange(1, 256),
              help="Worker processes.")
@click.option("--batch", default=64, show_default=True, type=click.IntRange(1, 100_000),
              help="Documents per store transaction.")
@click.option("--cluster", help="Code on a Dask LocalCluster of N worker processes: local:N.")
@click.option("--scheduler", help="Code on a running Dask cluster: tcp://HOST:8786.")
@click.option("--staging", type=click.Path(file_okay=False),
              help="Folder for the workers' Parquet shards (shared by all machines); default DB.staging.")
@click.option("--parquet", "parquet", type=click.Path(file_okay=False),
              help="Also write the stored events to DIR as Parquet, partitioned by year and month.")
def code(paths, published, jsonl, db, processes, batch, cluster, scheduler, staging, parquet) -> None:
    """Code news in PATHS (text, HTML, JSONL, feeds, folders, '-' for stdin) into the store."""
    from detente.coding import CodeRun

    errors: list[InputError] = []

    def report(error: InputError) -> None:
        errors.append(error)
        click.echo(f"detente: {error}", err=True)

    out = None
    if jsonl:
        out = sys.stdout if jsonl == "-" else _open_output(jsonl)
    try:
        if cluster or scheduler:
            from detente.scale import DaskRun

            run = DaskRun(db=db, cluster=cluster, scheduler=scheduler, staging=staging, jsonl=out)
        else:
            run = CodeRun(db=db, processes=processes, batch=batch, jsonl=out,
                          progress=sys.stderr.isatty())
        stats = run.run(paths, published=published, on_error=report)
        if parquet:
            from detente.scale import export_parquet
            from detente.store import Store

            with Store(db) as store:
                export_parquet(store, parquet)
    finally:
        if out is not None and out is not sys.stdout:
            out.close()
    click.echo(
        f"{stats['read']} documents read, {stats['coded']} coded, {stats['skipped']} already "
        f"stored, {stats['events']} events, {len(errors)} rejected; store: {db}",
        err=True,
    )
    sys.exit(1 if errors else 0)


@cli.command()
@DB_OPTION
@click.option("--actor", help="Country or actor code on either side (TUR, TURGOV, NATO).")
@click.option("--pair", nargs=2, help="Two codes, either direction.")
@click.option("--type", "plover", multiple=True, help="PLOVER type (repeatable).")
@SINCE_OPTION
@UNTIL_OPTION
@click.option("--status", type=click.Choice(["asserted", "negated", "hypothetical", "future"]))
@click.option("--limit", default=50, show_default=True, type=click.IntRange(0),
              help="Rows in the table (0: all).")
@DATASET_OPTION
@click.option("--json", "as_json", is_flag=True, help="JSON records.")
@click.option("--csv", "as_csv", is_flag=True, help="CSV.")
def events(db, actor, pair, plover, since, until, status, limit, dataset, as_json, as_csv) -> None:
    """List stored events, filtered by actor, pair, type, date and status."""
    from detente.output import dumps, stored_json

    with _open_store(db) as store:
        df = store.events_frame(actor=actor, pair=tuple(pair) if pair else None,
                                plover=list(plover) or None, since=since, until=until,
                                status=status, dataset=list(dataset) or None)
    if as_json:
        where = ("dataset", "original_id", "mentions")  # which dataset, its id, how many reports
        click.echo(dumps([{**stored_json(r), **{k: r.get(k) for k in where if k in r}}
                          for r in df.to_dict(orient="records")]))
        return
    if not as_csv:
        cols = ["date", "source_code", "plover", "target_code", "status", "evidence"]
        df = df[cols]
        if limit:
            df = df.head(limit)
    _output(df, False, as_csv, title="events")


@cli.command()
@DB_OPTION
@SINCE_OPTION
@UNTIL_OPTION
@click.option("--limit", default=30, show_default=True, type=click.IntRange(0),
              help="Rows in the table (0: all).")
@DATASET_OPTION
@click.option("--json", "as_json", is_flag=True)
@click.option("--csv", "as_csv", is_flag=True)
def dyads(db, since, until, limit, dataset, as_json, as_csv) -> None:
    """Each pair of actors: events per quad, summed intensity, first and last date, evidence."""
    from detente.relations import dyads as make_dyads

    datasets = list(dataset) or None
    df = _imported_only(db, datasets, lambda store, rollup: rollup.dyads(
        store, datasets, since=since, until=until))
    if df is None:
        df = make_dyads(_relations_frame(db, dataset=datasets), since=since, until=until)
    if not (as_json or as_csv):
        keep = ["pair", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
                "intensity_sum", "sign", "first", "last", "evidence"]
        df = df[[c for c in keep if c in df.columns]].rename(columns={
            "verbal_coop": "v.coop", "material_coop": "m.coop", "verbal_conflict": "v.confl",
            "material_conflict": "m.confl", "intensity_sum": "intensity", "sign": "vs baseline"})
        if limit:
            df = df.head(limit)
    _output(df, as_json, as_csv, title="dyads")


@cli.command()
@DB_OPTION
@SINCE_OPTION
@UNTIL_OPTION
@DATASET_OPTION
@click.option("--by", type=click.Choice(["quarter", "year"]),
              help="Blocs per period, and the states that moved between periods.")
@click.option("--resamples", default=50, show_default=True, type=click.IntRange(0),
              help="Bootstrap resamples for stability (0: none, faster).")
@click.option("--json", "as_json", is_flag=True)
def blocs(db, since, until, dataset, by, resamples, as_json) -> None:
    """Blocs in the signed network (pairs against the corpus baseline), unaligned states,
    stability per bloc and member, unbalanced triads."""
    from detente.output import dumps
    from detente.relations.blocs import blocs as make_blocs
    from detente.relations.blocs import blocs_by, format_blocs, format_blocs_by

    frame = _relations_frame(db, dataset=list(dataset) or None)
    if by:
        result = blocs_by(frame, by=by, since=since, until=until, resamples=resamples)
        click.echo(dumps(result) if as_json else format_blocs_by(result))
        return
    result = make_blocs(frame, since=since, until=until, resamples=resamples)
    click.echo(dumps(result) if as_json else format_blocs(result))


@cli.command()
@click.argument("a")
@click.argument("b")
@DB_OPTION
@click.option("--by", type=click.Choice(["week", "month", "quarter", "year"]), default="month",
              show_default=True)
@SINCE_OPTION
@UNTIL_OPTION
@DATASET_OPTION
@click.option("--json", "as_json", is_flag=True)
@click.option("--csv", "as_csv", is_flag=True)
def relations(a, b, db, by, since, until, dataset, as_json, as_csv) -> None:
    """The A-B relation over time: events per quad, intensity, cooperation index with its interval."""
    from detente.relations import series

    datasets = list(dataset) or None
    df = _imported_only(db, datasets, lambda store, rollup: rollup.series(
        store, a, b, by=by, datasets=datasets, since=since, until=until))
    if df is None:
        df = series(_relations_frame(db, pair=(a, b), dataset=datasets), a.upper(), b.upper(),
                    by=by, since=since, until=until)
    _output(df, as_json, as_csv, title=f"{a.upper()}-{b.upper()} by {by}")


@cli.command()
@DB_OPTION
@click.option("--pair", nargs=2, help="Only this pair (two country codes).")
@click.option("--list", "listing", is_flag=True, help="Every statement with its sentence.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--csv", "as_csv", is_flag=True)
def statements(db, pair, listing, as_json, as_csv) -> None:
    """Relationship statements ("warm ties", "tensions soared") beside the event-based index."""
    from detente.relations import compare_statements, dedupe

    with _open_store(db) as store:
        found = store.statements_frame()
        events_df = dedupe(store.events_frame())
    if pair:
        a, b = sorted(p.upper() for p in pair)
        keep = ((found["a_country"] == a) & (found["b_country"] == b)) | (
            (found["a_country"] == b) & (found["b_country"] == a))
        found = found[keep]
    if listing:
        cols = ["published", "a_country", "b_country", "polarity", "direction", "cue", "evidence"]
        _output(found[cols] if not (as_json or as_csv) else found, as_json, as_csv,
                title="relationship statements")
        return
    table = compare_statements(events_df, found)
    if not (as_json or as_csv):
        table = table[["pair", "n_statements", "statement_polarity", "direction", "cues",
                       "n_events", "index", "agreement", "firm"]]
    _output(table, as_json, as_csv, title="statements vs events")


@cli.command()
@DB_OPTION
@SINCE_OPTION
@UNTIL_OPTION
@click.option("--level", default=0.05, show_default=True,
              type=click.FloatRange(0, 1, min_open=True, max_open=True),
              help="Significance level of the test.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(0))
@DATASET_OPTION
@click.option("--json", "as_json", is_flag=True)
@click.option("--csv", "as_csv", is_flag=True)
def trends(db, since, until, level, limit, dataset, as_json, as_csv) -> None:
    """Pairs whose relations changed most, with the test's numbers and verdict."""
    from detente.relations import trends as make_trends

    df = make_trends(_relations_frame(db, since=since, until=until,
                                      dataset=list(dataset) or None), level=level)
    if limit and not (as_json or as_csv):
        df = df.head(limit)
    _output(df, as_json, as_csv, title="trends")


@cli.command()
@click.argument("actors", nargs=-1, required=True)
@DB_OPTION
@SINCE_OPTION
@UNTIL_OPTION
@click.option("--out", required=True, type=click.Path(dir_okay=False),
              help="FILE.html (self-contained) or FILE.md.")
@DATASET_OPTION
def brief(actors, db, since, until, out, dataset) -> None:
    """An analyst's brief on a group of actors: finding, charts, network, blocs, evidence."""
    from detente.report import write_brief

    if Path(out).suffix.lower() not in (".html", ".htm", ".md"):
        raise UsageError(f"--out must end in .html or .md, got {out!r}")
    # detente's own repeated reports are merged here; imported datasets need no merging
    events_df = _relations_frame(db, dataset=list(dataset) or None)
    with _open_store(db) as store:
        statements_df = store.statements_frame()
    try:
        path = write_brief(events_df, statements_df, [a.upper() for a in actors], Path(out),
                           since=since, until=until, merge_reports=False)
    except OSError as exc:
        raise UsageError(f"{out}: cannot write the brief ({exc.strerror})") from None
    click.echo(f"brief written to {path}", err=True)


class _EvalGroup(_Group):
    """`detente eval GOLD...` scores gold files; `detente eval NAME ...` runs a named evaluation
    (relations, actors), so each kind of accuracy has one verb without a second top-level name."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["gold", *args]
        return super().parse_args(ctx, args)


@cli.group(name="eval", cls=_EvalGroup)
def eval_group() -> None:
    """Measure accuracy: gold files (default), or `relations`, `actors` against references."""


@eval_group.command(name="gold")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="The reports as JSON.")
@click.option("--errors", is_flag=True, help="List every false positive and false negative.")
@click.option("--gate", is_flag=True,
              help="Exit 1 when a score falls below its regression floor (eval/gate.json).")
def eval_(gold, as_json, errors, gate) -> None:
    """Score the coder on gold files (../shared/gold, the project's own gold set)."""
    from detente.eval import check_floors, check_gate, evaluate, expand_paths, format_report
    from detente.output import dumps
    from detente.pipeline import code_batch

    try:
        reports = evaluate(expand_paths(gold), code_batch, errors=errors)
    except ValueError as exc:  # a gold file that is not one: the reader says which and where
        raise UsageError(str(exc)) from None
    if as_json:
        click.echo(dumps(reports))
    else:
        for report in reports:
            click.echo(format_report(report, errors=errors))
    for report in reports:
        for problem in report.get("problems") or []:
            click.echo(f"skipped: {problem}", err=True)
    for failure in check_floors(reports):
        click.echo(f"below target: {failure}", err=True)
    failures = check_gate(reports)
    for failure in failures:
        click.echo(f"below floor: {failure}", err=True)
    if gate and failures:
        sys.exit(1)


@cli.group()
def actors() -> None:
    """Known and learned actors: list them, explain a resolution, add your own."""


@actors.command(name="list")
@DB_OPTION
@click.option("--learned", is_flag=True, help="Only actors learned from coded documents.")
@click.option("--query", "-q", help="Names containing this text.")
@click.option("--on", "on", callback=_date, help="Office holders on this date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True)
@click.option("--csv", "as_csv", is_flag=True)
def actors_list(db, learned, query, on, as_json, as_csv) -> None:
    """List actors from the package tables, the user file and the store."""
    from detente.actors import list_actors

    df = list_actors(db=db if Path(db).exists() else None, learned_only=learned, query=query, on=on)
    _output(df, as_json, as_csv, title="actors")


@actors.command(name="explain")
@click.argument("text")
@click.option("--on", "on", callback=_date, help="The event's date (YYYY-MM-DD).")
@click.option("--db", default="detente.duckdb", show_default=True,
              type=click.Path(dir_okay=False),
              help="The store whose learned actors are used too (when it exists).")
def actors_explain(text, on, db) -> None:
    """Show how each actor in TEXT is resolved, and why."""
    from detente.actors import ActorResolver, explain, store_actor_entries
    from detente.nlp import load_nlp

    extra = None
    if Path(db).exists():
        with _open_store(db) as store:
            extra = store_actor_entries(store)
    resolver = ActorResolver(load_nlp(), extra=extra)
    for line in explain(resolver, text, on):
        click.echo(line)


@actors.command(name="import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--replace", is_flag=True,
              help="Replace the whole user actor file with FILE (e.g. when it is broken).")
def actors_import(path, replace) -> None:
    """Add or correct actors from a CSV or YAML file (name, aliases, country, sector, office, start, end)."""
    from detente.actors import import_user_actors

    count, target = import_user_actors(Path(path), replace=replace)
    click.echo(f"{count} actors imported into {target}; they are used from the next run on", err=True)


from detente.cli_eval_actors import eval_actors
from detente.cli_interop import register as _register_interop

eval_group.add_command(eval_actors)
_register_interop(cli)
import detente.cli_relations  # noqa: F401  (registers `detente eval relations`)
from detente.commands.serve import serve

cli.add_command(serve)


def main() -> None:
    cli()


if __name__ == "__main__":
    # `python -m detente.cli`: run the group of the imported `detente.cli`, the one on which
    # command modules (`from detente.cli import eval_group`) registered their commands
    from detente.cli import main as _imported_main

    _imported_main()
