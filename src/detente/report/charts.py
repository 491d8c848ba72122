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
import numpy as np
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


def index_chart(series_df: pd.DataFrame, title: str) -> bytes:
    """Index per period with its interval as a band; dots sized by number of events."""
    fig, ax = _figure(6.4, 2.6)
    x = pd.to_datetime(series_df["start"])
    ax.fill_between(x, series_df["ci_low"], series_df["ci_high"], color="#9ecae1", alpha=0.45,
                    step="mid" if len(x) > 1 else None)
    has = series_df["index"].notna()
    if has.sum() == 1:
        row = series_df[has].iloc[0]
        ax.errorbar([pd.Timestamp(row["start"])], [row["index"]], fmt="none", ecolor="#3182bd",
                    yerr=[[row["index"] - row["ci_low"]], [row["ci_high"] - row["index"]]])
    ax.plot(x, series_df["index"], color="#08519c", lw=1.5)  # breaks at empty periods
    sizes = 20 + 12 * np.sqrt(series_df.loc[has, "n_events"].to_numpy(dtype=float))
    colours = [GREEN if v >= 0 else RED for v in series_df.loc[has, "index"]]
    ax.scatter(x[has], series_df.loc[has, "index"], s=sizes, c=colours, zorder=3)
    ax.axhline(0, color=GREY, lw=0.8)
    ax.set_ylim(-1.08, 1.08)
    if len(x) == 1:
        ax.set_xlim(x.iloc[0] - pd.Timedelta(days=45), x.iloc[0] + pd.Timedelta(days=45))
    locator = mdates.AutoDateLocator(minticks=3)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylabel("cooperation index")
    ax.set_title(title, fontsize=10)
    ax.text(0.0, -0.22, "band: 95% interval (full width = no events); dot size: events",
            transform=ax.transAxes, fontsize=7, color=GREY, va="top")
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
