"""`classify_csv` and the `classify` command: alignment, bad cells and bad files."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from rightstrack.classify import classify_csv, recommendation_model
from rightstrack.errors import InputError


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_rows_stay_aligned_and_bad_cells_get_empty_labels(tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "in.csv",
        [
            ["id", "recommendation"],
            ["1", "Abolish capital punishment in all circumstances"],
            ["2", ""],
            ["3", "12345"],
            ["4"],  # short row: the text cell is missing
            ["5", "Consider inviting the special rapporteur on torture"],
        ],
    )
    written = classify_csv(source, "recommendation", tmp_path / "out" / "labelled.csv")
    rows = read_csv(tmp_path / "out" / "labelled.csv")
    assert written == 5 and [r["id"] for r in rows] == ["1", "2", "3", "4", "5"]
    assert "Death penalty" in rows[0]["themes"].split(";")
    assert rows[0]["action"] in {"4", "5"}
    for empty in rows[1:4]:
        assert empty["themes"] == "" and empty["action"] == ""
    assert rows[4]["action"] == "3"
    issues = set(recommendation_model().issues)
    assert all(t in issues for r in rows for t in r["themes"].split(";") if t)


def test_existing_label_columns_are_replaced_not_duplicated(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", [["text", "themes"], ["Ratify the CRPD", "old"]])
    classify_csv(source, "text", tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == ["text", "themes", "action"]
    assert read_csv(tmp_path / "out.csv")[0]["themes"] != "old"


def test_missing_column_names_the_file(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", [["id", "body"], ["1", "Ratify the CRPD"]])
    with pytest.raises(InputError, match=r"in\.csv: no column 'text'"):
        classify_csv(source, "text", tmp_path / "out.csv")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"%PDF-1.7\x00\x01\x02binary", "not a CSV"),
        (b"", "empty CSV"),
        (b"\xff\xfe\xfa\x80", "UTF-8"),
    ],
)
def test_files_that_are_not_csv(tmp_path: Path, content: bytes, reason: str) -> None:
    source = tmp_path / "data.csv"
    source.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        classify_csv(source, "text", tmp_path / "out.csv")


def test_missing_input_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nowhere.csv"):
        classify_csv(tmp_path / "nowhere.csv", "text", tmp_path / "out.csv")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rightstrack", *args], capture_output=True, text=True, timeout=120
    )


def test_cli_classify_writes_output(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", [["t"], ["Ratify the CRPD"], [""]])
    result = run_cli(
        "classify",
        "--input",
        str(source),
        "--text-column",
        "t",
        "--output",
        str(tmp_path / "o.csv"),
    )
    assert result.returncode == 0, result.stderr
    assert "2 rows written" in result.stdout
    assert len(read_csv(tmp_path / "o.csv")) == 2


def test_cli_bad_column_is_one_line_error(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", [["t"], ["Ratify the CRPD"]])
    result = run_cli(
        "classify",
        "--input",
        str(source),
        "--text-column",
        "nope",
        "--output",
        str(tmp_path / "o.csv"),
    )
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no column 'nope'" in result.stderr
    assert "Traceback" not in result.stderr
