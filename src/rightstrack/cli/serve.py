"""`rightstrack serve`: open the record in a browser (the web app of `rightstrack.web`)."""

from __future__ import annotations

import gc
from typing import Annotated

import typer


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="SQLAlchemy URL or SQLite file (default: $RIGHTSTRACK_DB or ./rightstrack.db)",
        ),
    ] = None,
) -> None:
    """Serve the record: pages for people, a JSON API at /api (OpenAPI at /docs)."""
    import uvicorn

    from rightstrack.web.app import create_app

    app = create_app(db)
    # Everything loaded at start-up lives as long as the server: moving it out of the collector's
    # generations keeps full collections short, which took the API's p95 from ~110 ms to ~50 ms on a
    # 207-report record (docs/benchmarks.md, "Web").
    gc.collect()
    gc.freeze()
    typer.echo(
        f"RightsTrack on http://{host}:{port}/  (database: {app.state.store.url}; Ctrl+C stops)"
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command()(serve)
