"""Filtered SELECTs and list readers for every kind of item (shared by CLI, exports and web)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, String, cast, func, or_, select
from sqlalchemy.orm import Session, aliased, defer, selectinload

from rightstrack.record import models as m
from rightstrack.record.queries.filters import (
    Filters,
)
from rightstrack.record.queries.rows import (
    actor_columns,
    actor_from,
    evidence_columns,
    evidence_from,
    forum_columns,
    forum_from,
    themes_by_id,
)
from rightstrack.record.queries.serialise import (
    actor_dict,
    claim_dict,
    document_dict,
    event_dict,
    forum_dict,
)

ACTOR_COLUMNS = (m.Actor.id, m.Actor.kind, m.Actor.name, m.Actor.iso3, m.Actor.title, m.Actor.body)


def _actors(relationship: Any) -> Any:
    """Eager-load actors with only the columns actor_dict shows (not the JSON aliases)."""
    return selectinload(relationship).load_only(*ACTOR_COLUMNS)


def _forum_with_state(relationship: Any) -> Any:
    return selectinload(relationship).selectinload(m.Forum.state).load_only(*ACTOR_COLUMNS)


def _page(stmt: Select[Any], f: Filters) -> Select[Any]:
    if f.offset:
        stmt = stmt.offset(f.offset)
    if f.limit is not None:
        stmt = stmt.limit(f.limit)
    return stmt


def state_actor_id(session: Session, iso3: str) -> int | None:
    """The Actor id of the State with this ISO3 code, None when the record has no such State."""
    return session.scalar(
        select(m.Actor.id).where(m.Actor.kind == "state", m.Actor.iso3 == iso3.upper())
    )


def recommendation_select(session: Session, f: Filters) -> Select[Any]:
    """The filtered SELECT of recommendations (unpaged, unordered): shared by list and count."""
    stmt = select(m.Recommendation)
    if f.state_under_review:
        stmt = stmt.where(
            m.Recommendation.state_under_review_id == state_actor_id(session, f.state_under_review)
        )
    if f.recommending_state:
        actor_id = state_actor_id(session, f.recommending_state)
        stmt = stmt.where(
            m.Recommendation.id.in_(
                select(m.recommendation_states.c.recommendation_id).where(
                    m.recommendation_states.c.actor_id == actor_id
                )
            )
        )
    if f.theme:
        stmt = stmt.where(
            m.Recommendation.id.in_(
                select(m.RecommendationTheme.recommendation_id).where(
                    m.RecommendationTheme.theme == f.theme
                )
            )
        )
    if f.response:
        stmt = stmt.where(m.Recommendation.response == f.response)
    if f.action is not None:
        stmt = stmt.where(m.Recommendation.action == f.action)
    if f.session is not None:
        stmt = stmt.where(m.Recommendation.session == f.session)
    if f.forum_id is not None:
        stmt = stmt.where(m.Recommendation.forum_id == f.forum_id)
    if f.document_id is not None:
        stmt = stmt.where(m.Recommendation.document_id == f.document_id)
    if f.q:
        stmt = stmt.where(m.Recommendation.text.ilike(f"%{f.q}%"))
    if f.date_from or f.date_to:
        stmt = stmt.join(m.Forum, m.Recommendation.forum_id == m.Forum.id)
        if f.date_from:
            stmt = stmt.where(m.Forum.date >= f.date_from)
        if f.date_to:
            stmt = stmt.where(m.Forum.date <= f.date_to)
    return stmt


def count(session: Session, stmt: Select[Any]) -> int:
    """Rows `stmt` selects, ignoring its order (what a paged list reports as its total)."""
    return session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0


def list_recommendations(session: Session, f: Filters) -> list[dict[str, Any]]:
    """The filtered recommendations as `recommendation_dict`s, read with plain column queries:
    building ORM objects for every row, actor and span made long lists and exports slow."""
    rec = m.Recommendation
    page = _page(recommendation_select(session, f).with_only_columns(rec.id).order_by(rec.id), f)
    ids = page.subquery()
    sur, fo, fs = aliased(m.Actor), aliased(m.Forum), aliased(m.Actor)
    ev, rev = aliased(m.Evidence), aliased(m.Evidence)
    stmt = (
        select(
            rec.id,
            rec.number,
            rec.text,
            rec.session,
            rec.response,
            rec.action,
            rec.document_id,
            *actor_columns(sur),
            *forum_columns(fo),
            *actor_columns(fs),
            *evidence_columns(ev),
            *evidence_columns(rev),
        )  # fmt: skip
        .join(ids, ids.c.id == rec.id)
        .outerjoin(sur, sur.id == rec.state_under_review_id)
        .outerjoin(fo, fo.id == rec.forum_id)
        .outerjoin(fs, fs.id == fo.state_id)
        .outerjoin(ev, ev.id == rec.evidence_id)
        .outerjoin(rev, rev.id == rec.response_evidence_id)
        .order_by(rec.id)
    )
    themes = themes_by_id(session, m.RecommendationTheme, "recommendation_id", ids)
    link = m.recommendation_states.c
    by_states = (
        select(link.recommendation_id, *ACTOR_COLUMNS)
        .select_from(m.recommendation_states)
        .join(m.Actor, m.Actor.id == link.actor_id)
        .where(link.recommendation_id.in_(select(ids.c.id)))
        .order_by(link.recommendation_id, link.position, link.actor_id)
    )
    states: dict[int, list[dict[str, Any]]] = {}
    for row in session.execute(by_states):
        states.setdefault(row[0], []).append(actor_from(row[1:7]))
    out = []
    for row in session.execute(stmt):
        rid, number, text, sess, response, action, document_id = row[:7]
        forum = forum_from(row[13:20], row[20:26])
        out.append(
            {
                "id": rid,
                "kind": "recommendation",
                "number": number,
                "text": text,
                "recommending_states": states.get(rid, []),
                "state_under_review": actor_from(row[7:13]),
                "session": sess,
                "response": response,
                "themes": themes.get(rid, []),
                "action": action,
                "forum": forum,
                "document_id": document_id,
                "evidence": evidence_from(row[26:32]),
                "response_evidence": evidence_from(row[32:38]),
            }
        )
    return out


def statement_select(session: Session, f: Filters) -> Select[Any]:
    """The statements `f` selects, unordered and unpaged (shared by list and count)."""
    stmt = select(m.Statement)
    if f.state_under_review:
        state_id = state_actor_id(session, f.state_under_review)
        stmt = stmt.where(
            or_(
                m.Statement.concerning_id == state_id,
                m.Statement.forum_id.in_(select(m.Forum.id).where(m.Forum.state_id == state_id)),
            )
        )
    if f.speaker:
        speaker_id = state_actor_id(session, f.speaker) if len(f.speaker) == 3 else None
        if speaker_id is None:
            speaker_id = session.scalar(select(m.Actor.id).where(m.Actor.name == f.speaker))
        stmt = stmt.where(m.Statement.speaker_id == speaker_id)
    if f.theme:
        stmt = stmt.where(
            m.Statement.id.in_(
                select(m.StatementTheme.statement_id).where(m.StatementTheme.theme == f.theme)
            )
        )
    if f.stance:
        stmt = stmt.where(m.Statement.stance == f.stance)
    if f.forum_id is not None:
        stmt = stmt.where(m.Statement.forum_id == f.forum_id)
    if f.document_id is not None:
        stmt = stmt.where(m.Statement.document_id == f.document_id)
    if f.session is not None:
        stmt = stmt.where(
            m.Statement.forum_id.in_(select(m.Forum.id).where(m.Forum.session == f.session))
        )
    if f.q:
        stmt = stmt.where(m.Statement.text.ilike(f"%{f.q}%"))
    if f.date_from or f.date_to:
        stmt = stmt.join(m.Forum, m.Statement.forum_id == m.Forum.id)
        if f.date_from:
            stmt = stmt.where(m.Forum.date >= f.date_from)
        if f.date_to:
            stmt = stmt.where(m.Forum.date <= f.date_to)
    return stmt


def list_statements(session: Session, f: Filters) -> list[dict[str, Any]]:
    """The filtered statements as `statement_dict`s, read with plain column queries (see
    list_recommendations)."""
    st = m.Statement
    page = _page(statement_select(session, f).with_only_columns(st.id).order_by(st.id), f)
    ids = page.subquery()
    speaker, behalf, about = aliased(m.Actor), aliased(m.Actor), aliased(m.Actor)
    fo, fs, ev = aliased(m.Forum), aliased(m.Actor), aliased(m.Evidence)
    stmt = (
        select(
            st.id,
            st.stance,
            st.text,
            st.made_recommendations,
            st.document_id,
            *actor_columns(speaker),
            *actor_columns(behalf),
            *actor_columns(about),
            *forum_columns(fo),
            *actor_columns(fs),
            *evidence_columns(ev),
        )  # fmt: skip
        .join(ids, ids.c.id == st.id)
        .outerjoin(speaker, speaker.id == st.speaker_id)
        .outerjoin(behalf, behalf.id == st.on_behalf_of_id)
        .outerjoin(about, about.id == st.concerning_id)
        .outerjoin(fo, fo.id == st.forum_id)
        .outerjoin(fs, fs.id == fo.state_id)
        .outerjoin(ev, ev.id == st.evidence_id)
        .order_by(st.id)
    )
    themes = themes_by_id(session, m.StatementTheme, "statement_id", ids)
    out = []
    for row in session.execute(stmt):
        sid, stance, text, made, document_id = row[:5]
        out.append(
            {
                "id": sid,
                "kind": "statement",
                "speaker": actor_from(row[5:11]),
                "on_behalf_of": actor_from(row[11:17]),
                "concerning": actor_from(row[17:23]),
                "forum": forum_from(row[23:30], row[30:36]),
                "stance": stance,
                "themes": themes.get(sid, []),
                "text": text,
                "made_recommendations": made,
                "document_id": document_id,
                "evidence": evidence_from(row[36:42]),
            }
        )
    return out


def claim_select(session: Session, f: Filters) -> Select[Any]:
    """The claims `f` selects, unordered and unpaged (shared by list and count)."""
    stmt = select(m.Claim)
    if f.forum_id is not None:
        stmt = stmt.where(m.Claim.forum_id == f.forum_id)
    if f.document_id is not None:
        stmt = stmt.where(m.Claim.document_id == f.document_id)
    if f.kind:
        stmt = stmt.where(m.Claim.claim_type == f.kind)
    if f.state_under_review:
        state_id = state_actor_id(session, f.state_under_review)
        stmt = stmt.where(
            m.Claim.forum_id.in_(select(m.Forum.id).where(m.Forum.state_id == state_id))
        )
    if f.q:
        stmt = stmt.where(m.Claim.subject.ilike(f"%{f.q}%") | m.Claim.quote.ilike(f"%{f.q}%"))
    return stmt


def list_claims(session: Session, f: Filters) -> list[dict[str, Any]]:
    """One page of claims, in the order stored, as JSON with evidence."""
    stmt = _page(claim_select(session, f).order_by(m.Claim.id), f).options(
        _actors(m.Claim.claimant),
        selectinload(m.Claim.evidence),
        _forum_with_state(m.Claim.forum),
    )
    return [claim_dict(c) for c in session.scalars(stmt)]


def event_select(session: Session, f: Filters) -> Select[Any]:
    """The events `f` selects, unordered and unpaged (shared by list and count)."""
    stmt = select(m.Event)
    if f.kind:
        stmt = stmt.where(m.Event.event_type == f.kind)
    if f.forum_id is not None:
        stmt = stmt.where(m.Event.forum_id == f.forum_id)
    if f.document_id is not None:
        stmt = stmt.where(m.Event.document_id == f.document_id)
    if f.date_from:
        stmt = stmt.where(m.Event.date >= f.date_from)
    if f.date_to:
        stmt = stmt.where(m.Event.date <= f.date_to)
    if f.state_under_review:
        state_id = state_actor_id(session, f.state_under_review)
        # a State's events: those of its forums (its review, dialogues on it), and events with no
        # forum that it takes part in (a visit, an election) — not every review it spoke at
        stmt = stmt.where(
            or_(
                m.Event.forum_id.in_(select(m.Forum.id).where(m.Forum.state_id == state_id)),
                m.Event.forum_id.is_(None)
                & m.Event.id.in_(
                    select(m.event_participants.c.event_id).where(
                        m.event_participants.c.actor_id == state_id
                    )
                ),
            )
        )
    if f.q:
        stmt = stmt.where(m.Event.description.ilike(f"%{f.q}%"))
    return stmt


def list_events(session: Session, f: Filters) -> list[dict[str, Any]]:
    """One page of events by date, as JSON with evidence and participants."""
    stmt = _page(event_select(session, f).order_by(m.Event.date, m.Event.id), f).options(
        selectinload(m.Event.evidence),
        _forum_with_state(m.Event.forum),
    )
    events = list(session.scalars(stmt))
    people = _participants(session, [e.id for e in events])
    return [event_dict(e, people.get(e.id, [])) for e in events]


def _participants(session: Session, event_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Participants of many events in one plain query: a review's dialogue event has dozens of
    speaking States, and building ORM objects for each made event lists slow."""
    link = m.event_participants.c
    out: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(event_ids), 500):
        stmt = (
            select(link.event_id, *ACTOR_COLUMNS)
            .select_from(m.event_participants)
            .join(m.Actor, m.Actor.id == link.actor_id)
            .where(link.event_id.in_(event_ids[start : start + 500]))
            .order_by(link.event_id, m.Actor.name)
        )
        for event_id, actor_id, kind, name, iso3, title, body in session.execute(stmt):
            row: dict[str, Any] = {"id": actor_id, "name": name, "kind": kind}
            for key, value in (("iso3", iso3), ("title", title), ("body", body)):
                if value:
                    row[key] = value
            out.setdefault(event_id, []).append(row)
    return out


