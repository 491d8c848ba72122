"""The event coder on the seed article with the project's actor resolver, scored on its gold."""

from __future__ import annotations

from datetime import date

import pytest

from detente.events import LexiconCoder
from detente.models import Article


@pytest.fixture(scope="module")
def seed_events(shared, nlp):
    from detente.actors import ActorResolver

    text = (shared / "seed" / "000_a710e41516ff6bb8.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    mentions = ActorResolver(nlp).resolve(doc, date(2021, 3, 20))
    art = Article(doc_id="seed", text=text, published=date(2021, 3, 20))
    return LexiconCoder().code(doc, mentions, art)


def test_seed_scores(shared, seed_events):
    from detente.eval.gold import load
    from detente.eval.seed import score_seed

    report = score_seed(load(shared / "gold" / "seed.yaml"), [seed_events])
    metrics = report["metrics"]
    assert metrics["recall"] == 1.0
    assert metrics["must_not_violations"] == 0
    assert metrics["precision"] >= 0.9


def test_seed_trip_on_friday_is_dated(seed_events):
    trips = [e for e in seed_events if e.trigger and "trip" in e.trigger and e.date]
    assert any(e.date == "2021-03-19" and e.date_precision == "day" for e in trips)


def test_seed_no_event_from_the_rumour(seed_events):
    rumour = [e for e in seed_events if "rumors that Turkey" in e.evidence]
    assert all(e.status != "asserted" or e.quad.endswith("coop") for e in rumour)


def test_seed_event_ids_are_unique(seed_events):
    ids = [e.event_id for e in seed_events]
    assert len(ids) == len(set(ids))
