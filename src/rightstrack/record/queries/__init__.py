"""Read the record: the filtered lists and overviews that the CLI, the exports and the web API share.

Every function takes a `Session` and returns plain dicts (JSON-ready), each item with its evidence, so
all three front ends show the same numbers.
"""

from __future__ import annotations

from rightstrack.record.queries.filters import (
    Filters,
)
from rightstrack.record.queries.lists import (
    ACTOR_COLUMNS,
    actor_select,
    claim_select,
    count,
    document_select,
    event_select,
    forum_select,
    list_actors,
    list_claims,
    list_documents,
    list_events,
    list_forums,
    list_recommendations,
    list_statements,
    recommendation_select,
    statement_select,
)
from rightstrack.record.queries.overview import (
    SELECTS,
    count_items,
    country_overview,
    document_items,
    forum_detail,
    forum_report_dates,
    list_countries,
    recommendation_facets,
    recommender_theme_counts,
    theme_response_counts,
)
from rightstrack.record.queries.serialise import (
    actor_dict,
    claim_dict,
    document_dict,
    event_dict,
    evidence_dict,
    forum_dict,
    recommendation_dict,
    statement_dict,
)

__all__ = [
    "ACTOR_COLUMNS",
    "Filters",
    "SELECTS",
    "actor_dict",
    "actor_select",
    "claim_dict",
    "claim_select",
    "count",
    "count_items",
    "country_overview",
    "document_dict",
    "document_items",
    "document_select",
    "event_dict",
    "event_select",
    "evidence_dict",
    "forum_detail",
    "forum_dict",
    "forum_report_dates",
    "forum_select",
    "list_actors",
    "list_claims",
    "list_countries",
    "list_documents",
    "list_events",
    "list_forums",
    "list_recommendations",
    "list_statements",
    "recommendation_dict",
    "recommendation_facets",
    "recommendation_select",
    "recommender_theme_counts",
    "statement_dict",
    "statement_select",
    "theme_response_counts",
]
