"""Blocs: groups of states tied clearly to each other, and the states that belong to none.

Edges are pairs measured against the corpus baseline (`baseline.pair_index`: log-odds of
cooperation against the corpus rate, shrunk, with an interval). Two steps:

1. *Candidates*: the partition of least frustration (negative index inside blocs plus
   positive index between them; correlation clustering by greedy local search from
   several seeded starts, so results repeat).
2. *Membership*: a least-frustration partition happily chains (Sweden with Iran through
   Turkey), so a state keeps its place only when its ties *into* its bloc, pooled over
   the members, are clearly positive (the pooled interval excludes the baseline), reach
   at least half the other members, are stronger than its ties to any other bloc, and
   it has no clearly negative pair inside the bloc. The weakest failing member leaves
   first and the test is repeated; states that fail everywhere are *unaligned*, and an
   unaligned state joins a bloc only by the same test.

Stability is measured by re-running both steps on bootstrap resamples of the events:
overall (together/apart agreement), per bloc and per member (share of resamples in which
the member sits with most of its bloc).
"""

from __future__ import annotations

import heapq
import itertools
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from detente.relations.baseline import (
    LEVEL,
    Baseline,
    baseline_of,
    pair_index_events,
    posterior,
)
from detente.relations.frame import pair_events

METHOD = ("correlation clustering of the baseline index (greedy local search, min "
          "frustration), members kept only with clearly positive pooled ties into their bloc")
UNALIGNED = -1
MIN_COVERAGE = 0.5  # share of the other members a state must have events with


def signed_edges(ev: pd.DataFrame, base: Baseline | None = None) -> pd.DataFrame:
    """Per pair: baseline index, its interval and clear sign, and the event count."""
    pairs, _ = pair_index_events(ev, base=base)
    if pairs.empty:
        return pd.DataFrame(columns=["a", "b", "weight", "ci_low", "ci_high", "sign",
                                     "n_events"])
    return pairs.rename(columns={"index": "weight"})[
        ["a", "b", "weight", "ci_low", "ci_high", "sign", "n_events"]]


def signed_graph(df: pd.DataFrame, since: Any = None, until: Any = None,
                 base: Baseline | None = None) -> nx.Graph:
    """The signed network: an edge only where the pair's interval excludes the baseline.

    Edge attributes: weight (the baseline index), ci_low, ci_high, n_events. Every
    country with events is a node, with or without a clear edge.
    """
    edges = signed_edges(pair_events(df, since, until), base)
    g = nx.Graph()
    g.add_nodes_from(sorted(set(edges["a"]) | set(edges["b"])))
    for row in edges.itertuples():
        if row.sign in ("+", "-"):
            g.add_edge(row.a, row.b, weight=float(row.weight), ci_low=float(row.ci_low),
                       ci_high=float(row.ci_high), n_events=int(row.n_events))
    return g


def _matrix(edges: pd.DataFrame, nodes: list[str], column: str = "weight") -> np.ndarray:
    pos = {n: i for i, n in enumerate(nodes)}
    w = np.zeros((len(nodes), len(nodes)))
    if len(edges):
        ia, ib = edges["a"].map(pos).to_numpy(), edges["b"].map(pos).to_numpy()
        vals = np.nan_to_num(edges[column].to_numpy(float))
        np.add.at(w, (ia, ib), vals)
        np.add.at(w, (ib, ia), vals)
    return w


def frustration(w: np.ndarray, labels: np.ndarray) -> float:
    """Weight of edges that violate the partition (negative inside, positive between).

    Unaligned states (label -1) are each a group of their own.
    """
    lab = np.where(labels == UNALIGNED, -2 - np.arange(len(labels)), labels)
    same = lab[:, None] == lab[None, :]
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
    return best


def _together(labels: np.ndarray) -> np.ndarray:
    """Pairs of states in one bloc (unaligned states are with nobody)."""
    tog = (labels[:, None] == labels[None, :]) & (labels[:, None] != UNALIGNED)
    np.fill_diagonal(tog, False)
    return tog


