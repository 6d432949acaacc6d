"""Tallies and claim checks for a forum, through `rightstrack.analyse` (the same code as the CLI).

The web only arranges what `compute_tally` and `check_claim` return: the count per stance for the
chart, and each claim beside what the record computes. Pages pass claims already verified by
`analyse.checks.verify_claims` (which also reaches a forum's recommendations and places an undated
claim), so a claim reads the same on the web as in `rightstrack claims check`.
"""

from __future__ import annotations

from typing import Any


def stance_counts(tally: dict[str, Any]) -> dict[str, int]:
    """The tally's statements per stance, without the empty ones (one bar each)."""
    return {k: int(v) for k, v in (tally.get("by_stance") or {}).items() if v}


def forum_analysis(
    statements: list[dict[str, Any]], claims: list[dict[str, Any]]
) -> dict[str, Any]:
    """{"tally": compute_tally(...), "stances": {...}, "checks": [{claim, check}]} for one forum."""
    from rightstrack.analyse.claim_check import check_claim
    from rightstrack.analyse.tally import compute_tally

    tally = compute_tally(statements)
    return {
        "tally": tally,
        "stances": stance_counts(tally),
        "checks": [
            {"claim": c, "check": c.get("verification") or check_claim(c, statements)}
            for c in claims
        ],
    }
