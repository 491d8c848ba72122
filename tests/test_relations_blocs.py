"""Blocs that do not chain: a state is in a bloc only with clearly positive ties into it."""

from __future__ import annotations

import pandas as pd
import pytest

from detente.relations.baseline import pair_index
from detente.relations.blocs import blocs, blocs_by, format_blocs_by
from detente.relations.frame import make_events


def ties(spec: dict[tuple[str, str], tuple[int, int]], start: str = "2020-01-01",
         step: int = 1) -> pd.DataFrame:
    """(a, b) -> (cooperative, conflictual) events, each on its own day from `start`."""
    rows, day = [], pd.Timestamp(start)
    for (a, b), (coop, conf) in spec.items():
        for n in range(coop + conf):
            plover, inten = ("COOPERATE", 4.0) if n < coop else ("ACCUSE", -3.0)
            day += pd.Timedelta(days=step)
            rows.append({"source_country": a, "target_country": b, "plover": plover,
                         "intensity": inten, "date": day.date().isoformat()})
    return make_events(rows)


def clique(members: list[str], coop: int = 12, conf: int = 0) -> dict:
    return {(x, y): (coop, conf) for i, x in enumerate(members) for y in members[i + 1:]}


# talk between strangers: mostly cooperative, as in real data, so the baseline is high
BACKGROUND = {(f"S{i}", f"T{i}"): (8, 2) for i in range(15)}


def test_a_state_tied_to_one_member_only_does_not_chain_into_the_bloc():
    # SWE cooperates with TUR alone; IRN, RUS, TUR are all clearly tied to each other
    out = blocs(ties({**BACKGROUND, **clique(["IRN", "RUS", "TUR"]), ("SWE", "TUR"): (12, 0)}),
                resamples=5)
    bloc = next(g for g in out["partition"] if "TUR" in g)
    assert bloc == ["IRN", "RUS", "TUR"]
    assert "SWE" in out["unaligned"]


def test_no_clearly_hostile_pair_sits_inside_one_bloc():
    # X is friendly with A and B but clearly hostile to C, who is A's and B's friend
    spec = {**BACKGROUND, **clique(["A", "B", "C"]), ("X", "A"): (12, 0), ("X", "B"): (12, 0),
            ("X", "C"): (1, 11)}
    out = blocs(ties(spec), resamples=5)
    pairs = pair_index(ties(spec))[0]
    hostile = pairs[pairs["sign"] == "-"]
    assert len(hostile)  # the test means something: X-C is clearly negative
    for row in hostile.itertuples():
        la, lb = out["labels"][row.a], out["labels"][row.b]
        assert la == -1 or la != lb


def test_a_state_joins_the_bloc_it_is_tied_to_most():
    spec = {**BACKGROUND, **clique(["A1", "A2", "A3"]), **clique(["B1", "B2", "B3"]),
            **{(a, b): (1, 11) for a in ("A1", "A2", "A3") for b in ("B1", "B2", "B3")},
            ("M", "A1"): (6, 2), ("M", "A2"): (6, 2), ("M", "B1"): (14, 0), ("M", "B2"): (14, 0)}
    out = blocs(ties(spec), resamples=5)
    assert out["labels"]["M"] == out["labels"]["B1"] != out["labels"]["A1"]
    assert {"A1", "A2", "A3"} in [set(g) for g in out["partition"]]


def test_member_stability_is_high_for_a_clear_bloc_and_reported_per_state():
    out = blocs(ties({**BACKGROUND, **clique(["A", "B", "C"], 15)}), resamples=20)
    stab = out["member_stability"]
    assert all(stab[s] >= 0.9 for s in ("A", "B", "C"))
    assert set(stab) == set(out["nodes"])


def test_blocs_by_period_name_the_state_that_moved():
    # first half: M with the A camp; second half: M with the B camp
    first = {**clique(["A1", "A2", "A3"]), **clique(["B1", "B2", "B3"]),
             **{(a, b): (1, 11) for a in ("A1", "A2") for b in ("B1", "B2")},
             ("M", "A1"): (12, 0), ("M", "A2"): (12, 0), ("M", "B1"): (1, 8)}
    second = {**clique(["A1", "A2", "A3"]), **clique(["B1", "B2", "B3"]),
              **{(a, b): (1, 11) for a in ("A1", "A2") for b in ("B1", "B2")},
              ("M", "B1"): (12, 0), ("M", "B2"): (12, 0), ("M", "A1"): (1, 8)}
    df = pd.concat([ties(first, "2020-01-01", step=0), ties(second, "2020-07-01", step=0)],
                   ignore_index=True)
    df["event_id"] = [f"e{n}" for n in range(len(df))]
    out = blocs_by(df, by="quarter", resamples=0)
    assert [p["period"] for p in out["periods"]] == ["2020-Q1", "2020-Q3"]
    moved = {m["state"]: m for m in out["moved"]}
    assert "M" in moved and "A3" not in moved and "B3" not in moved
    assert "A1" in moved["M"]["from"] and "B1" in moved["M"]["to"]
    assert "M: 2020-Q1 bloc of" in format_blocs_by(out)
    with pytest.raises(ValueError, match="quarter"):
        blocs_by(df, by="month")


def test_real_events_give_small_blocs_without_hostile_pairs_inside(icews):
    out = blocs(icews, resamples=0)
    assert out["largest_share"] <= 0.40
    assert len(out["partition"]) >= 2
    labels = out["labels"]
    pairs = pair_index(icews)[0]
    hostile = pairs[pairs["sign"] == "-"]
    inside = [r.pair for r in hostile.itertuples()
              if labels[r.a] != -1 and labels[r.a] == labels[r.b]]
    assert inside == []
    # rivals of 2018 never share a bloc
    for a, b in (("RUS", "USA"), ("IRN", "USA"), ("CHN", "USA"), ("RUS", "UKR")):
        assert labels[a] == -1 or labels[a] != labels[b], (a, b)
