"""`rightstrack claims check`: compare each stored claim with the record of its forum."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from rightstrack.cli.core import DbOption
from rightstrack.errors import InputError

claims_app = typer.Typer(
    help="Claims made about forums, checked against the record.", no_args_is_help=True
)


@claims_app.command("check")
def check(
    db: DbOption = None,
    forum: Annotated[
        str | None, typer.Option(help="Forum id or key (see `rightstrack list forums`)")
    ] = None,
    state: Annotated[str | None, typer.Option(help="Only claims about this State (ISO3)")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per claim")] = False,
) -> None:
    """Say for each claim: supported, contradicted (with computed figures) or not verifiable (and why)."""
    from sqlalchemy import select

    from rightstrack.analyse.checks import check_claims
    from rightstrack.record import models as m
    from rightstrack.record import queries as q
    from rightstrack.record.store import open_store

    store = open_store(db)
    with store.session() as session:
        filters = q.Filters(state_under_review=state, limit=None)
        if forum is not None:
            # an id when it is a number the database can hold ("²" is a digit but no number)
            as_id = int(forum) if forum.isdecimal() and len(forum) < 19 else None
            forum_id = (
                as_id
                if as_id is not None
                else session.scalar(select(m.Forum.id).where(m.Forum.key == forum))
            )
            if forum_id is None or session.get(m.Forum, forum_id) is None:
                raise InputError(f"--forum {forum!r}: no such forum in {store.url}")
            filters.forum_id = forum_id
        results = check_claims(session, filters)
    store.close()
    if as_json:
        for claim in results:
            typer.echo(json.dumps(claim, ensure_ascii=False))
        return
    if not results:
        typer.echo("no claims in the record" + (" for that forum" if forum else ""))
    for claim in results:
        v = claim["verification"]
        who = (claim.get("claimant") or {}).get("name") or "unattributed"
        where = (claim.get("forum") or {}).get("title") or "no forum"
        typer.echo(f"claim {claim['id']} ({claim['claim_type']}) by {who} about {where}")
        typer.echo(f"  quote: {claim['evidence']['quote'][:160]}")
        typer.echo(f"  {v['status']}: {v['reason']}")
        for ev in v.get("evidence", [])[:10]:
            if isinstance(ev, dict):
                label = ev.get("speaker") or (
                    f"recommendation {ev['number']}" if ev.get("number") else ev.get("quote", "")[:60]
                )
                said = ev.get("stance") or ev.get("response") or ""
                typer.echo(
                    f"    - {label} [{said}] doc {ev.get('document_id', '')} page {ev.get('page', '')}"
                )


def register(app: typer.Typer) -> None:
    app.add_typer(claims_app, name="claims")
