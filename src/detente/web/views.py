"""What each API answer holds, computed by the library the command line uses.

These functions take a `Snapshot` and checked parameters and return plain data
(frames, dicts, HTML): `api.py` only turns them into responses. Dyads, series,
trends, blocs, statements and briefs are `detente.relations` and `detente.report`
over `Store.events_frame`, exactly as `detente dyads`, `relations`, `trends`,
`blocs`, `statements` and `brief` compute them, with one report of an event
counted once (`dedupe`), and each result kept for the life of the copy it came from.
"""

from __future__ import annotations

import inspect
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from detente.relations import blocs, compare_statements, dedupe, dyads, series, trends
from detente.relations.frame import effective_day, pair_events
from detente.report import charts
from detente.store import Store
from detente.web.snapshot import Snapshot

MAX_TIMELINE = 1000


def _supports_dataset() -> bool:
    """Whether this store's `events_frame` takes a dataset filter (stores with imports)."""
    return "dataset" in inspect.signature(Store.events_frame).parameters


def frame_filters(dataset: str | None, **filters: Any) -> dict[str, Any]:
    """`events_frame` keyword arguments, with the dataset only where the store knows it."""
    if dataset:
        if not _supports_dataset():
            from detente.web.params import BadRequest

            raise BadRequest("this store has no datasets (it holds detente's own coding only); "
                             "leave out dataset")
        filters["dataset"] = dataset
    return {k: v for k, v in filters.items() if v is not None}


def relations_frame(snap: Snapshot, dataset: str | None = None) -> pd.DataFrame:
    """Every stored event, one row per event however often reported (as the CLI's relations).

    Computed once per copy (and dataset): every relation below is the library's
    function over this frame, its since/until applied by the library itself.
    """
    args = frame_filters(dataset)

    def compute() -> pd.DataFrame:
        with snap.store() as store:
            return dedupe(store.events_frame(**args))

    return snap.cached(("frame", dataset), compute)


def pair_rows(snap: Snapshot, a: str, b: str, dataset: str | None = None) -> pd.DataFrame:
    """The rows of `relations_frame` between countries a and b (either direction).

    `series` counts a pair by its two countries; `dedupe` merges only within a pair,
    so the pair's rows of the whole frame are what deduping the pair alone gives.
    """
    frame = relations_frame(snap, dataset)

    def index() -> dict[tuple[str, str], Any]:
        src = frame["source_country"].fillna("").astype(str).to_numpy()
        tgt = frame["target_country"].fillna("").astype(str).to_numpy()
        lo, hi = np.where(src < tgt, src, tgt), np.where(src < tgt, tgt, src)
        return pd.DataFrame({"a": lo, "b": hi}).groupby(["a", "b"]).indices

    where = snap.cached(("pairs", dataset), index).get(tuple(sorted((a, b))))
    return frame.iloc[where] if where is not None else frame.iloc[0:0]


def dyads_view(snap: Snapshot, since: str | None, until: str | None,
               dataset: str | None) -> pd.DataFrame:
    return snap.cached(("dyads", since, until, dataset),
                       lambda: dyads(relations_frame(snap, dataset), since=since, until=until))


def trends_view(snap: Snapshot, since: str | None, until: str | None, dataset: str | None,
                level: float) -> pd.DataFrame:
    return snap.cached(("trends", since, until, dataset, level), lambda: trends(
        relations_frame(snap, dataset), since=since, until=until, level=level))


def series_view(snap: Snapshot, a: str, b: str, by: str, since: str | None, until: str | None,
                dataset: str | None) -> dict[str, Any]:
    """The pair's series, which periods rest on enough events for an index, and its events."""
    def compute() -> dict[str, Any]:
        frame = pair_rows(snap, a, b, dataset)
        s = series(frame, a, b, by=by, since=since, until=until)
        s = s.assign(index_shown=charts.index_shown(s))
        ev = pair_events(frame, since, until)
        ev = ev[ev["day"].notna()].sort_values("day", kind="stable")
        return {"series": s, "events": ev.tail(MAX_TIMELINE), "n_events": len(ev),
                "min_events": charts.MIN_INDEX_EVENTS}

    return snap.cached(("series", a, b, by, since, until, dataset), compute)


def blocs_view(snap: Snapshot, since: str | None, until: str | None,
               dataset: str | None) -> dict[str, Any]:
    """`relations.blocs` with positions for drawing the network (spring layout, seed 0)."""
    def compute() -> dict[str, Any]:
        result = blocs(relations_frame(snap, dataset), since=since, until=until)
        g = nx.Graph()
        g.add_nodes_from(result["nodes"])
        g.add_edges_from((e["a"], e["b"]) for e in result["edges"])
        pos = nx.spring_layout(g, seed=0) if len(g) > 2 else nx.circular_layout(g)
        result["positions"] = {n: [float(x), float(y)] for n, (x, y) in pos.items()}
        return result

    return snap.cached(("blocs", since, until, dataset), compute)


def statements_view(snap: Snapshot, pair: tuple[str, str] | None, listing: bool,
                    dataset: str | None) -> pd.DataFrame:
    def compute() -> pd.DataFrame:
        with snap.store() as store:
            found = store.statements_frame()
        if pair:
            a, b = sorted(pair)
            keep = ((found["a_country"] == a) & (found["b_country"] == b)) | (
                (found["a_country"] == b) & (found["b_country"] == a))
            found = found[keep]
        if listing:
            return found
        events = pair_rows(snap, *pair, dataset) if pair else relations_frame(snap, dataset)
        return compare_statements(events, found)

    return snap.cached(("statements", pair, listing, dataset), compute)


def actors_view(snap: Snapshot, q: str | None, on: Any) -> pd.DataFrame:
    from detente.actors import list_actors

    return snap.cached(("actors", q, on), lambda: list_actors(db=snap.path, query=q, on=on))


def brief_html(snap: Snapshot, actors: list[str], since: str | None, until: str | None,
               dataset: str | None) -> str:
    """`detente brief` as HTML: `build_brief` over the same merged events as the views."""
    from detente.report.brief import build_brief
    from detente.report.render import render_html

    def compute() -> str:
        with snap.store() as store:
            stm = store.statements_frame()
        events = relations_frame(snap, dataset)  # already one row per event
        return render_html(build_brief(events, stm, actors, since, until, merge_reports=False))

    return snap.cached(("brief", tuple(actors), since, until, dataset), compute)


def reports_of(snap: Snapshot, row: dict[str, Any]) -> pd.DataFrame:
    """Every stored report of the event in `row`: rows `dedupe` merges with it."""
    a, b = row.get("source_country"), row.get("target_country")
    if not a or not b:
        return pd.DataFrame()
    with snap.store() as store:
        cands = store.events_frame(pair=(a, b), plover=row.get("plover"))
    if cands.empty:
        return cands
    me = cands[cands["event_id"] == row["event_id"]].head(1)
    if me.empty:
        return pd.DataFrame()
    days = effective_day(cands)
    mine = days[me.index[0]]
    near = (days - mine).abs() <= pd.Timedelta(days=1) if pd.notna(mine) else days.isna()
    cands = cands[near.to_numpy()].head(500)
    same = [r for _, r in cands.iterrows() if r["event_id"] == row["event_id"] or
            len(dedupe(pd.concat([me, r.to_frame().T], ignore_index=True))) == 1]
    return pd.DataFrame(same[:100])
