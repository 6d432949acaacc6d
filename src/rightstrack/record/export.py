"""Write query rows as CSV or JSON: the same rows for `rightstrack export` and the web's export links.

CSV flattens each row: actors become their names (ISO3 for States in a `_iso3` column), lists are joined
with "; ", and the evidence becomes `evidence_page`, `evidence_start`, `evidence_end`, `evidence_quote`.
A text cell that starts like a spreadsheet formula (=, +, -, @, tab, carriage return) gets a leading
apostrophe, so a hostile document cannot run a formula in the spreadsheet a user opens the CSV in;
JSON keeps every value exactly as stored.
"""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from rightstrack.errors import InputError


def _actor_name(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or "")
    return "" if value is None else str(value)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A CSV cell: text that a spreadsheet would read as a formula is quoted with an apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """One CSV row for one item."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if key in ("evidence", "response_evidence"):
            ev = value or {}
            for part in ("document_id", "page", "start", "end", "quote"):
                if part == "document_id" and key == "evidence":
                    continue
                out[f"{key}_{part}"] = ev.get(part, "")
        elif key == "forum":
            out["forum"] = (value or {}).get("title", "")
        elif isinstance(value, dict):
            out[key] = _actor_name(value)
            if value.get("iso3"):
                out[f"{key}_iso3"] = value["iso3"]
        elif isinstance(value, list):
            out[key] = "; ".join(_actor_name(v) for v in value)
            isos = [v.get("iso3") for v in value if isinstance(v, dict) and v.get("iso3")]
            if isos:
                out[f"{key}_iso3"] = "; ".join(isos)
        else:
            out[key] = "" if value is None else value
    return out


def write_export(rows: list[dict[str, Any]], fmt: str, fh: TextIO) -> None:
    """Write `rows` to `fh` as JSON or as CSV (nested fields flattened); InputError for another format."""
    if fmt == "json":
        json.dump(rows, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
        return
    if fmt != "csv":
        raise InputError(f"--format {fmt!r}: choose csv or json")
    flat = [{k: _cell(v) for k, v in flatten(r).items()} for r in rows]
    columns: list[str] = []
    for r in flat:
        for key in r:
            if key not in columns:
                columns.append(key)
    writer = csv.DictWriter(fh, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(flat)
