"""The same code on PostgreSQL: migrations, ingest of the demo corpus, queries.

Runs when RIGHTSTRACK_TEST_PG holds a URL to a scratch database (`.ci/run` starts one); skipped otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

from rightstrack.analyse.checks import check_claims
from rightstrack.demo import DEMO_COUNTRY, corpus_files
from rightstrack.pipeline import ingest_paths
from rightstrack.record import queries as q
from rightstrack.record.models import Base
from rightstrack.record.store import open_store

PG_URL = os.environ.get("RIGHTSTRACK_TEST_PG")
pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg_store():
    if not PG_URL:
        pytest.skip("RIGHTSTRACK_TEST_PG not set (no PostgreSQL server for this run)")
    store = open_store(PG_URL, migrate=False)
    with store.engine.begin() as conn:  # start from an empty database
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    store.close()
    store = open_store(PG_URL)
    yield store
    store.close()


def test_demo_corpus_on_postgres(pg_store, tmp_path: Path) -> None:
    report = ingest_paths(pg_store, corpus_files(tmp_path))
    assert not report.errors
    again = ingest_paths(pg_store, corpus_files(tmp_path))
    assert again.created == 0
    with pg_store.session() as session:
        overview = q.country_overview(session, DEMO_COUNTRY)
        assert sum(overview["recommendations_by_response"].values()) >= 10
        assert q.list_recommendations(
            session, q.Filters(recommending_state="FRA", state_under_review="KHM")
        )
        with_theme = q.list_recommendations(session, q.Filters(q="independence"))
        assert with_theme and all("independence" in r["text"].lower() for r in with_theme)
        # the claim check on PostgreSQL: the committee's count placed at the cycle-2 review
        (claim,) = check_claims(session, q.Filters(kind="response_tally", limit=None))
        assert claim["verification"]["matched_forum"]["key"] == "upr_review|KHM|18"
        assert claim["verification"]["computed"]["total"] == 13
