"""The demo corpus end to end: what `rightstrack demo` must show about Cambodia.

The corpus is text written for the project (src/rightstrack/demo/corpus); these checks are the facts
it states, so they fail if an extractor loses one.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from rightstrack.demo import corpus_files, run_demo
from rightstrack.pipeline import extract_file
from rightstrack.record import queries as q
from rightstrack.record.store import open_store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    out = io.StringIO()
    run_demo(db, out)
    return db, out.getvalue()


def test_demo_prints_overview_and_url(demo_db: tuple[Path, str]) -> None:
    _db, text = demo_db
    assert "== Cambodia (KHM) ==" in text
    assert "Recommendations: 13 (8 supported, 3 pending, 2 noted)" in text
    assert "30 of 39 supportive, 9 critical" in text
    assert "http://127.0.0.1:8000/countries/KHM" in text
    assert "error:" not in text


def test_demo_upr_report(tmp_path: Path) -> None:
    pdf = next(p for p in corpus_files(tmp_path) if p.suffix == ".pdf")
    _doc, items = extract_file(pdf)
    recs = [i for i in items if i.kind == "recommendation"]
    assert len(recs) == 13
    assert all(r.session == 18 and r.state_under_review.iso3 == "KHM" for r in recs)
    by_number = {r.number: r for r in recs}
    assert [s.iso3 for s in by_number["23.3"].recommending_states] == ["AUS", "PHL", "MAR"]
    assert [s.iso3 for s in by_number["23.4"].recommending_states] == ["VEN"]
    assert [s.iso3 for s in by_number["24.3"].recommending_states] == ["BIH", "TTO"]
    assert by_number["24.1"].response == "pending" and by_number["25.2"].response == "noted"
    assert by_number["24.1"].action == 3  # "Consider ..."
    statements = [i for i in items if i.kind == "statement"]
    speakers = [s.speaker.iso3 for s in statements if s.speaker and s.speaker.iso3 != "KHM"]
    assert speakers == ["JPN", "AUS", "CHN", "FRA", "VNM", "USA", "VEN", "SWE", "LAO", "GBR", "BIH", "CIV"]
    assert any(s.speaker and s.speaker.iso3 == "KHM" for s in statements)  # the State's replies
    stance = {s.speaker.iso3: s.stance for s in statements if s.speaker}
    assert stance["JPN"] == "supportive" and stance["FRA"] == "critical" and stance["AUS"] == "mixed"
    assert stance["BIH"] == "neutral"
    roles = {(i.role, i.actor.name) for i in items if i.kind == "actor"}
    assert ("troika", "Italy") in roles or ("troika", "Morocco") in roles
    assert any(role == "delegation_head" and "Mak Sambath" in name for role, name in roles)
    review = next(i for i in items if i.kind == "event")
    assert review.date == date(2014, 1, 28)


def test_demo_claim_and_forum(demo_db: tuple[Path, str]) -> None:
    db, _text = demo_db
    store = open_store(db)
    with store.session() as session:
        claims = q.list_claims(session, q.Filters(kind="tally"))
        assert len(claims) == 1
        claim = claims[0]
        assert (claim["total"], claim["supportive"], claim["critical"]) == (39, 30, 9)
        assert "Permanent Mission of Cambodia" in claim["claimant"]["name"]
        forum = claim["forum"]
        assert forum["type"] == "interactive_dialogue" and forum["date"] == "2022-10-05"
        statements = q.list_statements(session, q.Filters(forum_id=forum["id"], limit=None))
        speakers = {s["speaker"]["name"] for s in statements}
        assert {"China", "European Union"} <= speakers
        assert any(s["speaker"].get("iso3") == "GBR" for s in statements)
        forums = q.list_forums(session, q.Filters(state_under_review="KHM", kind="upr_review"))
        # the report's review, and the one the committee's statement names by its cycle only
        assert sorted((f["key"], f["session"], f["date"]) for f in forums) == [
            ("upr_review|KHM|18", 18, "2014-01-28"), ("upr_review|KHM|c2", None, None)]  # fmt: skip
        events = q.list_events(session, q.Filters(kind="meeting", limit=None))
        assert any(e["date"] == "2022-03-25" for e in events)
    store.close()


def test_demo_response_tally_is_checked_against_the_review(demo_db: tuple[Path, str]) -> None:
    """The committee's "eleven of the 13 accepted, two noted" meets the report's 13 recommendations,
    three of which still await a response: not verifiable, and the text says why."""
    from rightstrack.analyse.checks import check_claims

    db, text = demo_db
    store = open_store(db)
    with store.session() as session:
        (claim,) = check_claims(session, q.Filters(kind="response_tally", limit=None))
    store.close()
    assert (claim["total"], claim["supportive"], claim["critical"]) == (13, 11, 2)
    assert claim["claimant"]["name"] == "Cambodian Human Rights Committee"
    v = claim["verification"]
    assert v["matched_forum"]["key"] == "upr_review|KHM|18"
    assert v["computed"] == {"total": 13, "supported": 8, "noted": 2, "pending": 3}
    assert v["reason"].startswith("3 of the 13 recommendations have no response in the record yet")
    assert "11 of 13 recommendations supported, 2 noted" in text


def test_demo_into_a_folder_is_a_one_line_error(tmp_path: Path) -> None:
    from rightstrack.errors import InputError

    with pytest.raises(InputError, match="is a folder"):
        run_demo(tmp_path, out=io.StringIO())
    assert tmp_path.is_dir() and not any(tmp_path.iterdir())


def test_web_shows_the_response_tally_as_the_cli_does(demo_db: tuple[Path, str]) -> None:
    """The country page and the forum API verify claims with the same code as `claims check`."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx versions
        from fastapi.testclient import TestClient

    from rightstrack.web.app import create_app

    db, _text = demo_db
    store = open_store(db)
    client = TestClient(create_app(store=store))
    html = client.get("/countries/KHM").text
    for shown in ("supported: 11", "noted: 2", "pending: 3", "the review of cycle 2 in the record"):
        assert shown in html
    forum = next(f for f in client.get("/api/forums?limit=50").json()["items"]
                 if f["key"] == "upr_review|KHM|c2")  # fmt: skip
    (check,) = client.get(f"/api/forums/{forum['id']}/tally").json()["checks"]
    assert check["check"]["matched_forum"]["key"] == "upr_review|KHM|18"
    store.close()
