"""Read the record: the filtered lists and overviews that the CLI, the exports and the web API share.

Every function takes a `Session` and returns plain dicts (JSON-ready), each item with its evidence, so
all three front ends show the same numbers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased, defer, selectinload

from rightstrack.record import models as m


@dataclass
class Filters:
    """Filters understood by the list queries (None means: no filter)."""

    state_under_review: str | None = None  # ISO3
    recommending_state: str | None = None  # ISO3
    speaker: str | None = None  # ISO3 or actor name
    theme: str | None = None
    response: str | None = None
    action: int | None = None
    stance: str | None = None
    session: int | None = None
    forum_id: int | None = None
    document_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    q: str | None = None  # full-text query (case-insensitive substring on the item's text)
    kind: str | None = None  # document kind or event type
    limit: int | None = 100
    offset: int = 0


# --- serialisation ----------------------------------------------------------------------------


def evidence_dict(ev: m.Evidence | None) -> dict[str, Any] | None:
    return ev.to_dict() if ev is not None else None


def actor_dict(actor: m.Actor | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    out: dict[str, Any] = {"id": actor.id, "name": actor.name, "kind": actor.kind}
    if actor.iso3:
        out["iso3"] = actor.iso3
    if actor.title:
        out["title"] = actor.title
    if actor.body:
        out["body"] = actor.body
    return out


def forum_dict(forum: m.Forum | None) -> dict[str, Any] | None:
    if forum is None:
        return None
    return {
        "id": forum.id,
        "key": forum.key,
        "type": forum.type,
        "title": forum.title,
        "state": actor_dict(forum.state),
        "session": forum.session,
        "mandate": forum.mandate,
        "date": forum.date.isoformat() if forum.date else None,
    }


def recommendation_dict(r: m.Recommendation) -> dict[str, Any]:
    return {
        "id": r.id,
        "kind": "recommendation",
        "number": r.number,
        "text": r.text,
        "recommending_states": [actor_dict(a) for a in r.recommending_states],
        "state_under_review": actor_dict(r.state_under_review),
        "session": r.session,
        "response": r.response,
        "themes": r.themes,
        "action": r.action,
        "forum": forum_dict(r.forum),
        "document_id": r.document_id,
        "evidence": evidence_dict(r.evidence),
        "response_evidence": evidence_dict(r.response_evidence),
    }


def statement_dict(s: m.Statement) -> dict[str, Any]:
    return {
        "id": s.id,
        "kind": "statement",
        "speaker": actor_dict(s.speaker),
        "on_behalf_of": actor_dict(s.on_behalf_of),
        "concerning": actor_dict(s.concerning),
        "forum": forum_dict(s.forum),
        "stance": s.stance,
        "themes": s.themes,
        "text": s.text,
        "made_recommendations": s.made_recommendations,
        "document_id": s.document_id,
        "evidence": evidence_dict(s.evidence),
    }


def claim_dict(c: m.Claim) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": "claim",
        "claim_type": c.claim_type,
        "claimant": actor_dict(c.claimant),
        "source": c.source,
        "forum": forum_dict(c.forum),
        "total": c.total,
        "supportive": c.supportive,
        "critical": c.critical,
        "value": c.value,
        "unit": c.unit,
        "subject": c.subject,
        "quote": c.quote,
        "flags": list(c.flags or []),
        "document_id": c.document_id,
        "evidence": evidence_dict(c.evidence),
    }


def event_dict(e: m.Event, participants: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An event as JSON; `participants` (actor dicts) may be given by a caller that loaded them
    in bulk, else they are read from the row."""
    return {
        "id": e.id,
        "kind": "event",
        "event_type": e.event_type,
        "date": e.date.isoformat() if e.date else None,
        "end_date": e.end_date.isoformat() if e.end_date else None,
        "date_text": e.date_text,
        "date_resolved": e.date_resolved,
        "mode": e.mode,
        "description": e.description,
        "participants": participants
        if participants is not None
        else [actor_dict(a) for a in e.participants],
        "forum": forum_dict(e.forum),
        "document_id": e.document_id,
        "evidence": evidence_dict(e.evidence),
    }


def document_dict(d: m.Document, *, with_text: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": d.id,
        "content_hash": d.content_hash,
        "source": d.source,
        "title": d.title,
        "kind": d.kind,
        "source_format": d.source_format,
        "publisher": d.publisher,
        "published": d.published.isoformat() if d.published else None,
        "pages": len(d.page_starts) if d.paged else None,
        "warnings": list(d.warnings or []),
        "ingested_at": d.ingested_at.isoformat(timespec="seconds"),
    }
    if with_text:
        out["text"] = d.text
        out["page_starts"] = list(d.page_starts)
    return out


