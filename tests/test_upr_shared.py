"""UPR extraction on the shared reports: session per report and the eval targets.

Reads ../shared/data/upr (skipped when absent). The evaluation runs once for the module; it takes
about a minute on one core.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from rightstrack.analyse.eval_upr import UprEvalResult, evaluate_upr
from rightstrack.extract.upr.report import ReportContext
from rightstrack.ingest import load_document

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def upr_eval(upr_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> UprEvalResult:
    misses = tmp_path_factory.mktemp("upr") / "misses.jsonl"
    result = evaluate_upr(upr_dir, upr_dir / "upr-info-sessions-01-13.csv", misses)
    assert misses.is_file()
    return result


def test_session_and_state_of_every_report(upr_dir: Path) -> None:
    """Each report's Working Group session and State under review, against reports.csv."""
    from rightstrack.actors import resolve_state

    wrong = []
    with (upr_dir / "reports.csv").open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 200
    for row in rows:
        context = ReportContext.build(load_document(upr_dir / "reports" / row["file"]))
        expected = resolve_state(row["state_under_review"])
        got_state = context.state.iso3 if context.state else None
        if context.session != int(row["session"]) or expected is None or got_state != expected.iso3:
            wrong.append((row["file"], context.session, got_state))
    assert wrong == []


def test_recommendation_recall_and_precision(upr_eval: UprEvalResult) -> None:
    assert upr_eval.reports >= 200
    assert upr_eval.recall >= 0.99, upr_eval.summary()
    assert upr_eval.precision >= 0.99, upr_eval.summary()


def test_recommending_state_and_response_accuracy(upr_eval: UprEvalResult) -> None:
    assert upr_eval.state_accuracy >= 0.99, upr_eval.summary()
    assert upr_eval.response_checked >= 9000
    assert upr_eval.response_accuracy >= 0.97, upr_eval.summary()


def test_every_report_yields_recommendations(upr_eval: UprEvalResult) -> None:
    empty = [m["report"] for m in upr_eval.misses if m["type"] == "no_recommendations"]
    assert empty == []


def test_every_report_is_recognised(upr_eval: UprEvalResult) -> None:
    missed = [m["report"] for m in upr_eval.misses if m["type"] == "not_recognised"]
    assert missed == []
