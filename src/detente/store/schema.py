"""Table layouts, and the flattening of records into rows.

The flat event row is the one shape the store, the CSV output and the relations
layer share (see docs/design.md, "The events frame"). Schema changes are numbered
migrations so an old store opens in a new detente.
"""

from __future__ import annotations

from typing import Any

from detente.models import Actor, Event

SCHEMA_VERSION = 3

EVENT_TYPES: dict[str, str] = {
    "event_id": "VARCHAR",
    "doc_id": "VARCHAR",
    "sentence_index": "INTEGER",
    "evidence": "VARCHAR",
    "char_start": "INTEGER",
    "char_end": "INTEGER",
    "source_text": "VARCHAR",
    "source_code": "VARCHAR",
    "source_country": "VARCHAR",
    "source_sector": "VARCHAR",
    "source_name": "VARCHAR",
    "target_text": "VARCHAR",
    "target_code": "VARCHAR",
    "target_country": "VARCHAR",
    "target_sector": "VARCHAR",
    "target_name": "VARCHAR",
    "plover": "VARCHAR",
    "mode": "VARCHAR",
    "cameo": "VARCHAR",
    "quad": "VARCHAR",
    "intensity": "DOUBLE",
    "goldstein": "DOUBLE",
    "status": "VARCHAR",
    "date": "VARCHAR",
    "date_precision": "VARCHAR",
    "quote_speaker": "VARCHAR",
    "quote_text": "VARCHAR",
    "confidence": "DOUBLE",
    "rule": "VARCHAR",
    "trigger": "VARCHAR",
    "location_name": "VARCHAR",
    "location_country": "VARCHAR",
    "location_lat": "DOUBLE",
    "location_lon": "DOUBLE",
    "mutual": "BOOLEAN",
    # where the event comes from: `detente` for our own coding, else the dataset imported
    # (gdelt, icews, polecat, phoenix) with its own id and the story's URL
    "dataset": "VARCHAR",
    "original_id": "VARCHAR",
    "source_url": "VARCHAR",
    # how many reports (articles, GDELT mentions) tell of this one event
    "mentions": "INTEGER",
    # how each side was found: text, owner, place, quote, coreference, context (the reading
    # stage), or the dated actor tables for an imported side the file left without a country
    "source_basis": "VARCHAR",
    "target_basis": "VARCHAR",
}
EVENT_COLUMNS = list(EVENT_TYPES)

DOCUMENT_TYPES: dict[str, str] = {
    "doc_id": "VARCHAR PRIMARY KEY",
    "title": "VARCHAR",
    "url": "VARCHAR",
    "source": "VARCHAR",
    "published": "DATE",
    "path": "VARCHAR",
    "text": "VARCHAR",
    "n_sentences": "INTEGER",
    "n_events": "INTEGER",
    "coded_at": "TIMESTAMP",
}

STATEMENT_TYPES: dict[str, str] = {
    "doc_id": "VARCHAR",
    "sentence_index": "INTEGER",
    "evidence": "VARCHAR",
    "char_start": "INTEGER",
    "char_end": "INTEGER",
    "a_text": "VARCHAR",
    "a_code": "VARCHAR",
    "a_country": "VARCHAR",
    "b_text": "VARCHAR",
    "b_code": "VARCHAR",
    "b_country": "VARCHAR",
    "polarity": "INTEGER",
    "direction": "VARCHAR",
    "cue": "VARCHAR",
    "date": "VARCHAR",
}

LEARNED_TYPES: dict[str, str] = {
    "name": "VARCHAR",
    "code": "VARCHAR",
    "country": "VARCHAR",
    "sector": "VARCHAR",
    "role": "VARCHAR",
    "doc_id": "VARCHAR",
    "sentence_index": "INTEGER",
    "date": "VARCHAR",
    "pattern": "VARCHAR",
    # learned from an imported dataset (`detente import ... --learn-actors`): which one, the
    # first and last day the name was seen there, on how many events, and whether the
    # dataset files the name under more than one country (then it is not used)
    "dataset": "VARCHAR",
    "first_seen": "VARCHAR",
    "last_seen": "VARCHAR",
    "n_events": "INTEGER",
    "ambiguous": "BOOLEAN",
}

# Reports of one imported event (GDELT mentions): each story that told of it, once.
REPORT_TYPES: dict[str, str] = {
    "dataset": "VARCHAR",
    "original_id": "VARCHAR",
    "url": "VARCHAR",
    "source_name": "VARCHAR",
    "reported": "VARCHAR",
    "sentence": "INTEGER",
    "confidence": "DOUBLE",
    "tone": "DOUBLE",
}