# --- list queries -----------------------------------------------------------------------------

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


def _state_id(session: Session, iso3: str) -> int | None:
    return session.scalar(
        select(m.Actor.id).where(m.Actor.kind == "state", m.Actor.iso3 == iso3.upper())
    )


def recommendation_select(session: Session, f: Filters) -> Select[Any]:
    """The filtered SELECT of recommendations (unpaged, unordered): shared by list and count."""
    stmt = select(m.Recommendation)
    if f.state_under_review:
        stmt = stmt.where(
            m.Recommendation.state_under_review_id == _state_id(session, f.state_under_review)
        )
    if f.recommending_state:
        actor_id = _state_id(session, f.recommending_state)
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
            *_actor_columns(sur),
            *_forum_columns(fo),
            *_actor_columns(fs),
            *_evidence_columns(ev),
            *_evidence_columns(rev),
        )  # fmt: skip
        .join(ids, ids.c.id == rec.id)
        .outerjoin(sur, sur.id == rec.state_under_review_id)
        .outerjoin(fo, fo.id == rec.forum_id)
        .outerjoin(fs, fs.id == fo.state_id)
        .outerjoin(ev, ev.id == rec.evidence_id)
        .outerjoin(rev, rev.id == rec.response_evidence_id)
        .order_by(rec.id)
    )
    themes = _themes(session, m.RecommendationTheme, "recommendation_id", ids)
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
        states.setdefault(row[0], []).append(_actor_from(row[1:7]))
    out = []
    for row in session.execute(stmt):
        rid, number, text, sess, response, action, document_id = row[:7]
        forum = _forum_from(row[13:20], row[20:26])
        out.append(
            {
                "id": rid,
                "kind": "recommendation",
                "number": number,
                "text": text,
                "recommending_states": states.get(rid, []),
                "state_under_review": _actor_from(row[7:13]),
                "session": sess,
                "response": response,
                "themes": themes.get(rid, []),
                "action": action,
                "forum": forum,
                "document_id": document_id,
                "evidence": _evidence_from(row[26:32]),
                "response_evidence": _evidence_from(row[32:38]),
            }
        )
    return out


def _actor_columns(alias: Any) -> list[Any]:
    return [alias.id, alias.kind, alias.name, alias.iso3, alias.title, alias.body]


def _forum_columns(alias: Any) -> list[Any]:
    return [alias.id, alias.key, alias.type, alias.title, alias.session, alias.mandate, alias.date]


def _evidence_columns(alias: Any) -> list[Any]:
    return [alias.id, alias.document_id, alias.start, alias.end, alias.page, alias.quote]


def _actor_from(values: Any) -> dict[str, Any] | None:
    """actor_dict's shape from (id, kind, name, iso3, title, body)."""
    actor_id, kind, name, iso3, title, body = values
    if actor_id is None:
        return None
    out: dict[str, Any] = {"id": actor_id, "name": name, "kind": kind}
    if iso3:
        out["iso3"] = iso3
    if title:
        out["title"] = title
    if body:
        out["body"] = body
    return out


def _forum_from(values: Any, state: Any) -> dict[str, Any] | None:
    """forum_dict's shape from the forum columns and its State's actor columns."""
    forum_id, key, kind, title, sess, mandate, when = values
    if forum_id is None:
        return None
    return {
        "id": forum_id,
        "key": key,
        "type": kind,
        "title": title,
        "state": _actor_from(state),
        "session": sess,
        "mandate": mandate,
        "date": when.isoformat() if when else None,
    }


def _evidence_from(values: Any) -> dict[str, Any] | None:
    """evidence_dict's shape from (id, document_id, start, end, page, quote)."""
    ev_id, document_id, start, end, page, quote = values
    if ev_id is None:
        return None
    return {"document_id": document_id, "start": start, "end": end, "page": page, "quote": quote}


def _themes(session: Session, table: Any, key: str, ids: Any) -> dict[int, list[str]]:
    column = getattr(table, key)
    stmt = (
        select(column, table.theme)
        .where(column.in_(select(ids.c.id)))
        .order_by(column, table.theme)
    )
    out: dict[int, list[str]] = {}
    for item_id, theme in session.execute(stmt):
        out.setdefault(item_id, []).append(theme)
    return out


