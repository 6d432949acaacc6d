"""`rightstrack eval upr`: score UPR report extraction against the UPR Info rows."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

eval_app = typer.Typer(help="Evaluate extraction against reference data.", no_args_is_help=True)


@eval_app.command("upr")
def upr(
    reports: Annotated[Path, typer.Option("--reports", help="UPR data folder or folder of PDFs")],
    gold: Annotated[Path, typer.Option("--gold", help="UPR Info CSV (To, Text, From, Response)")],
    misses: Annotated[
        Path, typer.Option("--misses", help="Where to write the misses, one JSON per line")
    ] = Path("upr-eval-misses.jsonl"),
) -> None:
    """Print recall, precision, recommending-State and response accuracy; list misses in a file."""
    from rightstrack.analyse.eval_upr import evaluate_upr

    result = evaluate_upr(reports, gold, misses)
    for key, value in result.summary().items():
        typer.echo(f"{key:18} {value}")
    typer.echo(f"misses written to {misses}")


def register(app: typer.Typer) -> None:
    """Add the `eval` command group to the main app."""
    app.add_typer(eval_app, name="eval")
