"""Groups of States that speak as one in UN dialogues (EU, OIC, African Group, NAM, ...).

Names and their older or abbreviated forms live in `data/groups.csv`; a group resolves to
ActorRef(kind="group", name=<canonical name>).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from rightstrack.actors.normalise import name_key


@cache
def _group_index() -> dict[str, str]:
    text = resources.files("rightstrack.actors").joinpath("data/groups.csv").read_text("utf-8")
    index: dict[str, str] = {}
    for row in csv.DictReader(text.splitlines()):
        for spelling in (row["name"], *row["aliases"].split(";")):
            if spelling.strip():
                index[name_key(spelling)] = row["name"]
                index[name_key(f"Group of {spelling}")] = row["name"]
    return index


def all_groups() -> list[str]:
    """Canonical names of every known group."""
    return sorted(set(_group_index().values()))


def group_name(key: str) -> str | None:
    """Canonical group name for a `name_key`, or None."""
    return _group_index().get(key)
