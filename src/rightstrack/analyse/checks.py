"""Check stored claims against the stored record: each claim with the statements of its forum.

`check_claim` (analyse/claim_check.py) does the comparison on plain dicts; this module only fetches, for
each claim, the statements the record holds for the same forum. Used by `rightstrack claims check`, the
demo and the web pages.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from rightstrack.analyse.claim_check import check_claim
from rightstrack.record import queries


def check_claims(session: Session, filters: queries.Filters) -> list[dict[str, Any]]:
    """Every claim matching `filters`, with a `verification` entry from the forum's statements."""
    checked: list[dict[str, Any]] = []
    statements_by_forum: dict[int | None, list[dict[str, Any]]] = {}
    for claim in queries.list_claims(session, filters):
        forum_id = (claim.get("forum") or {}).get("id")
        if forum_id not in statements_by_forum:
            statements_by_forum[forum_id] = (
                queries.list_statements(session, queries.Filters(forum_id=forum_id, limit=None))
                if forum_id is not None
                else []
            )
        claim["verification"] = check_claim(claim, statements_by_forum[forum_id])
        checked.append(claim)
    return checked
