"""The CLI as a user meets it: real subprocesses, exit codes, one-line errors, an unchanged database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_ingest import BAD_INPUTS, make_bad_input

from rightstrack.record.store import open_store

COMMANDS = [
    "ingest",
    "extract",
    "list",
    "show",
    "export",
    "demo",
    "claims",
    "claims check",
    "eval upr",
    "classify",
    "train",
    "serve",
]


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "120"}
    env.pop("RIGHTSTRACK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "rightstrack", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_help_everywhere(command: str) -> None:
    result = run_cli(*command.split(), "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout


def snapshot(db: Path) -> dict[str, list]:
    """Every row of every table, to prove a failed ingest changed nothing."""
    store = open_store(db)
    with store.engine.connect() as conn:
        from sqlalchemy import inspect, text

        tables = sorted(inspect(conn).get_table_names())
        rows = {t: conn.execute(text(f'SELECT * FROM "{t}"')).fetchall() for t in tables}
    store.close()
    return {t: [tuple(r) for r in v] for t, v in rows.items()}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_exit_2_one_line_db_unchanged(tmp_path: Path, name: str) -> None:
    db = tmp_path / "record.db"
    good = tmp_path / "good.txt"
    good.write_text("A short note written for this test.\nNothing more to say.\n", encoding="utf-8")
    first = run_cli("ingest", str(good), "--db", str(db))
    assert first.returncode == 0, first.stderr
    before = snapshot(db)
    bad = make_bad_input(tmp_path, name)
    result = run_cli("ingest", str(bad), "--db", str(db), "--max-mb", "1")
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1, result.stderr
    assert (
        errors[0].startswith("error: ") and str(bad) in errors[0] and BAD_INPUTS[name] in errors[0]
    )
    assert "Traceback" not in result.stderr + result.stdout
    assert snapshot(db) == before


def test_extract_bad_input_exit_2(tmp_path: Path) -> None:
    bad = make_bad_input(tmp_path, "corrupt.pdf")
    result = run_cli("extract", str(bad))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("error: ") and str(bad) in result.stderr


def test_bad_published_date(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some words.\n", encoding="utf-8")
    result = run_cli("extract", str(good), "--published", "5 October")
    assert (
        result.returncode == 2
        and "YYYY-MM-DD" in result.stderr
        and "Traceback" not in result.stderr
    )


def test_ingest_twice_then_list_show_export(tmp_path: Path) -> None:
    db = tmp_path / "record.db"
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("First note for the folder test.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Second note for the folder test.\n", encoding="utf-8")
    first = run_cli("ingest", str(folder), "--db", str(db))
    assert first.returncode == 0 and "stored 2 new document(s), 0 already stored" in first.stdout
    second = run_cli("ingest", str(folder), "--db", str(db))
    assert "stored 0 new document(s), 2 already stored" in second.stdout
    listed = run_cli("list", "documents", "--db", str(db), "--json")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(rows) == 2
    shown = run_cli("show", "document", str(rows[0]["id"]), "--db", str(db), "--text")
    assert json.loads(shown.stdout)["text"].startswith("First note")
    missing = run_cli("show", "document", "999", "--db", str(db))
    assert missing.returncode == 2 and "no document with id 999" in missing.stderr
    exported = run_cli("export", "--what", "documents", "--format", "json", "--db", str(db))
    assert {r["title"] for r in json.loads(exported.stdout)} == {
        "First note for the folder test.",
        "Second note for the folder test.",
    }


def test_unreachable_database_is_one_line(tmp_path: Path) -> None:
    result = run_cli("list", "--db", str(tmp_path / "no" / "such" / "folder" / "x.db"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "does not exist" in result.stderr


def test_tables_print_document_text_as_written(tmp_path: Path) -> None:
    """Square brackets in a document are text, not Rich markup: shown as written, no crash."""
    db = tmp_path / "record.db"
    note = tmp_path / "brackets.txt"
    note.write_text("Note [/b] with [bold] brackets in its title.\nA second line.\n", "utf-8")
    stored = run_cli("ingest", str(note), "--db", str(db))
    assert stored.returncode == 0, stored.stderr
    listed = run_cli("list", "documents", "--db", str(db))
    assert listed.returncode == 0 and "Traceback" not in listed.stderr, listed.stderr
    assert "[other]" in listed.stdout and "[/b] with [bold]" in listed.stdout
    extracted = run_cli("extract", str(note), "--format", "table")
    assert extracted.returncode == 0 and "Traceback" not in extracted.stderr, extracted.stderr
    assert "[/b] with [bold]" in extracted.stdout


def test_export_to_missing_folder_or_bad_format_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "record.db"
    note = tmp_path / "note.txt"
    note.write_text("A note to export.\n", encoding="utf-8")
    assert run_cli("ingest", str(note), "--db", str(db)).returncode == 0
    target = tmp_path / "no" / "such" / "out.csv"
    missing = run_cli("export", "--what", "documents", "--db", str(db), "-o", str(target))
    assert missing.returncode == 2 and "Traceback" not in missing.stderr, missing.stderr
    assert missing.stderr.startswith("error: ") and str(target) in missing.stderr
    out = tmp_path / "out.xml"
    bad = run_cli("export", "--format", "xml", "--db", str(db), "-o", str(out))
    assert bad.returncode == 2 and "choose csv or json" in bad.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    "args",
    [
        ("show", "document", "abc"),
        ("list", "documents", "--no-such-option"),
        ("no-such-command",),
        ("show", "document", "9" * 20),  # over the databases' 64-bit integers
        ("list", "documents", "--limit", "9" * 20),
    ],
)
def test_usage_errors_exit_2_without_traceback(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run_cli(*args, "--db", str(tmp_path / "record.db"))
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert "Error: " in result.stderr and "Usage: " in result.stderr


@pytest.mark.parametrize("forum", ["9" * 20, "\u00b2", "no-such-key"])
def test_claims_check_unknown_forum_is_one_line(tmp_path: Path, forum: str) -> None:
    result = run_cli("claims", "check", "--forum", forum, "--db", str(tmp_path / "record.db"))
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.startswith("error: --forum ") and "no such forum" in result.stderr


def test_export_csv_quotes_formula_like_cells(tmp_path: Path) -> None:
    import csv
    import io

    from rightstrack.record.export import write_export

    rows = [
        {"id": 1, "text": '=HYPERLINK("http://x")', "number": "-12", "count": -3, "quote": "plain"}
    ]
    out = io.StringIO()
    write_export(rows, "csv", out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["text"] == '\'=HYPERLINK("http://x")' and row["number"] == "'-12"
    assert row["count"] == "-3" and row["quote"] == "plain"  # numbers and plain text unchanged
    out = io.StringIO()
    write_export(rows, "json", out)
    assert json.loads(out.getvalue())[0]["text"] == '=HYPERLINK("http://x")'


def test_max_mb_must_be_positive(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Some words.\n", encoding="utf-8")
    result = run_cli("ingest", str(good), "--db", str(tmp_path / "x.db"), "--max-mb", "0")
    assert (
        result.returncode == 2 and "Traceback" not in result.stderr and "--max-mb" in result.stderr
    )
