"""The web app: one FastAPI application serving the JSON API (`/api`, OpenAPI at `/docs`) and the
server-rendered pages, both reading the record through `rightstrack.record.queries`.

Library errors (`RightsTrackError`) are turned into a one-line message here, once: a JSON
`{"error": ...}` under `/api`, an error page elsewhere. Jinja2 autoescaping is always on, so text
from documents is shown as text and never becomes markup.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException

from rightstrack.errors import RightsTrackError
from rightstrack.record.store import DatabaseUnavailableError, Store, open_store

WEB_DIR = Path(__file__).resolve().parent


def make_templates() -> Environment:
    """The Jinja2 environment of the pages; autoescape is on for every template, whatever its name."""
    from rightstrack.web import fmt

    env = Environment(
        loader=FileSystemLoader(WEB_DIR / "templates"), autoescape=True, auto_reload=False
    )
    env.filters.update(fmt.FILTERS)
    env.globals.update(fmt.GLOBALS)
    return env


def create_app(db_url: str | None = None, *, store: Store | None = None) -> FastAPI:
    """The app over the database at `db_url` ($RIGHTSTRACK_DB or ./rightstrack.db when None).

    Pass an open `store` instead to share one with the caller (tests do)."""
    from rightstrack.web import api, pages
    from rightstrack.web.uploads import UploadJobs

    app = FastAPI(
        title="RightsTrack",
        summary="A verifiable record of UN human-rights reviews: every item with its evidence.",
        version="0.1.0",
        docs_url=None,  # served below from the vendored Swagger UI: no CDN, works offline
        redoc_url=None,
    )
    app.state.store = store if store is not None else open_store(db_url)
    app.state.templates = make_templates()
    app.state.jobs = UploadJobs(app.state.store)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_error_handlers(app)
    _add_server_timing(app)
    _add_docs(app)
    return app


def _add_docs(app: FastAPI) -> None:
    from fastapi.openapi.docs import get_swagger_ui_html

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="RightsTrack API",
            swagger_js_url="/static/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
            swagger_ui_parameters={"validatorUrl": None},  # no call to the online validator
        )


class ServerTiming:
    """ASGI middleware: each response's time inside the app in a `Server-Timing` header (read by
    bench/bench_web.py and shown by browsers' developer tools), from the request's arrival to the
    start of the response: `app` is wall-clock time, `cpu` the process's CPU time meanwhile (equal
    to the request's own CPU time when requests come one at a time, and unaffected by other
    programs competing for the CPU). Plain ASGI, so it costs next to nothing per request."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, cpu_started = time.perf_counter(), time.process_time()

        async def timed_send(message: Any) -> None:
            if message["type"] == "http.response.start":
                elapsed_ms = (time.perf_counter() - started) * 1000
                cpu_ms = (time.process_time() - cpu_started) * 1000  # whole process: all threads
                timing = f"app;dur={elapsed_ms:.1f}, cpu;dur={cpu_ms:.1f}"
                headers = list(message.get("headers", []))
                headers.append((b"server-timing", timing.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed_send)


def _add_server_timing(app: FastAPI) -> None:
    app.add_middleware(ServerTiming)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    template = request.app.state.templates.get_template("error.html")
    html = template.render(request=request, status=status, message=message)
    return HTMLResponse(html, status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RightsTrackError)
    async def _library_error(request: Request, exc: RightsTrackError) -> Response:
        status = 503 if isinstance(exc, DatabaseUnavailableError) else 400
        return _error(
            request, status, str(exc).strip().splitlines()[0] if str(exc) else "bad input"
        )

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "body"))
        message = f"{where}: {first.get('msg', 'invalid value')}" if where else "invalid request"
        return _error(request, 422, message)
