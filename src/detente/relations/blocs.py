"""Blocs: partitions of the signed graph of states, and where structural balance breaks.

The graph has one edge per country pair weighted by summed PLOVER intensity
(positive = cooperation, negative = conflict). A bloc partition is the one with
least *frustration*: the weight of negative edges inside blocs plus positive edges
between them (correlation clustering). We find it by greedy local search from
several random starts with a fixed seed, so results are repeatable, and say how
stable it is by re-running on bootstrap resamples of the events.
"""

from __future__ import annotations

import heapq
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from detente.relations.frame import pair_events

METHOD = "correlation clustering (greedy local search, min frustration)"


def signed_edges(ev: pd.DataFrame) -> pd.DataFrame:
    """Per-pair summed intensity (the signed weight) and event count of prepared events."""
    if ev.empty:
        return pd.DataFrame(columns=["a", "b", "weight", "n_events"])
    g = ev.assign(_v=_event_values(ev)).groupby(["a", "b"], sort=True)
    out = g["_v"].agg(["sum", "size"]).reset_index()
    return out.rename(columns={"sum": "weight", "size": "n_events"})


def signed_graph(df: pd.DataFrame, since: Any = None, until: Any = None) -> nx.Graph:
    """The signed weighted graph of asserted events (edge attrs weight, n_events)."""
    g = nx.Graph()
    for row in signed_edges(pair_events(df, since, until)).itertuples():
        g.add_edge(row.a, row.b, weight=float(row.weight), n_events=int(row.n_events))
    return g


def _matrix(edges: pd.DataFrame, nodes: list[str]) -> np.ndarray:
    pos = {n: i for i, n in enumerate(nodes)}
    w = np.zeros((len(nodes), len(nodes)))
    for row in edges.itertuples():
        i, j = pos[row.a], pos[row.b]
        w[i, j] += row.weight
        w[j, i] += row.weight
    return w


def frustration(w: np.ndarray, labels: np.ndarray) -> float:
    """Weight of edges that violate the partition (negative inside, positive between)."""
    same = labels[:, None] == labels[None, :]
    bad = np.where(same, np.clip(-w, 0, None), np.clip(w, 0, None))
    return float(np.triu(bad, 1).sum())


