"""The two seed press reports (read from ../shared/seeds) must come out right.

The seeds carry no date line, so each test passes the publication date a user would give with
`--published`:
- seed 000 reports a mission press statement dated 6 October about the dialogue held on 5 October;
  the Council's 51st session (autumn 2022) held that dialogue and the article expects national
  elections the following year (Cambodia's 2023 elections), so it was published on 7 October 2022.
- seed 004 reports a ministry statement dated 29 March, ahead of the commune elections of 5 June
  (Cambodia's 2022 commune elections), so it was published on 30 March 2022.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rightstrack.analyse.forums import forum_key
from rightstrack.document import Document
from rightstrack.extract.press import extract_press, recognise_press

pytestmark = pytest.mark.shared


def _extract(seeds_dir: Path, prefix: str, published: date | None) -> tuple[Document, list[dict[str, Any]]]:
    path = next(seeds_dir.glob(f"{prefix}_*.txt"))
    doc = Document.from_text(path.read_text(encoding="utf-8"), source=str(path))
    doc.kind = recognise_press(doc)
    doc.published = published
    return doc, [item.to_dict() for item in extract_press(doc)]


def _of(items: list[dict[str, Any]], kind: str, **fields: Any) -> list[dict[str, Any]]:
    return [i for i in items if i["kind"] == kind and all(i.get(k) == v for k, v in fields.items())]


def _names(refs: list[dict[str, Any]]) -> set[str]:
    return {r["name"] for r in refs}


@pytest.fixture(scope="module")
def seed000(seeds_dir: Path) -> tuple[Document, list[dict[str, Any]]]:
    return _extract(seeds_dir, "000", date(2022, 10, 7))


@pytest.fixture(scope="module")
def seed004(seeds_dir: Path) -> tuple[Document, list[dict[str, Any]]]:
    return _extract(seeds_dir, "004", date(2022, 3, 30))


def test_seed000_is_press(seed000: tuple[Document, list[dict[str, Any]]]) -> None:
    assert seed000[0].kind == "press"


def test_seed000_tally_39_30_9_by_the_permanent_mission(seed000: tuple[Document, list[dict[str, Any]]]) -> None:
    tallies = _of(seed000[1], "claim", claim_type="tally")
    assert len(tallies) == 1
    tally = tallies[0]
    assert (tally["total"], tally["supportive"], tally["critical"]) == (39, 30, 9)
    assert tally["flags"] == []
    assert tally["claimant"]["name"].startswith("Permanent Mission of Cambodia")
    assert tally["claimant"]["iso3"] == "KHM"
    assert "press statement" in tally["source"]
    forum = tally["forum"]
    assert forum["type"] == "interactive_dialogue"
    assert forum["date"] == "2022-10-05"
    assert forum["state_concerned"]["iso3"] == "KHM"
    assert forum["mandate"] == "Special Rapporteur on the situation of human rights in Cambodia"
    assert forum_key(forum) == "interactive_dialogue|sr_cambodia|2022-10-05"
    check = tally["verification"]
    assert check["status"] == "not_verifiable"
    assert check["reason"] == "0 of the 39 statements are in the record"
    assert [f["value"] for f in check["figures"]] == [30, 39, 39, 30, 9]


def test_seed000_events(seed000: tuple[Document, list[dict[str, Any]]]) -> None:
    items = seed000[1]
    dialogue = _of(items, "event", event_type="interactive_dialogue")
    assert [e["date"] for e in dialogue] == ["2022-10-05"]
    assert "Vitit Muntarbhorn" in _names(dialogue[0]["participants"])
    statement = _of(items, "event", event_type="press_statement")
    assert [e["date"] for e in statement] == ["2022-10-06"]
    assert statement[0]["participants"][0]["name"].startswith("Permanent Mission of Cambodia")
    elections = {(e["date"], e["end_date"]) for e in _of(items, "event", event_type="election")}
    assert elections == {("2022-06-05", None), ("2023-01-01", "2023-12-31")}


def test_seed000_actors_and_quotations(seed000: tuple[Document, list[dict[str, Any]]]) -> None:
    items = seed000[1]
    actors = {a["actor"]["name"]: a for a in _of(items, "actor")}
    assert actors["Vitit Muntarbhorn"]["role"] == "mandate_holder"
    assert "Special Rapporteur" in actors["Vitit Muntarbhorn"]["actor"]["title"]
    ambassador = actors["An Sokkhoeurn"]["actor"]
    assert ambassador["kind"] == "official" and ambassador["iso3"] == "KHM"
    assert "ambassador" in ambassador["title"]
    mandate = actors["Special Rapporteur on the situation of human rights in Cambodia"]
    assert mandate["actor"]["kind"] == "un_mechanism"
    quotes = _of(items, "claim", claim_type="quotation")
    reported = [q for q in quotes if "reported_speech" in q["flags"]]
    assert reported and reported[0]["claimant"]["name"] == "An Sokkhoeurn"
    assert reported[0]["source"] == "according to the statement"
    direct = [q for q in quotes if "reported_speech" not in q["flags"]]
    assert direct and direct[0]["source"] == "the statement"
    assert direct[0]["claimant"]["name"].startswith("Permanent Mission of Cambodia")


def test_seed000_without_publication_date_leaves_dates_unresolved(seeds_dir: Path) -> None:
    doc, items = _extract(seeds_dir, "000", None)
    dialogue = _of(items, "event", event_type="interactive_dialogue")[0]
    assert dialogue["date"] is None and dialogue["date_resolved"] is False
    assert dialogue["date_text"] == "October 5"
    assert any("unresolved" in w for w in doc.warnings)
    tally = _of(items, "claim", claim_type="tally")[0]
    assert tally["forum"]["date"] is None


def test_seed000_year_comes_from_publication_date(seeds_dir: Path) -> None:
    _, items = _extract(seeds_dir, "000", date(2023, 1, 3))  # read early the next year
    dialogue = _of(items, "event", event_type="interactive_dialogue")[0]
    assert dialogue["date"] == "2022-10-05"


def test_seed004_meeting_four_days_before_the_statement(seed004: tuple[Document, list[dict[str, Any]]]) -> None:
    items = seed004[1]
    statement = _of(items, "event", event_type="press_statement")
    assert [e["date"] for e in statement] == ["2022-03-29"]
    assert statement[0]["participants"][0]["name"] == (
        "Ministry of Foreign Affairs and International Cooperation"
    )
    meeting = _of(items, "event", event_type="meeting", date="2022-03-25")
    assert len(meeting) == 1
    assert meeting[0]["date_text"] == "four days earlier"
    assert {"Luy David", "Vitit Muntarbhorn"} <= _names(meeting[0]["participants"])


def test_seed004_other_meetings(seed004: tuple[Document, list[dict[str, Any]]]) -> None:
    items = seed004[1]
    last_week = _of(items, "event", event_type="meeting", date="2022-03-21")
    assert len(last_week) == 1
    assert last_week[0]["end_date"] == "2022-03-27"
    assert last_week[0]["mode"] == "virtual"
    assert {"Vitit Muntarbhorn", "Sar Kheng", "Keo Remy", "Ministry of Justice"} <= _names(
        last_week[0]["participants"]
    )
    september = _of(items, "event", event_type="meeting", date="2021-09-01")
    assert len(september) == 1 and september[0]["end_date"] == "2021-09-30"
    assert {"Hun Sen", "Vitit Muntarbhorn"} <= _names(september[0]["participants"])
    council = _of(items, "event", event_type="oral_update")
    assert [e["date"] for e in council] == ["2022-03-25"]  # "coincided with" the meeting
    elections = _of(items, "event", event_type="election")
    assert [e["date"] for e in elections] == ["2022-06-05"]


def test_seed004_officials(seed004: tuple[Document, list[dict[str, Any]]]) -> None:
    actors = {a["actor"]["name"]: a["actor"] for a in _of(seed004[1], "actor")}
    assert actors["Luy David"]["title"] == "secretary of state"
    assert actors["Luy David"]["body"] == "Ministry of Foreign Affairs and International Cooperation"
    assert actors["Sar Kheng"]["title"] == "Minister of Interior"
    assert actors["Keo Remy"]["body"] == "Cambodian Human Rights Committee"
    assert actors["Hun Sen"]["title"] == "Prime Minister"
    assert actors["Cambodia National Rescue Party"]["kind"] == "political_party"


def test_seed004_figures_claimed_by_luy_david(seed004: tuple[Document, list[dict[str, Any]]]) -> None:
    claims = _of(seed004[1], "claim")
    figures = {(c["claim_type"], c["value"], c["unit"]): c for c in claims if c["value"] is not None}
    assert set(figures) == {
        ("count", 47.0, "parties"),
        ("count", 17.0, "parties"),
        ("count", 32.0, "members"),
        ("rate", 7.0, "percent"),
    }
    for claim in figures.values():
        assert claim["claimant"]["name"] == "Luy David"
        assert claim["verification"]["status"] == "not_verifiable"
    assert "registered candidates" in figures[("count", 17.0, "parties")]["subject"]
    assert figures[("rate", 7.0, "percent")]["subject"] == "annual economic growth"
    quoted = {c["claimant"]["name"] for c in claims if c["claim_type"] == "quotation"}
    # the Prime Minister's own three words, quoted after a verb of saying, are his quotation too
    assert quoted == {"Luy David", "Vitit Muntarbhorn", "Hun Sen"}
