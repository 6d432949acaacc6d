"""Sentence cues of the stance model (classify/stance_cues.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from rightstrack.classify.stance_cues import clauses, paragraph_cues, rule_stance


def test_a_sentence_that_turns_is_two_clauses() -> None:
    sentence = ("Arcadia welcomed the new juvenile court, but noted that children were still "
                "held with adults in two prisons.")  # fmt: skip
    assert len(clauses(sentence)) == 2
    cues = paragraph_cues(sentence)
    assert cues["appreciation"] == 1 and cues["problem_stated"] == 1
    assert rule_stance(sentence) == "mixed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a problem asserted inside a question counts ...
        ("Noting that many girls still left school before the age of twelve, Arcadia asked what "
         "the Government planned to do.", "critical"),
        # ... a bare topic of a question does not
        ("Arcadia asked about measures against discrimination of persons with disabilities.", "neutral"),
        # action against a problem is not the problem ("welcomed steps to combat torture") ...
        ("Arcadia noted steps taken to combat torture in police custody.", "supportive"),
        # ... but a problem named before the remedy is ("difficulties persist ... and protecting")
        ("Arcadia referred to difficulties persisting in food security and encouraged efforts "
         "to protect small farmers.", "critical"),
        # challenges in a named area are criticism; the challenges a country faces are not
        ("Arcadia highlighted challenges in terms of access to justice for rural women.", "critical"),
        ("Arcadia recognized the challenges the country faced after the floods.", "neutral"),
        ("Arcadia praised the new health plan. Remaining challenges included maternal mortality.", "mixed"),
        ("Arcadia positively assessed the reform of the prison service.", "supportive"),
    ],
)
def test_cues_follow_the_labelling_rules(text: str, expected: str) -> None:
    assert rule_stance(text) == expected
