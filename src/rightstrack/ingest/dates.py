"""Small date helper for metadata fields (ISO strings in HTML meta tags, DOCX core properties)."""

from __future__ import annotations

from datetime import date, datetime


def parse_iso_date(value: str) -> date | None:
    """`2022-10-06`, `2022-10-06T09:00:00Z` -> date; anything else -> None."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None
