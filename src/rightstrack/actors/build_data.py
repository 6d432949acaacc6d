"""Refresh the `group` column of data/states.csv from the UPR Info recommendations CSV.

The UN regional group of each State is a fact recorded in UPR Info's `To`/`To-Rgrp` columns; this
script carries those facts into the shipped data file so the package needs no ../shared at run
time. Run from the project root:

    .venv/bin/python -m rightstrack.actors.build_data ../shared/data/upr/upr-info-sessions-01-13.csv

With `--check` it only reports States whose group differs, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import csv
import sys
from importlib import resources
from pathlib import Path

from rightstrack.actors.normalise import name_key
from rightstrack.actors.states import state_by_key

# UPR Info's labels for the five UN regional groups.
UPR_INFO_GROUPS = {
    "Africa": "African",
    "Asia": "Asia-Pacific",
    "EEG": "Eastern European",
    "GRULAC": "Latin American and Caribbean",
    "WEOG": "Western European and others",
}


def groups_from_upr_info(csv_path: Path) -> dict[str, str]:
    """iso3 -> UN regional group, read from the `To` and `To-Rgrp` columns."""
    groups: dict[str, str] = {}
    with csv_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            group = UPR_INFO_GROUPS.get(row["To-Rgrp"])
            state = state_by_key(name_key(row["To"]))
            if group is None or state is None:
                continue
            groups[state.iso3] = group
    return groups


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("upr_info_csv", type=Path)
    parser.add_argument("--check", action="store_true", help="report differences, write nothing")
    args = parser.parse_args(argv)
    groups = groups_from_upr_info(args.upr_info_csv)
    data_file = Path(str(resources.files("rightstrack.actors").joinpath("data/states.csv")))
    with data_file.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    changed = 0
    for row in rows:
        group = groups.get(row["iso3"])
        if group is not None and group != row["group"]:
            print(f"{row['iso3']} {row['name']}: {row['group']!r} -> {group!r}")
            row["group"] = group
            changed += 1
    missing = [row["iso3"] for row in rows if not row["group"] and row["observer"] != "yes"]
    if missing:
        print(f"no group for: {', '.join(missing)}", file=sys.stderr)
    if args.check:
        return 1 if changed or missing else 0
    with data_file.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{changed} groups updated in {data_file}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
