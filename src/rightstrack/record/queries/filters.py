"""The filters every list query understands, and the paging and State lookups they share."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class Filters:
    """Filters understood by the list queries (None means: no filter)."""

    state_under_review: str | None = None  # ISO3
    recommending_state: str | None = None  # ISO3
    speaker: str | None = None  # ISO3 or actor name
    theme: str | None = None
    response: str | None = None
    action: int | None = None
    stance: str | None = None
    session: int | None = None
    forum_id: int | None = None
    document_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    q: str | None = None  # full-text query (case-insensitive substring on the item's text)
    kind: str | None = None  # document kind or event type
    limit: int | None = 100
    offset: int = 0
