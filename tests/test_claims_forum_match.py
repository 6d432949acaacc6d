"""A tally whose meeting has no date in the article is checked against the one dated meeting of the
same kind and mandate the record holds just before the article — or stays not verifiable, saying why.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rightstrack.analyse.checks import check_claims
from rightstrack.document import Document
from rightstrack.pipeline import ingest_document, prepare
from rightstrack.record import queries
from rightstrack.record.store import Store, open_store

SUMMARY = """Human Rights Council - meeting summary, {day}

The Human Rights Council this afternoon held an interactive dialogue with the Special Rapporteur on the situation of human rights in Myanmar.

Canada said arbitrary detention of political prisoners had to end and urged the release of all of them.

Thailand welcomed the humanitarian pause and commended the authorities for their engagement.

Speaking were Canada, Thailand, Norway, India and Singapore.
"""

PRESS = """Ministry claims wide backing in Geneva

Three of the five delegations that took the floor at the interactive dialogue with the Special Rapporteur on the situation of human rights in Myanmar supported the government, while two were critical, the Ministry of Foreign Affairs said in a statement.
"""

UNDATED_KEY = "interactive_dialogue|sr_myanmar|undated"


def _store(tmp_path: Path, summaries: list[str], published: date | None) -> Store:
    store = open_store(tmp_path / "record.db")
    for day in summaries:
        ingest_document(store, prepare(Document.from_text(SUMMARY.format(day=day))))
    ingest_document(store, prepare(Document.from_text(PRESS), published))
    return store


def _tally(store: Store) -> dict:
    with store.session() as session:
        claims = check_claims(session, queries.Filters(limit=None))
    tallies = [c for c in claims if c["claim_type"] == "tally"]
    assert len(tallies) == 1
    assert tallies[0]["forum"]["key"] == UNDATED_KEY
    return tallies[0]["verification"]


def test_undated_tally_is_checked_against_the_one_dialogue_before_the_article(
    tmp_path: Path,
) -> None:
    store = _store(tmp_path, ["3 October 2023"], date(2023, 10, 6))
    result = _tally(store)
    assert result["matched_forum"]["key"] == "interactive_dialogue|sr_myanmar|2023-10-03"
    assert result["computed"]["total"] == 5
    assert {row["speaker"] for row in result["evidence"]} == {
        "Canada", "Thailand", "Norway", "India", "Singapore"}  # fmt: skip
    assert (
        "the only such meeting in the record in the 90 days before the article of 2023-10-06"
        in (result["reason"])
    )


def test_no_publication_date_means_no_match(tmp_path: Path) -> None:
    store = _store(tmp_path, ["3 October 2023"], None)
    result = _tally(store)
    assert result["status"] == "not_verifiable" and "matched_forum" not in result
    assert "no publication date" in result["reason"] and "3 October 2023" in result["reason"]
    assert result["candidates"] == ["interactive_dialogue|sr_myanmar|2023-10-03"]


def test_two_dialogues_in_the_window_are_not_guessed_between(tmp_path: Path) -> None:
    store = _store(tmp_path, ["12 September 2023", "3 October 2023"], date(2023, 10, 6))
    result = _tally(store)
    assert result["status"] == "not_verifiable" and "matched_forum" not in result
    assert (
        "holds 2 such meetings in the 90 days before the article of 2023-10-06" in result["reason"]
    )
    assert len(result["candidates"]) == 2


def test_a_dialogue_long_before_the_article_is_not_matched(tmp_path: Path) -> None:
    store = _store(tmp_path, ["3 October 2023"], date(2024, 6, 20))
    result = _tally(store)
    assert result["status"] == "not_verifiable" and "matched_forum" not in result
    assert "holds 0 such meetings" in result["reason"]
    assert "3 October 2023" in result["reason"]  # the candidate outside the window is still named
