"""`python -m rightstrack` runs the CLI."""

from rightstrack.cli import main

main()