def ddl(table: str, types: dict[str, str]) -> str:
    cols = ", ".join(f'"{name}" {kind}' for name, kind in types.items())
    return f"CREATE TABLE IF NOT EXISTS {table} ({cols})"


MIGRATIONS: list[list[str]] = [
    # 1: the first layout
    [
        ddl("documents", DOCUMENT_TYPES),
        ddl("events", EVENT_TYPES),
        ddl("statements", STATEMENT_TYPES),
        ddl("learned_actors", LEARNED_TYPES),
    ],
    # 2: mutual events (one per direction) are marked
    ['ALTER TABLE events ADD COLUMN IF NOT EXISTS "mutual" BOOLEAN DEFAULT FALSE'],
    # 3: imported datasets beside detente's own coding, reports of one event, learned actors
    # from datasets
    [
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS \"dataset\" VARCHAR DEFAULT 'detente'",
        'ALTER TABLE events ADD COLUMN IF NOT EXISTS "original_id" VARCHAR',
        'ALTER TABLE events ADD COLUMN IF NOT EXISTS "source_url" VARCHAR',
        'ALTER TABLE events ADD COLUMN IF NOT EXISTS "mentions" INTEGER DEFAULT 1',
        'ALTER TABLE events ADD COLUMN IF NOT EXISTS "source_basis" VARCHAR',
        'ALTER TABLE events ADD COLUMN IF NOT EXISTS "target_basis" VARCHAR',
        "UPDATE events SET dataset = 'detente' WHERE dataset IS NULL",
        "UPDATE events SET mentions = 1 WHERE mentions IS NULL",
        ddl("learned_actors", LEARNED_TYPES),
        *(f'ALTER TABLE learned_actors ADD COLUMN IF NOT EXISTS "{c}" {t}'
          for c, t in (("dataset", "VARCHAR"), ("first_seen", "VARCHAR"),
                       ("last_seen", "VARCHAR"), ("n_events", "INTEGER"),
                       ("ambiguous", "BOOLEAN"))),
        ddl("reports", REPORT_TYPES),
    ],
]


def _actor_cols(prefix: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{k}": None for k in ("text", "code", "country", "sector", "name")}
    return {
        f"{prefix}_text": actor.text,
        f"{prefix}_code": actor.code,
        f"{prefix}_country": actor.country,
        f"{prefix}_sector": actor.sector,
        f"{prefix}_name": actor.name,
    }


def event_row(event: Event) -> dict[str, Any]:
    """One flat row for the events table, CSV output and the relations layer."""
    row: dict[str, Any] = {
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "sentence_index": event.sentence_index,
        "evidence": event.evidence,
        "char_start": event.char_start,
        "char_end": event.char_end,
        **_actor_cols("source", event.source),
        **_actor_cols("target", event.target),
        "plover": event.plover,
        "mode": event.mode,
        "cameo": event.cameo,
        "quad": event.quad,
        "intensity": event.intensity,
        "goldstein": event.goldstein,
        "status": event.status,
        "date": event.date,
        "date_precision": event.date_precision,
        "quote_speaker": None,
        "quote_text": None,
        "confidence": event.confidence,
        "rule": event.rule,
        "trigger": event.trigger,
        "location_name": None,
        "location_country": None,
        "location_lat": None,
        "location_lon": None,
        "mutual": event.mutual,
        "dataset": "detente",
        "original_id": None,
        "source_url": None,
        "mentions": 1,
        "source_basis": event.source_basis,
        "target_basis": event.target_basis,
    }
    if event.quote is not None:
        speaker = event.quote.speaker
        row["quote_speaker"] = (speaker.name or speaker.text) if speaker else None
        row["quote_text"] = event.quote.text
    if event.location is not None:
        loc = event.location
        row.update(
            location_name=loc.name, location_country=loc.country,
            location_lat=loc.lat, location_lon=loc.lon,
        )
    return row


def statement_row(stmt: Any) -> dict[str, Any]:
    """A relationship statement (`relations.statements.RelationStatement`) as a row."""
    a, b = stmt.a, stmt.b
    return {
        "doc_id": stmt.doc_id,
        "sentence_index": stmt.sentence_index,
        "evidence": stmt.evidence,
        "char_start": stmt.char_start,
        "char_end": stmt.char_end,
        "a_text": a.text, "a_code": a.code, "a_country": a.country,
        "b_text": b.text, "b_code": b.code, "b_country": b.country,
        "polarity": int(stmt.polarity),
        "direction": stmt.direction,
        "cue": stmt.cue,
        "date": stmt.date,
    }
