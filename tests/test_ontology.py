"""The ontology tables: quads, scores, CAMEO codes and the CAMEO->PLOVER mapping."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from detente import ontology as on

SHARED = Path(__file__).resolve().parents[2] / "shared"

QUADS = {
    "verbal_coop": ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"],
    "material_coop": ["COOPERATE", "AID", "RETREAT"],
    "verbal_conflict": ["REQUEST", "ACCUSE", "REJECT", "THREATEN"],
    "material_conflict": ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"],
}


def test_sixteen_types_with_their_quads() -> None:
    types = on.plover_types()
    assert len(types) == 16
    for quad, members in QUADS.items():
        for t in members:
            assert on.quad_of(t) == quad


def test_intensity_sign_follows_quad() -> None:
    for t in on.plover_types():
        score = on.plover_intensity(t)
        if on.quad_of(t).endswith("coop"):
            assert score > 0, t
        elif t != "REQUEST":
            assert score < 0, t


def test_mode_scores_override_type_score() -> None:
    assert on.plover_intensity("CONSULT", "visit") == 4
    assert on.plover_intensity("CONSULT") == 2.5
    assert on.plover_intensity("CONSULT", "no-such-mode") == 2.5
    assert on.plover_intensity("ASSAULT", "Aerial") == -9.5


def test_old_names_normalised() -> None:
    assert on.normalise_plover("DEMAND") == "REQUEST"
    assert on.normalise_plover("disapprove") == "ACCUSE"
    assert on.normalise_plover("INVESTIGATE") == "ACCUSE"
    assert on.normalise_plover("FIGHT") == "ASSAULT"
    assert on.quad_of("FIGHT") == "material_conflict"


@pytest.mark.parametrize("plover", [t for ts in QUADS.values() for t in ts])
def test_default_cameo_round_trips(plover: str) -> None:
    code = on.default_cameo(plover)
    assert on.cameo_to_plover(code)[0] == plover
    for mode in on.plover_modes(plover):
        assert on.cameo_to_plover(on.default_cameo(plover, mode))[0] == plover


def test_typical_codes() -> None:
    assert on.default_cameo("CONSULT") == "040"
    assert on.default_cameo("CONSULT", "visit") in {"042", "043"}
    assert on.default_cameo("ASSAULT") == "190"
    assert on.default_cameo("ACCUSE") == "112"
    assert on.default_cameo("REQUEST") == "020"


def test_cameo_lookups_keep_leading_zero_and_fall_back() -> None:
    assert on.cameo_name("042") == "Make a visit"
    assert on.goldstein("190") == -10
    assert on.goldstein("0429") == on.goldstein("042")  # unknown 4-digit -> parent
    assert on.cameo_root("0231") == "02"
    assert len(on.cameo_codes()) > 280
    with pytest.raises(KeyError):
        on.goldstein("99")


def test_penta_classes() -> None:
    cases = {"010": 0, "0231": 0, "036": 1, "057": 1, "061": 2, "0874": 2,
             "090": 3, "112": 3, "138": 3, "163": 3, "141": 4, "154": 4,
             "173": 4, "190": 4, "2042": 4}
    for code, penta in cases.items():
        assert on.penta_of(code) == penta, code


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"reference file {path} absent (../shared is not beside this checkout)")
    return path


def test_goldstein_agrees_with_reference_codebook() -> None:
    ref = _need(SHARED / "reference" / "cameo" / "cameo-codes.csv")
    with open(ref, encoding="utf-8") as fh:
        rows = {r["code"].strip(): r["goldstein"] for r in csv.DictReader(fh)}
    ours = set(on.cameo_codes())
    shared = [c for c in rows if c in ours and rows[c] not in ("", "NA")]
    assert len(shared) > 250
    agree = [c for c in shared if abs(on.goldstein(c) - float(rows[c])) <= 0.05]
    bad = sorted(set(shared) - set(agree))
    assert len(agree) / len(shared) >= 0.95, f"disagree: {bad}"


def test_cameo_to_plover_agrees_with_reference_table() -> None:
    ref = _need(SHARED / "reference" / "plover" / "CAMEO2PLOVER-2021.txt")
    line = re.compile(r"^(\d{3,4}):\s*([A-Z]+)")
    theirs = {}
    for text in ref.read_text(encoding="utf-8").splitlines():
        m = line.match(text)
        if m:
            theirs[m.group(1)] = m.group(2)
    ours = set(on.cameo_codes())
    shared = [c for c in theirs if c in ours]
    assert len(shared) > 250
    agree = [c for c in shared if on.cameo_to_plover(c)[0] == on.normalise_plover(theirs[c])]
    bad = sorted(set(shared) - set(agree))
    assert len(agree) / len(shared) >= 0.90, f"disagree: {bad}"
