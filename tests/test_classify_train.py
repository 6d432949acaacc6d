"""Training data and training runs against ../shared (skipped when absent)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import f1_score

from rightstrack.classify.stance import STANCES, fit_stance_model
from rightstrack.classify.training import (
    STANCE_BLIND,
    STANCE_FRESH,
    STANCE_HELD_OUT,
    STANCE_LABELS,
    UPR_INFO_FILE,
    load_stance_examples,
    train,
)

pytestmark = pytest.mark.shared


def test_stance_labels_are_references_not_text() -> None:
    with STANCE_LABELS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["report", "paragraph", "digest", "stance"]
    assert len(rows) >= 300 and len({r["report"] for r in rows}) >= 6
    assert all(re.fullmatch(r"[0-9a-f]{10}", r["digest"]) for r in rows)
    assert {r["stance"] for r in rows} == {"supportive", "critical", "mixed", "neutral"}


def test_labelled_paragraphs_still_match_the_reports(upr_dir: Path) -> None:
    examples, drifted = load_stance_examples(upr_dir)
    assert drifted == []
    assert len(examples) >= 300


def test_stance_model_on_held_out_reports(upr_dir: Path) -> None:
    examples, _ = load_stance_examples(upr_dir)
    original = [e for e in examples if e[0] not in STANCE_FRESH + STANCE_BLIND]
    fit = [e for e in original if e[0] not in STANCE_HELD_OUT]
    test = [e for e in original if e[0] in STANCE_HELD_OUT]
    model = fit_stance_model([e[1] for e in fit], [e[2] for e in fit])
    predicted = model.predict([e[1] for e in test])
    accuracy = np.mean([p == e[2] for p, e in zip(predicted, test, strict=True)])
    assert len(test) >= 100
    assert accuracy >= 0.88  # measured 0.920; docs/classification.md


def _pair_macro_f1(upr_dir: Path, pair: tuple[str, ...]) -> float:
    """Macro-F1 on the reports of `pair`, fitted on every other labelled report."""
    examples, _ = load_stance_examples(upr_dir)
    fit = [e for e in examples if e[0] not in pair]
    test = [e for e in examples if e[0] in pair]
    model = fit_stance_model([e[1] for e in fit], [e[2] for e in fit])
    predicted = model.predict([e[1] for e in test])
    truth = [e[2] for e in test]
    assert len(test) >= 100 and {e[0] for e in test} == set(pair)
    return float(f1_score(truth, predicted, labels=list(STANCES), average="macro", zero_division=0))


def test_stance_model_on_fresh_reports(upr_dir: Path) -> None:
    """The second-pass pair (blind when labelled; part of the cue work of the third pass)."""
    assert _pair_macro_f1(upr_dir, STANCE_FRESH) >= 0.85  # measured 0.872; docs/classification.md


def test_stance_model_on_blind_reports(upr_dir: Path) -> None:
    """The eight reports labelled blind last, never read while the cues and settings were chosen."""
    assert _pair_macro_f1(upr_dir, STANCE_BLIND) >= 0.73  # measured 0.749; docs/classification.md


def small_data_dir(upr_dir: Path, tmp_path: Path) -> Path:
    """A data folder holding every 6th UPR Info row (written at test time, never committed)."""
    data = tmp_path / "upr"
    data.mkdir()
    (data / "reports").symlink_to(upr_dir / "reports")
    with (upr_dir / UPR_INFO_FILE).open(encoding="utf-8", newline="") as src:
        reader = csv.reader(src)
        with (data / UPR_INFO_FILE).open("w", encoding="utf-8", newline="") as dst:
            writer = csv.writer(dst)
            writer.writerow(next(reader))
            writer.writerows(row for i, row in enumerate(reader) if i % 6 == 0)
    return data


def test_train_is_deterministic_and_beats_baseline(upr_dir: Path, tmp_path: Path) -> None:
    data = small_data_dir(upr_dir, tmp_path)
    first = train(data, tmp_path / "a")
    second = train(data, tmp_path / "b")
    for name in ("recommendations.npz", "stance.npz"):
        with np.load(tmp_path / "a" / name) as a, np.load(tmp_path / "b" / name) as b:
            assert a.files == b.files
            for key in a.files:
                assert np.array_equal(a[key], b[key]), f"{name}:{key} differs between runs"
    assert first.themes_micro_f1 == second.themes_micro_f1
    assert first.themes_micro_f1 > first.baseline_themes_micro_f1
    assert first.themes_macro_f1 > first.baseline_themes_macro_f1
    assert first.action_accuracy > first.baseline_action_accuracy
