"""Scorers on tiny hand-made gold files with fake coders whose right answers we know."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from detente import ontology
from detente.eval import check_floors, evaluate, format_report
from detente.eval.common import macro_f1, norm_text
from detente.eval.gold import detect_kind, load, parse_date
from detente.models import Actor, Event

SHARED = Path(__file__).resolve().parents[2] / "shared"


def ev(sentence: str, src: str | None, tgt: str | None, plover: str, cameo: str | None = None,
       status: str = "asserted", conf: float = 0.5, rule: str = "fake-rule",
       src_code: str | None = None, tgt_code: str | None = None) -> Event:
    """A hand-made event as a coder would emit it."""
    cameo = cameo or ontology.default_cameo(plover)
    plover = ontology.normalise_plover(plover)
    source = Actor(text=src or "", code=src_code or src, country=src)
    target = Actor(text=tgt, code=tgt_code or tgt, country=tgt) if tgt else None
    return Event(doc_id="d", sentence_index=0, evidence=sentence, char_start=0,
                 char_end=len(sentence), source=source, target=target, plover=plover,
                 cameo=cameo, quad=ontology.quad_of(plover),
                 intensity=ontology.plover_intensity(plover), goldstein=ontology.goldstein(cameo),
                 status=status, confidence=conf, rule=rule)


def fake(answers: dict[str, list[Event]]):
    """A batch coder that answers from a table keyed by text (first 30 characters)."""
    seen: list[tuple[str, date | None]] = []

    def code_batch(items: list[tuple[str, date | None]]) -> list[list[Event]]:
        seen.extend(items)
        return [list(answers.get(text[:30], [])) for text, _ in items]

    code_batch.seen = seen  # type: ignore[attr-defined]
    return code_batch


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# --- seed ---------------------------------------------------------------------------------

S_VISIT = "Zarif went on a trip to Turkey on Friday."
S_THEY = "They work together in Syria, Libya and the Caucasus."
S_BROTHER = 'In Istanbul he spoke to his "brother Cavusoglu."'
S_US = "The US has expressed concern."
S_RUMOR = "There were rumors that Turkey and Iran could go against Iraq."

ARTICLE = f"{S_VISIT} {S_THEY} {S_BROTHER} {S_US} {S_RUMOR}"


@pytest.fixture
def seed_path(tmp_path: Path) -> Path:
    (tmp_path / "seed").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "seed" / "doc.txt").write_text(ARTICLE, encoding="utf-8")
    spec = {
        "document": "seed/doc.txt",
        "published": "2021-03-20",
        "events": [
            {"evidence": "went on a  trip to Turkey", "source": "IRN", "target": "TUR",
             "plover": ["CONSULT"], "required": True},
            {"evidence": "They work together in Syria", "source": "RUS", "target": "TUR",
             "symmetric": True, "plover": ["COOPERATE"], "required": True},
            {"evidence": "he spoke to his \u201cbrother Cavusoglu.\u201d", "source": "IRN",
             "target": "TUR", "plover": ["CONSULT", "SUPPORT"], "required": True},
            {"evidence": "The US has expressed concern", "source": "USA", "target": "TUR",
             "plover": ["ACCUSE"], "required": False},
        ],
        "must_not": [{"evidence": "rumors that Turkey and Iran could go against Iraq",
                      "pairs": [["TUR", "IRQ"], ["IRN", "IRQ"]],
                      "quads": ["verbal_conflict", "material_conflict"], "why": "hypothetical"}],
        "relations": {"positive": [["IRN", "TUR"], ["RUS", "TUR"]],
                      "negative": [["TUR", "USA"]], "bloc": ["IRN", "RUS", "TUR"]},
    }
    path = tmp_path / "gold" / "seed.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return path


def seed_coder(*extra: Event, drop: str | None = None):
    events = [
        ev(S_VISIT, "IRN", "TUR", "CONSULT", "042"),
        ev(S_VISIT, "IRN", "TUR", "CONSULT", "042"),  # duplicate: counted once
        ev(S_THEY, "TUR", "RUS", "COOPERATE"),  # reversed: gold is symmetric
        ev(S_BROTHER, "IRN", "TUR", "SUPPORT"),  # straight quotes vs gold's curly ones
        ev(S_US, "USA", "TUR", "ACCUSE"),
        *extra,
    ]
    events = [e for e in events if e.evidence != drop]
    return lambda items: [events for _ in items]


def seed_metrics(path: Path, coder) -> dict:
    return evaluate([path], coder, errors=True)[0]


def test_seed_perfect_coder(seed_path: Path) -> None:
    rep = seed_metrics(seed_path, seed_coder())
    m = rep["metrics"]
    assert rep["kind"] == "seed"
    assert m["recall"] == 1.0 and m["precision"] == 1.0
    assert m["predictions"] == 4  # the duplicate visit counts once
    assert m["must_not_violations"] == 0
    assert m["relations_ok"] == 1.0 and m["bloc_ok"] == 1.0
    assert check_floors([rep]) == []


def test_seed_gets_published_date(seed_path: Path) -> None:
    coder = fake({})
    evaluate([seed_path], coder)
    assert coder.seen == [(ARTICLE, date(2021, 3, 20))]


def test_seed_missing_event_and_false_positive(seed_path: Path) -> None:
    wrong = ev(S_VISIT, "IRN", "USA", "ASSAULT", rule="bad-rule")
    rep = seed_metrics(seed_path, seed_coder(wrong, drop=S_THEY))
    m = rep["metrics"]
    assert m["recall"] == pytest.approx(2 / 3)
    assert m["precision"] == pytest.approx(3 / 4)
    fp = [e for e in rep["errors"] if e["type"] == "fp"]
    fn = [e for e in rep["errors"] if e["type"] == "fn"]
    assert [e["rule"] for e in fp] == ["bad-rule"]
    assert fn[0]["sentence"] == "They work together in Syria"
    assert check_floors([rep])


def test_seed_direction_matters_unless_symmetric(seed_path: Path) -> None:
    reversed_visit = [ev(S_VISIT, "TUR", "IRN", "CONSULT"), ev(S_THEY, "TUR", "RUS", "COOPERATE")]
    rep = seed_metrics(seed_path, lambda items: [reversed_visit])
    assert rep["metrics"]["recall"] == pytest.approx(1 / 3)  # only the symmetric one


def test_seed_dyad_match_is_looser(seed_path: Path) -> None:
    agree = [ev(S_THEY, "RUS", "TUR", "AID")]  # same quad as COOPERATE, other type
    m = seed_metrics(seed_path, lambda items: [agree])["metrics"]
    assert m["recall"] == 0 and m["dyad_recall"] == pytest.approx(1 / 3)


def test_seed_must_not_violation(seed_path: Path) -> None:
    threat = ev(S_RUMOR, "TUR", "IRQ", "THREATEN", rule="threat-rule")
    m = seed_metrics(seed_path, seed_coder(threat))
    assert m["metrics"]["must_not_violations"] == 1
    assert any(e["type"] == "must_not" and e["rule"] == "threat-rule" for e in m["errors"])
    assert any("must_not_violations" in f for f in check_floors([m]))
    hypothetical = ev(S_RUMOR, "IRQ", "TUR", "THREATEN", status="hypothetical")
    assert seed_metrics(seed_path, seed_coder(hypothetical))["metrics"]["must_not_violations"] == 0


def test_seed_relations_fail_when_foe_looks_friendly(seed_path: Path) -> None:
    praise = ev("Turkey praised the US.", "TUR", "USA", "COOPERATE")
    rep = seed_metrics(seed_path, seed_coder(praise, drop=S_US))
    assert rep["metrics"]["negative_pairs_ok"] == 0.0
    assert rep["metrics"]["relations_ok"] == 0.0


def test_text_folding() -> None:
    assert norm_text("  He  said \u201cno\u201d \u2019twas\n") == "he said \"no\" 'twas"


# --- sentence sets ----------------------------------------------------------------------

PETR = [
    {"id": "a", "date": "20080804", "text": "The US leader visited Beijing.",
     "events": [{"source": "USA", "target": "CHN", "cameo": "042"}]},
    {"id": "b", "date": "20080806", "text": "Brazil and the United States seek a partnership.",
     "events": [{"source": "BRA", "target": "USA", "cameo": "031"},
                {"source": "USA", "target": "BRA", "cameo": "031"}]},
    {"id": "c", "date": "121108", "text": "A court in Guyana issued arrest warrants.",
     "events": [{"source": "GUYJUD", "target": "BRAPPL", "cameo": "173"}]},
    {"id": "d", "date": "20080807", "text": "Nothing of note happened.", "events": []},
]


def petr_coder(wrong_root: bool = False):
    return fake({
        "The US leader visited Beijing.": [ev("x", "USA", "CHN", "CONSULT", "042"),
                                           ev("x", "USA", "CHN", "CONSULT", "042")],
        PETR[1]["text"][:30]: [ev("x", "BRA", "USA", "AGREE", "031")],
        "A court in Guyana issued arres": [
            ev("x", "GUY", "BRA", "COERCE", "120" if wrong_root else "173",
               src_code="GUYJUD", tgt_code="BRAPPL")],
    })


def test_petr2_triples_and_exact(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "petr2_gsr.jsonl", PETR)
    coder = petr_coder()
    m = evaluate([path], coder)[0]["metrics"]
    assert m["triple_precision"] == 1.0 and m["triple_recall"] == 0.75
    assert m["triple_f1"] == pytest.approx(6 / 7)
    assert m["exact_f1"] == pytest.approx(6 / 7)
    assert coder.seen[0][1] == date(2008, 8, 4) and coder.seen[2][1] == date(2012, 11, 8)
    m = evaluate([path], petr_coder(wrong_root=True))[0]["metrics"]
    assert m["triple_precision"] == pytest.approx(2 / 3) and m["triple_recall"] == 0.5


PLOVER = [
    {"id": "p1", "text": "Hungarian and Romanian officials agreed to cooperate.",
     "events": [{"source": [{"text": "Hungarian", "code": "HUN", "sector": "GOV"}],
                 "target": [], "plover_0_5": "AGREE", "mode": None}], "markup": ""},
    {"id": "p2", "text": "Washington demanded that Baghdad disarm.",
     "events": [{"source": [{"text": "Washington", "code": "USA", "sector": None}],
                 "target": [{"text": "Baghdad", "code": "IRQ", "sector": None}],
                 "plover_0_5": "DEMAND", "mode": None}], "markup": ""},
    {"id": "p3", "text": "Rebels fought troops in the north.",
     "events": [{"source": [], "target": [], "plover_0_5": "FIGHT", "mode": None}],
     "markup": ""},
]


def test_plover_gsr_accuracy_coverage_and_actors(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "plover_gsr.jsonl", PLOVER)
    right = fake({
        PLOVER[0]["text"][:30]: [ev("x", "HUN", None, "AGREE", conf=0.9),
                                 ev("x", "HUN", None, "ACCUSE", conf=0.2),
                                 ev("x", "HUN", None, "REJECT", conf=1.0, status="negated")],
        PLOVER[1]["text"][:30]: [ev("x", "USA", "IRN", "REQUEST")],
    })
    m = evaluate([path], right)[0]["metrics"]
    assert m["coverage"] == pytest.approx(2 / 3)
    assert m["accuracy"] == 1.0 and m["macro_f1"] == 1.0  # DEMAND mapped to REQUEST
    assert m["actor_comparisons"] == 3 and m["actor_accuracy"] == pytest.approx(2 / 3)
    wrong = fake({PLOVER[0]["text"][:30]: [ev("x", "HUN", None, "AGREE")],
                  PLOVER[1]["text"][:30]: [ev("x", "USA", "IRQ", "ACCUSE")]})
    m = evaluate([path], wrong)[0]["metrics"]
    assert m["accuracy"] == 0.5
    assert m["macro_f1"] == pytest.approx(1 / 3)  # AGREE 1, REQUEST 0, ACCUSE 0


def test_cameo_examples_root_and_quad(tmp_path: Path) -> None:
    recs = [{"id": "c1", "text": "The minister visited Ankara.", "cameo": "042"},
            {"id": "c2", "text": "Iran accused Israel of spying.", "cameo": "1125"},
            {"id": "c3", "text": "Powell said NATO must stay strong.", "cameo": "010"}]
    path = write_jsonl(tmp_path / "cameo_examples.jsonl", recs)
    m = evaluate([path], fake({"The minister visited Ankara.": [ev("x", "A", "B", "CONSULT", "043")],
                               "Iran accused Israel of spying.": [ev("x", "A", "B", "REJECT", "120")],
                               }))[0]["metrics"]
    assert m["coverage"] == pytest.approx(2 / 3)
    assert m["root_accuracy"] == 0.5  # 12 is not 11
    assert m["quad_accuracy"] == 1.0  # REJECT and ACCUSE are both verbal conflict


def test_conflibert_macro_f1(tmp_path: Path) -> None:
    texts = ["appeal", "visit", "bombing", "demand", "aid"]
    recs = [{"id": str(i), "text": t, "penta": p} for i, (t, p) in
            enumerate(zip(texts, [0, 1, 4, 3, 2], strict=True))]
    path = write_jsonl(tmp_path / "conflibert_cameo_test.jsonl", recs)
    coder = fake({"appeal": [ev("x", "A", "B", "REQUEST", "020")],
                  "visit": [ev("x", "A", "B", "CONSULT", "042")],
                  "bombing": [ev("x", "A", "B", "ASSAULT", "183")],
                  "demand": [ev("x", "A", "B", "REQUEST", "100")]})
    m = evaluate([path], coder)[0]["metrics"]
    assert m["coverage"] == 0.8 and m["macro_f1"] == 1.0
    assert m["macro_f1_all"] == pytest.approx(4 / 5)  # class 2 missed: F1 0


def test_macro_f1_by_hand() -> None:
    assert macro_f1(["a", "a", "b"], ["a", "b", "b"]) == pytest.approx((2 / 3 + 2 / 3) / 2)


# --- the project's own gold ---------------------------------------------------------------

DG = [
    {"id": "dg-1", "text": "Turkey's foreign minister met his Iranian counterpart.",
     "published": "2023-05-02",
     "events": [{"source": "TUR", "target": "IRN", "plover": "CONSULT", "status": "asserted"}],
     "tags": ["meeting"]},
    {"id": "dg-2", "text": "Turkey did not attack Iran.", "published": None,
     "events": [{"source": "TUR", "target": "IRN", "plover": "ASSAULT", "status": "negated"}],
     "tags": ["negation"]},
    {"id": "dg-3", "text": "The weather was fine.", "published": None, "events": [],
     "tags": ["no_event"]},
]


def test_project_gold_perfect_and_wrong(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "detente_gold.jsonl", DG)
    good = fake({DG[0]["text"][:30]: [ev("x", "TUR", "IRN", "CONSULT")],
                 DG[1]["text"][:30]: [ev("x", "TUR", "IRN", "ASSAULT", status="negated")]})
    m = evaluate([path], good)[0]["metrics"]
    assert m["f1"] == 1.0 and m["status_accuracy"] == 1.0
    assert m["tag_negation_exact"] == 1.0
    assert good.seen[0][1] == date(2023, 5, 2)
    bad = fake({DG[0]["text"][:30]: [ev("x", "TUR", "IRN", "CONSULT")],
                DG[1]["text"][:30]: [ev("x", "TUR", "IRN", "ASSAULT", rule="no-negation")],
                DG[2]["text"][:30]: [ev("x", "USA", "RUS", "ACCUSE")]})
    rep = evaluate([path], bad, errors=True)[0]
    m = rep["metrics"]
    assert m["precision"] == pytest.approx(1 / 3) and m["recall"] == 1.0
    assert m["status_accuracy"] == 0.5 and m["tag_negation_exact"] == 0.0
    text = format_report(rep, errors=True)
    assert "Turkey did not attack Iran." in text and "no-negation" in text


def test_project_gold_accepts_the_promise_reading_of_a_future_act(tmp_path: Path) -> None:
    # a future act listed with alt AGREE: coding it as an asserted promise is no error,
    # and leaving it out is no miss (only asserted gold events are counted)
    text = "Denmark will deliver jets to Ukraine, its minister said."
    path = write_jsonl(tmp_path / "detente_gold.jsonl", [
        {"id": "dg-9", "text": text, "published": None, "tags": ["future"],
         "events": [{"source": "DNK", "target": "UKR", "plover": "AID", "status": "future",
                     "alt": ["AGREE"]}]}])
    promise = fake({text[:30]: [ev("x", "DNK", "UKR", "AGREE")]})
    assert evaluate([path], promise, errors=True)[0]["errors"] == []
    wrong = fake({text[:30]: [ev("x", "DNK", "UKR", "ASSAULT")]})
    assert len(evaluate([path], wrong, errors=True)[0]["errors"]) == 1


# --- loading ------------------------------------------------------------------------------

def test_kind_detected_by_shape(tmp_path: Path) -> None:
    assert detect_kind(write_jsonl(tmp_path / "x.jsonl", [PETR[0]]), [PETR[0]]) == "petr2_gsr"
    assert load(write_jsonl(tmp_path / "y.jsonl", PLOVER)).kind == "plover_gsr"
    assert load(write_jsonl(tmp_path / "z.jsonl", DG)).kind == "detente_gold"
    assert parse_date("not a date") is None


def test_report_lists_floor_failures(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "plover_gsr.jsonl", PLOVER)
    reps = evaluate([path], fake({}))
    failures = check_floors(reps)
    assert any("coverage" in f for f in failures)
    assert "FAIL" in format_report(reps)


def test_shared_gold_sets_load_and_score() -> None:
    gold = SHARED / "gold"
    if not gold.exists():
        pytest.skip("../shared/gold absent (only present beside the development checkout)")
    paths = sorted(gold.glob("*.jsonl")) + [gold / "seed.yaml"]
    reps = evaluate(paths, lambda items: [[] for _ in items])
    assert {r["kind"] for r in reps} == {"seed", "petr2_gsr", "plover_gsr", "cameo_examples",
                                         "conflibert_cameo_test"}
    assert all(r["metrics"].get("coverage", 0) == 0 for r in reps)


def test_plover_gsr_igo_actor_and_breakdown(tmp_path: Path) -> None:
    rec = {"id": "p9", "text": "NATO warned Serbia.", "markup": "",
           "events": [{"source": [{"text": "NATO", "code": "IGO", "sector": None}],
                       "target": [{"text": "Serbia", "code": "SRB", "sector": None}],
                       "plover_0_5": "THREATEN", "mode": None}]}
    path = write_jsonl(tmp_path / "plover_gsr.jsonl", [rec])
    e = ev("x", "NATO", "SRB", "THREATEN")
    e.source = Actor(text="NATO", code="NATO", country="NATO", kind="igo")
    rep = evaluate([path], lambda items: [[e]], errors=True)[0]
    assert rep["metrics"]["actor_accuracy"] == 1.0
    assert rep["breakdown"]["THREATEN"] == {"gold": 1, "predicted": 1, "f1": 1.0}
    assert "per class" in format_report(rep, errors=True)


def test_petr2_igo_actors_fold_to_igo(tmp_path: Path) -> None:
    rec = {"id": "u", "date": "20140916", "text": "Ukraine ratified an agreement with the EU.",
           "events": [{"source": "UKR", "target": "IGOEUREEC", "cameo": "057"}]}
    path = write_jsonl(tmp_path / "petr2_gsr.jsonl", [rec])
    e = ev("x", "UKR", "EUR", "SUPPORT", "057")
    e.target = Actor(text="EU", code="EUR", country="EUR", kind="igo")
    assert evaluate([path], lambda items: [[e]])[0]["metrics"]["triple_f1"] == 1.0


def test_armed_groups_match_gold_that_codes_them_by_home_country(tmp_path: Path) -> None:
    """PLOVER and PETRARCH code Hamas as PSE; we keep HAMAS and score it as its home."""
    text = "Hamas fired rockets at Israel."
    hamas = Actor(text="Hamas", code="HAMASREB", country="HAMAS", sector="REB", kind="group")
    e = ev(text, "HAMAS", "ISR", "ASSAULT", "190")
    e.source = hamas
    petr = write_jsonl(tmp_path / "petr2_gsr.jsonl", [
        {"id": "h", "date": "20140716", "text": text,
         "events": [{"source": "PSEREB", "target": "ISR", "cameo": "190"}]}])
    assert evaluate([petr], lambda items: [[e]])[0]["metrics"]["triple_f1"] == 1.0
    plover = write_jsonl(tmp_path / "plover_gsr.jsonl", [
        {"id": "h", "text": text, "markup": "",
         "events": [{"source": [{"text": "Hamas", "code": "PSE", "sector": "REB"}],
                     "target": [{"text": "Israel", "code": "ISR", "sector": None}],
                     "plover_0_5": "FIGHT", "mode": None}]}])
    assert evaluate([plover], lambda items: [[e]])[0]["metrics"]["actor_accuracy"] == 1.0
    e.source = Actor(text="Hamas", code="HAMASREB", country="HAMAS", kind="group")
    e.target = Actor(text="Lebanon", code="LBN", country="LBN")
    assert evaluate([petr], lambda items: [[e]])[0]["metrics"]["triple_f1"] == 0.0


def test_project_gold_file_is_well_formed(tmp_path: Path) -> None:
    from detente.eval import DEFAULT_GOLD
    from detente.eval.gold import validate_detente_gold

    bad = write_jsonl(tmp_path / "detente_gold.jsonl", [
        DG[0], DG[0], {"id": "x", "text": "t", "events": [{"source": "A", "plover": "HUG"}]}])
    problems = validate_detente_gold(bad)
    assert any("repeated id" in p for p in problems) and any("HUG" in p for p in problems)
    if not DEFAULT_GOLD.exists():
        pytest.skip("the project's gold file is not written yet")
    assert validate_detente_gold(DEFAULT_GOLD) == []
