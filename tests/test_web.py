"""The JSON API and the pages over a small record written for these tests (rightstrack.web.sample)."""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from rightstrack.record import queries as q
from rightstrack.record.export import write_export
from rightstrack.record.store import Store, open_store
from rightstrack.web.app import create_app
from rightstrack.web.sample import build_sample_record

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note about httpx versions
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("web") / "record.db"
    opened = open_store(path)
    build_sample_record(opened)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store=store))


def _ids(client: TestClient, url: str) -> list[int]:
    body = client.get(url).json()
    return [row["id"] for row in body["items"]]


def test_list_is_paged_with_total_and_next(client: TestClient) -> None:
    first = client.get("/api/recommendations?state_under_review=KHM&limit=3").json()
    assert first["total"] == 7 and len(first["items"]) == 3 and first["offset"] == 0
    seen = [r["id"] for r in first["items"]]
    url = first["next"]
    while url:
        page = client.get(url).json()
        seen += [r["id"] for r in page["items"]]
        url = page["next"]
    assert len(seen) == 7 and len(set(seen)) == 7


def test_every_item_carries_evidence_into_its_document(client: TestClient) -> None:
    for what in ("recommendations", "statements", "claims", "events"):
        items = client.get(f"/api/{what}?limit=500").json()["items"]
        assert items, what
        for item in items:
            ev = item["evidence"]
            doc = client.get(f"/api/documents/{item['document_id']}?text=true").json()
            assert doc["text"][ev["start"] : ev["end"]] == ev["quote"]


@pytest.mark.parametrize(
    ("query", "numbers"),
    [
        ("response=noted", {"1.3", "1.5"}),
        ("recommending_state=aus", {"1.3", "1.5"}),
        ("theme=Freedom+of+the+press", {"1.1", "1.5"}),
        ("action=5", {"1.2", "1.3", "1.5"}),
        ("q=GIRLS", {"1.2"}),
        ("session=18&response=supported&recommending_state=JPN", {"1.2"}),
        ("session=19", set()),
        ("state_under_review=FRA", set()),
    ],
)
def test_recommendation_filters(client: TestClient, query: str, numbers: set[str]) -> None:
    body = client.get(f"/api/recommendations?{query}&limit=500").json()
    assert {r["number"] for r in body["items"]} == numbers
    assert body["total"] == len(numbers)


def test_statement_event_and_claim_filters(client: TestClient) -> None:
    critical = client.get("/api/statements?stance=critical").json()
    assert {s["speaker"]["iso3"] for s in critical["items"]} == {"FRA", "DEU", "AUS"}
    by_speaker = client.get("/api/statements?speaker=CHN").json()["items"]
    assert [s["stance"] for s in by_speaker] == ["supportive"]
    events = client.get("/api/events?date_from=2023-01-01&date_to=2023-12-31").json()["items"]
    assert {e["event_type"] for e in events} == {"visit", "election"}
    visits = client.get("/api/events?kind=visit").json()["items"]
    assert [e["date"] for e in visits] == ["2023-03-12"]
    assert client.get("/api/claims?state_under_review=KHM").json()["total"] == 3


def test_bad_input_is_a_one_line_error(client: TestClient) -> None:
    for url, status in [
        ("/api/recommendations?response=maybe", 400),
        ("/api/recommendations?date_from=last+week", 400),
        ("/api/recommendations?limit=0", 400),
        ("/api/statements?stance=angry", 400),
        ("/api/recommendations?state_under_review=Cambodia", 400),
        ("/api/recommendations/99999", 404),
        ("/api/forums/abc", 422),
        ("/api/export/recommendations.xml", 400),
    ]:
        response = client.get(url)
        assert response.status_code == status, url
        message = response.json()["error"]
        assert message and "\n" not in message and "Traceback" not in message
    page = client.get("/recommendations?action=9")
    assert page.status_code == 400 and "action=9" in page.text


TOO_BIG = "9" * 20  # over SQLite's 64-bit integers


