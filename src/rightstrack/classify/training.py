"""`train`: rebuild the shipped models from the shared UPR data and say how good they are.

Evaluation is later-in-time, like real use: fit on UPR sessions 1-10, test on 11-13, next to the
standard baseline (TF-IDF + linear SVM) in the same run. The theme threshold is chosen on an inner
split (fit 1-8, validate 9-10) so the test sessions never tune anything. Stance is tested on two
whole reports held out from its labels. The shipped models are then fitted on everything.
Every fit uses fixed seeds and a fixed order, so two runs give the same files.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.svm import LinearSVC

from rightstrack.classify.dialogue_text import dialogue_paragraphs
from rightstrack.classify.recommendations import (
    fit_recommendation_model,
    issue_matrix,
)
from rightstrack.classify.stance import STANCES, fit_stance_model
from rightstrack.classify.stance_cues import rule_stance
from rightstrack.classify.store import MODELS_DIR, save_npz
from rightstrack.errors import InputError

UPR_INFO_FILE = "upr-info-sessions-01-13.csv"
STANCE_LABELS = Path(__file__).with_name("labels") / "stance_upr_dialogue.csv"
STANCE_HELD_OUT = ("myanmar2011.pdf", "zimbabwe2011.pdf")
# Labelled after the cues and settings were fixed, and never read while tuning: the honest figure.
STANCE_FRESH = ("belarus2010.pdf", "cameroon2009.pdf")
# Labelled blind by a second person in a third and a fourth pass, after the clause and
# asserted-problem cues were written on the other reports (leave-one-report-out); never used to
# choose anything; fifth- and sixth-pass pairs (egypt2010, uzbekistan2009; turkmenistan2009,
# colombia2009) labelled the same way were added before any model had been run on them. Held out
# together: the model that is scored is fitted on every other report.
STANCE_BLIND = (
    "venezuela2011.pdf",
    "sudan2011.pdf",
    "ethiopia2010.pdf",
    "bangladesh2009.pdf",
    "egypt2010.pdf",
    "uzbekistan2009.pdf",
    "turkmenistan2009.pdf",
    "colombia2009.pdf",
)
THRESHOLD_GRID = tuple(np.round(np.arange(-0.6, 0.01, 0.05), 2))


@dataclass
class UprRow:
    text: str
    issues: list[str]
    action: int
    session: int


@dataclass
class TrainReport:
    """Figures of one `train` run (all on data the evaluated model never saw)."""

    themes_micro_f1: float = 0.0
    themes_macro_f1: float = 0.0
    baseline_themes_micro_f1: float = 0.0
    baseline_themes_macro_f1: float = 0.0
    action_accuracy: float = 0.0
    baseline_action_accuracy: float = 0.0
    theme_threshold: float = 0.0
    train_rows: int = 0
    test_rows: int = 0
    stance_macro_f1: float = 0.0
    stance_accuracy: float = 0.0
    stance_rules_macro_f1: float = 0.0
    stance_rules_accuracy: float = 0.0
    stance_test_paragraphs: int = 0
    stance_fresh_macro_f1: float = 0.0
    stance_fresh_accuracy: float = 0.0
    stance_fresh_paragraphs: int = 0
    stance_blind_macro_f1: float = 0.0
    stance_blind_accuracy: float = 0.0
    stance_blind_paragraphs: int = 0
    stance_labelled: int = 0
    stance_drifted: list[str] = field(default_factory=list)
    model_dir: str = ""

    def format(self) -> str:
        """The evaluation as a small table for the terminal."""
        r = self
        lines = [
            f"UPR Info time split: train sessions 1-10 ({r.train_rows} rows), "
            f"test 11-13 ({r.test_rows} rows)",
            f"{'':28}{'model':>10}{'baseline':>10}",
            f"{'themes micro-F1':28}{r.themes_micro_f1:>10.4f}{r.baseline_themes_micro_f1:>10.4f}",
            f"{'themes macro-F1':28}{r.themes_macro_f1:>10.4f}{r.baseline_themes_macro_f1:>10.4f}",
            f"{'action accuracy':28}{r.action_accuracy:>10.4f}{r.baseline_action_accuracy:>10.4f}",
            f"theme threshold (chosen on sessions 9-10): {r.theme_threshold:.2f}",
            f"stance, held-out reports {', '.join(STANCE_HELD_OUT)} "
            f"({r.stance_test_paragraphs} of {r.stance_labelled} labelled paragraphs):",
            f"{'':28}{'model':>10}{'rules':>10}",
            f"{'stance macro-F1':28}{r.stance_macro_f1:>10.4f}{r.stance_rules_macro_f1:>10.4f}",
            f"{'stance accuracy':28}{r.stance_accuracy:>10.4f}{r.stance_rules_accuracy:>10.4f}",
            f"stance, fresh reports {', '.join(STANCE_FRESH)} ({r.stance_fresh_paragraphs} "
            f"paragraphs, model fitted on the other labelled reports):",
            f"{'stance macro-F1':28}{r.stance_fresh_macro_f1:>10.4f}",
            f"{'stance accuracy':28}{r.stance_fresh_accuracy:>10.4f}",
            f"stance, blind reports {', '.join(STANCE_BLIND)} ({r.stance_blind_paragraphs} "
            f"paragraphs, model fitted on the other labelled reports):",
            f"{'stance macro-F1':28}{r.stance_blind_macro_f1:>10.4f}",
            f"{'stance accuracy':28}{r.stance_blind_accuracy:>10.4f}",
        ]
        if r.stance_drifted:
            lines.append(f"skipped {len(r.stance_drifted)} drifted paragraphs: {r.stance_drifted}")
        lines.append(f"models written to {r.model_dir}")
        return "\n".join(lines)


def load_upr_info(data_dir: Path) -> list[UprRow]:
    """Rows of the UPR Info CSV with text, issues, action and session."""
    path = data_dir / UPR_INFO_FILE
    if not path.is_file():
        raise InputError(f"{path}: UPR Info CSV not found (pass the shared data/upr folder)")
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            issues = sorted({i.strip() for i in record["Issue"].split(",") if i.strip()})
            rows.append(
                UprRow(record["Text"], issues, int(record["Action"]), int(record["Session"]))
            )
    return rows


def _theme_f1(y_true: np.ndarray, y_pred: np.ndarray) -> tuple[float, float]:
    micro = f1_score(y_true, y_pred, average="micro", zero_division=0)
    macro = f1_score(y_true, y_pred, average="macro", zero_division=0)
    return float(micro), float(macro)


def _predicted_matrix(model_issues: list[str], predicted: list[list[str]]) -> np.ndarray:
    return issue_matrix(predicted, model_issues)


def choose_threshold(rows: list[UprRow], issues: list[str]) -> float:
    """Threshold with the best mean of micro- and macro-F1 on sessions 9-10 (fit on 1-8)."""
    fit = [r for r in rows if r.session <= 8]
    val = [r for r in rows if 9 <= r.session <= 10]
    model = fit_recommendation_model(
        [r.text for r in fit], [r.issues for r in fit], [r.action for r in fit], issues, 0.0
    )
    texts = [r.text for r in val]
    scores = model.theme_scores(model.features.transform(texts), model.embeddings(texts))
    truth = issue_matrix([r.issues for r in val], issues)
    best, best_score = 0.0, -1.0
    for threshold in THRESHOLD_GRID:
        model.theme_threshold = float(threshold)
        pred = _predicted_matrix(issues, model.themes_from_scores(scores))
        score = sum(_theme_f1(truth, pred)) / 2
        if score > best_score:
            best, best_score = float(threshold), score
    return best


def baseline_scores(train: list[UprRow], test: list[UprRow], issues: list[str]) -> tuple:
    """TF-IDF (words, 1-2 grams) + linear SVM per issue at threshold 0, and for action."""
    vec = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2)
    x_train = vec.fit_transform([r.text for r in train])
    x_test = vec.transform([r.text for r in test])
    y_train = issue_matrix([r.issues for r in train], issues)
    pred = np.zeros((len(test), len(issues)), dtype=np.int8)
    for j in range(len(issues)):
        pred[:, j] = LinearSVC(random_state=0).fit(x_train, y_train[:, j]).predict(x_test)
    micro, macro = _theme_f1(issue_matrix([r.issues for r in test], issues), pred)
    action = LinearSVC(random_state=0).fit(x_train, [r.action for r in train]).predict(x_test)
    return micro, macro, float(accuracy_score([r.action for r in test], action))


def load_stance_examples(data_dir: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    """(report, text, stance) for each labelled paragraph whose text hash still matches."""
    reports_dir = data_dir / "reports"
    examples, drifted = [], []
    by_report: dict[str, dict[int, object]] = {}
    with STANCE_LABELS.open(encoding="utf-8", newline="") as handle:
        for label in csv.DictReader(handle):
            name = label["report"]
            if name not in by_report:
                path = reports_dir / name
                if not path.is_file():
                    raise InputError(f"{path}: labelled report not found")
                by_report[name] = {p.number: p for p in dialogue_paragraphs(path)}
            paragraph = by_report[name].get(int(label["paragraph"]))
            if paragraph is None or paragraph.digest != label["digest"]:  # type: ignore[attr-defined]
                drifted.append(f"{name}#{label['paragraph']}")
                continue
            examples.append((name, paragraph.text, label["stance"]))  # type: ignore[attr-defined]
    return examples, drifted


def _stance_scores(truth: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    macro = f1_score(truth, pred, labels=list(STANCES), average="macro", zero_division=0)
    return float(macro), float(accuracy_score(truth, pred))


def evaluate_stance(examples: list[tuple[str, str, str]], report: TrainReport) -> None:
    """Stance on whole reports the evaluated model never saw: the two original held-out reports
    (fitted on the reports labelled before the third pass and not blind, comparable with earlier
    runs), the fresh pair (fitted on every other labelled report) and the four blind reports
    (fitted on every other labelled report)."""
    original = [e for e in examples if e[0] not in STANCE_FRESH + STANCE_BLIND]
    fit_part = [e for e in original if e[0] not in STANCE_HELD_OUT]
    test_part = [e for e in original if e[0] in STANCE_HELD_OUT]
    stance_model = fit_stance_model([e[1] for e in fit_part], [e[2] for e in fit_part])
    truth_stance = [e[2] for e in test_part]
    predicted = stance_model.predict([e[1] for e in test_part])
    report.stance_macro_f1, report.stance_accuracy = _stance_scores(truth_stance, predicted)
    rules = [rule_stance(e[1]) for e in test_part]
    report.stance_rules_macro_f1, report.stance_rules_accuracy = _stance_scores(truth_stance, rules)
    report.stance_test_paragraphs, report.stance_labelled = len(test_part), len(examples)
    report.stance_fresh_macro_f1, report.stance_fresh_accuracy, report.stance_fresh_paragraphs = (
        _held_out_pair(examples, STANCE_FRESH)
    )
    report.stance_blind_macro_f1, report.stance_blind_accuracy, report.stance_blind_paragraphs = (
        _held_out_pair(examples, STANCE_BLIND)
    )


def _held_out_pair(
    examples: list[tuple[str, str, str]], reports: tuple[str, ...]
) -> tuple[float, float, int]:
    """(macro-F1, accuracy, paragraphs) on `reports`, fitted on every labelled report but those."""
    fit = [e for e in examples if e[0] not in reports]
    test = [e for e in examples if e[0] in reports]
    if not test:
        return 0.0, 0.0, 0
    model = fit_stance_model([e[1] for e in fit], [e[2] for e in fit])
    macro, accuracy = _stance_scores([e[2] for e in test], model.predict([e[1] for e in test]))
    return macro, accuracy, len(test)


def train(data_dir: Path, out_dir: Path | None = None) -> TrainReport:
    """Evaluate on the time split, then write the shipped models fitted on all the data."""
    data_dir = Path(data_dir)
    out_dir = Path(out_dir) if out_dir is not None else MODELS_DIR
    rows = load_upr_info(data_dir)
    issues = sorted({i for r in rows for i in r.issues})
    train_rows = [r for r in rows if r.session <= 10]
    test_rows = [r for r in rows if r.session >= 11]
    report = TrainReport(train_rows=len(train_rows), test_rows=len(test_rows))

    report.theme_threshold = choose_threshold(train_rows, issues)
    model = fit_recommendation_model(
        [r.text for r in train_rows],
        [r.issues for r in train_rows],
        [r.action for r in train_rows],
        issues,
        report.theme_threshold,
    )
    themes, actions = model.predict([r.text for r in test_rows])
    truth = issue_matrix([r.issues for r in test_rows], issues)
    report.themes_micro_f1, report.themes_macro_f1 = _theme_f1(
        truth, _predicted_matrix(issues, themes)
    )
    report.action_accuracy = float(accuracy_score([r.action for r in test_rows], actions))
    (
        report.baseline_themes_micro_f1,
        report.baseline_themes_macro_f1,
        report.baseline_action_accuracy,
    ) = baseline_scores(train_rows, test_rows, issues)

    examples, report.stance_drifted = load_stance_examples(data_dir)
    evaluate_stance(examples, report)

    final = fit_recommendation_model(
        [r.text for r in rows],
        [r.issues for r in rows],
        [r.action for r in rows],
        issues,
        report.theme_threshold,
    )
    save_npz(out_dir / "recommendations.npz", final.arrays())
    final_stance = fit_stance_model([e[1] for e in examples], [e[2] for e in examples])
    save_npz(out_dir / "stance.npz", final_stance.arrays())
    figures = {k: v for k, v in asdict(report).items() if k != "model_dir"}
    (out_dir / "evaluation.json").write_text(json.dumps(figures, indent=2) + "\n")
    report.model_dir = str(out_dir)
    return report
