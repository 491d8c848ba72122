"""The store: idempotent batched writes, resumable runs, filters that find what was stored."""

from __future__ import annotations

from datetime import date

import pytest

from detente.models import Actor, Article, CodedDocument, Event, LearnedActor
from detente.store import Store


def make_event(doc_id: str, i: int, src: str, tgt: str, plover: str = "CONSULT",
               day: str | None = "2021-03-19") -> Event:
    return Event(
        doc_id=doc_id, sentence_index=i, evidence=f"{src} met {tgt}.", char_start=0, char_end=10,
        source=Actor(src, f"{src}GOV", src, "GOV"), target=Actor(tgt, f"{tgt}GOV", tgt, "GOV"),
        plover=plover, cameo="040", quad="verbal_coop", intensity=1.0, goldstein=1.0,
        date=day, date_precision="day", rule="test", event_id=f"{doc_id}-{i}-{src}-{tgt}",
    )


def coded(doc_id: str, *events: Event, published=date(2021, 3, 20)) -> CodedDocument:
    article = Article(doc_id=doc_id, text="text", published=published, title=doc_id)
    return CodedDocument(article=article, events=list(events), n_sentences=1)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_same_document_twice_adds_nothing(store):
    doc = coded("d1", make_event("d1", 0, "TUR", "IRN"), make_event("d1", 1, "RUS", "TUR"))
    assert store.add(doc) == 1
    assert store.add(doc) == 0
    assert store.add_many([doc, doc]) == 0
    assert store.counts()["events"] == 2 and store.counts()["documents"] == 1


def test_duplicates_inside_one_batch_are_stored_once(store):
    doc = coded("d1", make_event("d1", 0, "TUR", "IRN"))
    assert store.add_many([doc, doc]) == 1
    assert store.counts()["events"] == 1


def test_committed_batches_survive_reopen_and_missing_tells_what_is_left(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as s:
        s.add_many([coded("a", make_event("a", 0, "TUR", "IRN")), coded("b")])
    with Store(path) as s:
        assert s.missing(["a", "b", "c"]) == {"c"}
        assert s.has("a") and not s.has("c")


def test_filters_by_actor_pair_type_and_date(store):
    store.add_many([
        coded("d1", make_event("d1", 0, "TUR", "IRN"), make_event("d1", 1, "USA", "RUS", "ACCUSE")),
        coded("d2", make_event("d2", 0, "IRN", "TUR", day="2019-05-01")),
    ])
    assert len(store.events_frame(actor="TUR")) == 2
    assert len(store.events_frame(pair=("IRN", "TUR"))) == 2
    assert list(store.events_frame(plover="ACCUSE")["source_country"]) == ["USA"]
    assert len(store.events_frame(since="2020")) == 2
    assert len(store.events_frame(until="2019")) == 1
    frame = store.events_frame()
    assert {"published", "title", "url", "evidence", "source_code"} <= set(frame.columns)


def test_learned_actors_keep_their_provenance(store):
    who = Actor("Saeed Khatibzadeh", "IRNGOV", "IRN", "GOV", name="Saeed Khatibzadeh", kind="person")
    doc = coded("d1")
    doc.learned.append(LearnedActor("Saeed Khatibzadeh", who, "d1", 3, "2021-03-20", "appositive"))
    store.add(doc)
    row = store.learned_frame().iloc[0]
    assert (row["country"], row["doc_id"], row["sentence_index"]) == ("IRN", "d1", 3)


def test_read_only_store_that_does_not_exist_says_what_to_do(tmp_path):
    from detente.errors import StoreError

    with pytest.raises(StoreError, match="detente code"):
        Store(tmp_path / "none.duckdb", read_only=True)


def old_store(path, version: int, missing: set[str], plover: str):
    """A store as an older detente wrote it: schema `version`, events without the `missing`
    columns, one document 'd0' and one event 'e1' of type `plover`."""
    import duckdb

    from detente.store.schema import DOCUMENT_TYPES, EVENT_TYPES, ddl

    con = duckdb.connect(str(path))
    old = {k: v for k, v in EVENT_TYPES.items() if k not in missing}
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(f"INSERT INTO meta VALUES ('schema_version', '{version}')")
    con.execute(ddl("documents", DOCUMENT_TYPES))
    con.execute(ddl("events", old))
    con.execute("INSERT INTO documents (doc_id, title) VALUES ('d0', 'old')")
    con.execute("INSERT INTO events (event_id, doc_id, plover) VALUES ('e1', 'd0', ?)", [plover])
    con.close()
    return path


def test_a_store_written_before_the_mutual_column_opens_and_keeps_its_events(tmp_path):
    path = old_store(tmp_path / "old.duckdb", 1, {"mutual"}, "CONSULT")
    with Store(path) as s:
        s.add(coded("d1", make_event("d1", 0, "TUR", "IRN")))
        frame = s.events_frame()
    assert sorted(frame["event_id"]) == ["d1-0-TUR-IRN", "e1"]
    assert "mutual" in frame.columns and not frame["mutual"].fillna(False).any()


def test_a_store_written_before_the_basis_columns_opens_and_reads_them_as_null(tmp_path):
    path = old_store(tmp_path / "v2.duckdb", 2, {"source_basis", "target_basis"}, "ACCUSE")
    new = make_event("d1", 0, "GHA", "TGO", "ACCUSE")
    new.source_basis, new.target_basis = "coreference", "context"
    with Store(path) as s:
        s.add(coded("d1", new))
        frame = s.events_frame().set_index("event_id")
    assert frame.loc["e1", "source_basis"] is None or frame["source_basis"].isna()["e1"]
    assert (frame.loc["d1-0-GHA-TGO", "source_basis"],
            frame.loc["d1-0-GHA-TGO", "target_basis"]) == ("coreference", "context")
