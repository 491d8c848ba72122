"""Pairs against the corpus baseline: talk is cooperative, so only a clear departure counts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from detente.relations.alignment import alignment, positions
from detente.relations.baseline import (
    NO_SIGN,
    corpus_rate,
    estimate_kappa,
    pair_index,
)
from detente.relations.frame import make_events


def events(pairs: dict[tuple[str, str], tuple[int, int]]) -> pd.DataFrame:
    """(a, b) -> (cooperative, conflictual) events, each on its own day."""
    rows, day = [], pd.Timestamp("2020-01-01")
    for (a, b), (coop, conf) in pairs.items():
        for n in range(coop + conf):
            plover, inten = ("AGREE", 3.0) if n < coop else ("ACCUSE", -3.0)
            day += pd.Timedelta(days=1)
            rows.append({"source_country": a, "target_country": b, "plover": plover,
                         "intensity": inten, "date": day.date().isoformat()})
    return make_events(rows)


# a corpus where talk is four-fifths cooperative, as in real event data
CORPUS = {(f"S{i}", f"T{i}"): (40, 10) for i in range(30)}


def test_a_pair_as_cooperative_as_everyone_has_no_clear_sign():
    df = events({**CORPUS, ("AAA", "BBB"): (40, 10)})
    pairs, base = pair_index(df)
    row = pairs.set_index("pair").loc["AAA-BBB"]
    assert base.rate == pytest.approx(0.8, abs=0.02)  # 100 neutral pseudo-events barely move it
    # the raw share (0.8) looks friendly; against the baseline it is ordinary
    assert row["share"] == pytest.approx(0.8) and abs(row["index"]) < 0.1
    assert row["sign"] == NO_SIGN and row["ci_low"] < 0 < row["ci_high"]


def test_mostly_cooperative_rivals_are_clearly_below_the_baseline():
    df = events({**CORPUS, ("AAA", "BBB"): (25, 25), ("CCC", "DDD"): (30, 0)})
    pairs = pair_index(df)[0].set_index("pair")
    assert pairs.loc["AAA-BBB", "share"] == 0.5 and pairs.loc["AAA-BBB", "sign"] == "-"
    assert pairs.loc["CCC-DDD", "sign"] == "+"
    assert pairs["method"].str.contains("corpus rate").all()
    assert pairs["method"].str.contains("empirical-Bayes").all()


def test_few_events_are_shrunk_towards_the_baseline_with_a_wide_interval():
    df = events({**CORPUS, ("AAA", "BBB"): (1, 0), ("CCC", "DDD"): (40, 0)})
    pairs = pair_index(df)[0].set_index("pair")
    one, many = pairs.loc["AAA-BBB"], pairs.loc["CCC-DDD"]
    assert 0 < one["index"] < many["index"]
    assert one["ci_high"] - one["ci_low"] > many["ci_high"] - many["ci_low"]
    assert one["sign"] == NO_SIGN and many["sign"] == "+"


def test_a_single_article_does_not_set_what_usual_talk_is():
    # ten events, nine cooperative: the baseline stays near one half, not 0.9
    assert corpus_rate(9, 1) == pytest.approx(0.536, abs=0.01)
    assert corpus_rate(90000, 10000) == pytest.approx(0.9, abs=0.001)


def test_prior_strength_follows_how_much_pairs_differ():
    rate = 0.5
    alike = estimate_kappa([10] * 20, [10] * 20, rate)
    apart = estimate_kappa([20, 0] * 10, [0, 20] * 10, rate)
    assert alike[0] > 40 and apart[0] < 1.5
    assert alike[1] == apart[1] == 20
    assert estimate_kappa([5, 5], [5, 5], rate) == (2.0, 0)  # too few pairs: the default


def test_alignment_puts_two_camps_apart_and_members_together():
    camps = {}
    for x, y in (("A1", "A2"), ("A1", "A3"), ("A2", "A3"), ("B1", "B2"), ("B1", "B3"),
                 ("B2", "B3")):
        camps[(x, y)] = (20, 0)
    for x in ("A1", "A2", "A3"):
        for y in ("B1", "B2"):
            camps[(x, y)] = (2, 18)
    pairs, _ = pair_index(events(camps))
    pairs["alignment"] = alignment(pairs)
    got = pairs.set_index("pair")["alignment"]
    assert got["A1-A2"] > 0.8 and got["B1-B2"] > 0.3
    assert got["A1-B1"] < -0.8 and got["A3-B2"] < -0.8
    nodes, x, sign = positions(pairs)
    # B3 has no event with the A camp, yet sits with its own camp
    b3, a1, b1 = (x[nodes.index(s)] for s in ("B3", "A1", "B1"))
    assert np.sum(b3 * b1 * sign) > 0 > np.sum(b3 * a1 * sign)
