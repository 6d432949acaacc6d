"""Country overview, counts, facets and per-page reads for the web pages and the demo."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from rightstrack.record import models as m
from rightstrack.record.queries.filters import (
    Filters,
)
from rightstrack.record.queries.lists import (
    actor_select,
    claim_select,
    count,
    document_select,
    event_select,
    forum_select,
    list_claims,
    list_events,
    list_forums,
    list_recommendations,
    list_statements,
    recommendation_select,
    state_actor_id,
    statement_select,
)
from rightstrack.record.queries.serialise import (
    actor_dict,
    forum_dict,
)


def country_overview(session: Session, iso3: str) -> dict[str, Any]:
    """Everything the record holds about one State: forums, statements by stance,
    recommendations by response, claims — the figures of `rightstrack demo` and the country page."""
    state_id = state_actor_id(session, iso3)
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