def statement_select(session: Session, f: Filters) -> Select[Any]:
    stmt = select(m.Statement)
    if f.state_under_review:
        state_id = _state_id(session, f.state_under_review)
        stmt = stmt.where(
            or_(
                m.Statement.concerning_id == state_id,
                m.Statement.forum_id.in_(select(m.Forum.id).where(m.Forum.state_id == state_id)),
            )
        )
    if f.speaker:
        speaker_id = _state_id(session, f.speaker) if len(f.speaker) == 3 else None
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
            *_actor_columns(speaker),
            *_actor_columns(behalf),
            *_actor_columns(about),
            *_forum_columns(fo),
            *_actor_columns(fs),
            *_evidence_columns(ev),
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
    themes = _themes(session, m.StatementTheme, "statement_id", ids)
    out = []
    for row in session.execute(stmt):
        sid, stance, text, made, document_id = row[:5]
        out.append(
            {
                "id": sid,
                "kind": "statement",
                "speaker": _actor_from(row[5:11]),
                "on_behalf_of": _actor_from(row[11:17]),
                "concerning": _actor_from(row[17:23]),
                "forum": _forum_from(row[23:30], row[30:36]),
                "stance": stance,
                "themes": themes.get(sid, []),
                "text": text,
                "made_recommendations": made,
                "document_id": document_id,
                "evidence": _evidence_from(row[36:42]),
            }
        )
    return out


def claim_select(session: Session, f: Filters) -> Select[Any]:
    stmt = select(m.Claim)
    if f.forum_id is not None:
        stmt = stmt.where(m.Claim.forum_id == f.forum_id)
    if f.document_id is not None:
        stmt = stmt.where(m.Claim.document_id == f.document_id)
    if f.kind:
        stmt = stmt.where(m.Claim.claim_type == f.kind)
    if f.state_under_review:
        state_id = _state_id(session, f.state_under_review)
        stmt = stmt.where(
            m.Claim.forum_id.in_(select(m.Forum.id).where(m.Forum.state_id == state_id))
        )
    if f.q:
        stmt = stmt.where(m.Claim.subject.ilike(f"%{f.q}%") | m.Claim.quote.ilike(f"%{f.q}%"))
    return stmt


def list_claims(session: Session, f: Filters) -> list[dict[str, Any]]:
    stmt = _page(claim_select(session, f).order_by(m.Claim.id), f).options(
        _actors(m.Claim.claimant),
        selectinload(m.Claim.evidence),
        _forum_with_state(m.Claim.forum),
    )
    return [claim_dict(c) for c in session.scalars(stmt)]


def event_select(session: Session, f: Filters) -> Select[Any]:
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
        state_id = _state_id(session, f.state_under_review)
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
    stmt = select(m.Document)
    if f.kind:
        stmt = stmt.where(m.Document.kind == f.kind)
    if f.q:
        stmt = stmt.where(m.Document.title.ilike(f"%{f.q}%") | m.Document.source.ilike(f"%{f.q}%"))
    return stmt


def list_documents(session: Session, f: Filters) -> list[dict[str, Any]]:
    stmt = _page(document_select(session, f).order_by(m.Document.id), f)
    stmt = stmt.options(defer(m.Document.text))  # a list never shows the text
    return [document_dict(d) for d in session.scalars(stmt)]


def forum_select(session: Session, f: Filters) -> Select[Any]:
    stmt = select(m.Forum)
    if f.state_under_review:
        stmt = stmt.where(m.Forum.state_id == _state_id(session, f.state_under_review))
    if f.kind:
        stmt = stmt.where(m.Forum.type == f.kind)
    if f.session is not None:
        stmt = stmt.where(m.Forum.session == f.session)
    return stmt


def list_forums(session: Session, f: Filters) -> list[dict[str, Any]]:
    stmt = forum_select(session, f).options(selectinload(m.Forum.state).load_only(*ACTOR_COLUMNS))
    stmt = _page(stmt.order_by(m.Forum.date, m.Forum.id), f)
    return [forum_dict(x) for x in session.scalars(stmt)]  # type: ignore[misc]


def actor_select(session: Session, f: Filters) -> Select[Any]:
    stmt = select(m.Actor)
    if f.kind:
        stmt = stmt.where(m.Actor.kind == f.kind)
    if f.q:
        stmt = stmt.where(m.Actor.name.ilike(f"%{f.q}%"))
    return stmt


def list_actors(session: Session, f: Filters) -> list[dict[str, Any]]:
    stmt = actor_select(session, f).options(defer(m.Actor.aliases))
    stmt = _page(stmt.order_by(m.Actor.kind, m.Actor.name), f)
    return [actor_dict(a) for a in session.scalars(stmt)]  # type: ignore[misc]


# --- overview ---------------------------------------------------------------------------------


