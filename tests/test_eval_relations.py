"""`detente eval relations`: pair scores against UN voting and a list of allies and rivals."""

from __future__ import annotations

import pandas as pd
import pytest

from detente.errors import UsageError
from detente.relations.frame import make_events
from detente.relations.reference import (
    evaluate_relations,
    format_relations_eval,
    read_ideal_points,
    read_pairs,
)

IDEAL = "ccode,session,IdealPointAll,iso3c\n1,73,2.0,AAA\n2,73,1.8,BBB\n3,73,-1.0,CCC\n" \
        "4,73,-1.2,DDD\n5,72,0.0,AAA\n6,73,NA,EEE\n"


def frame() -> pd.DataFrame:
    """AAA-BBB and CCC-DDD friends, the two pairs across hostile, EEE without ideal point."""
    spec = {("AAA", "BBB"): (30, 2), ("CCC", "DDD"): (30, 2), ("AAA", "CCC"): (5, 30),
            ("BBB", "DDD"): (6, 30), ("AAA", "EEE"): (20, 20), ("BBB", "CCC"): (2, 3)}
    rows, day = [], pd.Timestamp("2018-01-01")
    for (a, b), (coop, conf) in spec.items():
        for n in range(coop + conf):
            day += pd.Timedelta(hours=6)
            plover, gold = ("AGREE", 4.0) if n < coop else ("ACCUSE", -2.0)
            rows.append({"source_country": a, "target_country": b, "plover": plover,
                         "intensity": gold, "goldstein": gold, "date": day.date().isoformat()})
    return make_events(rows)


def test_spearman_with_un_closeness_rests_on_pairs_with_enough_events(tmp_path):
    (tmp_path / "ip.csv").write_text(IDEAL, encoding="utf-8")
    ideal = read_ideal_points(tmp_path, 73)
    assert ideal.to_dict() == {"AAA": 2.0, "BBB": 1.8, "CCC": -1.0, "DDD": -1.2}
    result = evaluate_relations(frame(), ideal, min_events=30)
    un = result["un_voting"]
    # AAA-EEE has events but no ideal point; BBB-CCC too few events
    assert {c["n_pairs"] for c in un.values()} == {4}
    assert result["n_pairs_min_events"] == 5
    assert un["index"]["spearman"] == pytest.approx(0.8, abs=0.25)
    assert un["mean_goldstein"]["spearman"] > 0
    text = format_relations_eval(result, 73)
    assert "[4 pairs]" in text and "plain mean Goldstein" in text and "session 73" in text


def test_sign_agreement_on_known_pairs_counts_each_outcome(tmp_path):
    (tmp_path / "pairs.tsv").write_text(
        "# provenance: test\nyear\ta\tb\trelation\tsource\n"
        "2018\tAAA\tBBB\tallied\ttreaty\n2018\tAAA\tCCC\trival\twar\n"
        "2018\tCCC\tDDD\trival\twrong on purpose\n2018\tXXX\tYYY\tallied\tno events\n"
        "2017\tAAA\tDDD\tallied\tother year\n", encoding="utf-8")
    ref = read_pairs(tmp_path / "pairs.tsv", 2018)
    assert len(ref) == 4
    ideal = pd.Series({"AAA": 2.0, "BBB": 1.8, "CCC": -1.0, "DDD": -1.2})
    signs = evaluate_relations(frame(), ideal, 30, ref)["signs"]
    assert signs["n_listed"] == 4 and signs["n_pairs"] == 3
    assert signs["index"] == {"agree": 2, "disagree": 1, "no_clear_sign": 0}


def test_detentes_own_pairs_list_has_a_source_for_every_pair():
    pairs = read_pairs(year=2018)
    assert len(pairs) >= 20 and pairs["source"].str.len().min() > 10
    assert {"allied", "rival"} == set(pairs["relation"])
    keys = {frozenset((a, b)): r for a, b, r in zip(pairs["a"], pairs["b"], pairs["relation"])}
    assert keys[frozenset(("USA", "ISR"))] == "allied"
    assert keys[frozenset(("IND", "PAK"))] == "rival"


def test_bad_reference_files_name_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("year\ta\tb\trelation\tsource\n2018\tAAA\tBBB\tfriends\tx\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"bad.tsv:2: expected year, A, B, allied\|rival"):
        read_pairs(bad)
    (tmp_path / "ip.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"ip.csv: line 1: ideal points need columns"):
        read_ideal_points(tmp_path / "ip.csv", 73)
    (tmp_path / "ip.csv").write_text(IDEAL, encoding="utf-8")
    with pytest.raises(UsageError, match="no ideal points for session 99"):
        read_ideal_points(tmp_path / "ip.csv", 99)


def test_on_real_events_the_alignment_beats_the_plain_mean_goldstein(icews, shared):
    ideal = read_ideal_points(shared / "reference/realdata/unga_idealpoints_voeten", 73)
    result = evaluate_relations(icews, ideal, 30, read_pairs(year=2018))
    un = result["un_voting"]
    assert un["alignment"]["n_pairs"] >= 100
    assert un["alignment"]["spearman"] >= 0.45
    assert un["alignment"]["spearman"] > un["mean_goldstein"]["spearman"] + 0.1
    idx = result["signs"]["index"]
    assert idx["agree"] >= 3 * idx["disagree"]
