"""Core commands: ingest, extract, list, show, export, demo — each a few lines over the library."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from rightstrack.errors import InputError
from rightstrack.record.models import MAX_ID

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="SQLAlchemy URL or SQLite file (default: $RIGHTSTRACK_DB or ./rightstrack.db)"
    ),
]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date YYYY-MM-DD, to resolve relative dates"),
]

LIST_KINDS = ("documents", "recommendations", "statements", "claims", "events", "forums", "actors")


def parse_published(value: str | None) -> date | None:
    """The `--published` option as a date; a malformed one is an InputError, not a traceback."""
    from rightstrack.ingest.dates import parse_given_date

    return None if value is None else parse_given_date(value, f"--published {value!r}")


def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (PDF, DOCX, HTML, TXT)")],
    db: DbOption = None,
    published: PublishedOption = None,
    max_mb: Annotated[
        float, typer.Option("--max-mb", min=0.001, help="Refuse files larger than this")
    ] = 50.0,
) -> None:
    """Read documents, extract what they say, and store it (one transaction per document)."""
    from rich.progress import Progress

    from rightstrack.ingest import iter_paths
    from rightstrack.pipeline import ingest_paths
    from rightstrack.record.store import open_store

    when = parse_published(published)
    store = open_store(db)
    files = list(iter_paths(list(paths)))
    err = Console(stderr=True)
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=len(files))
        report = ingest_paths(
            store,
            files,
            when,
            on_file=lambda _p: progress.advance(task),
            max_bytes=int(max_mb * 1_000_000),
        )
    for error in report.errors:
        typer.echo(f"error: {error}", err=True)
    totals: dict[str, int] = {}
    for _path, result in report.stored:
        for kind, n in result.counts.items():
            totals[kind] = totals.get(kind, 0) + n
    detail = ", ".join(f"{n} {k}" for k, n in sorted(totals.items()))
    typer.echo(
        f"stored {report.created} new document(s), {report.unchanged} already stored"
        + (f"; {detail}" if detail else "")
        + (f"; {len(report.errors)} failed" if report.errors else "")
    )
    store.close()
    if report.errors:
        raise typer.Exit(2)


def extract(
    path: Annotated[Path, typer.Argument(help="One document")],
    published: PublishedOption = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl or table")] = "jsonl",
) -> None:
    """Run the pipeline on one document without storing it; print one JSON object per item."""
    from rightstrack.pipeline import extract_file

    if fmt not in ("jsonl", "table"):
        raise InputError(f"--format {fmt!r}: choose jsonl or table")
    _doc, items = extract_file(path, parse_published(published))
    rows = [item.to_dict() for item in items]
    if fmt == "jsonl":
        out = sys.stdout
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table("kind", "page", "summary")
    for row in rows:
        # Text cells: brackets in a document are words, not Rich markup.
        table.add_row(row["kind"], str(row["evidence"]["page"] or ""), Text(_summary(row)))
    Console().print(table)


def _summary(row: dict[str, Any]) -> str:
    kind = row["kind"]
    if kind == "document":
        return f"{row.get('document_kind')}: {row.get('title') or row.get('source')}"
    if kind == "recommendation":
        states = ", ".join(s["name"] for s in row.get("recommending_states", []))
        return f"{row.get('number') or ''} [{row.get('response')}] {row['text'][:90]} ({states})"
    if kind == "statement":
        speaker = (row.get("speaker") or {}).get("name")
        return f"{speaker} [{row.get('stance')}] {row.get('text', '')[:90]}"
    if kind == "claim":
        return f"{row.get('claim_type')}: total={row.get('total')} supportive={row.get('supportive')} critical={row.get('critical')} {row.get('subject') or ''}"
    if kind == "event":
        return f"{row.get('event_type')} {row.get('date') or row.get('date_text')}"
    return row["evidence"]["quote"][:100]


def list_(
    what: Annotated[str, typer.Argument(help=f"One of: {', '.join(LIST_KINDS)}")] = "documents",
    db: DbOption = None,
    state: Annotated[str | None, typer.Option(help="State under review (ISO3)")] = None,
    theme: Annotated[str | None, typer.Option(help="Theme (UPR Info issue name)")] = None,
    response: Annotated[str | None, typer.Option(help="supported, noted or pending")] = None,
    stance: Annotated[str | None, typer.Option(help="supportive, critical, mixed, neutral")] = None,
    limit: Annotated[int, typer.Option(help="Rows to show", min=1, max=MAX_ID)] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table")] = False,
) -> None:
    """List what the record holds."""
    from rightstrack.record import queries as q
    from rightstrack.record.store import open_store

    if what not in LIST_KINDS:
        raise InputError(f"cannot list {what!r}: choose one of {', '.join(LIST_KINDS)}")
    filters = q.Filters(
        state_under_review=state, theme=theme, response=response, stance=stance, limit=limit
    )
    store = open_store(db)
    with store.session() as session:
        rows = getattr(q, f"list_{what}")(session, filters)
    store.close()
    if as_json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table("id", what[:-1])
    for row in rows:
        table.add_row(str(row.get("id")), Text(_list_label(what, row)))
    Console().print(table)


def _list_label(what: str, row: dict[str, Any]) -> str:
    if what == "documents":
        return f"[{row['kind']}] {row.get('title') or row.get('source')}"
    if what in ("forums",):
        return f"[{row['type']}] {row['title']}"
    if what == "actors":
        return f"[{row['kind']}] {row['name']}" + (f" ({row['iso3']})" if row.get("iso3") else "")
    return _summary(row)


def show(
    what: Annotated[
        str, typer.Argument(help="document, recommendation, statement, claim, event, forum")
    ],
    item_id: Annotated[
        int, typer.Argument(help="The id shown by `rightstrack list`", min=0, max=MAX_ID)
    ],
    db: DbOption = None,
    text: Annotated[bool, typer.Option(help="Include a document's full text")] = False,
) -> None:
    """Show one stored item as JSON, with its evidence."""
    from rightstrack.record import models as m
    from rightstrack.record import queries as q
    from rightstrack.record.store import open_store

    models = {
        "document": (m.Document, lambda r: q.document_dict(r, with_text=text)),
        "recommendation": (m.Recommendation, q.recommendation_dict),
        "statement": (m.Statement, q.statement_dict),
        "claim": (m.Claim, q.claim_dict),
        "event": (m.Event, q.event_dict),
        "forum": (m.Forum, q.forum_dict),
    }
    if what not in models:
        raise InputError(f"cannot show {what!r}: choose one of {', '.join(models)}")
    model, to_dict = models[what]
    store = open_store(db)
    with store.session() as session:
        row = session.get(model, item_id)
        if row is None:
            raise InputError(f"no {what} with id {item_id} in {store.url}")
        typer.echo(json.dumps(to_dict(row), ensure_ascii=False, indent=2))
    store.close()


def export(
    fmt: Annotated[str, typer.Option("--format", help="csv or json")] = "csv",
    what: Annotated[
        str, typer.Option("--what", help=f"One of: {', '.join(LIST_KINDS)}")
    ] = "recommendations",
    db: DbOption = None,
    state: Annotated[str | None, typer.Option(help="State under review (ISO3)")] = None,
    theme: Annotated[str | None, typer.Option(help="Theme")] = None,
    response: Annotated[str | None, typer.Option(help="Response")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: stdout)")
    ] = None,
) -> None:
    """Export items (with their evidence) as CSV or JSON."""
    from rightstrack.record import queries as q
    from rightstrack.record.export import write_export
    from rightstrack.record.store import open_store

    if what not in LIST_KINDS:
        raise InputError(f"cannot export {what!r}: choose one of {', '.join(LIST_KINDS)}")
    if fmt not in ("csv", "json"):  # checked before --output is created
        raise InputError(f"--format {fmt!r}: choose csv or json")
    filters = q.Filters(state_under_review=state, theme=theme, response=response, limit=None)
    store = open_store(db)
    with store.session() as session:
        rows = getattr(q, f"list_{what}")(session, filters)
    store.close()
    if output is None:
        write_export(rows, fmt, sys.stdout)
    else:
        try:
            fh = output.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise InputError(f"{output}: cannot write ({exc.strerror})") from exc
        with fh:
            write_export(rows, fmt, fh)
        typer.echo(f"wrote {len(rows)} {what} to {output}", err=True)


def demo(
    db: Annotated[
        Path, typer.Option("--db", help="SQLite file to create (replaced if present)")
    ] = Path("rightstrack-demo.db"),
) -> None:
    """Ingest the bundled demo corpus into a fresh SQLite file and print a Cambodia overview."""
    from rightstrack.demo import run_demo

    run_demo(db, out=sys.stdout)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(extract)
    app.command("list")(list_)
    app.command()(show)
    app.command()(export)
    app.command()(demo)
