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
