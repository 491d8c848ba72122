"""Calibrated trends: no more flags than the level on shuffled time, FDR across many pairs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from detente.relations.frame import make_events, pair_events
from detente.relations.trends import benjamini_hochberg, trends

FLAGGED = ("rising", "falling")


def pairs_frame(n_null: int, n_real: int, events: int = 30, seed: int = 0) -> pd.DataFrame:
    """`n_null` pairs with no change (80% cooperative at random days) and `n_real` pairs
    turning from conflict to cooperation half way."""
    rng = np.random.default_rng(seed)
    rows = []
    for p in range(n_null + n_real):
        days = np.sort(rng.integers(0, 180, events))
        for k, d in enumerate(days):
            coop = (k >= events // 2) if p >= n_null else rng.random() < 0.8
            rows.append({"source_country": f"P{p:03d}", "target_country": "ZZZ",
                         "plover": "AGREE" if coop else "ACCUSE",
                         "intensity": 3.0 if coop else -3.0,
                         "date": (pd.Timestamp("2020-01-01") + pd.Timedelta(days=int(d)))
                         .date().isoformat()})
    return make_events(rows)


def test_pairs_without_change_are_flagged_at_most_at_the_level_each():
    out = trends(pairs_frame(400, 0), fdr=False)
    tested = out["p_value"].notna()
    assert tested.sum() == 400
    assert out["verdict"].isin(FLAGGED).mean() <= 0.05
    assert not trends(pairs_frame(400, 0))["verdict"].isin(FLAGGED).any()  # with FDR


def test_fdr_keeps_real_changes_and_drops_most_chance_ones():
    df = pairs_frame(300, 12, seed=1)
    real = {f"P{p:03d}-ZZZ" for p in range(300, 312)}
    raw = trends(df, fdr=False)
    fdr = trends(df)
    raw_hits = set(raw.loc[raw["verdict"].isin(FLAGGED), "pair"])
    fdr_hits = set(fdr.loc[fdr["verdict"].isin(FLAGGED), "pair"])
    assert real <= fdr_hits  # every real turn is found
    assert len(raw_hits - real) >= 3  # one level per pair lets chance through ...
    assert len(fdr_hits - real) <= 1  # ... the false discovery rate does not
    assert (fdr.loc[fdr["pair"].isin(real), "verdict"] == "rising").all()
    assert "Benjamini-Hochberg across the 312 pairs" in fdr["fdr"].iloc[0]


def test_benjamini_hochberg_q_values():
    q = benjamini_hochberg([0.01, 0.04, 0.03, np.nan, 0.5])
    # sorted p 0.01, 0.03, 0.04, 0.5 of 4 tests: p * 4 / rank, then the running minimum from the top
    assert q[:3] == pytest.approx([0.04, 0.16 / 3, 0.16 / 3])
    assert np.isnan(q[3]) and q[4] == pytest.approx(0.5)


def test_real_events_shuffled_in_time_flag_at_most_the_level(icews):
    rng = np.random.default_rng(7)
    ev = pair_events(icews)
    shuffled = icews.loc[ev.index].copy()
    shuffled["date"] = ev.groupby("pair")["date"].transform(
        lambda s: rng.permutation(s.to_numpy())).to_numpy()
    raw = trends(shuffled, fdr=False)
    tested = raw["p_value"].notna().sum()
    assert tested > 500
    assert raw["verdict"].isin(FLAGGED).sum() <= 0.05 * tested
    assert trends(shuffled)["verdict"].isin(FLAGGED).sum() <= 0.05 * tested
