"""Classifiers: UPR Info themes and action category for recommendations, stance for statements.

Importing this package is cheap: the models (numpy arrays in `models/`, rebuilt by
`rightstrack train`) load on first use and stay loaded. Empty or non-text inputs get an empty
label (no themes, action None, stance "neutral") so outputs always align with inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rightstrack.classify.recommendations import RecommendationModel
    from rightstrack.classify.stance import StanceModel
    from rightstrack.classify.training import TrainReport
    from rightstrack.extract.items import Item

__all__ = [
    "apply_to_items",
    "classify_csv",
    "predict_action",
    "predict_stance",
    "predict_themes",
    "train",
]


@lru_cache(maxsize=1)
def recommendation_model() -> RecommendationModel:
    from rightstrack.classify.recommendations import RecommendationModel
    from rightstrack.classify.store import load_npz

    return RecommendationModel.from_arrays(load_npz("recommendations.npz"))


@lru_cache(maxsize=1)
def stance_model() -> StanceModel:
    from rightstrack.classify.stance import StanceModel
    from rightstrack.classify.store import load_npz

    return StanceModel.from_arrays(load_npz("stance.npz"))


def _usable(text: Any) -> bool:
    return isinstance(text, str) and bool(text.strip())


def _positions(texts: Sequence[Any]) -> list[int]:
    return [i for i, t in enumerate(texts) if _usable(t)]


def classify_recommendations(texts: Sequence[Any]) -> tuple[list[list[str]], list[int | None]]:
    """Themes and action for each text in one pass (empty/non-text -> [] and None)."""
    keep = _positions(texts)
    themes: list[list[str]] = [[] for _ in texts]
    actions: list[int | None] = [None for _ in texts]
    if keep:
        found, acts = recommendation_model().predict([texts[i] for i in keep])
        for i, theme_list, action in zip(keep, found, acts, strict=True):
            themes[i], actions[i] = theme_list, action
    return themes, actions


def predict_themes(texts: Sequence[str]) -> list[list[str]]:
    """UPR Info issues (names as in the UPR Info data) for each text."""
    return classify_recommendations(texts)[0]


def predict_action(texts: Sequence[str]) -> list[int | None]:
    """UPR Info action category 1-5 for each recommendation text (None when empty)."""
    return classify_recommendations(texts)[1]


def predict_stance(texts: Sequence[str]) -> list[str]:
    """supportive / critical / mixed / neutral for each statement (neutral when empty)."""
    keep = _positions(texts)
    stances = ["neutral" for _ in texts]
    if keep:
        for i, stance in zip(keep, stance_model().predict([texts[i] for i in keep]), strict=True):
            stances[i] = stance
    return stances


def apply_to_items(items: list[Item]) -> None:
    """Fill what extractors left empty: themes/action of recommendations, themes/stance of
    statements. Values an extractor set are kept."""
    from rightstrack.extract.items import Recommendation, Statement

    recs = [it for it in items if isinstance(it, Recommendation)]
    stmts = [it for it in items if isinstance(it, Statement)]
    if recs:
        themes, actions = classify_recommendations([r.text for r in recs])
        for rec, theme_list, action in zip(recs, themes, actions, strict=True):
            if not rec.themes:
                rec.themes = theme_list
            if rec.action is None:
                rec.action = action
    # Only a statement's own text is classified. A statement known only from a "Speaking were
    # ..." list has no text; its evidence quote is the list, which says nothing about its stance.
    stmts = [s for s in stmts if _usable(s.text)]
    if stmts:
        texts = [s.text for s in stmts]
        themes = predict_themes(texts)
        stances = predict_stance(texts)
        for stmt, theme_list, stance in zip(stmts, themes, stances, strict=True):
            if not stmt.themes:
                stmt.themes = theme_list
            if stmt.stance is None:
                stmt.stance = stance  # type: ignore[assignment]


def classify_csv(input: Path, text_column: str, output: Path) -> int:
    """Add `themes` and `action` columns to a CSV; returns the number of rows written."""
    from rightstrack.classify.csv_io import classify_csv as _classify_csv

    return _classify_csv(Path(input), text_column, Path(output))


def train(data_dir: Path, out_dir: Path | None = None) -> TrainReport:
    """Rebuild the shipped models from the UPR data folder and return the evaluation."""
    from rightstrack.classify.training import train as _train

    report = _train(Path(data_dir), out_dir)
    if out_dir is None:
        recommendation_model.cache_clear()
        stance_model.cache_clear()
    return report
