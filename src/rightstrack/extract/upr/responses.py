"""The response a paragraph of the conclusions gives to the recommendations it introduces.

Reports group recommendations under a sentence that says whether they "enjoy the support of" the
State (supported), "will be examined by" it with "responses in due time" (pending), or "did not
enjoy the support of" it / were "noted" (noted). Early reports also say "were made to" with the
response to come in the outcome report (pending).
"""

from __future__ import annotations

import re

from rightstrack.extract.items import Response

_NOTED = re.compile(
    r"did not (?:enjoy|receive|obtain|have) (?:the |its )?support|not enjoy (?:the |its )?support|"
    r"\bnot(?:ed|es) the following|\bnoted by\b|will be further considered|"
    r"do(?:es)? not (?:enjoy|accept|support)|not (?:be )?accepted|(?:were|was|are|is|been) noted|"
    r"(?:took|takes|has taken|take) note of|rejected|cannot (?:accept|support)|could not (?:accept|support)|"
    r"not supported|were not able to support|unable to support|will not be implemented|"
    r"unacceptable|are neither|not part of|not relevant|do not conform|does not conform|"
    r"contrary to|cannot be accepted|not in conformity",
    re.IGNORECASE,
)
_MADE = re.compile(
    r"were made(?: to)?\b|was recommended that|presented recommendations", re.IGNORECASE
)
_SUPPORTED = re.compile(
    r"enjoy(?:s|ed)?\s+(?:the\s+|its\s+|their\s+)?(?:full\s+)?support|(?:are|were|was|is|been) "
    r"accepted|accepts?\b|(?:has|have) the support|supports? the following|(?:are|were) supported|"
    r"agreed? (?:to|on)|agrees? to|already (?:being )?implemented|in the process of implementation",
    re.IGNORECASE,
)
_PENDING = re.compile(
    r"will be examined|will examine|(?:will|shall) (?:provide|give) (?:its )?responses?|"
    r"respon(?:d|ses?) in due (?:time|course)|response[^.]{0,80}will be included|"
    r"will be considered|will (?:respond|consider)|answer in due|will provide (?:its|an) answer|"
    r"examine[ds]? (?:them|these)|under consideration|(?:further|continue to) (?:examine|study)",
    re.IGNORECASE,
)


def classify_intro(text: str) -> Response | None:
    """Response announced by an introducing paragraph, or None when it announces none."""
    head = text[:600]
    if _NOTED.search(head):
        return "noted"
    if _PENDING.search(head):
        return "pending"
    if _SUPPORTED.search(head):
        return "supported"
    if _MADE.search(head):
        return "pending"  # "the following recommendations were made": response to come
    return None


def first_sentence(text: str) -> str:
    """The introducing sentence (up to the colon or full stop) used as response evidence."""
    match = re.search(r"[:]|\.(?:\s|$)", text)
    return text[: match.end()].strip() if match else text.strip()