def country_overview(session: Session, iso3: str) -> dict[str, Any]:
    """Everything the record holds about one State: forums, statements by stance,
    recommendations by response, claims — the figures of `rightstrack demo` and the country page."""
    state_id = _state_id(session, iso3)
    state = session.get(m.Actor, state_id) if state_id else None
    f = Filters(state_under_review=iso3, limit=None)
    stances = Counter(
        session.scalars(statement_select(session, f).with_only_columns(m.Statement.stance))
    )
    responses = Counter(
        session.scalars(
            recommendation_select(session, f).with_only_columns(m.Recommendation.response)
        )
    )
    theme_counts = Counter(
        session.scalars(
            select(m.RecommendationTheme.theme).where(
                m.RecommendationTheme.recommendation_id.in_(
                    recommendation_select(session, f).with_only_columns(m.Recommendation.id)
                )
            )
        )
    )
    return {
        "state": actor_dict(state),
        "forums": list_forums(session, f),
        "statements_by_stance": {str(k): v for k, v in stances.items()},
        "recommendations_by_response": {str(k): v for k, v in responses.items()},
        "recommendation_themes": dict(theme_counts.most_common()),
        "claims": list_claims(session, f),
        "events": list_events(session, f),
    }


# --- counts, facets and per-page reads (web pages and API) -------------------------------------

SELECTS = {
    "recommendations": recommendation_select,
    "statements": statement_select,
    "claims": claim_select,
    "events": event_select,
    "documents": document_select,
    "forums": forum_select,
    "actors": actor_select,
}


def count_items(session: Session, what: str, f: Filters) -> int:
    """How many rows `list_<what>(session, f)` would return without its limit and offset."""
    return count(session, SELECTS[what](session, f))


def _grouped(session: Session, column: Any, ids: Select[Any], id_column: Any) -> list[Any]:
    stmt = (
        select(column, func.count())
        .where(id_column.in_(ids))
        .group_by(column)
        .order_by(func.count().desc(), column)
    )
    return [(key, n) for key, n in session.execute(stmt) if key is not None]


def recommendation_facets(session: Session, f: Filters) -> dict[str, list[tuple[Any, int]]]:
    """Counts by response, theme, session, action and State over the filtered recommendations.

    One facet list per field, most frequent first, so the search page can offer the next filter
    with its count (and the counts add up to what a click on it returns)."""
    ids = recommendation_select(session, f).with_only_columns(m.Recommendation.id)
    rec = m.Recommendation
    grouped = (
        recommendation_select(session, f)
        .with_only_columns(
            rec.response, rec.session, rec.action, rec.state_under_review_id, func.count()
        )
        .group_by(rec.response, rec.session, rec.action, rec.state_under_review_id)
    )
    by: dict[str, Counter[Any]] = {
        "response": Counter(),
        "session": Counter(),
        "action": Counter(),
        "state_under_review": Counter(),
    }
    for response, session_number, action, state_id, n in session.execute(grouped):
        by["response"][response] += n
        by["session"][session_number] += n
        by["action"][action] += n
        by["state_under_review"][state_id] += n
    state_ids = [k for k in by["state_under_review"] if k is not None]
    iso3 = dict(
        session.execute(
            select(m.Actor.id, m.Actor.iso3).where(
                m.Actor.id.in_(state_ids), m.Actor.iso3.is_not(None)
            )
        ).all()
    )
    by["state_under_review"] = Counter(
        {iso3[k]: n for k, n in by["state_under_review"].items() if k in iso3}
    )
    facets: dict[str, list[tuple[Any, int]]] = {
        name: sorted(
            ((k, n) for k, n in counts.items() if k is not None), key=lambda kn: (-kn[1], kn[0])
        )
        for name, counts in by.items()
    }
    facets["theme"] = _grouped(
        session, m.RecommendationTheme.theme, ids, m.RecommendationTheme.recommendation_id
    )
    link = m.recommendation_states.c
    by_actor = (
        select(m.Actor.iso3, func.count())
        .select_from(m.recommendation_states)
        .join(m.Actor, m.Actor.id == link.actor_id)
        .where(link.recommendation_id.in_(ids), m.Actor.iso3.is_not(None))
        .group_by(m.Actor.iso3)
        .order_by(func.count().desc(), m.Actor.iso3)
    )
    facets["recommending_state"] = [tuple(row) for row in session.execute(by_actor)]
    return facets


