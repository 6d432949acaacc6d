"""The JSON API under `/api`: filtered, paged lists of every kind of item (each with its evidence),
one item by id, country and forum overviews, exports and uploads.

Lists answer `{"total", "limit", "offset", "items", "next"}`; `next` is the URL of the next page or
None. Every read goes through `rightstrack.record.queries`, like the CLI.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import Session

from rightstrack.analyse.checks import verify_claims
from rightstrack.errors import IngestError, InputError
from rightstrack.ingest import MAX_BYTES
from rightstrack.ingest.dates import parse_given_date
from rightstrack.record import models as m
from rightstrack.record import queries as q
from rightstrack.web.params import RowId, api_params, filter_query, parse_filters

router = APIRouter(prefix="/api", tags=["record"])
Params = Annotated[dict[str, str], Depends(api_params)]
LIST_KINDS = ("documents", "actors", "forums", "statements", "recommendations", "claims", "events")
ONE = {
    "recommendations": (m.Recommendation, q.recommendation_dict),
    "statements": (m.Statement, q.statement_dict),
    "claims": (m.Claim, q.claim_dict),
    "events": (m.Event, q.event_dict),
    "forums": (m.Forum, q.forum_dict),
    "actors": (m.Actor, q.actor_dict),
}


@contextmanager
def read_session(request: Request) -> Iterator[Session]:
    with request.app.state.store.session() as session:
        yield session


def list_page(request: Request, what: str, params: dict[str, str]) -> dict[str, Any]:
    """One page of `what`, filtered by `params`, with the total and the next page's URL."""
    f = parse_filters(params)
    with read_session(request) as session:
        items = getattr(q, f"list_{what}")(session, f)
        if what == "claims":  # each with its check against the record, as `claims check --json`
            verify_claims(session, items)
        total = q.count_items(session, what, f)
    end = f.offset + len(items)
    next_url = None
    if f.limit is not None and end < total:
        query = filter_query(f)
        next_url = f"/api/{what}?{query}{'&' if query else ''}limit={f.limit}&offset={end}"
    return {"total": total, "limit": f.limit, "offset": f.offset, "items": items, "next": next_url}


def _lister(what: str) -> Callable[[Request, dict[str, str]], JSONResponse]:
    def endpoint(request: Request, params: Params) -> JSONResponse:
        # the rows are plain JSON already: JSONResponse skips FastAPI's slow recursive encoder
        return JSONResponse(list_page(request, what, params))

    endpoint.__name__ = f"list_{what}"
    endpoint.__doc__ = f"The {what} matching the filters, paged; each item with its evidence."
    return endpoint


def _getter(what: str) -> Callable[[Request, int], JSONResponse]:
    model, to_dict = ONE[what]

    def endpoint(request: Request, item_id: RowId) -> JSONResponse:
        with read_session(request) as session:
            row = session.get(model, item_id)
            if row is None:
                raise HTTPException(404, f"no {what[:-1]} with id {item_id}")
            item = to_dict(row)
            if what == "claims":
                verify_claims(session, [item])
            return JSONResponse(item)

    endpoint.__name__ = f"get_{what[:-1]}"
    endpoint.__doc__ = f"One {what[:-1]} by id, with its evidence."
    return endpoint


for _what in LIST_KINDS:
    router.add_api_route(f"/{_what}", _lister(_what), methods=["GET"])
for _what in ONE:
    router.add_api_route(f"/{_what}/{{item_id}}", _getter(_what), methods=["GET"])


@router.get("/documents/{document_id}")
def get_document(request: Request, document_id: RowId, text: bool = False) -> JSONResponse:
    """One document; with `text=true` its full text and page map, and always its items."""
    with read_session(request) as session:
        row = session.get(m.Document, document_id)
        if row is None:
            raise HTTPException(404, f"no document with id {document_id}")
        out = q.document_dict(row, with_text=text)
        out["items"] = q.document_items(session, document_id)
        return JSONResponse(out)


@router.get("/countries")
def list_countries(request: Request) -> list[dict[str, Any]]:
    """States the record has reviews or dialogues about, with counts."""
    with read_session(request) as session:
        return q.list_countries(session)


