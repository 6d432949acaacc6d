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
    r"noted with (?:interest|appreciation|satisfaction)|positively assess\w*|viewed positively|"
    # praise stated as a judgement: "had set positive examples", "a robust institutional framework"
    r"positive (?:examples?|steps?|developments?|role|contributions?)|robust|impressive|remarkable|"
    r"high standards?|(?:among|one of) the leaders|paid (?:tribute|respect)"
)
NOTING = _words(
    r"(?<!not )(?:not(?:ed|es|e|ing)|noticed|recogni[sz]\w*|emphasi[sz]\w*|pointed out|acknowledg\w*|highlight\w*|underscor\w*|stress\w*|"
    r"t(?:ook|ake|akes) note|referred to|observed|mentioned|thank\w*)"
)
ACHIEVEMENT = _words(
    r"efforts?|progress|achievements?|achieved|establish\w*|adopt\w*|ratif\w*|accession|measures|"
    r"steps|commitment|improve\w*|initiatives?|role|contributions?|cooperation|engagement|"
    r"success\w*|results|advances?|advancements?|reforms?|policies|programmes?|developments?|"
    r"actions?|legislation|strides|lifting|release|intention|willingness|party to|"
    r"implementation|restoration|stability|approach|leader\w*|importance|laws? guarantee\w*|"
    r"moratorium|creation|created|launch\w*|enact\w*|no longer|fewer|attain\w*|one of the first|"
    r"(?:good|strong|excellent) (?:human rights )?record|high level of (?:protection|respect)"
)
SOLIDARITY = _words(
    r"supported|supporting|reiterated its support|support for|solidarity|backed|stand with|sympathy|"
    r"expressed (?:its )?(?:full |strong )?support (?:for|to) (?:the |its )?(?:efforts|government|"
    r"country|people|authorities|process|reforms?|initiatives?)|ready to (?:accompany|assist|help|support)|"
    r"wish\w* (?:for )?(?:the )?(?:\w+ )?(?:stability|prosperity|success)"
)
# asking others to help the State is support for it ("appealed to the international community to
# provide assistance"), and a demand aimed at them is not aimed at the State
HELP_FROM_OTHERS = re.compile(
    r"\b(?:urg\w*|call(?:ed|s|ing)? (?:on|upon)|appeal\w* to|invit\w*|encourag\w*|request\w*)\s+"
    r"(?:the\s+)?(?:international community|development partners|donors?|donor community|OHCHR|"
    r"(?:the\s+)?Office of the High Commissioner|United Nations(?: agencies| system)?|"
    r"relevant (?:United Nations )?agencies)\b",
    re.IGNORECASE,
)
CONCERN = _words(
    r"concern(?:s|ed)?|regret\w*|deplor\w*|condemn\w*|alarm\w*|disappoint\w*|criticis\w*|criticiz\w*|"
    r"shock\w*|troubl\w*|worr\w*|preoccupation|dismay\w*|unacceptable|objected|fell short|"
    r"falls? short|deteriorat\w*"
)
PROBLEM = _words(
    r"violations?|violat\w*|abuses?|tortur\w*|ill[- ]treatment|discriminat\w*|restrict\w*|"
    r"lack of|absence of|persist\w*|still|continued to|remained|denied|failed|failure|harass\w*|"
    r"impunity|arbitrar\w*|repress\w*|crackdowns?|censorship|intimidat\w*|killings?|not yet|"
    r"had not|has not|have not|did not|does not|insufficient|inadequate|allegations?|reports (?:of|about|that)|"
    r"much remains?|need for|needed|problems? of|lack(?:ed|s|ing)?|"
    r"remaining\s+(?:challenges|gaps|problems|obstacles)|challenges?\s+(?:included|include|remained|remain)|"
    # a harm or a shortfall stated as fact
    r"gaps?\s+(?:between|in)|remained high|high (?:rates?|levels?|incidence) of|on the increase|"
    r"(?:rise|increase) in (?:the )?(?:number|cases|incidence)|increasing (?:number|numbers|cases) of|"
    r"disparit(?:y|ies)|widespread|systematic|rampant|endemic|pervasive|shortcomings?\s+in|not (?:\w+ )?enough|killed|homeless|overcrowd\w*|"
    r"(?:additional|further|more) efforts (?:[\w’'-]+ ){0,10}?(?:were|are|was|is) (?:required|needed)|"
    r"problems faced by|challenges? (?:exist\w*|facing \w+ relat\w*)|"
    # challenges named in a rights area (not "the challenges the country faced")
    r"(?:challenges?|difficult(?:y|ies)|obstacles?|shortcomings?|gaps?)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:in\s+terms\s+of|related\s+to|in\s+connection\s+with|regarding|concerning|with\s+regard\s+to|as\s+regards|in\s+the\s+(?:area|field)s?\s+of)"
)
# A problem asserted, not just named: it counts inside a question too ("noting that many children
# still did not attend school, asked ...")
ASSERTED = _words(
    r"still|persist\w*|continued to|remained|remains|lack of|absence of|not yet|reports of|"
    r"allegations?|insufficient|inadequate|noting that|noted that|reports (?:about|that)|"
    r"remained high|on the increase|increasing (?:number|numbers) of"
)
COUNTERING = _words(
    r"combat\w*|fight\w*|eliminat\w*|eradicat\w*|prevent\w*|against (?:torture|discrimination)|"
    r"address\w*|protect\w*|criminali[sz]\w*|prohibit\w*|encourag\w*|recommend\w*|convention|"
    r"confront\w*|tackl\w*|counter\w*|reduc\w*|ban\w*|guarantee\w*"
)
PRESSING = re.compile(
    r"(?<!’s )(?<!'s )\b(?:urg\w*|call(?:ed|s|ing)? (?:on|upon|for)|demand\w*|insist\w*|"
    r"should be (?:suspended|repealed|abolished|ended|halted|stopped|released|amended|revoked))\b",
    re.IGNORECASE,
)
CONTINUING = _words(r"continu\w*|pursue|maintain|consolidat\w*|further")
EXTERNAL = _words(
    r"sanctions?|international community|coercive|foreign (?:interference|intervention)|"
    r"politici[sz]\w*|all parties|all concerned|occupied"
)
COURTESY = re.compile(  # thanks or welcome for taking part, for the report: every speaker says it
    r"\b(?:welcom\w*|appreciat\w*|thank\w*)\s+(?:[\w’']+\s+){0,4}?"
    r"(?:participation|report|presentation|replies|answers)\b"
    # "welcomed the report and the measures taken against trafficking": the measures are welcomed
    r"(?!\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:measures|steps|efforts|progress|achievements|reforms?|adoption|establishment|ratification)\b)",
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
    helped = bool(HELP_FROM_OTHERS.search(sentence))
    question = bool(QUESTION.search(sentence))
    appreciation = bool(APPRECIATION.search(COURTESY.sub(" ", sentence)))
    found = PROBLEM.search(sentence)
    asserted = bool(ASSERTED.search(sentence))
    countering = COUNTERING.search(sentence)
    problem = (
        found is not None
        and not external
        and (not question or asserted)
        and not appreciation
        and not (countering and countering.start() < found.start())
    )
    noted = bool(NOTING.search(sentence) and ACHIEVEMENT.search(sentence)) and not question
    return {
        "appreciation": appreciation,
        "noted_achievement": noted and not problem and not CONCERN.search(sentence),
        "solidarity": (bool(SOLIDARITY.search(sentence)) and not external) or helped,
        "concern": bool(CONCERN.search(sentence)) and not external,
        "pressing": bool(PRESSING.search(sentence))
        and not CONTINUING.search(sentence)
        and not external
        and not helped,
        "problem_stated": problem,
        "question": question,
        "external_cause": external,
    }


_CONTRAST = re.compile(
    r"(?:,|;)?\s+\b(?:but|however|although|though|while|whereas|yet)\b\s*,?\s*", re.I
)


def clauses(sentence: str) -> list[str]:
    """A sentence cut where it turns ("welcomed the moratorium, but noted that the Code still ..."):
    praise and a problem in one sentence are two judgements."""
    return [c for c in _CONTRAST.split(sentence) if c.strip()] or [sentence]


def paragraph_cues(text: str) -> dict[str, int]:
    """How many clauses of `text` fire each cue family."""
    counts = dict.fromkeys(CUE_NAMES, 0)
    for sentence in split_sentences(text) or [text]:
        for clause in clauses(sentence):
            for name, fired in sentence_cues(clause).items():
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


_BOILERPLATE = re.compile(
    r"(?i)^\s*(?:it|\w+(?:\s+\w+){0,6}?)\s+made\s+(?:a\s+|an?\s+\w+\s+|a\s+number\s+of\s+)?"
    r"(?:related\s+)?recommendations?\b"
)


# a sentence whose main verb asks: "Bosnia and Herzegovina asked how ...", "It also enquired whether ..."
_ASKS = re.compile(
    r"(?i)^\s*(?:[\w’'().-]+\s+){1,7}?(?:also\s+)?(?:asked|enquired|inquired|wished\s+to\s+know|"
    r"would\s+like\s+to\s+know|sought|requested\s+(?:information|details|clarification))\b"
)


def only_bare_questions(text: str) -> bool:
    """Whether the paragraph only asks (and makes recommendations): no problem, concern or demand
    in any of its sentences. Under the rules a bare question is never criticism, however often
    critical speakers ask questions too."""
    sentences = split_sentences(text) or [text]
    asked = False
    for sentence in sentences:
        if _BOILERPLATE.match(sentence):
            continue
        if (
            not _ASKS.match(sentence)
            or PROBLEM.search(sentence)
            or CONCERN.search(sentence)
            or PRESSING.search(sentence)
        ):
            return False
        asked = True
    return asked


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
