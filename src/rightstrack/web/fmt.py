"""Small Jinja2 filters for the pages: names of actors, labels of kinds, item summaries.

They return plain strings; autoescaping (always on) escapes them when a page is rendered.
"""

from __future__ import annotations

from typing import Any

from rightstrack.record.queries import Filters
from rightstrack.web.params import filter_query

LABELS = {
    "upr_review": "UPR review",
    "interactive_dialogue": "Interactive dialogue",
    "oral_update": "Oral update",
    "press_statement": "Press statement",
    "upr_report": "UPR report",
    "upr_addendum": "UPR addendum",
    "meeting_summary": "Meeting summary",
}
ACTION_LABELS = {
    1: "1 minimal action",
    2: "2 continuing action",
    3: "3 considering action",
    4: "4 general action",
    5: "5 specific action",
}


def label(value: Any) -> str:
    """A readable label for a kind or type code ("interactive_dialogue" -> "Interactive dialogue")."""
    if value is None:
        return ""
    text = str(value)
    return LABELS.get(text, text.replace("_", " ").capitalize())


def actor(value: dict[str, Any] | None) -> str:
    if not value:
        return ""
    return str(value.get("name") or "")


def actors(values: list[dict[str, Any]] | None) -> str:
    return ", ".join(actor(v) for v in values or [])


def action(value: Any) -> str:
    return ACTION_LABELS.get(value, "" if value is None else str(value))


def summary(item: dict[str, Any], width: int = 140) -> str:
    """One line for an item of any kind, for lists and the document page's side panel."""
    kind = item.get("kind")
    if kind == "recommendation":
        text = f"{item.get('number') or ''} {item.get('text') or ''}".strip()
    elif kind == "statement":
        text = f"{actor(item.get('speaker'))}: {item.get('text') or ''}"
    elif kind == "claim":
        parts = [
            f"{k} {item[k]}" for k in ("total", "supportive", "critical") if item.get(k) is not None
        ]
        text = f"{label(item.get('claim_type'))} claim: {', '.join(parts) or item.get('subject') or ''}"
    elif kind == "event":
        text = f"{label(item.get('event_type'))} {item.get('date') or item.get('date_text') or ''}"
        if item.get("description"):
            text += f": {item['description']}"
    else:
        text = str((item.get("evidence") or {}).get("quote") or "")
    return text if len(text) <= width else text[: width - 1] + "…"


FILTERS = {"label": label, "actor": actor, "actors": actors, "action": action, "summary": summary}
GLOBALS = {"filter_query": filter_query, "none_filters": Filters()}
