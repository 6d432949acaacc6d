"""ISO date strings: metadata fields (HTML meta tags, DOCX core properties) and dates the user
gives (`--published`, web forms and filters), read the same way everywhere."""

from __future__ import annotations

from datetime import date, datetime

from rightstrack.errors import InputError


def parse_iso_date(value: str) -> date | None:
    """`2022-10-06`, `2022-10-06T09:00:00Z` -> date; anything else -> None."""
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        return None


def parse_given_date(value: str, where: str) -> date:
    """A YYYY-MM-DD date given by the user; InputError naming `where` (the option) otherwise."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"{where}: not a date in the form YYYY-MM-DD") from exc