def membership(c: np.ndarray, k: np.ndarray, labels: np.ndarray, base: Baseline,
               max_rounds: int | None = None) -> np.ndarray:
    """Keep in a bloc only states clearly tied into it (module doc); the rest unaligned.

    `c`, `k`: n x n symmetric counts of cooperative and conflictual events per pair.
    Each round removes from each bloc the member failing by most (lowest pooled lower
    bound); when all members pass, the unaligned state with the clearest fitting tie
    joins; until nothing changes.
    """
    labels = np.array(labels, dtype=int)
    n = len(labels)
    has = (c + k) > 0
    clear_neg = (posterior(c, k, base)[2] < 0) & has  # interval wholly below the baseline
    for _ in range(max_rounds or 4 * n + 10):
        labels = _drop_singletons(labels)
        blocs_ = np.unique(labels[labels != UNALIGNED])
        if not len(blocs_):
            break
        fits, low = _fit_table(c, k, has, clear_neg, labels, blocs_, base)
        members = np.flatnonzero(labels != UNALIGNED)
        col = np.searchsorted(blocs_, labels[members])
        failing = members[~fits[members, col]]
        if len(failing):
            # the worst failing member of each bloc leaves (blocs are judged apart)
            bound = low[failing, np.searchsorted(blocs_, labels[failing])]
            for b in np.unique(labels[failing]):
                here = labels[failing] == b
                labels[failing[here][np.argmin(bound[here])]] = UNALIGNED
            continue
        out = np.flatnonzero(labels == UNALIGNED)
        cand = np.where(fits[out], low[out], -np.inf)
        if not len(out) or not np.isfinite(cand).any():
            break
        i, j = np.unravel_index(np.argmax(cand), cand.shape)
        labels[out[i]] = blocs_[j]
    return _canonical_blocs(_drop_singletons(labels))


def _fit_table(c, k, has, clear_neg, labels, blocs_, base) -> tuple[np.ndarray, np.ndarray]:
    """For every state and bloc: does the state fit the bloc, and its pooled lower bound.

    A state's tie to a bloc pools its events with the bloc's members other than itself.
    """
    n = len(labels)
    onehot = (labels[:, None] == blocs_[None, :]).astype(float)
    mates = onehot.sum(axis=0)[None, :] - onehot  # other members of each bloc
    cc, kk = c @ onehot, k @ onehot
    cover = np.divide(has.astype(float) @ onehot, mates, out=np.zeros((n, len(blocs_))),
                      where=mates > 0)
    idx, low, _ = posterior(cc, kk, base, upper=False)
    linked = (cc + kk) > 0
    idx = np.where(linked, idx, -np.inf)
    low = np.where(linked, low, -np.inf)
    # the strongest tie: above the tie to every other bloc (a bloc without events is -inf)
    if len(blocs_) > 1:
        top2 = np.sort(idx, axis=1)[:, -2:]
        best_other = np.where(idx >= top2[:, [1]], top2[:, [0]], top2[:, [1]])
    else:
        best_other = np.full_like(idx, -np.inf)
    negative = (clear_neg.astype(float) @ onehot) > 0
    fits = (low > 0) & (cover >= MIN_COVERAGE) & (idx > best_other) & ~negative & (mates > 0)
    return fits, low


def _drop_singletons(labels: np.ndarray) -> np.ndarray:
    """A bloc of one is no bloc: its member is unaligned."""
    labels = labels.copy()
    vals, counts = np.unique(labels[labels != UNALIGNED], return_counts=True)
    for v in vals[counts < 2]:
        labels[labels == v] = UNALIGNED
    return labels


def _canonical_blocs(labels: np.ndarray) -> np.ndarray:
    """Blocs numbered 0.. largest first (then by first member); unaligned stay -1."""
    out = np.full(len(labels), UNALIGNED)
    groups = [np.flatnonzero(labels == v) for v in np.unique(labels[labels != UNALIGNED])]
    for new, members in enumerate(sorted(groups, key=lambda m: (-len(m), m[0]))):
        out[members] = new
    return out


