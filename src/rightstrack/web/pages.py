"""Server-rendered pages: home, country, forum, recommendation search, documents and upload.

Each handler reads the record through `rightstrack.record.queries` (as the API does), arranges the
numbers for its charts (`web.charts`) and renders a Jinja2 template with autoescape on.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from rightstrack.analyse.checks import verify_claims
from rightstrack.record import models as m
from rightstrack.record import queries as q
from rightstrack.web import charts
from rightstrack.web.analysis import forum_analysis
from rightstrack.web.fmt import label
from rightstrack.web.params import RowId, parse_filters

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    page = request.app.state.templates.get_template(template)
    return HTMLResponse(page.render(request=request, **context))


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    with request.app.state.store.session() as session:
        countries = q.list_countries(session)
        forums = [
            f for f in q.list_forums(session, q.Filters(limit=None)) if f["type"] != "upr_review"
        ]
        documents = q.list_documents(session, q.Filters(limit=None))
    return render(request, "home.html", countries=countries, forums=forums, documents=documents)


def _timeline_rows(overview: dict[str, Any], report_dates: dict[int, Any]) -> list[dict[str, Any]]:
    rows = []
    for f in overview["forums"]:
        when, title = f["date"], f["title"]
        if when is None and f["id"] in report_dates:
            when = report_dates[f["id"]].isoformat()
            title = f"{title} (dated by its documents)"
        rows.append({"date": when, "type": f["type"], "label": title, "href": f"/forums/{f['id']}"})
    for e in overview["events"]:
        described = e["description"] and e["description"] != e["event_type"]
        rows.append(
            {
                "date": e["date"],
                "end_date": e["end_date"],
                "date_text": e["date_text"],
                "type": e["event_type"],
                "label": e["description"] if described else label(e["event_type"]),
                "href": f"/documents/{e['document_id']}#item-event-{e['id']}",
            }
        )
    return sorted(rows, key=lambda r: (r["date"] or "9999", r["type"]))


def _dialogues(
    forums: list[dict[str, Any]], statements: list[dict[str, Any]], claims: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each forum with statements or claims: its tally, stance chart and claim checks."""
    said: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for s in statements:
        if s["forum"]:
            said[s["forum"]["id"]].append(s)
    claimed: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for c in claims:
        if c["forum"]:
            claimed[c["forum"]["id"]].append(c)
    out = []
    for forum in forums:
        if not said.get(forum["id"]) and not claimed.get(forum["id"]):
            continue
        analysis = forum_analysis(said[forum["id"]], claimed[forum["id"]])
        out.append(
            {
                "forum": forum,
                "statements": len(said[forum["id"]]),
                **analysis,
                "chart": charts.stance_bars(analysis["stances"], "Statements by stance"),
            }
        )
    return out


@router.get("/countries/{iso3}", response_class=HTMLResponse)
def country(request: Request, iso3: str) -> HTMLResponse:
    iso3 = parse_filters({"state_under_review": iso3}).state_under_review or ""
    f = q.Filters(state_under_review=iso3, limit=None)
    with request.app.state.store.session() as session:
        overview = q.country_overview(session, iso3)
        if overview["state"] is None:
            raise HTTPException(404, f"no State with ISO3 {iso3} in the record")
        theme_rows = q.theme_response_counts(session, f)
        matrix_rows = q.recommender_theme_counts(session, f)
        statements = q.list_statements(session, f)
        undated = [x["id"] for x in overview["forums"] if x["date"] is None]
        report_dates = q.forum_report_dates(session, undated) if undated else {}
        verify_claims(session, overview["claims"])
    timeline_rows = _timeline_rows(overview, report_dates)
    dialogues = _dialogues(overview["forums"], statements, overview["claims"])
    return render(
        request,
        "country.html",
        iso3=iso3,
        overview=overview,
        total_recommendations=sum(overview["recommendations_by_response"].values()),
        timeline=timeline_rows,
        timeline_chart=charts.timeline(timeline_rows),
        theme_rows=sorted(theme_rows, key=lambda r: (-r["count"], r["theme"], r["response"])),
        theme_chart=charts.theme_response_bars(theme_rows),
        matrix_rows=sorted(matrix_rows, key=lambda r: (-r["count"], r["state"], r["theme"])),
        matrix_chart=charts.recommender_heatmap(matrix_rows),
        dialogues=dialogues,
        unplaced_claims=[c for c in overview["claims"] if not c["forum"]],
    )


@router.get("/forums/{forum_id}", response_class=HTMLResponse)
def forum(request: Request, forum_id: RowId) -> HTMLResponse:
    with request.app.state.store.session() as session:
        detail = q.forum_detail(session, forum_id)
        if detail is not None:
            verify_claims(session, detail["claims"])
    if detail is None:
        raise HTTPException(404, f"no forum with id {forum_id}")
    analysis = forum_analysis(detail["statements"], detail["claims"])
    stance_chart = charts.stance_bars(analysis["stances"], "Statements by stance")
    return render(
        request, "forum.html", detail=detail, analysis=analysis, stance_chart=stance_chart
    )


@router.get("/recommendations", response_class=HTMLResponse)
def recommendations(request: Request) -> HTMLResponse:
    params = dict(request.query_params)
    f = parse_filters(params, default_limit=PAGE_SIZE)
    with request.app.state.store.session() as session:
        rows = q.list_recommendations(session, f)
        total = q.count_items(session, "recommendations", f)
        facets = q.recommendation_facets(session, f)
        state_names = select(m.Actor.iso3, m.Actor.name).where(m.Actor.kind == "state")
        names = dict(session.execute(state_names).all())
    return render(
        request,
        "recommendations.html",
        f=f,
        rows=rows,
        total=total,
        facets=facets,
        names=names,
    )


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request) -> HTMLResponse:
    f = parse_filters(dict(request.query_params), default_limit=None)
    with request.app.state.store.session() as session:
        rows = q.list_documents(session, f)
    return render(request, "documents.html", rows=rows, f=f)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document(request: Request, document_id: RowId) -> HTMLResponse:
    from rightstrack.web.highlight import item_key, segments

    with request.app.state.store.session() as session:
        row = session.get(m.Document, document_id)
        if row is None:
            raise HTTPException(404, f"no document with id {document_id}")
        doc = q.document_dict(row, with_text=True)
        items = q.document_items(session, document_id)
    return render(
        request,
        "document.html",
        doc=doc,
        items=items,
        item_key=item_key,
        items_by_key={item_key(it): it for it in items},
        segments=segments(doc["text"], items),
    )


@router.get("/upload", response_class=HTMLResponse)
def upload(request: Request) -> HTMLResponse:
    return render(request, "upload.html")


@router.get("/country/{iso3}")
@router.get("/forum/{item_id}")
@router.get("/document/{item_id}")
def singular(request: Request) -> RedirectResponse:
    """Singular paths (as printed by `rightstrack demo`) lead to the pages' plural paths."""
    path = request.url.path
    head, _, rest = path.lstrip("/").partition("/")
    return RedirectResponse(f"/{head}s/{rest}" if head != "country" else f"/countries/{rest}", 308)