@router.get("/countries/{iso3}")
def country(request: Request, iso3: str) -> JSONResponse:
    """A State's overview: forums, stances, responses, themes, claims, events."""
    iso3 = parse_filters({"state_under_review": iso3}).state_under_review or ""
    with read_session(request) as session:
        overview = q.country_overview(session, iso3)
    if overview["state"] is None:
        raise HTTPException(404, f"no State with ISO3 {iso3} in the record")
    return JSONResponse(overview)


@router.get("/forums/{forum_id}/tally")
def forum_tally(request: Request, forum_id: RowId) -> JSONResponse:
    """The forum's statements tallied by stance, and each claim about it checked against them."""
    from rightstrack.web.analysis import forum_analysis

    with read_session(request) as session:
        detail = q.forum_detail(session, forum_id)
        if detail is not None:
            verify_claims(session, detail["claims"])
    if detail is None:
        raise HTTPException(404, f"no forum with id {forum_id}")
    analysis = forum_analysis(detail["statements"], detail["claims"])
    return JSONResponse({"forum": detail["forum"], **analysis})


@router.get("/recommendations-facets")
def recommendation_facets(request: Request, params: Params) -> dict[str, Any]:
    """Counts by response, theme, session, action and State over the filtered recommendations."""
    f = parse_filters(params)
    with read_session(request) as session:
        facets = q.recommendation_facets(session, f)
    return {k: [{"value": v, "count": n} for v, n in rows] for k, rows in facets.items()}


@router.get("/export/{what}.{fmt}")
def export(request: Request, what: str, fmt: str, params: Params) -> Response:
    """All rows matching the filters (no paging) as CSV or JSON, written by `write_export` — the
    same code and columns as `rightstrack export`."""
    from rightstrack.record.export import write_export

    if what not in LIST_KINDS:
        raise InputError(f"cannot export {what!r}: choose one of {', '.join(LIST_KINDS)}")
    if fmt not in ("csv", "json"):
        raise InputError(f"format {fmt!r}: choose csv or json")
    f = parse_filters({k: v for k, v in params.items() if k not in ("limit", "offset")})
    f.limit = None
    with read_session(request) as session:
        rows = getattr(q, f"list_{what}")(session, f)
    buffer = io.StringIO()
    write_export(rows, fmt, buffer)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/json"
    headers = {"Content-Disposition": f'attachment; filename="rightstrack-{what}.{fmt}"'}
    return Response(buffer.getvalue(), media_type=media, headers=headers)


def _published(value: str | None) -> date | None:
    if not value or not value.strip():
        return None
    return parse_given_date(value.strip(), f"published={value!r}")


UploadField = Annotated[UploadFile, File(description="PDF, DOCX, HTML or TXT")]
PublishedField = Annotated[
    str | None, Form(description="Publication date YYYY-MM-DD (resolves relative dates)")
]


def upload_bytes(file: UploadFile) -> bytes:
    """The uploaded bytes, read no further than the ingest size limit (a huge upload is refused by
    its declared size, or by `load_bytes` from the one byte read past the limit)."""
    name = file.filename or "upload"
    if file.size is not None and file.size > MAX_BYTES:
        raise IngestError(
            name, f"file is {file.size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit"
        )
    return file.file.read(MAX_BYTES + 1)


@router.post("/documents", status_code=201)
def upload_document(
    request: Request, file: UploadField, published: PublishedField = None
) -> JSONResponse:
    """Upload a document: runs the pipeline, stores it and returns what was extracted.

    201 when stored, 200 when the same text was already stored, 400 for a file it cannot read."""
    from rightstrack.web.uploads import run_upload

    data = upload_bytes(file)
    result = run_upload(
        request.app.state.store, data, file.filename or "upload", _published(published)
    )
    return JSONResponse(result, status_code=201 if result["created"] else 200)


@router.post("/uploads", status_code=202)
def start_upload(
    request: Request, file: UploadField, published: PublishedField = None
) -> dict[str, str]:
    """Start processing an upload in the background; poll `/api/uploads/{job}` for its stage."""
    when = _published(published)
    data = upload_bytes(file)
    job = request.app.state.jobs.submit(data, file.filename or "upload", when)
    return {"job": job, "status_url": f"/api/uploads/{job}"}


@router.get("/uploads/{job_id}")
def upload_status(request: Request, job_id: str) -> dict[str, Any]:
    """Stage of an upload job: queued, reading, extracting, storing, done (with result) or failed."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no upload job {job_id}")
    return job  # type: ignore[no-any-return]