def _count_matrices(ev: pd.DataFrame, nodes: list[str],
                    pick: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric n x n counts of cooperative and conflictual events (of a resample)."""
    n = len(nodes)
    pos = {x: i for i, x in enumerate(nodes)}
    code = ev["a"].map(pos).to_numpy() * n + ev["b"].map(pos).to_numpy()
    sign = ev["sign"].to_numpy(float)
    if pick is not None:
        code, sign = code[pick], sign[pick]
    c = np.bincount(code[sign > 0], minlength=n * n).reshape(n, n).astype(float)
    k = np.bincount(code[sign < 0], minlength=n * n).reshape(n, n).astype(float)
    return c + c.T, k + k.T


def _index_matrix(c: np.ndarray, k: np.ndarray, base: Baseline) -> np.ndarray:
    """Baseline index of every pair with events (0 where none)."""
    idx = posterior(c, k, base)[0]
    return np.where(c + k > 0, idx, 0.0)


def assign(c: np.ndarray, k: np.ndarray, base: Baseline, restarts: int = 20, seed: int = 0,
           start: np.ndarray | None = None) -> np.ndarray:
    """Both steps: least-frustration candidates, then the membership test."""
    w = _index_matrix(c, k, base)
    if start is not None:
        start = np.where(start == UNALIGNED, len(start) + np.arange(len(start)), start)
        start = _canonical(start)
    return membership(c, k, partition(w, restarts=restarts, seed=seed, start=start), base)


def bootstrap(ev: pd.DataFrame, nodes: list[str], labels: np.ndarray, base: Baseline,
              resamples: int, seed: int) -> tuple[float, np.ndarray, np.ndarray]:
    """Re-assign bootstrap resamples of the events.

    Returns the share of state pairs (both present in a resample) whose together/apart
    status agrees with `labels`, the share of resamples each pair was together, and per
    state the share of resamples in which it sat with more than half of its bloc mates
    (for unaligned states: in which it stayed unaligned).
    """
    n = len(nodes)
    rng = np.random.default_rng(seed)
    pos = {x: i for i, x in enumerate(nodes)}
    ia, ib = ev["a"].map(pos).to_numpy(), ev["b"].map(pos).to_numpy()
    full = _together(labels)
    agree, seen, kept = np.zeros((n, n)), np.zeros((n, n)), np.zeros((n, n))
    member = np.zeros(n)
    for r in range(resamples):
        pick = rng.integers(0, len(ev), len(ev))
        c, k = _count_matrices(ev, nodes, pick)
        present = np.zeros(n, dtype=bool)
        present[ia[pick]] = present[ib[pick]] = True
        lab = assign(c, k, base, restarts=1, seed=seed + r + 1, start=labels)
        mask = present[:, None] & present[None, :]
        tog = _together(lab)
        seen += mask
        agree += mask & (tog == full)
        kept += mask & tog
        mates = full.sum(axis=1)
        stayed = np.where(mates > 0, (tog & full).sum(axis=1) * 2 > mates, lab == UNALIGNED)
        member += stayed
    iu = np.triu_indices(n, 1)
    score = float(agree[iu].sum() / seen[iu].sum()) if seen[iu].sum() else float("nan")
    with np.errstate(invalid="ignore", divide="ignore"):
        together = kept / seen
    return score, together, member / max(resamples, 1)


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
          seed: int = 0, restarts: int = 20, max_triads: int | None = 100,
          level: float = LEVEL, base: Baseline | None = None) -> dict[str, Any]:
    """Blocs of the signed network with unaligned states, frustration, stability, triads.

    Returns a dict: `nodes`, `edges` (clear edges only: a, b, weight = baseline index,
    ci_low, ci_high, n_events), `n_unclear` (pairs with events but no clear sign),
    `partition` (blocs of two or more, sorted member lists, largest first), `unaligned`
    (states in no bloc), `labels` (country -> bloc number, -1 unaligned),
    `largest_share` (largest bloc / all states), `frustration`, `frustration_share`,
    `stability`, `bloc_stability` (per bloc), `member_stability` (per state),
    `unbalanced_triads`, `n_triads`, `n_unbalanced` (on clear edges), `baseline`,
    `method`, `seed`, `resamples`. `base` fixes the baseline (for periods of one corpus).
    """
    ev = pair_events(df, since, until)
    base = base or baseline_of(ev, level=level)
    edges = signed_edges(ev, base)
    nodes = sorted(set(edges["a"]) | set(edges["b"]))
    labels = np.zeros(0, dtype=int)
    score, together, member = float("nan"), None, np.zeros(0)
    if nodes:
        c, k = _count_matrices(ev, nodes)
        labels = assign(c, k, base, restarts=restarts, seed=seed)
        if resamples:
            score, together, member = bootstrap(ev, nodes, labels, base, resamples, seed)
    w = _matrix(edges, nodes)
    clear = edges[edges["sign"] != "no clear sign"] if len(edges) else edges
    wc = _matrix(clear, nodes)
    groups = [sorted(nodes[i] for i in np.flatnonzero(labels == b))
              for b in range(int(labels.max()) + 1)] if len(labels) else []
    total = float(np.abs(np.triu(w, 1)).sum())
    fr = frustration(w, labels) if nodes else 0.0
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((r.a, r.b, {"weight": float(r.weight)}) for r in clear.itertuples())
    n_tri, n_unbal = triad_counts(wc)
    return {
        "nodes": nodes,
        "edges": [{"a": r.a, "b": r.b, "weight": float(r.weight), "ci_low": float(r.ci_low),
                   "ci_high": float(r.ci_high), "n_events": int(r.n_events)}
                  for r in clear.itertuples()],
        "n_unclear": int(len(edges) - len(clear)),
        "partition": groups,
        "unaligned": [nodes[i] for i in np.flatnonzero(labels == UNALIGNED)],
        "labels": {nodes[i]: int(labels[i]) for i in range(len(nodes))},
        "largest_share": len(groups[0]) / len(nodes) if groups else 0.0,
        "frustration": float(fr),
        "frustration_share": float(fr / total) if total else 0.0,
        "stability": float(score),
        "bloc_stability": [_bloc_stability(together, labels, b) for b in range(len(groups))],
        "member_stability": ({nodes[i]: float(member[i]) for i in range(len(nodes))}
                             if len(member) else {}),
        "unbalanced_triads": unbalanced_triads(g, limit=max_triads),
        "n_triads": n_tri,
        "n_unbalanced": n_unbal,
        "baseline": base.as_dict(),
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
    lines = [(f"Blocs ({result['method']}; seed {result['seed']}, "
             f"{result['resamples']} bootstrap resamples)"),
             (f"Edges: {result['baseline']['method']}; baseline cooperation rate "
             f"{result['baseline']['rate']:.2f}; {len(result['edges'])} clear edges, "
             f"{result['n_unclear']} pairs with no clear sign")]
    members = result.get("member_stability", {})
    for n, (group, stab) in enumerate(zip(result["partition"], result["bloc_stability"])):
        note = "" if np.isnan(stab) else f"  stability {stab:.2f}"
        lines.append(f"  {n + 1}. {', '.join(_with_stability(group, members))}{note}")
    if not result["partition"]:
        lines.append("  no bloc: no state is clearly tied into a group")
    un = result.get("unaligned", [])
    lines.append(f"Unaligned ({len(un)}): {', '.join(un) if un else 'none'}")
    lines.append(f"Largest bloc: {result['largest_share']:.0%} of {len(result['nodes'])} states")
    stab = result["stability"]
    lines.append(f"Frustration {result['frustration']:.1f} "
                 f"({result['frustration_share']:.0%} of all weight); overall stability "
                 + ("n/a" if np.isnan(stab) else f"{stab:.2f}"))
    triads = result["unbalanced_triads"]
    lines.append(f"Unbalanced triads: {result.get('n_unbalanced', len(triads))} of "
                 f"{result.get('n_triads', '?')} triangles of clear edges"
                 + (f" (heaviest {len(triads)} shown)" if triads else ""))
    for t in triads:
        signs = ", ".join(f"{k} {v}" for k, v in t["signs"].items())
        lines.append(f"  {' / '.join(t['nodes'])}: {signs}")
    return "\n".join(lines)


def _with_stability(group: list[str], members: dict[str, float]) -> list[str]:
    """Members with their own stability where it was measured ('TUR 0.92')."""
    return [f"{m} {members[m]:.2f}" if m in members else m for m in group]


def blocs_by(df: pd.DataFrame, by: str = "quarter", since: Any = None, until: Any = None,
             resamples: int = 20, seed: int = 0, level: float = LEVEL) -> dict[str, Any]:
    """Blocs per period ('quarter' or 'year') and the states that moved between periods.

    Every period is measured against one baseline, the whole frame's (within since/until),
    so a state moves because its ties changed, not because the yardstick did. A state
    moved when, between two consecutive periods in which it has events, it went from a
    bloc to unaligned or back, or its bloc kept fewer than half of its former mates
    (among states present in both periods).
    """
    if by not in ("quarter", "year"):
        raise ValueError(f"by must be 'quarter' or 'year', not {by!r}")
    ev = pair_events(df, since, until)
    ev = ev[ev["day"].notna()]
    base = baseline_of(ev, level=level)
    periods = []
    if len(ev):
        key = ev["day"].dt.to_period("Q" if by == "quarter" else "Y")
        for period, _ in sorted(ev.groupby(key), key=lambda kv: kv[0]):
            label = f"{period.year}-Q{period.quarter}" if by == "quarter" else str(period.year)
            rows = df.loc[df.index.isin(ev.index[key == period])]
            result = blocs(rows, resamples=resamples, seed=seed, base=base)
            periods.append({"period": label, **result})
    moves = []
    for prev, cur in itertools.pairwise(periods):
        moves.extend(_moves(prev, cur))
    return {"by": by, "baseline": base.as_dict(), "method": METHOD, "periods": periods,
            "moved": moves}


def _moves(prev: dict[str, Any], cur: dict[str, Any]) -> list[dict[str, Any]]:
    """States whose place changed from one period to the next (see `blocs_by`)."""
    both = set(prev["nodes"]) & set(cur["nodes"])
    out = []
    for state in sorted(both):
        before, after = _mates(prev, state) & both, _mates(cur, state) & both
        was, now = prev["labels"][state] != UNALIGNED, cur["labels"][state] != UNALIGNED
        if was != now or (was and len(before & after) * 2 < len(before)):
            out.append({"state": state, "from_period": prev["period"],
                        "to_period": cur["period"],
                        "from": sorted(_mates(prev, state) | {state}) if was else "unaligned",
                        "to": sorted(_mates(cur, state) | {state}) if now else "unaligned"})
    return out


def _mates(result: dict[str, Any], state: str) -> set[str]:
    label = result["labels"][state]
    if label == UNALIGNED:
        return set()
    return {s for s, lab in result["labels"].items() if lab == label and s != state}


def format_blocs_by(result: dict[str, Any]) -> str:
    """`blocs_by` output as text: each period's blocs, then the states that moved."""
    lines = [(f"Blocs by {result['by']} ({result['method']}); baseline cooperation rate "
             f"{result['baseline']['rate']:.2f} for every period")]
    for p in result["periods"]:
        lines.append(f"{p['period']}: {len(p['nodes'])} states, {len(p['partition'])} blocs, "
                     f"{len(p['unaligned'])} unaligned")
        members = p.get("member_stability", {})
        for n, group in enumerate(p["partition"]):
            lines.append(f"  {n + 1}. {', '.join(_with_stability(group, members))}")
    moved = result["moved"]
    lines.append(f"Moved between periods ({len(moved)}):" if moved
                 else "Moved between periods: none")
    for m in moved:
        src = m["from"] if isinstance(m["from"], str) else "bloc of " + ", ".join(m["from"])
        dst = m["to"] if isinstance(m["to"], str) else "bloc of " + ", ".join(m["to"])
        lines.append(f"  {m['state']}: {m['from_period']} {src} -> {m['to_period']} {dst}")
    return "\n".join(lines)
