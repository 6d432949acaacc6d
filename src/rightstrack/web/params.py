"""Query-string filters shared by the API, the pages and the export links.

HTML forms send empty strings for untouched fields, so every parameter arrives as text and is checked
here, once: a bad value raises `InputError` with a one-line message (shown as HTTP 400).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Path, Query

from rightstrack.errors import InputError
from rightstrack.ingest.dates import parse_given_date
from rightstrack.record.models import MAX_ID
from rightstrack.record.queries import Filters

RESPONSES = ("supported", "noted", "pending")
STANCES = ("supportive", "critical", "mixed", "neutral")
ACTIONS = (1, 2, 3, 4, 5)
MAX_LIMIT = 500
FILTER_NAMES = [f.name for f in fields(Filters) if f.name not in ("limit", "offset")]


RowId = Annotated[int, Path(ge=0, le=MAX_ID, description="The id shown in lists")]


def _int(name: str, value: str, low: int | None = None, high: int | None = None) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise InputError(f"{name}={value!r}: not a whole number") from exc
    if (low is not None and number < low) or (high is not None and number > high):
        raise InputError(f"{name}={value}: must be between {low} and {high}")
    return number


def _date(name: str, value: str) -> date:
    return parse_given_date(value, f"{name}={value!r}")


def _iso3(name: str, value: str) -> str:
    if len(value) != 3 or not value.isalpha():
        raise InputError(f"{name}={value!r}: give the State's ISO 3166 alpha-3 code, e.g. KHM")
    return value.upper()


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise InputError(f"{name}={value!r}: choose one of {', '.join(choices)}")
    return value


def parse_filters(params: Mapping[str, str], *, default_limit: int | None = 50) -> Filters:
    """Filters from query parameters (blank values ignored); InputError on a bad value."""
    raw = {k: v.strip() for k, v in params.items() if isinstance(v, str) and v.strip()}
    out: dict[str, Any] = {}
    for name in ("state_under_review", "recommending_state"):
        if name in raw:
            out[name] = _iso3(name, raw[name])
    for name in ("speaker", "theme", "kind", "q"):
        if name in raw:
            if len(raw[name]) > 300:
                raise InputError(f"{name}: at most 300 characters")
            out[name] = raw[name]
    if "response" in raw:
        out["response"] = _choice("response", raw["response"], RESPONSES)
    if "stance" in raw:
        out["stance"] = _choice("stance", raw["stance"], STANCES)
    if "action" in raw:
        out["action"] = _int("action", raw["action"], 1, 5)
    for name in ("session", "forum_id", "document_id"):
        if name in raw:
            out[name] = _int(name, raw[name], 0, MAX_ID)
    for name in ("date_from", "date_to"):
        if name in raw:
            out[name] = _date(name, raw[name])
    out["limit"] = _int("limit", raw["limit"], 1, MAX_LIMIT) if "limit" in raw else default_limit
    out["offset"] = _int("offset", raw["offset"], 0, MAX_ID) if "offset" in raw else 0
    return Filters(**out)


def filter_query(f: Filters, **changes: Any) -> str:
    """The query string that selects `f` (limit/offset left out), with `changes` applied;
    a change to None removes that filter. Used for facet links, paging and export links."""
    values = {name: getattr(f, name) for name in FILTER_NAMES}
    values.update(changes)
    pairs = [(k, str(v)) for k, v in values.items() if v is not None and v != ""]
    return urlencode(pairs)


# The API declares its parameters so that /docs lists them; values are checked by parse_filters.


def api_params(
    state_under_review: Annotated[
        str | None, Query(description="State under review, ISO3 (e.g. KHM)")
    ] = None,
    recommending_state: Annotated[str | None, Query(description="Recommending State, ISO3")] = None,
    speaker: Annotated[str | None, Query(description="Speaker: ISO3 or actor name")] = None,
    theme: Annotated[str | None, Query(description="Theme (UPR Info issue name)")] = None,
    response: Annotated[str | None, Query(description="supported, noted or pending")] = None,
    action: Annotated[str | None, Query(description="UPR Info action category 1-5")] = None,
    stance: Annotated[
        str | None, Query(description="supportive, critical, mixed or neutral")
    ] = None,
    session: Annotated[str | None, Query(description="UPR session number")] = None,
    forum_id: Annotated[str | None, Query(description="Forum id")] = None,
    document_id: Annotated[str | None, Query(description="Document id")] = None,
    date_from: Annotated[str | None, Query(description="From date, YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(description="To date, YYYY-MM-DD")] = None,
    q: Annotated[str | None, Query(description="Full-text query (substring, any case)")] = None,
    kind: Annotated[
        str | None, Query(description="Document kind, event type, claim type or actor kind")
    ] = None,
    limit: Annotated[str | None, Query(description=f"Rows per page (1-{MAX_LIMIT})")] = None,
    offset: Annotated[str | None, Query(description="Rows to skip")] = None,
) -> dict[str, str]:
    """The filter parameters as given, for parse_filters."""
    given = dict(locals())
    return {k: v for k, v in given.items() if v is not None}