@pytest.mark.parametrize(
    "url",
    [
        f"/api/recommendations/{TOO_BIG}",
        f"/api/documents/{TOO_BIG}",
        f"/api/forums/{TOO_BIG}/tally",
        f"/api/recommendations?offset={TOO_BIG}",
        f"/api/recommendations?forum_id={TOO_BIG}",
        f"/api/statements?session={TOO_BIG}",
        f"/documents/{TOO_BIG}",
        f"/forums/{TOO_BIG}",
        f"/document/{TOO_BIG}",
    ],
)
def test_an_id_too_large_is_a_client_error_not_a_crash(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert 400 <= response.status_code < 500, (url, response.status_code)
    assert "Traceback" not in response.text


def test_export_is_exactly_the_filtered_rows(client: TestClient, store: Store) -> None:
    query = "state_under_review=KHM&response=supported"
    listed = _ids(client, f"/api/recommendations?{query}&limit=500")
    csv_text = client.get(f"/api/export/recommendations.csv?{query}&limit=1&offset=2").text
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    assert [int(r["id"]) for r in rows] == listed and len(listed) == 4
    assert {r["response"] for r in rows} == {"supported"}
    exported = client.get(f"/api/export/recommendations.json?{query}").json()
    assert [r["id"] for r in exported] == listed
    # the same bytes as the library's export (what `rightstrack export` writes)
    with store.session() as session:
        rows_direct = q.list_recommendations(
            session, q.Filters(state_under_review="KHM", response="supported", limit=None)
        )
    expected = io.StringIO()
    write_export(rows_direct, "csv", expected)
    assert csv_text == expected.getvalue()


def test_forum_tally_and_claim_checks(client: TestClient) -> None:
    forum = next(f for f in client.get("/api/forums").json()["items"] if f["type"] != "upr_review")
    body = client.get(f"/api/forums/{forum['id']}/tally").json()
    assert body["tally"]["by_stance"]["critical"] == 3
    assert body["tally"]["by_stance"]["supportive"] == 2
    statuses = [c["check"]["status"] for c in body["checks"]]
    assert statuses == ["supported", "contradicted", "not_verifiable"]
    page = client.get(f"/forums/{forum['id']}").text
    for speaker in ("France", "Germany", "Australia", "China"):
        assert speaker in page
    assert "Contradicted" in page and "Not verifiable" in page


def test_claims_from_the_api_carry_their_check(client: TestClient) -> None:
    claims = client.get("/api/claims").json()["items"]
    statuses = {c["verification"]["status"] for c in claims}
    assert statuses == {"supported", "contradicted", "not_verifiable"}
    one = client.get(f"/api/claims/{claims[0]['id']}").json()
    assert one["verification"] == claims[0]["verification"]


def test_country_page_and_api(client: TestClient) -> None:
    api = client.get("/api/countries/KHM").json()
    assert api["recommendations_by_response"] == {"supported": 4, "noted": 2, "pending": 1}
    page = client.get("/countries/khm")
    assert page.status_code == 200
    html = page.text
    for section in ('id="timeline"', 'id="themes"', 'id="recommenders"', 'id="dialogues"'):
        assert section in html
    assert "Visit of the Special Rapporteur" in html and "Commune elections" in html
    assert "2023-03-12" in html
    # the review has no date of its own: the timeline dates it by its troika meeting (an event in it)
    assert "UPR review of Cambodia (session 18) (dated by its documents)" in html
    assert "2014-01-28" in html
    assert client.get("/countries/ZZZ").status_code == 404
    # the URL printed by `rightstrack demo` (singular) leads to the country page
    moved = client.get("/country/KHM", follow_redirects=False)
    assert moved.status_code == 308 and moved.headers["location"] == "/countries/KHM"


def test_facets_count_what_a_click_returns(client: TestClient) -> None:
    facets = client.get("/api/recommendations-facets?state_under_review=KHM").json()
    for row in facets["theme"]:
        got = client.get(
            "/api/recommendations", params={"state_under_review": "KHM", "theme": row["value"]}
        ).json()
        assert got["total"] == row["count"], row


def test_search_page_shows_filtered_rows_and_export_links(client: TestClient) -> None:
    html = client.get("/recommendations?response=noted").text
    assert "Repeal the rules that let officials dissolve unions" in html
    assert "Keep training judges" not in html
    assert "/api/export/recommendations.csv?response=noted" in html


def test_document_page_highlights_each_item(client: TestClient) -> None:
    docs = client.get("/api/documents?limit=500").json()["items"]
    review = next(d for d in docs if d["source"] == "sample-review.txt")
    body = client.get(f"/api/documents/{review['id']}").json()
    html = client.get(f"/documents/{review['id']}").text
    for item in body["items"]:
        key = f"{item['kind']}-{item['id']}"
        assert f'id="item-{key}"' in html
        assert key in html.split('id="doc-text"')[1].split("</article>")[0]


def test_document_text_is_never_markup(client: TestClient) -> None:
    docs = client.get("/api/documents?limit=500").json()["items"]
    hostile = next(d for d in docs if d["source"].startswith("hostile"))
    api = client.get(f"/api/documents/{hostile['id']}?text=true").json()
    assert "<script>alert(1)</script>" in api["text"]  # the API returns the text as it is, in JSON
    assert (
        client.get(f"/api/documents/{hostile['id']}")
        .headers["content-type"]
        .startswith("application/json")
    )
    urls = [f"/documents/{hostile['id']}", "/recommendations", "/countries/KHM", "/documents", "/"]
    for url in urls:
        html = client.get(url).text
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html and "onerror=alert(2)>" not in html, url
        assert "<b>sample</b>" not in html, url
    page = client.get(f"/documents/{hostile['id']}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_upload_runs_the_pipeline_and_reports_bad_files(client: TestClient, tmp_path: Path) -> None:
    text = (
        "Statement by a spokesperson (sample written for the tests)\n\n"
        "On 3 May 2024 the Government of Cambodia met a delegation of France in Phnom Penh.\n"
    )
    response = client.post(
        "/api/documents",
        files={"file": ("note.txt", text.encode(), "text/plain")},
        data={"published": "2024-05-04"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["created"] and body["items"][0]["kind"] == "document"
    again = client.post("/api/documents", files={"file": ("note.txt", text.encode(), "text/plain")})
    assert again.status_code == 200 and again.json()["created"] is False
    assert again.json()["document_id"] == body["document_id"]
    empty = client.post("/api/documents", files={"file": ("empty.txt", b"", "text/plain")})
    assert empty.status_code == 400 and "empty" in empty.json()["error"]
    bad_date = client.post(
        "/api/documents", files={"file": ("n.txt", b"x", "text/plain")}, data={"published": "May"}
    )
    assert bad_date.status_code == 400


def test_upload_job_reports_its_stages(client: TestClient) -> None:
    import time

    text = b"Note written for the tests: the review of Cambodia took place in January 2014.\n"
    started = client.post("/api/uploads", files={"file": ("job.txt", text, "text/plain")})
    assert started.status_code == 202
    url = started.json()["status_url"]
    deadline = time.monotonic() + 60
    job = client.get(url).json()
    while job["stage"] not in ("done", "failed") and time.monotonic() < deadline:
        time.sleep(0.05)
        job = client.get(url).json()
    assert job["stage"] == "done", job
    assert client.get(f"/api/documents/{job['result']['document_id']}").status_code == 200
    failed = client.post("/api/uploads", files={"file": ("e.txt", b"", "text/plain")}).json()
    job = client.get(failed["status_url"]).json()
    while job["stage"] not in ("done", "failed") and time.monotonic() < deadline:
        time.sleep(0.05)
        job = client.get(failed["status_url"]).json()
    assert job["stage"] == "failed" and "empty" in job["error"]


def test_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/recommendations",
        "/api/statements",
        "/api/documents",
        "/api/forums/{forum_id}/tally",
    ):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/recommendations"]["get"]["parameters"]}
    assert {"state_under_review", "recommending_state", "theme", "response", "q", "limit"} <= params
    assert json.loads(json.dumps(spec))  # plain JSON


def test_responses_report_server_time(client: TestClient) -> None:
    timing = client.get("/api/recommendations").headers["server-timing"]
    parts = dict(p.strip().split(";dur=") for p in timing.split(","))
    assert set(parts) == {"app", "cpu"} and float(parts["app"]) > 0


def test_upload_over_the_size_limit_is_refused_before_reading_it(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import rightstrack.web.api as web_api

    monkeypatch.setattr(web_api, "MAX_BYTES", 100)  # the real limit is 50 MB
    body = ("A note written for this test, longer than the lowered limit. " * 5).encode()
    for url in ("/api/documents", "/api/uploads"):
        response = client.post(url, files={"file": ("long.txt", body, "text/plain")})
        assert response.status_code == 400, (url, response.status_code)
        assert "over the 0 MB limit" in response.json()["error"]


def test_upload_while_another_writer_holds_the_database_is_503(tmp_path: Path) -> None:
    """A locked database is the server's trouble, not the client's: 503 with a one-line message."""
    import sqlite3

    path = tmp_path / "locked.db"
    locked_store = open_store(path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        locked_client = TestClient(create_app(store=locked_store))
        note = b"A note written for this test, uploaded while the database is locked.\n"
        response = locked_client.post(
            "/api/documents", files={"file": ("note.txt", note, "text/plain")}
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert response.status_code == 503
    assert "database is locked" in response.json()["error"]
    locked_store.close()
