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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # praise stated as a judgement, with no welcome verb
        ("Borduria stated that Arcadia had set positive examples in protecting minority languages.",
         "supportive"),
        ("Borduria emphasized that Arcadia had attained the primary-schooling goal early.", "supportive"),
        ("Borduria noted that Arcadia was one of the first States to accept the complaints procedure.",
         "supportive"),
        # support and sympathy
        ("Borduria expressed sympathy after the earthquake and was ready to accompany Arcadia "
         "in its recovery.", "supportive"),
        # asking others to help the State is support, not a demand on the State
        ("Borduria appealed to the international community to provide Arcadia with technical "
         "assistance.", "supportive"),
        ("Borduria urged development partners to extend aid to Arcadia.", "supportive"),
        # harms stated as fact
        ("Borduria noted that infant mortality had remained high in the northern provinces.", "critical"),
        ("Borduria referred to the gap between the law and its application in rural courts.", "critical"),
        ("Borduria pointed to overcrowded prisons and the rising number of homeless children.", "critical"),
        ("Borduria said additional efforts on the independence of judges were still required.",
         "critical"),
        ("Borduria noted that the curfew order should be revoked.", "critical"),
        # concern about a step is not appreciation of it
        ("Borduria noted the concerns of the treaty body about the new policies on assembly.",
         "critical"),
    ],
)
def test_cues_of_the_fifth_pass(text: str, expected: str) -> None:
    assert rule_stance(text) == expected