def document_select(session: Session, f: Filters) -> Select[Any]:
    """The documents `f` selects, unordered and unpaged (shared by list and count)."""
    stmt = select(m.Document)
    if f.kind:
        stmt = stmt.where(m.Document.kind == f.kind)
    if f.q:
        stmt = stmt.where(m.Document.title.ilike(f"%{f.q}%") | m.Document.source.ilike(f"%{f.q}%"))
    return stmt


def list_documents(session: Session, f: Filters) -> list[dict[str, Any]]:
    """One page of documents, in the order stored, without their text."""
    stmt = _page(document_select(session, f).order_by(m.Document.id), f)
    stmt = stmt.options(defer(m.Document.text))  # a list never shows the text
    return [document_dict(d) for d in session.scalars(stmt)]


def forum_select(session: Session, f: Filters) -> Select[Any]:
    """The forums `f` selects, unordered and unpaged (shared by list and count)."""
    stmt = select(m.Forum)
    if f.state_under_review:
        stmt = stmt.where(m.Forum.state_id == state_actor_id(session, f.state_under_review))
    if f.kind:
        stmt = stmt.where(m.Forum.type == f.kind)
    if f.session is not None:
        stmt = stmt.where(m.Forum.session == f.session)
    return stmt


def list_forums(session: Session, f: Filters) -> list[dict[str, Any]]:
    """One page of forums by date."""
    stmt = forum_select(session, f).options(selectinload(m.Forum.state).load_only(*ACTOR_COLUMNS))
    stmt = _page(stmt.order_by(m.Forum.date, m.Forum.id), f)
    return [forum_dict(x) for x in session.scalars(stmt)]  # type: ignore[misc]


def actor_select(session: Session, f: Filters) -> Select[Any]:
    """The actors `f` selects, unordered and unpaged (shared by list and count)."""
    stmt = select(m.Actor)
    if f.kind:
        stmt = stmt.where(m.Actor.kind == f.kind)
    if f.q:  # by its name or another it goes by ("UNAMA" finds the mission named in full)
        stmt = stmt.where(or_(m.Actor.name.ilike(f"%{f.q}%"), cast(m.Actor.aliases, String).ilike(f"%{f.q}%")))
    return stmt


def list_actors(session: Session, f: Filters) -> list[dict[str, Any]]:
    """One page of actors by kind and name."""
    stmt = actor_select(session, f).options(defer(m.Actor.aliases))
    stmt = _page(stmt.order_by(m.Actor.kind, m.Actor.name), f)
    return [actor_dict(a) for a in session.scalars(stmt)]  # type: ignore[misc]
