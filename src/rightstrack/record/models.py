"""The record: SQLAlchemy 2 tables for documents, evidence, actors, forums and extracted items.

Every extracted row (statement, recommendation, claim, event, actor mention) points at an `Evidence`
row — a character span of a stored `Document` — so the record can always cite its source. Themes live
in their own tables so that filtering by theme is a plain indexed join on SQLite and PostgreSQL alike.
The schema is created and changed only by the Alembic migrations in `record/migrations/`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# The largest id (or count) the databases hold (SQLite INTEGER, PostgreSQL bigint): the CLI and the
# web refuse larger numbers as bad input, which the driver would fail on with an OverflowError.
MAX_ID = 2**63 - 1


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


recommendation_states = Table(
    "recommendation_states",
    Base.metadata,
    Column(
        "recommendation_id", ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("actor_id", ForeignKey("actors.id"), primary_key=True),
    Column("position", Integer, nullable=False, default=0),
    Index("ix_recommendation_states_actor", "actor_id"),
)

event_participants = Table(
    "event_participants",
    Base.metadata,
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", ForeignKey("actors.id"), primary_key=True),
)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    source_format: Mapped[str] = mapped_column(String(8))
    publisher: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    page_starts: Mapped[list[Any]] = mapped_column(JSON)
    paged: Mapped[bool] = mapped_column(Boolean, default=False)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)


class Evidence(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    page: Mapped[int | None] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text)

    document: Mapped[Document] = relationship()

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "quote": self.quote,
        }


class Actor(Base):
    """A State, group, UN mechanism, official, body, NHRI, NGO, party or outlet."""

    __tablename__ = "actors"
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_actor_kind_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str] = mapped_column(String(300))
    iso3: Mapped[str | None] = mapped_column(String(3), index=True)
    un_group: Mapped[str | None] = mapped_column(String(64))
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)

    def ref(self) -> dict[str, Any]:
        if self.kind == "state":
            return {"name": self.name, "iso3": self.iso3}
        return {"name": self.name, "kind": self.kind, "title": self.title, "body": self.body}


class Forum(Base):
    """Where things were said: a UPR review, an HRC interactive dialogue, a meeting, a visit."""

    __tablename__ = "forums"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    type: Mapped[str] = mapped_column(String(32), index=True)
    title: Mapped[str] = mapped_column(Text)
    state_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    session: Mapped[int | None] = mapped_column(Integer)
    mandate: Mapped[str | None] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    state: Mapped[Actor | None] = relationship()


class Statement(Base):
    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"))
    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forums.id"), index=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    on_behalf_of_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    concerning_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    stance: Mapped[str | None] = mapped_column(String(16), index=True)
    text: Mapped[str] = mapped_column(Text)
    made_recommendations: Mapped[bool | None] = mapped_column(Boolean)

    document: Mapped[Document] = relationship()
    evidence: Mapped[Evidence] = relationship()
    forum: Mapped[Forum | None] = relationship()
    speaker: Mapped[Actor | None] = relationship(foreign_keys=[speaker_id])
    on_behalf_of: Mapped[Actor | None] = relationship(foreign_keys=[on_behalf_of_id])
    concerning: Mapped[Actor | None] = relationship(foreign_keys=[concerning_id])
    theme_rows: Mapped[list[StatementTheme]] = relationship(cascade="all, delete-orphan")

    @property
    def themes(self) -> list[str]:
        return [t.theme for t in self.theme_rows]


class StatementTheme(Base):
    __tablename__ = "statement_themes"

    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(120), primary_key=True, index=True)


class Recommendation(Base):
    __tablename__ = "recommendations"
    __table_args__ = (Index("ix_recommendations_sur_session", "state_under_review_id", "session"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"))
    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forums.id"), index=True)
    state_under_review_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    number: Mapped[str | None] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    session: Mapped[int | None] = mapped_column(Integer, index=True)
    response: Mapped[str | None] = mapped_column(String(16), index=True)
    response_evidence_id: Mapped[int | None] = mapped_column(ForeignKey("evidence.id"))
    response_document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    action: Mapped[int | None] = mapped_column(Integer, index=True)

    document: Mapped[Document] = relationship(foreign_keys=[document_id])
    evidence: Mapped[Evidence] = relationship(foreign_keys=[evidence_id])
    response_evidence: Mapped[Evidence | None] = relationship(foreign_keys=[response_evidence_id])
    forum: Mapped[Forum | None] = relationship()
    state_under_review: Mapped[Actor | None] = relationship()
    recommending_states: Mapped[list[Actor]] = relationship(
        secondary=recommendation_states,
        order_by=recommendation_states.c.position,
        viewonly=True,  # written by RecordWriter with each State's position in the report
    )
    theme_rows: Mapped[list[RecommendationTheme]] = relationship(cascade="all, delete-orphan")

    @property
    def themes(self) -> list[str]:
        return [t.theme for t in self.theme_rows]


class RecommendationTheme(Base):
    __tablename__ = "recommendation_themes"

    recommendation_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(120), primary_key=True, index=True)


class Claim(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"))
    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forums.id"), index=True)
    claimant_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    claim_type: Mapped[str] = mapped_column(String(32), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    total: Mapped[int | None] = mapped_column(Integer)
    supportive: Mapped[int | None] = mapped_column(Integer)
    critical: Mapped[int | None] = mapped_column(Integer)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(64))
    subject: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)

    document: Mapped[Document] = relationship()
    evidence: Mapped[Evidence] = relationship()
    forum: Mapped[Forum | None] = relationship()
    claimant: Mapped[Actor | None] = relationship()


class Event(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"))
    forum_id: Mapped[int | None] = mapped_column(ForeignKey("forums.id"), index=True)
    event_type: Mapped[str] = mapped_column(String(32), index=True)
    date: Mapped[date | None] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    date_text: Mapped[str | None] = mapped_column(Text)
    date_resolved: Mapped[bool] = mapped_column(Boolean, default=True)
    mode: Mapped[str | None] = mapped_column(String(16))
    description: Mapped[str | None] = mapped_column(Text)

    document: Mapped[Document] = relationship()
    evidence: Mapped[Evidence] = relationship()
    forum: Mapped[Forum | None] = relationship()
    participants: Mapped[list[Actor]] = relationship(secondary=event_participants)


class ActorMention(Base):
    """An actor named in a document in some role (troika, delegation head, claimant, ...)."""

    __tablename__ = "actor_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    evidence_id: Mapped[int] = mapped_column(ForeignKey("evidence.id"))
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(64))

    document: Mapped[Document] = relationship()
    evidence: Mapped[Evidence] = relationship()
    actor: Mapped[Actor] = relationship()
