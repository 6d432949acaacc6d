"""Check stored claims against the stored record: each claim with the statements of its forum.

`check_claim` (analyse/claim_check.py) does the comparison on plain dicts; this module only fetches, for
each claim, the statements the record holds for the same forum. Used by `rightstrack claims check`, the
demo and the web pages.

A press tally often names the dialogue but not its day ("at the Council's interactive dialogue on
Cambodia"), so its forum is stored undated ("interactive_dialogue|sr_cambodia|undated") and meets
no UN record; an article on a UPR review rarely gives its session ("upr_review|KHM|undated", or
"upr_review|KHM|c3" for "its third UPR"). Such a claim is checked against the one placed forum of
the same kind and mandate (or State) that the record holds: the review of the cycle named, or the
one meeting in the window before the article's publication date — and the verification says
which forum was used and why. With no publication date, or several candidates, nothing is
guessed: the claim stays not verifiable and the reason lists the candidates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rightstrack.analyse.claim_check import check_claim
from rightstrack.analyse.forums import UPR_CYCLE_SESSIONS, forum_title
from rightstrack.record import models as m
from rightstrack.record import queries

# Press reports of a dialogue appear within days or weeks of it; a dialogue with the same mandate
# recurs at the next session, three to four months later, so this window rarely holds two. A State
# announces its UPR responses when the Council adopts the outcome, four to six months after the
# review, and is reviewed again four and a half years later.
MATCH_WINDOW_DAYS = 90
UPR_MATCH_WINDOW_DAYS = 365
UNDATED = "undated"


def check_claims(session: Session, filters: queries.Filters) -> list[dict[str, Any]]:
    """Every claim matching `filters`, with a `verification` entry from the record of its forum."""
    return verify_claims(session, queries.list_claims(session, filters))


def verify_claims(session: Session, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Set each claim dict's `verification` (as `check_claims` does) and return the list."""
    record = _ForumRecord(session)
    for claim in claims:
        forum = claim.get("forum") or {}
        verification = record.check(claim, forum.get("id"))
        if _is_unplaced(forum) and verification["status"] == "not_verifiable":
            verification = _check_against_placed_forum(session, claim, verification, record)
        claim["verification"] = verification
    return claims


class _ForumRecord:
    """The statements and recommendations of each forum, read once however many claims cite it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.statements: dict[int, list[dict[str, Any]]] = {}
        self.recommendations: dict[int, list[dict[str, Any]]] = {}

    def check(self, claim: dict[str, Any], forum_id: int | None) -> dict[str, Any]:
        if forum_id is None:
            return check_claim(claim, [], [])
        if forum_id not in self.statements:
            only = queries.Filters(forum_id=forum_id, limit=None)
            self.statements[forum_id] = queries.list_statements(self.session, only)
        recommendations: list[dict[str, Any]] = []
        if claim.get("claim_type") == "response_tally":
            if forum_id not in self.recommendations:
                only = queries.Filters(forum_id=forum_id, limit=None)
                self.recommendations[forum_id] = queries.list_recommendations(self.session, only)
            recommendations = self.recommendations[forum_id]
        return check_claim(claim, self.statements[forum_id], recommendations)


def _key_parts(forum: dict[str, Any]) -> tuple[str, str]:
    """("upr_review|KHM|", "c3"): the key without its last part, and that part."""
    prefix, _, when = str(forum.get("key") or "").rpartition("|")
    return prefix + "|", when


def _is_unplaced(forum: dict[str, Any]) -> bool:
    """A forum with no date (dialogue) or no session (UPR review): "...|undated", "upr_review|KHM|c3"."""
    prefix, when = _key_parts(forum)
    return when == UNDATED or (
        prefix.startswith("upr_review|") and re.fullmatch(r"c\d", when) is not None
    )


def placed_candidates(session: Session, forum: dict[str, Any]) -> list[m.Forum]:
    """Forums of the same kind and mandate (or State under review) with a date or session, oldest first.
    For a UPR cycle ("c3"), only the review held in that cycle's sessions."""
    prefix, when = _key_parts(forum)
    stmt = select(m.Forum).where(m.Forum.key.startswith(prefix, autoescape=True))
    if prefix.startswith("upr_review|"):
        stmt = stmt.where(m.Forum.session.is_not(None))
        if when.startswith("c") and int(when[1:]) in UPR_CYCLE_SESSIONS:
            sessions = UPR_CYCLE_SESSIONS[int(when[1:])]
            stmt = stmt.where(m.Forum.session.between(sessions.start, sessions.stop - 1))
    else:
        stmt = stmt.where(m.Forum.date.is_not(None))
    return list(session.scalars(stmt.order_by(m.Forum.date, m.Forum.session, m.Forum.id)))


def _check_against_placed_forum(
    session: Session, claim: dict[str, Any], unplaced_result: dict[str, Any], record: _ForumRecord
) -> dict[str, Any]:
    forum = claim["forum"]
    candidates = placed_candidates(session, forum)
    if not candidates:
        return unplaced_result
    _, when = _key_parts(forum)
    if when.startswith("c") and len(candidates) == 1:
        why = (
            f"checked against {_title(candidates[0])}: the review of cycle {when[1:]} in the record"
        )
        return _matched(claim, candidates[0], why, record)
    published = _published(session, claim.get("document_id"))
    listed = "; ".join(_title(f) for f in candidates[-3:])
    if published is None:
        reason = (f"the claim names no date for the meeting and its document has no publication "
                  f"date; the record holds {len(candidates)} dated one(s): {listed}")  # fmt: skip
        return {**unplaced_result, "reason": reason, "candidates": [f.key for f in candidates]}
    days = UPR_MATCH_WINDOW_DAYS if forum.get("type") == "upr_review" else MATCH_WINDOW_DAYS
    window = [
        f for f in candidates if f.date and published - timedelta(days=days) <= f.date <= published
    ]
    if len(window) != 1:
        listed = "; ".join(_title(f) for f in window) or listed
        reason = (f"the claim names no date for the meeting; the record holds {len(window)} such "
                  f"meetings in the {days} days before the article of "
                  f"{published.isoformat()} ({listed})")  # fmt: skip
        return {**unplaced_result, "reason": reason, "candidates": [f.key for f in window]}
    why = (f"checked against {_title(window[0])}: the only such meeting in the record in the "
           f"{days} days before the article of {published.isoformat()}")  # fmt: skip
    return _matched(claim, window[0], why, record)


def _matched(
    claim: dict[str, Any], forum: m.Forum, why: str, record: _ForumRecord
) -> dict[str, Any]:
    result = record.check(claim, forum.id)
    return {
        **result,
        "reason": f"{result['reason']} ({why})",
        "matched_forum": queries.forum_dict(forum),
    }


def _published(session: Session, document_id: int | None) -> date | None:
    if document_id is None:
        return None
    return session.scalar(select(m.Document.published).where(m.Document.id == document_id))


def _title(forum: m.Forum) -> str:
    return forum.title or forum_title(
        {"type": forum.type, "mandate": forum.mandate, "date": forum.date}
    )
