"""The `rightstrack` command: a thin Typer shell over the library API.

Each module in this package registers its commands on the one `app` through `register(app)`.
Errors of the library (`RightsTrackError`) are caught once, in `main()`, and printed as one line.
"""

from __future__ import annotations

import sys

import typer

from rightstrack.errors import RightsTrackError

app = typer.Typer(
    help="RightsTrack: a verifiable record of UN human-rights reviews, from the documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

_COMMAND_MODULES = ("core", "upr_eval", "classify", "claims", "serve")


def _register_all() -> None:
    import importlib

    for name in _COMMAND_MODULES:
        importlib.import_module(f"rightstrack.cli.{name}").register(app)


_register_all()


def main() -> None:
    """Console entry point: run the app, turning library errors into one line and exit code 2."""
    try:
        # Without standalone mode click returns a command's exit code instead of exiting.
        code = app(standalone_mode=False)
    except RightsTrackError as exc:
        typer.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(1)
    except Exception as exc:  # usage errors arrive here in non-standalone mode
        import click

        # Typer raises its own copy of click's exceptions (typer._click), whose public base is
        # TyperException; click's own may still come from a command that calls click directly.
        if isinstance(exc, (click.ClickException, typer.TyperException)) and hasattr(exc, "show"):
            exc.show()
            sys.exit(getattr(exc, "exit_code", 2))
        raise
    sys.exit(code if isinstance(code, int) else 0)