def theme_response_counts(session: Session, f: Filters) -> list[dict[str, Any]]:
    """Rows {theme, response, count} over the filtered recommendations (a recommendation with no
    theme counts under "(no theme)"), for the country page's chart of themes by response."""
    ids = recommendation_select(session, f).with_only_columns(m.Recommendation.id)
    theme = m.RecommendationTheme
    stmt = (
        select(theme.theme, m.Recommendation.response, func.count())
        .select_from(m.Recommendation)
        .outerjoin(theme, theme.recommendation_id == m.Recommendation.id)
        .where(m.Recommendation.id.in_(ids))
        .group_by(theme.theme, m.Recommendation.response)
    )
    return [
        {"theme": t or "(no theme)", "response": r or "unknown", "count": n}
        for t, r, n in session.execute(stmt)
    ]


def recommender_theme_counts(session: Session, f: Filters) -> list[dict[str, Any]]:
    """Rows {state, iso3, theme, count}: who recommends what over the filtered recommendations."""
    ids = recommendation_select(session, f).with_only_columns(m.Recommendation.id)
    link = m.recommendation_states.c
    theme = m.RecommendationTheme
    stmt = (
        select(m.Actor.name, m.Actor.iso3, theme.theme, func.count())
        .select_from(m.recommendation_states)
        .join(m.Actor, m.Actor.id == link.actor_id)
        .join(theme, theme.recommendation_id == link.recommendation_id)
        .where(link.recommendation_id.in_(ids))
        .group_by(m.Actor.name, m.Actor.iso3, theme.theme)
    )
    return [
        {"state": name, "iso3": iso3, "theme": t, "count": n}
        for name, iso3, t, n in session.execute(stmt)
    ]


def list_countries(session: Session) -> list[dict[str, Any]]:
    """States the record has something about (reviews, dialogues): ISO3, name and item counts."""
    recs = dict(
        session.execute(
            select(m.Recommendation.state_under_review_id, func.count()).group_by(
                m.Recommendation.state_under_review_id
            )
        ).all()
    )
    forums = dict(
        session.execute(
            select(m.Forum.state_id, func.count())
            .where(m.Forum.state_id.is_not(None))
            .group_by(m.Forum.state_id)
        ).all()
    )
    ids = {k for k in (*recs, *forums) if k is not None}
    actors = session.scalars(select(m.Actor).where(m.Actor.id.in_(ids)).order_by(m.Actor.name))
    return [
        {
            "iso3": a.iso3,
            "name": a.name,
            "recommendations": recs.get(a.id, 0),
            "forums": forums.get(a.id, 0),
        }
        for a in actors
        if a.iso3
    ]


def document_items(session: Session, document_id: int) -> list[dict[str, Any]]:
    """Every item extracted from one document (recommendations, statements, claims, events), each
    with its evidence, ordered by where its passage starts: what the document page highlights."""
    f = Filters(document_id=document_id, limit=None)
    rows = [
        *list_recommendations(session, f),
        *list_statements(session, f),
        *list_claims(session, f),
        *list_events(session, f),
    ]
    return sorted(rows, key=lambda r: ((r["evidence"] or {}).get("start", 0), r["kind"], r["id"]))


def forum_detail(session: Session, forum_id: int) -> dict[str, Any] | None:
    """One forum with every statement made in it and every claim about it (None if unknown)."""
    forum = session.get(m.Forum, forum_id)
    if forum is None:
        return None
    f = Filters(forum_id=forum_id, limit=None)
    return {
        "forum": forum_dict(forum),
        "statements": list_statements(session, f),
        "claims": list_claims(session, f),
        "events": list_events(session, f),
        "recommendations": count(session, recommendation_select(session, f)),
    }


def forum_report_dates(session: Session, forum_ids: list[int]) -> dict[int, date]:
    """For forums stored without a date (a UPR review), the earliest dated event held in them
    (the review's dialogue), else the earliest publication date of the documents reporting on
    them, so a timeline can place them (and say where the date comes from)."""
    out: dict[int, date] = {}
    events = (
        select(m.Event.forum_id, func.min(m.Event.date))
        .where(m.Event.forum_id.in_(forum_ids), m.Event.date.is_not(None))
        .group_by(m.Event.forum_id)
    )
    out.update({fid: when for fid, when in session.execute(events) if when is not None})
    for model in (m.Recommendation, m.Statement):
        stmt = (
            select(model.forum_id, func.min(m.Document.published))
            .join(m.Document, m.Document.id == model.document_id)
            .where(model.forum_id.in_(forum_ids), m.Document.published.is_not(None))
            .group_by(model.forum_id)
        )
        for forum_id, published in session.execute(stmt):
            if forum_id in out or published is None:
                continue
            out[forum_id] = published
    return out
