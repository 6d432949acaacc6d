"""Sentence-level cues of appreciation and criticism: the evidence the stance model weighs.

A delegation's stance is built from sentences: one that welcomes or commends is appreciation, one
that voices concern, condemns, presses the State to stop a practice or states a rights problem as
fact is criticism. These cues encode the labelling rules of docs/labelling.md, so the learned model
starts from the same definitions the labels were made with, and they carry over from reported
speech ("Latvia welcomed ...") to first-person Council statements ("We welcome ...").
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[A-Z\"“(])")


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)


APPRECIATION = _words(
    r"welcom\w*|commend\w*|prais\w*|congratulat\w*|appreciat\w*|applaud\w*|laud\w*|pleased|"
    r"satisf\w*|compliment\w*|valued|exemplary|salut\w*|positive(?:ly)? not\w*|"
    r"t(?:ook|ake|akes) positive note|encouraged (?:by|about)|good practices?|best practices?|"
    r"noted with (?:interest|appreciation|satisfaction)"
)
NOTING = _words(
    r"(?<!not )(?:not(?:ed|es|e|ing)|recogni[sz]\w*|acknowledg\w*|highlight\w*|underscor\w*|stress\w*|"
    r"t(?:ook|ake|akes) note|referred to|observed|mentioned|thank\w*)"
)
ACHIEVEMENT = _words(
    r"efforts?|progress|achievements?|achieved|establish\w*|adopt\w*|ratif\w*|accession|measures|"
    r"steps|commitment|improve\w*|initiatives?|role|contributions?|cooperation|engagement|"
    r"success\w*|results|advances?|advancements?|reforms?|policies|programmes?|developments?|"
    r"actions?|legislation|strides|lifting|release|intention|willingness|party to|"
    r"implementation|restoration|stability|approach|leader\w*|importance"
)
SOLIDARITY = _words(r"supported|reiterated its support|support for|solidarity|backed|stand with")
CONCERN = _words(
    r"concern(?:s|ed)?|regret\w*|deplor\w*|condemn\w*|alarm\w*|disappoint\w*|criticis\w*|criticiz\w*|"
    r"shock\w*|troubl\w*|worr\w*|preoccupation|dismay\w*|unacceptable|objected|fell short|"
    r"falls? short|deteriorat\w*"
)
PROBLEM = _words(
    r"violations?|violat\w*|abuses?|tortur\w*|ill[- ]treatment|discriminat\w*|restrict\w*|"
    r"lack of|absence of|persist\w*|still|continued to|remained|denied|failed|failure|harass\w*|"
    r"impunity|arbitrar\w*|repress\w*|crackdowns?|censorship|intimidat\w*|killings?|not yet|"
    r"had not|has not|have not|did not|does not|insufficient|inadequate|allegations?|reports of|"
    r"much remains?|need for|needed|problems? of"
)
COUNTERING = _words(
    r"combat\w*|fight\w*|eliminat\w*|eradicat\w*|prevent\w*|against (?:torture|discrimination)|"
    r"address\w*|protect\w*|criminali[sz]\w*|prohibit\w*|encourag\w*|recommend\w*|convention|"
    r"confront\w*|tackl\w*|counter\w*|reduc\w*|ban\w*|guarantee\w*"
)
PRESSING = re.compile(
    r"(?<!’s )(?<!'s )\b(?:urg\w*|call(?:ed|s|ing)? (?:on|upon|for)|demand\w*|insist\w*)\b",
    re.IGNORECASE,
)
CONTINUING = _words(r"continu\w*|pursue|maintain|consolidat\w*|further")
EXTERNAL = _words(
    r"sanctions?|international community|coercive|foreign (?:interference|intervention)|"
    r"politici[sz]\w*|all parties|all concerned|occupied"
)
COURTESY = re.compile(  # thanks or welcome for taking part, for the report: every speaker says it
    r"\b(?:welcom\w*|appreciat\w*|thank\w*)\s+(?:[\w’']+\s+){0,4}?"
    r"(?:participation|report|presentation|replies|answers)\b",
    re.IGNORECASE,
)
QUESTION = _words(
    r"ask\w*|enquir\w*|inquir\w*|wished to know|would like to know|sought|requested "
    r"(?:information|further|more|details|clarification)|questions?"
)

CUE_NAMES = (
    "appreciation",
    "noted_achievement",
    "solidarity",
    "concern",
    "pressing",
    "problem_stated",
    "question",
    "external_cause",
)


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph: good enough for UN prose, which ends sentences plainly."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


_NOT_CONCERN = re.compile(
    r"\b(?:as far as|where|in so far as)\b[^,.;]*\b(?:is|are) concerned\b", re.I
)


def sentence_cues(sentence: str) -> dict[str, bool]:
    """Which cue families fire in one sentence, with the exceptions the labelling rules make.

    Problems named while welcoming action against them ("welcomed steps to combat torture"), in
    questions, or blamed on outside causes (sanctions) are not criticism of the State.
    """
    sentence = _NOT_CONCERN.sub(" ", sentence)  # "as far as X is concerned" voices no concern
    external = bool(EXTERNAL.search(sentence))
    question = bool(QUESTION.search(sentence))
    appreciation = bool(APPRECIATION.search(COURTESY.sub(" ", sentence)))
    problem = (
        bool(PROBLEM.search(sentence))
        and not external
        and not question
        and not appreciation
        and not COUNTERING.search(sentence)
    )
    noted = bool(NOTING.search(sentence) and ACHIEVEMENT.search(sentence)) and not question
    return {
        "appreciation": appreciation,
        "noted_achievement": noted and not problem,
        "solidarity": bool(SOLIDARITY.search(sentence)) and not external,
        "concern": bool(CONCERN.search(sentence)) and not external,
        "pressing": bool(PRESSING.search(sentence))
        and not CONTINUING.search(sentence)
        and not external,
        "problem_stated": problem,
        "question": question,
        "external_cause": external,
    }


def paragraph_cues(text: str) -> dict[str, int]:
    """How many sentences of `text` fire each cue family."""
    counts = dict.fromkeys(CUE_NAMES, 0)
    for sentence in split_sentences(text) or [text]:
        for name, fired in sentence_cues(sentence).items():
            counts[name] += int(fired)
    return counts


def rule_stance(text: str) -> str:
    """The labelling rules applied literally: appreciation and/or criticism anywhere decides."""
    cues = paragraph_cues(text)
    positive = bool(cues["appreciation"] or cues["noted_achievement"] or cues["solidarity"])
    negative = bool(cues["concern"] or cues["pressing"] or cues["problem_stated"])
    return STANCE_OF[(positive, negative)]


STANCE_OF = {
    (True, False): "supportive",
    (False, True): "critical",
    (True, True): "mixed",
    (False, False): "neutral",
}


def decisive_cues(text: str) -> tuple[bool, bool]:
    """(appreciation, criticism) where the wording alone decides under the labelling rules:
    a welcome, commendation, noted achievement or support; explicit concern or a pressing demand."""
    cues = paragraph_cues(text)
    welcomed = cues["appreciation"] or cues["noted_achievement"] or cues["solidarity"]
    return bool(welcomed), bool(cues["concern"] or cues["pressing"])


def cue_vector(text: str) -> list[float]:
    """Features for the learned model: presence and log count of each cue family."""
    import math

    cues = paragraph_cues(text)
    vector: list[float] = []
    for name in CUE_NAMES:
        vector.append(1.0 if cues[name] else 0.0)
        vector.append(math.log1p(cues[name]))
    return vector
