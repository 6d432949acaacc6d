"""The column-query list readers give exactly the rows of the ORM serialisers (`*_dict`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rightstrack.record import models as m
from rightstrack.record import queries as q
from rightstrack.record.store import Store, open_store
from rightstrack.web.sample import build_sample_record


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(tmp_path_factory.mktemp("queries") / "record.db")
    build_sample_record(opened)
    yield opened
    opened.close()


@pytest.mark.parametrize(
    "filters",
    [
        q.Filters(limit=None),
        q.Filters(limit=2, offset=3),
        q.Filters(state_under_review="KHM", response="noted"),
        q.Filters(recommending_state="AUS", limit=None),
        q.Filters(q="schools"),
    ],
)
def test_recommendation_rows_match_the_orm(store: Store, filters: q.Filters) -> None:
    with store.session() as session:
        rows = q.list_recommendations(session, filters)
        expected = [
            q.recommendation_dict(r)
            for r in session.scalars(
                q.recommendation_select(session, filters).order_by(m.Recommendation.id)
            )
        ]
    if filters.limit is not None:
        expected = expected[filters.offset : filters.offset + filters.limit]
    for row in expected:
        row["themes"] = sorted(row["themes"])
    assert rows == expected and rows


@pytest.mark.parametrize(
    "filters",
    [q.Filters(limit=None), q.Filters(stance="critical"), q.Filters(speaker="CHN")],
)
def test_statement_and_event_rows_match_the_orm(store: Store, filters: q.Filters) -> None:
    with store.session() as session:
        rows = q.list_statements(session, filters)
        expected = [
            q.statement_dict(s)
            for s in session.scalars(q.statement_select(session, filters).order_by(m.Statement.id))
        ]
        events = q.list_events(session, q.Filters(limit=None))
        expected_events = [
            q.event_dict(e) for e in session.scalars(q.event_select(session, q.Filters()))
        ]
    for row in expected:
        row["themes"] = sorted(row["themes"])
    assert rows == expected and rows
    assert sorted(events, key=lambda e: e["id"]) == sorted(expected_events, key=lambda e: e["id"])
