"""`rightstrack eval upr` and `rightstrack extract` on a UPR report PDF generated at test time.

The report text is the one written for test_upr_report.py; the gold CSV rows are written here and
include a split recommendation, an edited wording, a wrong State and a row the report lacks, so
each figure of the evaluation is checked against a hand count.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from fpdf import FPDF
from test_upr_report import CONCLUSIONS, CONCLUSIONS_2, INTRO, TITLE_PAGE

from rightstrack.analyse.eval_upr import evaluate_upr, similarity, text_key
from rightstrack.errors import InputError


def write_pdf(path: Path, pages: list[str]) -> None:
    """A PDF with one page per text, one text line per PDF line (core font, Latin-1 only)."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=9)
    for page in pages:
        pdf.add_page()
        for line in page.split("\n"):
            safe = line.replace("\ufffe", "-").replace("\u2019", "'").encode("latin-1", "replace")
            pdf.cell(0, 4.2, safe.decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


@pytest.fixture()
def report_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    write_pdf(folder / "mongolia.pdf", [TITLE_PAGE, INTRO, CONCLUSIONS, CONCLUSIONS_2])
    return folder


GOLD = [
    # (To, Text, From, Response, Session)
    ("Mongolia", "Ratify the OP to the Convention against Torture", "France", "Accepted", "9"),
    ("Mongolia", "Ratify the Optional Protocol to the Convention against Torture", "Lithuania",
     "Accepted", "9"),
    ("Mongolia", "Strengthen the rural school plan", "Algeria", "Accepted", "9"),  # split part
    ("Mongolia", "with more teachers for girls", "Algeria", "Accepted", "9"),  # split part
    ("Mongolia", "Strengthen the rural school plan with more teachers for girls", "Philippines",
     "Noted", "9"),  # response disagrees with the report
    ("Mongolia", "Strengthen the rural school plan with more teachers for girls", "Egypt",
     "Accepted", "9"),
    ("Mongolia", "Adopt a law on non-discrimination covering all grounds", "Chile", "Accepted",
     "9"),  # wrong State: the report says Venezuela
    ("Mongolia", "Build a space programme for children", "Cuba", "Accepted", "9"),  # not there
    ("Mongolia", "Consider joining the convention on migrant workers", "Egypt", "Accepted", "9"),
    ("Nepal", "Something about another review entirely", "France", "Accepted", "9"),
]


def write_gold(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["To", "Text", "From", "Response", "Session"])
        writer.writerows(GOLD)


def test_text_key_and_similarity_allow_splits_and_lead_ins() -> None:
    assert text_key("That Algeria continue its work (France).") == "continue its work"
    assert similarity(text_key("Strengthen the plan"), text_key("Strengthen the plan for girls")) > 95
    assert similarity(text_key("Build a space programme"), text_key("Abolish the death penalty")) < 60


def test_evaluate_counts_by_hand(report_dir: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.csv"
    write_gold(gold)
    misses = tmp_path / "misses.jsonl"
    result = evaluate_upr(report_dir, gold, misses)
    assert result.reports == 1
    assert result.gold_rows == 9  # the Nepal row belongs to no report here
    assert result.matched_gold == 7  # all but the wrong-State row and the missing one
    # pairs: 10.1 x2, 10.2 x3, 10.3, 10.4, 10.5 x2, 11.1, 12.1 = 11; matched 10.1 x2, 10.2 x3, 11.1
    assert result.extracted_pairs == 11
    assert result.matched_pairs == 6
    assert result.state_checked == 8 and result.state_correct == 7
    assert result.response_checked == 6 and result.response_correct == 5  # 11.1 is pending
    kinds = [json.loads(line)["type"] for line in misses.read_text().splitlines()]
    assert kinds.count("wrong_state") == 1
    assert kinds.count("missed_gold") == 1
    assert kinds.count("wrong_response") == 1
    assert kinds.count("spurious_pair") == 5


def test_evaluate_rejects_bad_input(tmp_path: Path, report_dir: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("To,Text\nMongolia,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        evaluate_upr(report_dir, bad)
    gold = tmp_path / "gold.csv"
    write_gold(gold)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no PDF"):
        evaluate_upr(empty, gold)
    with pytest.raises(InputError, match="not found"):
        evaluate_upr(report_dir, tmp_path / "absent.csv")
    latin1 = tmp_path / "latin1.csv"
    rows = "To,Text,From,Response,Session\nMongolia,\u00e9t\u00e9,Peru,x,9\n"
    latin1.write_bytes(rows.encode("cp1252"))
    with pytest.raises(InputError, match="not a UTF-8 CSV"):
        evaluate_upr(report_dir, latin1)
    with pytest.raises(InputError, match="folder for the misses file does not exist"):
        evaluate_upr(report_dir, gold, tmp_path / "no" / "such" / "misses.jsonl")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    code = "from rightstrack.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )


def test_cli_eval_upr_prints_figures_and_writes_misses(report_dir: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold.csv"
    write_gold(gold)
    misses = tmp_path / "out" / "misses.jsonl"
    misses.parent.mkdir()
    done = _run("eval", "upr", "--reports", str(report_dir), "--gold", str(gold),
                "--misses", str(misses))
    assert done.returncode == 0, done.stderr
    figures = dict(line.split(None, 1) for line in done.stdout.splitlines() if line.strip())
    assert figures["recall"].strip() == str(round(7 / 9, 4))
    assert figures["precision"].strip() == str(round(6 / 11, 4))
    assert misses.is_file()


def test_cli_eval_upr_bad_gold_is_one_line(report_dir: Path, tmp_path: Path) -> None:
    done = _run("eval", "upr", "--reports", str(report_dir), "--gold", str(tmp_path / "no.csv"))
    assert done.returncode == 2
    assert done.stderr.strip().startswith("error:") and len(done.stderr.strip().splitlines()) == 1


def test_cli_extract_jsonl_on_generated_report(report_dir: Path) -> None:
    done = _run("extract", str(report_dir / "mongolia.pdf"), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    recs = {r["number"]: r for r in rows if r["kind"] == "recommendation"}
    assert [s["iso3"] for s in recs["10.5"]["recommending_states"]] == ["IRN", "BOL"]
    assert recs["12.1"]["response"] == "noted"
    assert recs["10.4"]["evidence"]["page"] == 3
    assert any(r["kind"] == "statement" for r in rows)


ADDENDUM_PAGE = """Human Rights Council
Report of the Working Group on the Universal Periodic Review
 Mongolia
Addendum
Views on conclusions and/or recommendations presented by the State under review
11.1 Mongolia accepts this recommendation and will report on it next year."""


def test_ingest_of_an_addendum_updates_the_pending_recommendation(
    report_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "record.db"
    addendum = tmp_path / "addendum.pdf"
    write_pdf(addendum, [ADDENDUM_PAGE])
    first = _run("ingest", str(report_dir / "mongolia.pdf"), "--db", str(db))
    assert first.returncode == 0, first.stderr

    def response_of(number: str) -> str:
        done = _run("export", "--format", "json", "--db", str(db), "--state", "MNG")
        assert done.returncode == 0, done.stderr
        rows = {r["number"]: r for r in json.loads(done.stdout)}
        return rows[number]["response"]

    assert response_of("11.1") == "pending"
    second = _run("ingest", str(addendum), "--db", str(db))
    assert second.returncode == 0, second.stderr
    assert response_of("11.1") == "supported"
    assert response_of("12.1") == "noted"  # untouched
