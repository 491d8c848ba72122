"""The actor catalogue: the user's own actors, learned actors reused, listing actors."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from detente.actors import (
    ActorResolver,
    import_user_actors,
    learned_entries,
    list_actors,
    user_actors_path,
)


def test_imported_user_actor_corrects_the_package(nlp, tmp_path, monkeypatch):
    monkeypatch.setenv("DETENTE_ACTORS", str(tmp_path / "mine.csv"))
    src = tmp_path / "fix.csv"
    src.write_text("name,aliases,country,sector,office,start,end\n"
                   "Hakan Fidan,Fidan,TUR,SPY,intelligence_chief,2010-05-27,\n", encoding="utf-8")
    count, target = import_user_actors(src)
    assert count == 1 and target == user_actors_path() and target.exists()
    assert import_user_actors(src)[0] == 1  # importing again replaces, not duplicates
    assert target.read_text(encoding="utf-8").count("Hakan Fidan") == 1
    doc = nlp("Fidan met officials.")
    m = ActorResolver(nlp).resolve(doc, dt.date(2024, 1, 1))[0]
    assert m.actor.code == "TURSPY" and m.via == "user"


def test_learned_frame_becomes_extra_entries(nlp):
    frame = pd.DataFrame([{"name": "John Smithers", "code": "TURSPY", "country": "TUR",
                           "sector": "SPY", "role": "head of Turkey's agency", "doc_id": "d1",
                           "sentence_index": 3, "date": "2021-03-20", "pattern": "appositive"}])
    entries = learned_entries(frame)
    assert entries[0].country == "TUR" and entries[0].aliases == ("Smithers",)
    r = ActorResolver(nlp, extra=entries, user=False)
    m = r.resolve(nlp("Smithers flew to Baghdad."), dt.date(2022, 1, 1))[0]
    assert m.actor.code == "TURSPY" and m.via == "learned"


def test_list_actors_filters_by_name_and_date(tmp_path, monkeypatch):
    monkeypatch.setenv("DETENTE_ACTORS", str(tmp_path / "none.csv"))
    df = list_actors(query="turk")
    assert "TUR" in set(df["code"])
    people = list_actors(query="Zarif", on=dt.date(2025, 1, 1))
    assert not (people["source"] == "people.tsv").any()  # out of office by then
    if len(list_actors(query="Zarif")) == 0:
        pytest.skip("people.tsv has no Zarif")
    assert (list_actors(query="Zarif", on=dt.date(2019, 1, 1))["code"] == "IRNGOV").any()
