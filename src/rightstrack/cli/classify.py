"""`rightstrack classify` and `rightstrack train`: thin commands over rightstrack.classify."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

DEFAULT_DATA = Path("../shared/data/upr")


def classify(
    input: Annotated[Path, typer.Option("--input", help="CSV file with a text column")],
    text_column: Annotated[str, typer.Option("--text-column", help="Column holding the text")],
    output: Annotated[Path, typer.Option("--output", help="CSV to write (input + themes, action)")],
) -> None:
    """Add UPR Info themes (";"-separated) and action category (1-5) to every row of a CSV."""
    from rightstrack.classify import classify_csv

    written = classify_csv(input, text_column, output)
    typer.echo(f"{written} rows written to {output}")


def train(
    data: Annotated[
        Path, typer.Argument(help="UPR data folder (UPR Info CSV and reports/)")
    ] = DEFAULT_DATA,
    out: Annotated[
        Path | None, typer.Option("--out", help="Write models here instead of the package")
    ] = None,
) -> None:
    """Rebuild the shipped classifiers deterministically and print the time-split evaluation."""
    from rightstrack.classify import train as train_models

    typer.echo(train_models(data, out).format())


def register(app: typer.Typer) -> None:
    """Add the `classify` and `train` commands to the main app."""
    app.command("classify")(classify)
    app.command("train")(train)
