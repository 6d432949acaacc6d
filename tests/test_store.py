"""The record: one transaction per document, re-ingest changes nothing, addenda update responses."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from rightstrack.document import Document
from rightstrack.extract.items import ActorRef, Recommendation, Statement
from rightstrack.pipeline import ingest_file
from rightstrack.record import models as m
from rightstrack.record import queries as q
from rightstrack.record.store import database_url, open_store

TABLES = [
    m.Document,
    m.Evidence,
    m.Actor,
    m.Forum,
    m.Statement,
    m.Recommendation,
    m.Claim,
    m.Event,
    m.ActorMention,
]


def row_counts(store) -> dict[str, int]:
    with store.session() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t)) for t in TABLES
        }


def review_items(doc: Document, response: str | None, *, number: str = "90.1") -> list:
    khm = ActorRef(name="Cambodia", iso3="KHM")
    text = "Ratify the convention on enforced disappearances"
    start = doc.text.index(text)
    rec = Recommendation(
        evidence=doc.evidence(start, start + len(text)),
        number=number,
        text=text,
        recommending_states=[
            ActorRef(name="France", iso3="FRA"),
            ActorRef(name="Chile", iso3="CHL"),
        ],
        state_under_review=khm,
        session=18,
        response=response,
        themes=["Enforced disappearances"],
        action=5,
    )
    said = doc.text.index("France welcomed")
    stmt = Statement(
        evidence=doc.evidence(said, said + 40),
        speaker=ActorRef(name="France", iso3="FRA"),
        forum={"type": "upr_review", "state_under_review": khm.to_dict(), "session": 18},
        stance="mixed",
        themes=["Justice"],
        text="France welcomed the report but was concerned about courts.",
    )
    return [rec, stmt]


REPORT_TEXT = (
    "A review of Cambodia.\nFrance welcomed the report but was concerned about courts.\n"
    "90.1 Ratify the convention on enforced disappearances (France) (Chile);\n"
)


def test_items_round_trip(tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.db")
    doc = Document.from_text(REPORT_TEXT, source="review.txt")
    doc.kind = "upr_report"
    result = store.add_document(doc, review_items(doc, "pending"))
    assert result.created and result.counts == {"recommendation": 1, "statement": 1}
    with store.session() as session:
        recs = q.list_recommendations(session, q.Filters(state_under_review="KHM"))
        assert len(recs) == 1
        rec = recs[0]
        assert [s["iso3"] for s in rec["recommending_states"]] == ["FRA", "CHL"]
        assert rec["evidence"]["quote"] == "Ratify the convention on enforced disappearances"
        assert rec["themes"] == ["Enforced disappearances"] and rec["response"] == "pending"
        assert rec["forum"]["type"] == "upr_review"
        assert (
            q.list_recommendations(session, q.Filters(recommending_state="CHL"))[0]["id"]
            == rec["id"]
        )
        assert q.list_recommendations(session, q.Filters(theme="Justice")) == []
        statements = q.list_statements(session, q.Filters(state_under_review="KHM"))
        assert statements[0]["forum"]["id"] == rec["forum"]["id"]  # one forum for the review
        overview = q.country_overview(session, "KHM")
        assert overview["recommendations_by_response"] == {"pending": 1}
        assert overview["statements_by_stance"] == {"mixed": 1}


def test_recommending_states_keep_the_report_order(tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.db")
    first = Document.from_text("Chile spoke first.\n", source="first.txt")
    first.kind = "statement"
    said = Statement(evidence=first.evidence(0, 10), speaker=ActorRef(name="Chile", iso3="CHL"))
    store.add_document(first, [said])  # Chile's actor row now has the lower id
    doc = Document.from_text(REPORT_TEXT, source="review.txt")
    doc.kind = "upr_report"
    store.add_document(doc, review_items(doc, "pending"))
    with store.session() as session:
        rec = q.list_recommendations(session, q.Filters())[0]
        assert [s["iso3"] for s in rec["recommending_states"]] == ["FRA", "CHL"]


def test_same_document_stored_once(tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.db")
    doc = Document.from_text(REPORT_TEXT, source="review.txt")
    doc.kind = "upr_report"
    store.add_document(doc, review_items(doc, "pending"))
    before = row_counts(store)
    again = store.add_document(doc, review_items(doc, "pending"))
    assert not again.created
    assert row_counts(store) == before
    assert before["documents"] == 1


def test_addendum_updates_pending_response(tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.db")
    report = Document.from_text(REPORT_TEXT, source="review.txt")
    report.kind = "upr_report"
    store.add_document(report, review_items(report, "pending"))
    addendum = Document.from_text(
        "Addendum. France welcomed the answers.\n90.1 Ratify the convention on enforced disappearances: supported.\n",
        source="addendum.txt",
    )
    addendum.kind = "upr_addendum"
    result = store.add_document(addendum, review_items(addendum, "supported")[:1])
    assert result.counts["response_updated"] == 1
    with store.session() as session:
        recs = q.list_recommendations(session, q.Filters(state_under_review="KHM"))
        assert len(recs) == 1
        assert recs[0]["response"] == "supported"
        assert recs[0]["response_evidence"]["document_id"] == result.document_id


def test_failed_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(tmp_path / "r.db")
    first = Document.from_text(REPORT_TEXT, source="first.txt")
    first.kind = "upr_report"
    store.add_document(first, review_items(first, "pending"))
    before = row_counts(store)

    from rightstrack.record import writer

    def explode(self, document, item):  # fails after the document and a recommendation are added
        raise RuntimeError("disk full")

    monkeypatch.setattr(writer.RecordWriter, "_add_statement", explode)
    second = Document.from_text(REPORT_TEXT + "A second text.\n", source="second.txt")
    second.kind = "upr_report"
    with pytest.raises(RuntimeError):
        store.add_document(second, review_items(second, "pending", number="90.2"))
    assert row_counts(store) == before


def test_reingesting_a_file_finds_one_document(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("A note about nothing in particular.\nIt has two lines.\n", encoding="utf-8")
    store = open_store(tmp_path / "r.db")
    first = ingest_file(store, path)
    second = ingest_file(store, path)
    assert first.created and not second.created and first.document_id == second.document_id
    assert row_counts(store)["documents"] == 1


def test_database_url_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RIGHTSTRACK_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert database_url() == f"sqlite:///{tmp_path / 'rightstrack.db'}"
    monkeypatch.setenv("RIGHTSTRACK_DB", "postgresql+psycopg://u@h/db")
    assert database_url() == "postgresql+psycopg://u@h/db"
    assert database_url("x.db") == f"sqlite:///{tmp_path / 'x.db'}"


def test_a_locked_database_is_a_one_line_error(tmp_path: Path) -> None:
    """Another program holding the write lock: RightsTrackError naming the database, no traceback."""
    import sqlite3

    from rightstrack.errors import RightsTrackError

    path = tmp_path / "r.db"
    store = open_store(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        doc = Document.from_text(REPORT_TEXT, source="review.txt")
        doc.kind = "upr_report"
        with pytest.raises(RightsTrackError, match=r"r\.db: cannot write \(database is locked\)"):
            store.add_document(doc, review_items(doc, "pending"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert row_counts(store)["documents"] == 0


def test_same_text_stored_by_another_writer_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two writers race on one text: the loser's transaction rolls back and it reports the stored row."""
    from rightstrack.record import writer

    db = tmp_path / "r.db"
    ours, theirs = open_store(db), open_store(db)
    doc = Document.from_text(REPORT_TEXT, source="review.txt")
    doc.kind = "upr_report"
    real_add = writer.RecordWriter.add_document

    def other_writer_first(self, document, items):
        monkeypatch.setattr(writer.RecordWriter, "add_document", real_add)
        theirs.add_document(document, items)  # commits before our insert reaches the database
        return real_add(self, document, items)

    monkeypatch.setattr(writer.RecordWriter, "add_document", other_writer_first)
    result = ours.add_document(doc, review_items(doc, "pending"))
    assert not result.created
    counts = row_counts(ours)
    assert counts["documents"] == 1 and counts["recommendations"] == 1


def test_a_body_s_acronym_is_stored_as_its_alias(tmp_path: Path) -> None:
    path = tmp_path / "mission.txt"
    path.write_text("Mission reports killings\n\nMONROVIA, 2 June 2031 - The United Nations Mission in Liberia (UNMIL) "
                    "documented 210 cases in the first quarter, the mission said.\n", encoding="utf-8")  # fmt: skip
    store = open_store(tmp_path / "r.db")
    ingest_file(store, path)
    with store.session() as session:
        row = session.scalars(select(m.Actor).where(m.Actor.name == "United Nations Mission in Liberia")).one()
        assert "UNMIL" in row.aliases
        found = q.list_actors(session, q.Filters(q="unmil"))
        assert [a["name"] for a in found] == ["United Nations Mission in Liberia"]