def _local_search(w: np.ndarray, labels: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Move single nodes to the bloc they pull hardest towards until nothing improves.

    `pull[i, c]` is the summed weight from node i to the members of bloc c; moving i
    to the bloc with the largest pull (an empty bloc pulls 0) lowers frustration by
    the difference, so the search only ever improves.
    """
    n = len(labels)
    labels = _canonical(labels)
    onehot = np.zeros((n, n), dtype=float)
    onehot[np.arange(n), labels] = 1.0
    pull = onehot.T @ w  # pull[c, i]: weight from node i to the members of bloc c
    counts = onehot.sum(axis=0)
    for _ in range(100):
        moved = False
        for i in rng.permutation(n):
            cur = labels[i]
            cand = np.where(counts > 0, pull[:, i], -np.inf)
            spare = int(np.argmin(counts))
            if counts[spare] == 0:
                cand[spare] = 0.0
            best = int(np.argmax(cand))
            if cand[best] > pull[cur, i] + 1e-9:
                pull[cur] -= w[i]
                pull[best] += w[i]
                counts[cur] -= 1
                counts[best] += 1
                labels[i] = best
                moved = True
        if not moved:
            break
    return _canonical(labels)


def _canonical(labels: np.ndarray) -> np.ndarray:
    """Relabel blocs 0.. by size (largest first), then by first member."""
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        groups.setdefault(int(lab), []).append(i)
    order = sorted(groups.values(), key=lambda m: (-len(m), m[0]))
    out = np.empty(len(labels), dtype=int)
    for new, members in enumerate(order):
        out[members] = new
    return out


def partition(w: np.ndarray, restarts: int = 20, seed: int = 0,
              start: np.ndarray | None = None) -> np.ndarray:
    """Least-frustration partition found from several starts (deterministic for a seed).

    Starts: `start` if given, else everyone together and everyone apart; then
    `restarts` random assignments. The best local optimum wins (ties: fewer blocs).
    """
    n = len(w)
    if n == 0:
        return np.zeros(0, dtype=int)
    rng = np.random.default_rng(seed)
    starts = [np.zeros(n, dtype=int), np.arange(n)] if start is None else [start]
    starts += [rng.integers(0, max(2, n // 2), n) for _ in range(restarts)]
    best, best_key = None, None
    for init in starts:
        labels = _local_search(w, init, rng)
        key = (round(frustration(w, labels), 9), int(labels.max()), tuple(labels))
        if best_key is None or key < best_key:
            best, best_key = labels, key
    return _split_unattached(w, best)


def _split_unattached(w: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """A node with no cooperative tie to anyone in its bloc stands alone.

    Frustration does not care where a node without positive ties sits, so the
    search may leave it in any bloc ("HAMAS, NATO"); a reader would take that for an
    alignment the events do not show.
    """
    labels = labels.copy()
    fresh = int(labels.max()) + 1
    for i in range(len(labels)):
        mates = (labels == labels[i]) & (np.arange(len(labels)) != i)
        if mates.any() and not (w[i, mates] > 0).any():
            labels[i] = fresh
            fresh += 1
    return _canonical(labels)


def _together(labels: np.ndarray) -> np.ndarray:
    return labels[:, None] == labels[None, :]


def _event_values(ev: pd.DataFrame) -> np.ndarray:
    """Each event's signed weight: its intensity, else sign * weight."""
    inten = pd.to_numeric(ev["intensity"], errors="coerce")
    return inten.where(inten.notna() & (inten != 0), ev["sign"] * ev["w"]).to_numpy(float)


def bootstrap(ev: pd.DataFrame, nodes: list[str], labels: np.ndarray, resamples: int,
              seed: int) -> tuple[float, np.ndarray]:
    """Re-partition bootstrap resamples of the events.

    Returns the share of node pairs (both present in a resample) whose together/apart
    status agrees with `labels`, and per node pair the share of resamples in which
    they were together.
    """
    n = len(nodes)
    rng = np.random.default_rng(seed)
    pos = {c: i for i, c in enumerate(nodes)}
    ia = ev["a"].map(pos).to_numpy()
    ib = ev["b"].map(pos).to_numpy()
    code = ia * n + ib
    vals = _event_values(ev)
    full = _together(labels)
    agree, seen, kept = np.zeros((n, n)), np.zeros((n, n)), np.zeros((n, n))
    for r in range(resamples):
        pick = rng.integers(0, len(ev), len(ev))
        w = np.bincount(code[pick], weights=vals[pick], minlength=n * n).reshape(n, n)
        w = w + w.T
        present = np.zeros(n, dtype=bool)
        present[ia[pick]] = True
        present[ib[pick]] = True
        lab = partition(w, restarts=1, seed=seed + r + 1, start=labels)
        mask = present[:, None] & present[None, :]
        tog = _together(lab)
        seen += mask
        agree += mask & (tog == full)
        kept += mask & tog
    iu = np.triu_indices(n, 1)
    score = float(agree[iu].sum() / seen[iu].sum()) if seen[iu].sum() else float("nan")
    with np.errstate(invalid="ignore", divide="ignore"):
        together = kept / seen
    return score, together


def unbalanced_triads(g: nx.Graph, limit: int | None = 100) -> list[dict[str, Any]]:
    """Triangles with an odd number of negative edges, heaviest first (at most `limit`).

    Each comes with its edges' signs and weights, so a reader sees which tie breaks
    structural balance ("the enemy of my friend is my friend").
    """
    nodes = sorted(g.nodes)
    n = len(nodes)
    sign = np.zeros((n, n))
    pos = {c: i for i, c in enumerate(nodes)}
    for u, v, d in g.edges(data=True):
        sign[pos[u], pos[v]] = sign[pos[v], pos[u]] = np.sign(d["weight"])
    mag = np.zeros((n, n))
    for u, v, d in g.edges(data=True):
        mag[pos[u], pos[v]] = mag[pos[v], pos[u]] = abs(d["weight"])
    found: list[tuple[float, int, int, int]] = []
    for i in range(n):
        for j in np.flatnonzero(sign[i, i + 1:]) + i + 1:
            ks = np.flatnonzero(sign[i, j + 1:] * sign[j, j + 1:]) + j + 1
            ks = ks[sign[i, j] * sign[i, ks] * sign[j, ks] < 0]
            heavy = mag[i, j] + mag[i, ks] + mag[j, ks]
            found.extend(zip(-heavy, [i] * len(ks), [j] * len(ks), ks))
            if limit is not None and len(found) > 4 * limit + 10000:
                found = heapq.nsmallest(limit, found)
    found = sorted(found) if limit is None else heapq.nsmallest(limit, found)
    return [_triad(g, nodes[i], nodes[j], nodes[k]) for _, i, j, k in found]


def _triad(g: nx.Graph, x: str, y: str, z: str) -> dict[str, Any]:
    edges = {f"{u}-{v}": float(g[u][v]["weight"]) for u, v in ((x, y), (x, z), (y, z))}
    return {"nodes": [x, y, z], "signs": {k: "+" if v > 0 else "-" for k, v in edges.items()},
            "weights": edges}


def blocs(df: pd.DataFrame, since: Any = None, until: Any = None, resamples: int = 50,
          seed: int = 0, restarts: int = 20, max_triads: int | None = 100) -> dict[str, Any]:
    """Bloc partition of the signed graph with frustration, stability and unbalanced triads.

    Returns a dict: `nodes`, `edges` (a, b, weight, n_events), `partition` (list of
    sorted country lists, largest first), `labels` (country -> bloc number),
    `frustration` (violating weight), `frustration_share` (of all |weight|),
    `stability` (bootstrap agreement of together/apart over all pairs),
    `bloc_stability` (per bloc: mean share of resamples its members stayed together),
    `unbalanced_triads` (heaviest `max_triads`), `n_triads` and `n_unbalanced` (all
    triangles and the unbalanced ones), `method`, `seed`, `resamples`.
    """
    ev = pair_events(df, since, until)
    edges = signed_edges(ev)
    nodes = sorted(set(edges["a"]) | set(edges["b"]))
    w = _matrix(edges, nodes)
    labels = partition(w, restarts=restarts, seed=seed)
    groups = [sorted(nodes[i] for i in np.flatnonzero(labels == k))
              for k in range(int(labels.max()) + 1)] if nodes else []
    score, together = (bootstrap(ev, nodes, labels, resamples, seed)
                       if nodes and resamples else (float("nan"), None))
    total = float(np.abs(np.triu(w, 1)).sum())
    fr = frustration(w, labels) if nodes else 0.0
    g = signed_graph(df, since, until)
    n_tri, n_unbal = triad_counts(w)
    return {
        "nodes": nodes,
        "edges": [{"a": r.a, "b": r.b, "weight": float(r.weight), "n_events": int(r.n_events)}
                  for r in edges.itertuples()],
        "partition": groups,
        "labels": {nodes[i]: int(labels[i]) for i in range(len(nodes))},
        "frustration": float(fr),
        "frustration_share": float(fr / total) if total else 0.0,
        "stability": float(score),
        "bloc_stability": [_bloc_stability(together, labels, k) for k in range(len(groups))],
        "unbalanced_triads": unbalanced_triads(g, limit=max_triads),
        "n_triads": n_tri,
        "n_unbalanced": n_unbal,
        "method": METHOD,
        "seed": seed,
        "resamples": resamples,
    }


def triad_counts(w: np.ndarray) -> tuple[int, int]:
    """Number of triangles and of unbalanced ones (odd number of negative edges)."""
    s = np.sign(w)
    total = np.trace(np.abs(s) @ np.abs(s) @ np.abs(s)) / 6
    signed = np.trace(s @ s @ s) / 6
    return round(total), round((total - signed) / 2)


def _bloc_stability(together: np.ndarray | None, labels: np.ndarray, k: int) -> float:
    members = np.flatnonzero(labels == k)
    if together is None or len(members) < 2:
        return float("nan")
    vals = together[np.ix_(members, members)][np.triu_indices(len(members), 1)]
    vals = vals[~np.isnan(vals)]
    return float(vals.mean()) if len(vals) else float("nan")


def coop_blocs(df: pd.DataFrame, since: Any = None, until: Any = None) -> list[list[str]]:
    """Communities of the cooperation graph (positive pairs only), by greedy modularity.

    Countries with no cooperative pair are their own singleton blocs. Largest first.
    """
    g = signed_graph(df, since, until)
    pos = nx.Graph()
    pos.add_nodes_from(g.nodes)
    pos.add_edges_from((u, v, d) for u, v, d in g.edges(data=True) if d["weight"] > 0)
    linked = pos.subgraph([n for n in pos if pos.degree(n) > 0])
    groups = []
    if linked.number_of_edges():
        groups = [sorted(c) for c in nx.community.greedy_modularity_communities(
            linked, weight="weight")]
    groups += [[n] for n in sorted(pos) if pos.degree(n) == 0]
    return sorted(groups, key=lambda m: (-len(m), m[0]))


def format_blocs(result: dict[str, Any]) -> str:
    """`blocs` output as text for the terminal."""
    if not result.get("nodes"):
        return "No asserted events between two countries: no blocs."
    head = (f"Blocs ({result['method']}; seed {result['seed']}, "
            f"{result['resamples']} bootstrap resamples)")
    lines = [head]
    for n, (members, stab) in enumerate(zip(result["partition"], result["bloc_stability"])):
        note = "" if np.isnan(stab) else f"  stability {stab:.2f}"
        lines.append(f"  {n + 1}. {', '.join(members)}{note}")
    stab = result["stability"]
    lines.append(f"Frustration {result['frustration']:.1f} "
                 f"({result['frustration_share']:.0%} of all weight); overall stability "
                 + ("n/a" if np.isnan(stab) else f"{stab:.2f}"))
    triads = result["unbalanced_triads"]
    lines.append(f"Unbalanced triads: {result.get('n_unbalanced', len(triads))} of "
                 f"{result.get('n_triads', '?')} triangles"
                 + (f" (heaviest {len(triads)} shown)" if triads else ""))
    for t in triads:
        signs = ", ".join(f"{k} {v}" for k, v in t["signs"].items())
        lines.append(f"  {' / '.join(t['nodes'])}: {signs}")
    return "\n".join(lines)
