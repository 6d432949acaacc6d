"""Field accuracy of press extraction over the texts in tests/data/press (written for the project).

Each `pNN.txt` has a `pNN.json` listing the fields a reader expects (tally figures, claimant,
forum, event dates, participants, actors, statements). Every expected field scores one point;
the share reached must stay at or above 95%. Run with -s to print the figure and the misses.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from rightstrack.analyse.forums import forum_key
from rightstrack.document import Document
from rightstrack.extract.press import extract_press, recognise_press

DATA = Path(__file__).parent / "data" / "press"
CASES = sorted(DATA.glob("p*.json"))


def run_case(path: Path) -> tuple[Document, list[dict[str, Any]]]:
    """Extract one case as the CLI would: recognise, set --published, extract."""
    spec = json.loads(path.read_text())
    doc = Document.from_text(path.with_suffix(".txt").read_text(), source=path.name)
    doc.kind = recognise_press(doc)
    if spec.get("published"):
        doc.published = date.fromisoformat(spec["published"])
    return doc, [item.to_dict() for item in extract_press(doc)]


def _name(ref: dict[str, Any] | None) -> str:
    return (ref or {}).get("name") or ""


def _has(actual: str, expected: str) -> bool:
    return expected.lower() in actual.lower()


def _best(candidates: list[dict[str, Any]], checks: dict[str, Any], scorer: Any) -> list[str]:
    """The misses of the candidate that reaches most of `checks` (all missed when none)."""
    best: list[str] | None = None
    for candidate in candidates:
        misses = [k for k, v in checks.items() if not scorer(candidate, k, v)]
        if best is None or len(misses) < len(best):
            best = misses
    return best if best is not None else list(checks)


def _event_field(event: dict[str, Any], key: str, value: Any) -> bool:
    if key == "participants":
        return all(any(_has(_name(p), name) for p in event["participants"]) for name in value)
    if key == "forum_type":
        return (event.get("forum") or {}).get("type") == value
    return event.get(key) == value


def _named(ref: dict[str, Any] | None, expected: str) -> bool:
    """The name holds the expected one, or the expected one is the acronym the text gave the body."""
    return _has(_name(ref), expected) or (ref or {}).get("short") == expected


def _claim_field(claim: dict[str, Any], key: str, value: Any) -> bool:
    if key == "claimant":
        return _named(claim.get("claimant"), value)
    if key == "quote_start":
        return (claim.get("quote") or "").startswith(value)
    if key == "subject":
        return _has(claim.get("subject") or "", value)
    if key == "value":
        return claim.get("value") is not None and abs(claim["value"] - value) < 1e-9
    return claim.get(key) == value


def _tally_field(claim: dict[str, Any], key: str, value: Any) -> bool:
    forum = claim.get("forum") or {}
    if key == "forum_type":
        return forum.get("type") == value
    if key == "forum_date":
        return forum.get("date") == value
    if key == "state_concerned":
        return (forum.get("state_concerned") or {}).get("iso3") == value
    if key == "flags":  # [] expects no flag at all
        flags = set(claim.get("flags") or [])
        return set(value) <= flags if value else not flags
    if key == "verification":
        return (claim.get("verification") or {}).get("status") == value
    if key == "forum_key":
        return bool(forum) and forum_key(forum) == value
    return _claim_field(claim, key, value)


def _actor_field(item: dict[str, Any], key: str, value: Any) -> bool:
    actor = item["actor"]
    if key == "name":
        return _named(actor, value)
    if key in ("title", "body"):
        return _has(actor.get(key) or "", value)
    return actor.get(key) == value


def _statement_field(st: dict[str, Any], key: str, value: Any) -> bool:
    forum = st.get("forum") or {}
    if key == "speaker":
        speaker = st.get("speaker") or {}
        return value in (speaker.get("iso3"), speaker.get("name"), speaker.get("short"))
    if key == "on_behalf_of":  # as a speaker or claimant: the record's name, or the text's where it differs
        return _named(st.get("on_behalf_of"), value)
    if key in ("forum_type", "forum_date", "session"):
        return forum.get({"forum_type": "type", "forum_date": "date"}.get(key, key)) == value
    if key == "concerning":
        return (st.get("concerning") or {}).get("iso3") == value
    if key == "text_start":
        return st.get("text", "").startswith(value)
    return False


@cache
def score(path: Path) -> tuple[int, int, tuple[str, ...]]:
    """(fields reached, fields expected, what was missed) for one case.

    Cached: the overall figure and the per-text test both score every text, and extracting
    nine thousand texts twice would double the longest part of the test run.
    """
    spec = json.loads(path.read_text())
    doc, items = run_case(path)
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        by_kind.setdefault(item["kind"], []).append(item)
    misses: list[str] = []
    total = 0
    if "kind" in spec:
        total += 1
        if doc.kind != spec["kind"]:
            misses.append(f"kind {doc.kind} != {spec['kind']}")
    if "published_found" in spec:
        total += 1
        if str(doc.published) != spec["published_found"]:
            misses.append(f"published {doc.published}")
    claims = by_kind.get("claim", [])
    groups: list[tuple[str, list[dict[str, Any]], list[dict[str, Any]], Any]] = []
    tallies = [c for c in claims if c["claim_type"] == "tally"]
    if "tally" in spec and spec["tally"] is None:  # votes, party counts: not a dialogue tally
        total += 1
        if tallies:
            misses.append(f"unexpected tally {tallies[0]['total']}/{tallies[0]['supportive']}")
    elif "tally" in spec:
        groups.append(("tally", [spec["tally"]], tallies, _tally_field))
    groups.append(("event", spec.get("events", []), by_kind.get("event", []), _event_field))
    groups.append(("actor", spec.get("actors", []), by_kind.get("actor", []), _actor_field))
    groups.append(("statement", spec.get("statements", []), by_kind.get("statement", []),
                   _statement_field))  # fmt: skip
    for label, expected_list, found, scorer in groups:
        for expected in expected_list:
            total += len(expected)
            misses += [f"{label} {expected}: {m}" for m in _best(found, expected, scorer)]
    for expected in spec.get("claims", []):
        total += len(expected)
        same = [c for c in claims if c["claim_type"] == expected["claim_type"]]
        misses += [f"claim {expected}: {m}" for m in _best(same, expected, _claim_field)]
    if "statement_count" in spec:
        total += 1
        if len(by_kind.get("statement", [])) != spec["statement_count"]:
            misses.append(f"statement_count {len(by_kind.get('statement', []))}")
    if "warnings_contain" in spec:
        total += 1
        if not any(spec["warnings_contain"] in w for w in doc.warnings):
            misses.append(f"warning {doc.warnings}")
    return total - len(misses), total, tuple(misses)


def test_enough_cases() -> None:
    assert len(CASES) >= 25


def test_field_accuracy_at_least_95_percent() -> None:
    reached = expected = 0
    report = []
    for path in CASES:
        got, total, misses = score(path)
        reached, expected = reached + got, expected + total
        report += [f"{path.stem}: {m}" for m in misses]
    share = reached / expected
    print(f"\npress field accuracy: {reached}/{expected} = {share:.1%} over {len(CASES)} texts")
    print("\n".join(report))
    assert share >= 0.95, "\n".join(report)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case_runs_and_scores_something(path: Path) -> None:
    got, total, misses = score(path)
    assert total > 0
    assert got >= total / 2, misses
