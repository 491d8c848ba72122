"""Relations layer: dyads, dedup, the cooperation index, series, trends, blocs."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from detente.relations import (
    blocs,
    coop_blocs,
    coop_index,
    dedupe,
    dyads,
    format_blocs,
    relations,
    series,
    trend,
    trends,
)
from detente.relations.frame import make_events

SEED_LIKE = [
    ("IRN", "TUR", "CONSULT", 1.0), ("TUR", "IRN", "COOPERATE", 3.0),
    ("TUR", "IRN", "REQUEST", -1.0), ("TUR", "RUS", "SUPPORT", 3.0),
    ("RUS", "TUR", "COOPERATE", 4.0), ("IRN", "RUS", "COOPERATE", 4.0),
    ("TUR", "QAT", "AGREE", 2.0), ("USA", "RUS", "ACCUSE", -3.0),
    ("TUR", "USA", "ACCUSE", -3.0),
]


def ev(src, tgt, plover, intensity, date="2021-03-19", **kw):
    return dict(source_country=src, target_country=tgt, plover=plover, intensity=intensity,
                date=date, evidence=kw.pop("evidence", f"{src} {plover} {tgt}"), **kw)


def seed_frame() -> pd.DataFrame:
    return make_events([ev(*row) for row in SEED_LIKE])


# --- dyads ---------------------------------------------------------------------------

def test_dyads_counts_unordered_pairs_and_ignores_non_asserted_and_self_pairs():
    df = make_events([
        ev("TUR", "IRN", "COOPERATE", 3.0), ev("IRN", "TUR", "ACCUSE", -2.0),
        ev("IRN", "TUR", "ASSAULT", -9.0, status="negated"),
        ev("IRQ", "IRQ", "AGREE", 2.0), ev("TUR", None, "AGREE", 2.0),
    ])
    d = dyads(df)
    assert list(d["pair"]) == ["IRN-TUR"]
    row = d.iloc[0]
    assert row["total"] == 2 and row["material_coop"] == 1 and row["verbal_conflict"] == 1
    assert row["intensity_sum"] == 1.0 and row["intensity_mean"] == 0.5


def test_dyads_strongest_evidence_and_dates_and_sorting():
    df = make_events([
        ev("TUR", "USA", "ACCUSE", -2.0, date="2021-03", evidence="weak", confidence=0.9),
        ev("TUR", "USA", "THREATEN", -4.0, date="2021-05-02", evidence="strong", doc_id="dS",
           confidence=0.8),
        ev("IRN", "RUS", "AGREE", 1.0, date=None, published="2021-02-10"),
    ])
    d = dyads(df)
    assert list(d["pair"]) == ["TUR-USA", "IRN-RUS"]
    top = d.iloc[0]
    assert top["evidence"] == "strong" and top["evidence_doc_id"] == "dS"
    assert top["first"] == "2021-03-01" and top["last"] == "2021-05-02"
    assert d.iloc[1]["first"] == "2021-02-10"  # falls back to the publication day


def test_dyads_since_until_filter():
    df = make_events([ev("TUR", "USA", "ACCUSE", -2.0, date="2020-01-05"),
                      ev("TUR", "USA", "AGREE", 2.0, date="2021-06-05")])
    assert dyads(df, since="2021-01-01").iloc[0]["total"] == 1
    assert dyads(df, until="2019-12-31").empty


# --- dedup ------------------------------------------------------------------------------

def test_dedupe_three_reports_of_one_event_become_one_row_with_mentions_3():
    text = "Turkey and Russia signed a deal on S-400 missile deliveries in Moscow"
    df = make_events([
        ev("TUR", "RUS", "AGREE", 4.0, date="2021-03-19", evidence=text, doc_id="a",
           published="2021-03-19"),
        ev("RUS", "TUR", "AGREE", 4.0, date="2021-03-20", doc_id="b", published="2021-03-20",
           evidence="Russia and Turkey signed a deal on S-400 missile deliveries, Moscow said"),
        ev("TUR", "RUS", "AGREE", 4.0, date="2021-03-19", doc_id="c", published="2021-03-21",
           evidence=text + " on Friday"),
        # a different event: another pair, and one a month later
        ev("TUR", "IRN", "AGREE", 4.0, date="2021-03-19", evidence=text, doc_id="d"),
        ev("TUR", "RUS", "AGREE", 4.0, date="2021-04-25", evidence=text, doc_id="e"),
    ])
    out = dedupe(df)
    assert len(out) == 3
    deal = out[(out["target_country"].isin(["RUS", "TUR"])) & (out["date"] < "2021-04")]
    assert len(deal) == 1
    assert deal.iloc[0]["mentions"] == 3 and deal.iloc[0]["doc_id"] == "a"  # earliest kept
    assert sorted(out["mentions"]) == [1, 1, 3]


def test_dedupe_keeps_two_different_events_and_collapses_same_event_id():
    df = make_events([
        ev("TUR", "USA", "ACCUSE", -2.0, evidence="Erdogan said Biden's comments were wrong"),
        ev("TUR", "USA", "ACCUSE", -2.0, evidence="Ankara condemned American sanctions on steel"),
    ])
    dup = pd.concat([df, df.iloc[[0]]])
    out = dedupe(dup)
    assert len(out) == 2 and list(out["mentions"]) == [1, 1]


def test_dedupe_same_codes_and_trigger_across_documents():
    df = make_events([
        ev("TURGOV", "RUS", "CONSULT", 1.0, doc_id="a", evidence="Cavusoglu met Lavrov",
           trigger="met"),
        ev("TURGOV", "RUS", "CONSULT", 1.0, doc_id="b", evidence="Talks were held yesterday",
           trigger="met"),
    ])
    df["source_country"] = "TUR"
    df["source_code"] = "TURGOV"
    assert list(dedupe(df)["mentions"]) == [2]


# --- cooperation index -----------------------------------------------------------------

def test_index_interval_narrows_with_more_events():
    one = coop_index([1], [3.0])
    many = coop_index([1] * 20, [3.0] * 20)
    assert one.index == 1.0 and many.index == 1.0
    assert one.ci_low < 0 < many.ci_low
    assert (one.ci_high - one.ci_low) > 2 * (many.ci_high - many.ci_low)
    assert -1 <= one.ci_low <= one.index <= one.ci_high <= 1


def test_index_is_weighted_share_mapped_to_minus_one_one():
    idx = coop_index([1, -1], [3.0, 1.0])
    assert idx.index == pytest.approx(0.5)
    assert idx.ci_low < 0.5 < idx.ci_high
    empty = coop_index([], [])
    assert math.isnan(empty.index) and (empty.ci_low, empty.ci_high) == (-1.0, 1.0)


# --- series -------------------------------------------------------------------------------

def test_series_has_empty_periods_with_full_interval():
    df = make_events([ev("TUR", "USA", "ACCUSE", -3.0, date="2021-01-10"),
                      ev("USA", "TUR", "SANCTION", -5.0, date="2021-03-02"),
                      ev("TUR", "USA", "AGREE", 2.0, date="2021-03-20")])
    s = series(df, "USA", "TUR", by="month")
    assert list(s["period"]) == ["2021-01", "2021-02", "2021-03"]
    assert s.loc[1, "n_events"] == 0 and np.isnan(s.loc[1, "index"])
    assert (s.loc[1, "ci_low"], s.loc[1, "ci_high"]) == (-1.0, 1.0)
    assert s.loc[0, "index"] == -1.0 and s.loc[0, "verbal_conflict"] == 1
    assert s.loc[2, "index"] == pytest.approx((2 - 5) / 7)
    assert list(relations(df, "TUR", "USA")["n_events"]) == [1, 0, 2]


def test_series_weeks_and_bounds():
    df = make_events([ev("TUR", "USA", "ACCUSE", -3.0, date="2021-03-17")])
    s = series(df, "TUR", "USA", by="week", since="2021-03-01", until="2021-03-31")
    assert s.iloc[0]["period"] == "2021-03-01"  # weeks start on Monday
    assert s["n_events"].sum() == 1 and len(s) == 5


# --- trends -------------------------------------------------------------------------------

def _monthly(values_per_month: list[list[int]], a="TUR", b="USA") -> pd.DataFrame:
    rows = []
    for m, signs in enumerate(values_per_month):
        for k, sign in enumerate(signs):
            day = f"2020-{m + 1:02d}-{k + 1:02d}"
            rows.append(ev(a, b, "AGREE" if sign > 0 else "ACCUSE", 2.0 * sign, date=day))
    return make_events(rows)


RISE = [[-1] * 5, [-1] * 4 + [1], [-1] * 3 + [1] * 2, [-1] + [1] * 4, [1] * 5, [1] * 5]
NOISE = [[1, -1, 1, -1, 1, -1]] * 6


def test_trends_verdicts_rising_falling_flat():
    rise = trends(_monthly(RISE))
    assert rise.iloc[0]["verdict"] == "rising" and rise.iloc[0]["p_value"] < 0.05
    assert "permutation" in rise.iloc[0]["test"] and rise.iloc[0]["level"] == 0.05
    assert "Benjamini-Hochberg across the 1 pairs" in rise.iloc[0]["fdr"]
    fall = trends(_monthly([list(-np.array(m)) for m in RISE]))
    assert fall.iloc[0]["verdict"] == "falling" and fall.iloc[0]["slope"] < 0
    flat = trends(_monthly(NOISE))
    assert flat.iloc[0]["verdict"] == "no clear change"
    assert rise.iloc[0]["first_index"] == -1.0 and rise.iloc[0]["last_index"] == 1.0


def test_trends_ranks_significant_pairs_first_and_few_events_are_no_change():
    df = pd.concat([_monthly(NOISE, "IRN", "TUR"), _monthly(RISE, "TUR", "USA"),
                    make_events([ev("QAT", "TUR", "AGREE", 2.0)])], ignore_index=True)
    t = trends(df)
    assert t.iloc[0]["pair"] == "TUR-USA"
    qat = t[t["pair"] == "QAT-TUR"].iloc[0]
    assert qat["verdict"] == "no clear change" and np.isnan(qat["p_value"])


def test_trends_window_keeps_only_the_latest_stretch():
    df = _monthly(RISE)  # January to June 2020
    recent = trends(df, window=60).iloc[0]
    assert recent["n_events"] < len(df) and recent["first_period"] >= "2020-04"
    assert trends(df, window="400D").iloc[0]["n_events"] == len(df)


def test_trend_on_series_frames():
    rise = series(_monthly(RISE), "TUR", "USA")
    assert trend(rise)["verdict"] == "rising"
    fall = series(_monthly([list(-np.array(m)) for m in RISE]), "TUR", "USA")
    assert trend(fall)["verdict"] == "falling"
    flat = trend(series(_monthly(NOISE), "TUR", "USA"))
    assert flat["verdict"] == "no clear change" and "test" in flat


# --- blocs --------------------------------------------------------------------------------

def repeated(rows: list[tuple], times: int) -> pd.DataFrame:
    """Each (src, tgt, type, intensity) row `times` times, a week apart (distinct events)."""
    days = pd.date_range("2021-01-04", periods=times, freq="7D")
    return make_events([ev(*row, date=d.date().isoformat(), evidence=f"{row[:3]} {n}")
                        for row in rows for n, d in enumerate(days)])


def test_blocs_seed_like_graph_puts_irn_rus_tur_together_and_usa_apart():
    out = blocs(repeated(SEED_LIKE, 5))
    labels = out["labels"]
    assert labels["IRN"] == labels["RUS"] == labels["TUR"] != -1
    assert "USA" in out["unaligned"]
    assert 0.5 <= out["stability"] <= 1.0
    assert set(out["member_stability"]) == set(out["nodes"])


def test_nine_events_make_no_clear_bloc():
    # one report of each tie is too little to call anyone aligned: nobody is, not a guess
    out = blocs(seed_frame())
    assert out["partition"] == [] and out["unaligned"] == sorted(out["nodes"])
    assert "no bloc" in format_blocs(out) and "Unaligned (5)" in format_blocs(out)


def test_blocs_two_hostile_cliques_make_two_blocs():
    rows = []
    for clique in (["A1", "A2", "A3"], ["B1", "B2", "B3"]):
        rows += [(x, y, "COOPERATE", 4.0) for i, x in enumerate(clique) for y in clique[i + 1:]]
    rows += [(x, y, "ASSAULT", -8.0) for x in ("A1", "A2", "A3") for y in ("B1", "B2")]
    out = blocs(repeated(rows, 4), resamples=20)
    assert out["partition"] == [["A1", "A2", "A3"], ["B1", "B2", "B3"]]
    assert out["frustration"] == 0.0 and out["stability"] > 0.9


def test_actors_with_no_cooperative_tie_in_a_bloc_stand_alone():
    # X and Y are each only hostile to A: nothing says they are aligned with each other.
    rows = [("A", "B", "COOPERATE", 4.0), ("X", "A", "ASSAULT", -8.0),
            ("Y", "A", "ACCUSE", -2.0)]
    out = blocs(repeated(rows, 6), resamples=10)
    assert out["partition"] == [["A", "B"]]
    assert out["unaligned"] == ["X", "Y"] and out["labels"]["X"] == -1


def test_blocs_lists_unbalanced_triangle_of_clear_edges_and_counts_frustration():
    rows = [("A", "B", "AGREE", 3.0), ("B", "C", "AGREE", 3.0), ("A", "C", "ACCUSE", -1.0),
            ("C", "D", "ACCUSE", -2.0)]
    out = blocs(repeated(rows, 8), resamples=10)
    triads = out["unbalanced_triads"]
    assert len(triads) == 1 and triads[0]["nodes"] == ["A", "B", "C"]
    assert out["n_triads"] == 1 and out["n_unbalanced"] == 1
    assert triads[0]["signs"] == {"A-B": "+", "A-C": "-", "B-C": "+"}
    assert out["frustration"] > 0
    # A and C are clearly hostile: they never share a bloc, whatever B does
    assert out["labels"]["A"] == -1 or out["labels"]["A"] != out["labels"]["C"]
    assert out["labels"]["D"] == -1 or out["labels"]["D"] != out["labels"]["C"]
    text = format_blocs(out)
    assert "A / B / C: A-B +, A-C -, B-C +" in text and "Frustration" in text
    json.dumps(out, allow_nan=True)  # plain Python values, ready for --json


def test_blocs_is_deterministic():
    df = repeated(SEED_LIKE, 4)
    one, two = blocs(df, resamples=10), blocs(df, resamples=10)
    assert one["partition"] == two["partition"] and one["stability"] == two["stability"]


# --- the seed's gold relations ----------------------------------------------------------

COOP_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}


def test_gold_seed_events_give_the_gold_relations():
    gold = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seed.yaml"
    if not gold.exists():
        pytest.skip("../shared/gold/seed.yaml is absent (it sits beside the repo in development)")
    yaml = pytest.importorskip("yaml")
    spec = yaml.safe_load(gold.read_text(encoding="utf-8"))
    rows = [ev(e["source"], e["target"], e["plover"][0],
               2.0 if e["plover"][0] in COOP_TYPES else -2.0, evidence=e["evidence"])
            for e in spec["events"]]
    df = make_events(rows)
    sums = dyads(df).set_index("pair")["intensity_sum"]
    for a, b in spec["relations"]["positive"]:
        assert sums["-".join(sorted((a, b)))] > 0
    for a, b in spec["relations"]["negative"]:
        assert sums["-".join(sorted((a, b)))] < 0
    members = spec["relations"]["bloc"]
    labels = blocs(df, resamples=20)["labels"]
    assert len({labels[m] for m in members}) == 1 and labels["USA"] != labels[members[0]]
    bloc = next(g for g in coop_blocs(df) if members[0] in g)
    assert set(members) <= set(bloc) and "USA" not in bloc
