"""Promised concessions are AGREE with CAMEO 035 ('express intent to yield'), as PLOVER's
own gold and the CAMEO-to-PLOVER table code them; a retreat merely reported as coming
stays CONCEDE with status future."""

from __future__ import annotations

from datetime import date

import detente
from detente import ontology


def test_an_announced_release_is_a_promise_to_yield():
    events = detente.code_text(
        "Israel announced it would free 150 Palestinian prisoners by the end of August.",
        published=date(2008, 8, 6))
    promise = [e for e in events if e.source.country == "ISR" and e.target
               and e.target.country == "PSE"]
    assert promise and promise[0].plover == "AGREE" and promise[0].status == "asserted"
    assert promise[0].cameo.startswith("035")
    assert ontology.cameo_to_plover(promise[0].cameo)[0] == "AGREE"


def test_a_future_giving_told_after_the_fact_is_a_pledge():
    # "X will give Y a grant, the ministry said": a promise, as PLOVER codes it
    events = detente.code_text(
        "Norway will give Kenya a grant of 40 million dollars to build schools, the Norwegian "
        "foreign ministry said on Monday.", published=date(2019, 5, 6))
    pledge = [e for e in events if e.source.country == "NOR" and e.target
              and e.target.country == "KEN"]
    assert pledge and pledge[0].plover == "AGREE" and pledge[0].status == "asserted"


def test_a_future_visit_told_after_the_fact_stays_a_schedule():
    events = detente.code_text("Putin will visit China next week, the Kremlin said.",
                               published=date(2019, 5, 6))
    visit = [e for e in events if e.source.country == "RUS"]
    assert visit and visit[0].plover == "CONSULT" and visit[0].status == "future"


def test_a_future_giving_told_by_the_other_side_is_no_pledge():
    events = detente.code_text("Russia will hand over the bodies of 500 soldiers to Ukraine, "
                               "Ukrainian officials said.", published=date(2019, 5, 6))
    assert not any(e.plover == "AGREE" and e.source.country == "RUS" for e in events)
