"""The analyst's brief: what the events say about a group of states, on one page.

`write_brief` gathers the finding, per-pair charts, the signed network and its
blocs, the most important events and the relationship statements, then writes
HTML (charts embedded, one self-contained file) or Markdown (charts beside it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from detente.relations import blocs, dedupe, dyads, series, trends
from detente.relations.frame import effective_day, pair_events, to_day, within
from detente.relations.index import describe
from detente.relations.statements import compare_statements, normalize_statements
from detente.report import charts

MAX_PAIRS = 12
MAX_EVENTS = 15


@dataclass
class Brief:
    """Everything a brief shows, before it is rendered."""

    actors: list[str]
    finding: str
    since: str | None = None
    until: str | None = None
    pairs: pd.DataFrame = field(default_factory=pd.DataFrame)
    bloc: dict[str, Any] = field(default_factory=dict)
    events: pd.DataFrame = field(default_factory=pd.DataFrame)
    statements: pd.DataFrame = field(default_factory=pd.DataFrame)
    comparison: pd.DataFrame = field(default_factory=pd.DataFrame)
    charts: list[tuple[str, str, bytes]] = field(default_factory=list)  # (name, title, png)


def among(df: pd.DataFrame, actors: list[str]) -> pd.DataFrame:
    """Rows whose two countries are both among `actors`."""
    if df is None or df.empty:
        return pd.DataFrame(columns=getattr(df, "columns", []))
    src = "source_country" if "source_country" in df.columns else "a"
    tgt = "target_country" if "target_country" in df.columns else "b"
    return df[df[src].isin(actors) & df[tgt].isin(actors)]


def default_actors(df: pd.DataFrame, n: int = 6) -> list[str]:
    """The `n` countries with most events, for a brief asked without actors."""
    counts = pd.concat([df["source_country"], df["target_country"]]).dropna().value_counts()
    return sorted(counts.index[:n])


def _events(n: int) -> str:
    return f"{int(n)} event" + ("" if int(n) == 1 else "s")


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def finding(pairs: pd.DataFrame, bloc: dict[str, Any]) -> str:
    """One sentence with its numbers: the blocs and the most hostile (or friendly) pair.

    "Most hostile" is judged by the interval's upper end, so five events at -1 can
    outrank one event at -1: the claim is the one the data support best.
    """
    parts = []
    for members, stab in zip(bloc.get("partition", []), bloc.get("bloc_stability", [])):
        if len(members) >= 2:
            stab_text = "n/a" if np.isnan(stab) else f"{stab:.2f}"
            parts.append(f"{_join(members)} form one bloc (stability {stab_text})")
    unaligned = bloc.get("unaligned", [])
    if unaligned:
        verb = "is" if len(unaligned) == 1 else "are"
        parts.append(f"{_join(unaligned)} {verb} unaligned (no clearly positive ties into "
                     "any bloc)")
    known = pairs.dropna(subset=["index"]) if len(pairs) else pairs
    if len(known):
        # the most clearly hostile pair (lowest upper bound), else the most clearly friendly
        hostile = bool(known["index"].min() < 0)
        pool = known[known["index"] < 0] if hostile else known
        pool = pool.assign(_bound=pool["ci_high"] if hostile else -pool["ci_low"])
        ranked = pool.sort_values(["_bound", "total", "pair"], ascending=[True, False, True])
        pick = ranked.iloc[0]
        ties = ranked[(ranked["_bound"] == pick["_bound"]) & (ranked["index"] == pick["index"])]
        names = list(ties["pair"].head(3))
        each = " each" if len(names) > 1 else ""
        parts.append(f"{_join(names)} relations are {describe(pick['index'])} "
                     f"(index {pick['index']:+.2f}, {_events(pick['total'])}{each})")
    if not parts:
        return "No asserted events between these countries in the period."
    return "; ".join(parts) + "."


def _top_events(df: pd.DataFrame, since: Any, until: Any) -> pd.DataFrame:
    ev = df[df["status"].fillna("asserted") == "asserted"].copy() if len(df) else df.copy()
    if ev.empty:
        return ev
    ev["day"] = effective_day(ev)
    ev = within(ev, since, until)
    inten = pd.to_numeric(ev["intensity"], errors="coerce").abs().fillna(0)
    conf = pd.to_numeric(ev.get("confidence"), errors="coerce").fillna(0.5)
    mentions = ev["mentions"].fillna(1) if "mentions" in ev else 1
    ev["importance"] = inten * conf * np.log1p(mentions) / np.log(2)
    ev = ev.sort_values("importance", ascending=False, kind="stable").head(MAX_EVENTS)
    return ev.sort_values("day", na_position="last", kind="stable")


def readable_series(df: pd.DataFrame, a: str, b: str, since: Any = None,
                    until: Any = None) -> pd.DataFrame:
    """The finest of month, quarter, year at which at most half the periods are empty
    and there are at most 48 periods (sparse pairs get coarser periods)."""
    s = pd.DataFrame()
    for by in ("month", "quarter", "year"):
        s = series(df, a, b, by=by, since=since, until=until)
        if len(s) <= 48 and (s["n_events"] == 0).mean() <= 0.5:
            break
    return s


def _pair_charts(df: pd.DataFrame, pairs: pd.DataFrame, since: Any,
                 until: Any) -> list[tuple[str, str, bytes]]:
    out = []
    ev = pair_events(df, since, until)
    for row in pairs.head(MAX_PAIRS).itertuples():
        s = readable_series(df, row.a, row.b, since, until)
        title = (f"{row.pair}: index {row.index:+.2f} "
                 f"[{row.ci_low:+.2f}, {row.ci_high:+.2f}], {_events(row.total)}")
        mine = ev[(ev["a"] == row.a) & (ev["b"] == row.b) & ev["day"].notna()]
        out.append((f"index_{row.pair}", title, charts.index_chart(s, mine)))
    return out


def build_brief(events_df: pd.DataFrame, statements_df: pd.DataFrame | None,
                actors: list[str], since: Any = None, until: Any = None,
                merge_reports: bool = True) -> Brief:
    """Compute what the brief shows (no files written).

    With `merge_reports`, one event reported by several articles counts once
    (`relations.dedupe`), and the events table says how many reports it had.
    """
    actors = sorted({a.upper() for a in actors}) or default_actors(events_df)
    sub = among(events_df, actors)
    if merge_reports and len(sub):
        sub = dedupe(sub)
    pairs = dyads(sub, since, until)
    if len(pairs):
        tr = trends(sub, since=since, until=until)[["pair", "verdict", "p_value", "test"]]
        pairs = pairs.merge(tr, on="pair", how="left")
    bloc = blocs(sub, since, until)
    stm = among(normalize_statements(statements_df), actors)
    cmp = compare_statements(sub, stm) if len(stm) else pd.DataFrame()
    brief = Brief(actors, finding(pairs, bloc), _iso(since), _iso(until), pairs, bloc,
                  _top_events(sub, since, until), stm, cmp)
    brief.charts = _pair_charts(sub, pairs, since, until)
    if bloc["nodes"]:
        brief.charts.append(("network", "Signed network of the group",
                             charts.network_chart(bloc)))
    return brief


def _iso(value: Any) -> str | None:
    day = to_day(value)
    return None if day is None else day.date().isoformat()


def write_brief(events_df: pd.DataFrame, statements_df: pd.DataFrame | None,
                actors: list[str], out: Path | str, since: Any = None,
                until: Any = None, merge_reports: bool = True) -> Path:
    """Write the brief to `out`: `.html`/`.htm` self-contained, `.md` with PNGs beside it."""
    from detente.report.render import render_html, render_markdown

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".md", ".markdown"):
        raise ValueError(f"brief must end in .html or .md, not {out.name!r}")
    brief = build_brief(events_df, statements_df, actors, since, until, merge_reports)
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix in (".html", ".htm"):
        out.write_text(render_html(brief), encoding="utf-8")
    else:
        names = {}
        for name, _title, png in brief.charts:
            path = out.with_name(f"{out.stem}_{name}.png")
            path.write_bytes(png)
            names[name] = path.name
        out.write_text(render_markdown(brief, names), encoding="utf-8")
    return out
