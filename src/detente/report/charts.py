"""PNG charts for briefs: the cooperation index over time and the signed network.

Charts come back as PNG bytes so the caller decides whether to embed them (HTML)
or write them beside the brief (Markdown). Figures are made with the object API and
drawn by the Agg canvas, never through pyplot, so no display or global backend is
touched (safe in servers and tests).
"""

from __future__ import annotations

import io
from typing import Any

import networkx as nx
import pandas as pd
from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

GREEN, RED, GREY = "#1a9850", "#d73027", "#888888"
BLOC_COLOURS = ["#4575b4", "#fdae61", "#abd9e9", "#f46d43", "#74add1", "#fee090", "#a6d96a"]


def _figure(width: float, height: float) -> tuple[Figure, Any]:
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    return buf.getvalue()


MIN_INDEX_EVENTS = 5  # a period's index is drawn only when it rests on this many events
QUAD_COLOURS = {"verbal_coop": "#74c476", "material_coop": "#1a9850",
                "verbal_conflict": "#fdae61", "material_conflict": "#d73027"}


def index_shown(series_df: pd.DataFrame) -> pd.Series:
    """Periods whose index rests on enough events to be drawn (the brief and the web agree).

    With fewer, the interval spans most of [-1, 1] and a line through it says little:
    the events themselves are shown instead.
    """
    if "n_events" not in series_df.columns:
        return pd.Series(False, index=series_df.index)
    return series_df["n_events"].fillna(0).astype(int) >= MIN_INDEX_EVENTS


def index_chart(series_df: pd.DataFrame, events: pd.DataFrame | None = None) -> bytes:
    """A pair over time: the index with its interval where periods hold enough events,
    above a timeline of the events themselves (one dot each, coloured by quad, sized by
    intensity). The title is the caller's caption, not drawn in the image."""
    fig = Figure(figsize=(6.4, 3.2))
    FigureCanvasAgg(fig)
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    x = pd.to_datetime(series_df["start"])
    shown = index_shown(series_df).to_numpy()
    if shown.any():
        s, xs = series_df[shown], x[shown]
        top.vlines(xs, s["ci_low"], s["ci_high"], color="#9ecae1", lw=6, alpha=0.7)
        top.plot(xs, s["index"], color="#08519c", lw=1.2, marker="o", ms=4)
    else:
        top.text(0.5, 0.5, f"fewer than {MIN_INDEX_EVENTS} events in every period: "
                 "no index drawn, the events are below", transform=top.transAxes,
                 ha="center", va="center", fontsize=8, color=GREY)
    top.axhline(0, color=GREY, lw=0.8)
    top.set_ylim(-1.08, 1.08)
    top.set_ylabel("index", fontsize=8)
    lanes = {q: i for i, q in enumerate(QUAD_COLOURS)}
    if events is not None and len(events):
        days = pd.to_datetime(events["day"])
        inten = pd.to_numeric(events.get("intensity"), errors="coerce").abs().fillna(1.0)
        quads = events["quad"].fillna("")
        top_lane = len(lanes) - 1
        bottom.scatter(days, [top_lane - lanes.get(q, 0) for q in quads], s=12 + 6 * inten,
                       c=[QUAD_COLOURS.get(q, GREY) for q in quads], alpha=0.8, zorder=3)
    bottom.set_yticks(range(len(lanes)), [q.replace("_", " ") for q in reversed(lanes)],
                      fontsize=7)
    bottom.set_ylim(-0.6, len(lanes) - 0.4)
    lo = min([x.min()] + ([pd.to_datetime(events["day"]).min()] if events is not None
                          and len(events) else []))
    hi = max([x.max()] + ([pd.to_datetime(events["day"]).max()] if events is not None
                          and len(events) else []))
    if pd.notna(lo) and pd.notna(hi):
        pad = max((hi - lo) * 0.04, pd.Timedelta(days=20))
        bottom.set_xlim(lo - pad, hi + pad)
    locator = mdates.AutoDateLocator(minticks=3)
    bottom.xaxis.set_major_locator(locator)
    bottom.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    bottom.text(0.0, -0.45, f"top: index with its 95% interval, periods of {MIN_INDEX_EVENTS}+ "
                "events only; bottom: each event, size = intensity",
                transform=bottom.transAxes, fontsize=7, color=GREY, va="top")
    return _png(fig)


def network_chart(bloc: dict[str, Any], title: str = "signed network") -> bytes:
    """Countries as nodes coloured by bloc; green cooperation, red conflict edges."""
    g = nx.Graph()
    g.add_nodes_from(bloc["nodes"])
    for e in bloc["edges"]:
        g.add_edge(e["a"], e["b"], weight=float(e["weight"]))
    fig, ax = _figure(5.2, 4.2)
    if g.number_of_nodes():
        pos = nx.spring_layout(g, seed=0, weight=None) if len(g) > 2 else nx.circular_layout(g)
        weights = [abs(d["weight"]) for _, _, d in g.edges(data=True)]
        top = max(weights) if weights else 1.0
        nx.draw_networkx_edges(
            g, pos, ax=ax, width=[1 + 4 * w / top for w in weights],
            edge_color=[GREEN if d["weight"] > 0 else RED for _, _, d in g.edges(data=True)],
            style=["solid" if d["weight"] > 0 else "dashed" for _, _, d in g.edges(data=True)])
        labels = bloc["labels"]
        nx.draw_networkx_nodes(g, pos, ax=ax, node_size=900, node_color=[
            BLOC_COLOURS[labels.get(n, 0) % len(BLOC_COLOURS)] for n in g.nodes])
        nx.draw_networkx_labels(g, pos, ax=ax, font_size=9)
        nx.draw_networkx_edge_labels(g, pos, ax=ax, font_size=7, edge_labels={
            (u, v): f"{d['weight']:+.0f}" for u, v, d in g.edges(data=True)})
    ax.set_title(f"{title}: green = cooperation, red dashed = conflict", fontsize=9)
    ax.axis("off")
    return _png(fig)
