"""Vega-Lite specifications for the pages' charts (rendered in the browser by the vendored
vega-embed; no network). Every chart has a title, labelled axes, a text description for screen
readers, and colours from the Okabe–Ito palette, which stays distinct for colour-blind readers.
Each page also shows the same numbers as a table, so nothing depends on the chart alone.
"""

from __future__ import annotations

from typing import Any

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"  # an identifier; never fetched
STANCE_COLOURS = {
    "supportive": "#009E73",
    "critical": "#D55E00",
    "mixed": "#E69F00",
    "neutral": "#56B4E9",
    "unknown": "#999999",
}
RESPONSE_COLOURS = {
    "supported": "#0072B2",
    "noted": "#E69F00",
    "pending": "#999999",
    "unknown": "#CC79A7",
}
EVENT_COLOURS = {
    "upr_review": "#0072B2",
    "interactive_dialogue": "#D55E00",
    "meeting": "#009E73",
    "visit": "#CC79A7",
    "election": "#E69F00",
    "oral_update": "#56B4E9",
    "report": "#999999",
    "press_statement": "#000000",
}


def _scale(colours: dict[str, str], present: list[str]) -> dict[str, Any]:
    domain = [k for k in colours if k in present] + [k for k in present if k not in colours]
    return {"domain": domain, "range": [colours.get(k, "#999999") for k in domain]}


def _base(title: str, description: str, values: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "$schema": SCHEMA,
        "title": title,
        "description": description,
        "data": {"values": values},
        "width": "container",
        "config": {"font": "system-ui, sans-serif", "axis": {"labelLimit": 260}},
    }


def stance_bars(stances: dict[str, int], title: str) -> dict[str, Any]:
    """One bar per stance: how many statements in a dialogue were supportive, critical, ..."""
    values = [{"stance": k, "statements": v} for k, v in stances.items()]
    described = ", ".join(f"{v} {k}" for k, v in stances.items()) or "no statements"
    spec = _base(title, f"Statements by stance: {described}.", values)
    spec.update(
        mark={"type": "bar", "tooltip": True},
        height={"step": 28},
        encoding={
            "y": {"field": "stance", "type": "nominal", "sort": list(stances), "title": "Stance"},
            "x": {
                "field": "statements",
                "type": "quantitative",
                "title": "Statements",
                "axis": {"tickMinStep": 1},
            },
            "color": {
                "field": "stance",
                "type": "nominal",
                "legend": None,
                "scale": _scale(STANCE_COLOURS, list(stances)),
            },
        },
    )
    return spec


def theme_response_bars(rows: list[dict[str, Any]], top: int = 15) -> dict[str, Any]:
    """Stacked horizontal bars: recommendations per theme, split by the State's response."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["theme"]] = totals.get(row["theme"], 0) + row["count"]
    keep = sorted(totals, key=lambda t: (-totals[t], t))[:top]
    values = [r for r in rows if r["theme"] in keep]
    responses = sorted({r["response"] for r in values})
    spec = _base(
        "Recommendations by theme and response",
        f"Top {len(keep)} themes by number of recommendations, stacked by response.",
        values,
    )
    spec.update(
        mark={"type": "bar", "tooltip": True},
        height={"step": 22},
        encoding={
            "y": {"field": "theme", "type": "nominal", "sort": keep, "title": "Theme"},
            "x": {
                "field": "count",
                "type": "quantitative",
                "aggregate": "sum",
                "title": "Recommendations",
                "axis": {"tickMinStep": 1},
            },
            "color": {
                "field": "response",
                "type": "nominal",
                "title": "Response",
                "scale": _scale(RESPONSE_COLOURS, responses),
            },
        },
    )
    return spec


def recommender_heatmap(
    rows: list[dict[str, Any]], states: int = 15, themes: int = 10
) -> dict[str, Any]:
    """Who recommends what: the most active recommending States × the most frequent themes."""
    by_state: dict[str, int] = {}
    by_theme: dict[str, int] = {}
    for row in rows:
        by_state[row["state"]] = by_state.get(row["state"], 0) + row["count"]
        by_theme[row["theme"]] = by_theme.get(row["theme"], 0) + row["count"]
    top_states = sorted(by_state, key=lambda s: (-by_state[s], s))[:states]
    top_themes = sorted(by_theme, key=lambda t: (-by_theme[t], t))[:themes]
    values = [r for r in rows if r["state"] in top_states and r["theme"] in top_themes]
    spec = _base(
        "Who recommends what",
        f"Recommendations by the {len(top_states)} most active recommending States (rows) "
        f"on the {len(top_themes)} most frequent themes (columns); darker means more.",
        values,
    )
    spec.update(
        height={"step": 22},
        encoding={
            "y": {
                "field": "state",
                "type": "nominal",
                "sort": top_states,
                "title": "Recommending State",
            },
            "x": {
                "field": "theme",
                "type": "nominal",
                "sort": top_themes,
                "title": "Theme",
                "axis": {"labelAngle": -40, "labelLimit": 180},
            },
        },
        layer=[
            {
                "mark": {"type": "rect", "tooltip": True},
                "encoding": {
                    "color": {
                        "field": "count",
                        "type": "quantitative",
                        "title": "Recommendations",
                        "scale": {"scheme": "blues"},
                        "legend": {"format": "d", "tickMinStep": 1},
                    }
                },
            },
            {
                "mark": {"type": "text", "fontSize": 11},
                "encoding": {
                    "text": {"field": "count", "type": "quantitative"},
                    "color": {
                        "condition": {"test": "datum.count > 2", "value": "white"},
                        "value": "black",
                    },
                },
            },
        ],
    )
    return spec


def timeline(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Reviews, dialogues, meetings, visits and elections on one time axis, one row per type."""
    from rightstrack.web.fmt import label

    values = [{**r, "kind": label(r["type"])} for r in rows if r.get("date")]
    types = sorted({r["type"] for r in values})
    spec = _base(
        "Timeline",
        f"{len(values)} dated reviews, dialogues, meetings, visits and elections, by type and date.",
        values,
    )
    spec.update(
        mark={"type": "point", "filled": True, "size": 120, "tooltip": True},
        height={"step": 30},
        encoding={
            "x": {
                "field": "date",
                "type": "temporal",
                "title": "Date",
                "scale": {"padding": 12},
                "axis": {"format": "%b %Y", "labelOverlap": True},
            },
            "y": {"field": "kind", "type": "nominal", "title": None},
            "color": {
                "field": "type",
                "type": "nominal",
                "legend": None,
                "scale": _scale(EVENT_COLOURS, types),
            },
            "shape": {"field": "type", "type": "nominal", "legend": None},
            "tooltip": [
                {"field": "date", "type": "temporal", "title": "Date"},
                {"field": "kind", "type": "nominal", "title": "Type"},
                {"field": "label", "type": "nominal", "title": "What"},
            ],
        },
    )
    return spec
