"""Classifier API on texts written for these tests (own wording), using the shipped models."""

from __future__ import annotations

import numpy as np
import pytest

from rightstrack.classify import (
    apply_to_items,
    predict_action,
    predict_stance,
    predict_themes,
    recommendation_model,
)
from rightstrack.classify.store import MODELS_DIR, lead_words
from rightstrack.document import Evidence
from rightstrack.extract.items import Recommendation, Statement

EVIDENCE = Evidence(start=0, end=1, page=None, quote="x")


def test_theme_names_are_the_upr_info_issues() -> None:
    issues = recommendation_model().issues
    assert len(issues) == 54
    assert "Freedom of opinion and expression" in issues
    assert "Torture and other CID treatment" in issues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ratify the Optional Protocol to the Convention against Torture",
            "Torture and other CID treatment",
        ),
        ("Abolish capital punishment and commute all death sentences", "Death penalty"),
        (
            "Protect journalists from attacks and end censorship of newspapers",
            "Freedom of the press",
        ),
        ("Raise the minimum age of marriage for girls to eighteen", "Rights of the Child"),
        ("Set up a national human rights institution in line with the Paris Principles", "NHRI"),
    ],
)
def test_themes_of_clear_recommendations(text: str, expected: str) -> None:
    assert expected in predict_themes([text])[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Continue its work to reduce poverty in rural districts", 2),
        ("Consider acceding to the convention on migrant workers", 3),
        ("Ratify the Convention on the Rights of Persons with Disabilities", 5),
    ],
)
def test_action_of_clear_recommendations(text: str, expected: int) -> None:
    assert predict_action([text]) == [expected]


def test_empty_and_non_text_inputs_get_empty_labels_in_place() -> None:
    texts = ["", "Abolish capital punishment", "   ", None]
    themes = predict_themes(texts)  # type: ignore[arg-type]
    actions = predict_action(texts)  # type: ignore[arg-type]
    assert themes[0] == [] and themes[2] == [] and themes[3] == []
    assert "Death penalty" in themes[1]
    assert actions[0] is None and actions[1] in {4, 5} and actions[3] is None
    assert predict_stance(["", None]) == ["neutral", "neutral"]  # type: ignore[list-item]


COUNCIL_STATEMENTS = [
    (
        "We commend the Government for adopting its new action plan on gender equality. "
        "We urge the authorities to release all journalists held for their reporting.",
        "mixed",
    ),
    (
        "Thank you, Mr. President. We warmly welcome the ratification of the convention on "
        "disabilities and congratulate the delegation on the progress made in schooling.",
        "supportive",
    ),
    (
        "We are deeply concerned by continuing reports of arbitrary arrests of activists. "
        "We call on the authorities to end the harassment of human rights defenders.",
        "critical",
    ),
    (
        "Mr. President, our delegation would like to ask how the new ombudsman will be funded "
        "and when the next report to the committee will be submitted.",
        "neutral",
    ),
]

DIALOGUE_PARAGRAPHS = [
    (
        "Ruritania welcomed the establishment of an independent electoral commission. It was "
        "concerned, however, about the detention of opposition figures. Ruritania made "
        "recommendations.",
        "mixed",
    ),
    (
        "Freedonia praised the efforts made to extend free primary schooling and commended the "
        "State for its cooperation with the special procedures. It made a recommendation.",
        "supportive",
    ),
    (
        "Sylvania condemned the excessive use of force against peaceful demonstrators and "
        "regretted that no one had been held accountable. It made recommendations.",
        "critical",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNCIL_STATEMENTS + DIALOGUE_PARAGRAPHS)
def test_stance_of_statements(text: str, expected: str) -> None:
    assert predict_stance([text]) == [expected]


def test_apply_to_items_fills_only_what_is_empty() -> None:
    fresh = Recommendation(evidence=EVIDENCE, text="Consider abolishing the death penalty")
    kept = Recommendation(evidence=EVIDENCE, text="Ratify the OP-CAT", themes=["Other"], action=1)
    stmt = Statement(evidence=EVIDENCE, text=COUNCIL_STATEMENTS[2][0])
    preset = Statement(evidence=EVIDENCE, text=COUNCIL_STATEMENTS[0][0], stance="neutral")
    apply_to_items([fresh, kept, stmt, preset])
    assert "Death penalty" in fresh.themes and fresh.action == 3
    assert kept.themes == ["Other"] and kept.action == 1
    assert stmt.stance == "critical" and stmt.themes
    assert preset.stance == "neutral"


def test_apply_to_items_leaves_statements_without_text_unlabelled() -> None:
    """A speaker known only from a list of names has no words of its own to classify: the
    evidence quote (the list) must not stand in for the statement."""
    listed = Statement(
        evidence=Evidence(start=0, end=60, page=None, quote=COUNCIL_STATEMENTS[2][0]), text=""
    )
    blank = Statement(evidence=Evidence(start=0, end=60, page=None, quote="We urge ..."), text=" ")
    apply_to_items([listed, blank])
    assert listed.stance is None and listed.themes == []
    assert blank.stance is None and blank.themes == []


def test_shipped_models_are_small_and_load_without_pickle() -> None:
    files = sorted(MODELS_DIR.glob("*.npz"))
    assert {f.name for f in files} == {"recommendations.npz", "stance.npz"}
    assert sum(f.stat().st_size for f in files) < 50 * 1024 * 1024
    for path in files:
        with np.load(path, allow_pickle=False) as arrays:
            assert all(arrays[name].dtype != object for name in arrays.files)


def test_sdg_mapping_uses_real_issue_names_and_standard_links() -> None:
    from rightstrack.classify.sdg import SDG_TARGETS, sdg_goals

    issues = set(recommendation_model().issues)
    assert set(SDG_TARGETS) <= issues
    assert sdg_goals(["Right to education"]) == [4]
    assert sdg_goals(["Women's rights", "Right to water"]) == [5, 6]
    assert sdg_goals(["Treaty bodies", "Other"]) == []


def test_cached_char_features_equal_scikit_learn() -> None:
    features = recommendation_model().features
    texts = [
        "Ratify the Optional Protocol to the Convention against Torture",
        "",
        "a",
        "ROMA  and Romani\tcommunities — ensure équal access!",
        "I",
        "Continue its efforts; continue its EFFORTS",
    ]
    fast = features._fast["char"].transform(texts)
    slow = features.vectorizers["char"].transform(texts)
    assert fast.shape == slow.shape and fast.nnz == slow.nnz
    assert abs(fast - slow).max() < 1e-6


def test_lead_words_tag_positions_pairs_and_the_first_verb() -> None:
    tokens = lead_words("Adopt a comprehensive law on the status of refugees by 2012").split()
    assert tokens[:3] == ["L0_adopt", "L1_a", "L2_comprehensive"]
    assert "B0_adopt_a" in tokens and "B2_comprehensive_law" in tokens
    assert "F_adopt_law" in tokens and "F_adopt_the" in tokens
    assert "L5_the" in tokens and not any("status" in t for t in tokens)  # six words at most
    assert lead_words("12345") == "L0_"
