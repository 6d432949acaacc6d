"""`classify_csv`: add `themes` and `action` columns to a CSV of recommendation texts.

Every input row gives exactly one output row in the same order; a row whose cell is empty, missing
or has no letters gets empty labels instead of stopping the run. Problems with the file itself
(missing, not text, no such column) raise InputError naming the file.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from rightstrack.errors import InputError

OUTPUT_COLUMNS = ("themes", "action")
_LETTER = re.compile(r"[^\W\d_]")


def read_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """Header and rows of a CSV, or an InputError that says what is wrong with the file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in raw[:4096]:
        raise InputError(f"{path}: not a CSV file (binary content)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a UTF-8 text file") from None
    try:
        table = list(csv.reader(text.splitlines()))
    except csv.Error as exc:
        raise InputError(f"{path}: not a readable CSV ({exc})") from None
    if not table or not any(cell.strip() for cell in table[0]):
        raise InputError(f"{path}: empty CSV (no header row)")
    return table[0], table[1:]


def text_cell(row: list[str], index: int) -> str:
    """The text to classify, or "" when the cell is absent or holds no words."""
    cell = row[index] if index < len(row) else ""
    return cell if _LETTER.search(cell) else ""


def classify_csv(input: Path, text_column: str, output: Path) -> int:
    """Write `output` = `input` plus `themes` (";"-separated issues) and `action` (1-5)."""
    from rightstrack.classify import classify_recommendations

    header, rows = read_rows(input)
    if text_column not in header:
        shown = ", ".join(header[:10])
        raise InputError(f"{input}: no column {text_column!r} (columns: {shown})")
    index = header.index(text_column)
    themes, actions = classify_recommendations([text_cell(row, index) for row in rows])
    out_header = list(header)
    for name in OUTPUT_COLUMNS:
        if name not in out_header:
            out_header.append(name)
    theme_at, action_at = out_header.index("themes"), out_header.index("action")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(out_header)
            for row, theme_list, action in zip(rows, themes, actions, strict=True):
                cells = row + [""] * (len(out_header) - len(row))
                cells[theme_at] = ";".join(theme_list)
                cells[action_at] = "" if action is None else str(action)
                writer.writerow(cells)
    except OSError as exc:
        raise InputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    return len(rows)
