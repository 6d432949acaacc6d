"""Which session a UPR review belongs to: the Working Group's, never the Council's.

A UPR review is keyed by the session of the UPR Working Group that held it ("upr_review|KHM|18").
Texts about the adoption of an outcome name a different number as well: the Human Rights Council
session that adopted it ("Human Rights Council, 41st session", "HRC 41", "the Council's forty-first
session"). Taking that number as the review's session would file the adoption under a Working Group
session that never reviewed the State, and could merge it with a real review held there. So a
session mention is read with its marker: one marked by the Council is dropped, one marked by the
Working Group or the UPR is kept, and a bare one ("at its 51st session") goes with the Council or
Working Group named nearest before it (else after it), and is kept when the passage names neither.
"""

from __future__ import annotations

import re

from rightstrack.extract.numbers import ORDINAL, parse_ordinal

# One session mention: "41st session", "session 41", "forty-first session", "HRC 41", "HRC41".
_MENTION = re.compile(
    rf"(?i)\b(?P<ord>{ORDINAL})\s+(?:regular\s+)?session\b|\bsession\s+(?P<num>\d{{1,2}})\b|"
    r"\bHRC\s*(?P<hrc>\d{2})\b|\bUPR\s*(?P<upr>\d{2})\b"  # "UPR 78 - Turkiye": the Working Group's session
)
_COUNCIL = re.compile(r"(?i)\b(?:Human\s+Rights\s+Council|Council|HRC)\b")
_WORKING_GROUP = re.compile(r"(?i)\b(?:Working\s+Group|UPR|Universal\s+Periodic\s+Review|WG)\b")
_BODY = re.compile(r"(?i)\b(?:Human\s+Rights\s+Council|Council|HRC|Working\s+Group)\b")
# The marker must sit next to the mention: "Council's 41st session", "Human Rights Council, 41st
# session", "41st session of the Human Rights Council", "the Working Group's 32nd session".
# "Kenya's UPR at its 51st session" leaves open whose session it is: only a body takes "at its".
_BEFORE = re.compile(r"(?i)(?:(?P<who>Human\s+Rights\s+Council|Council|HRC|Working\s+Group|WG)(?:[’']s)?[\s,(–-]+"
                     r"(?:(?:at\s+|during\s+)?(?:the|its|their)\s+)?|(?P<upr>UPR|Universal\s+Periodic\s+Review)"
                     r"(?:[’']s)?[\s,(–-]+(?:the\s+)?)$")  # fmt: skip
_AFTER = re.compile(r"(?i)^\s*(?:of|at)\s+the\s+(?:UN\s+|United\s+Nations\s+)?(?:(?:Human\s+Rights\s+)?Council|HRC|"
                    r"(?:UPR\s+)?Working\s+Group|UPR|Universal\s+Periodic\s+Review)")  # fmt: skip


def _number(ordinal: str) -> int | None:
    return int(ordinal) if ordinal.isdigit() else parse_ordinal(ordinal)


def _marker(text: str, match: re.Match[str]) -> str:
    """Whose session a mention is ("council", "wg" or ""): the words next to it, else the nearest
    body the passage names."""
    if match.group("hrc"):
        return "council"
    if match.group("upr"):
        return "wg"
    after = _AFTER.match(text[match.end() : match.end() + 80])
    if after:
        return (
            "council"
            if _COUNCIL.search(after.group(0)) and not _WORKING_GROUP.search(after.group(0))
            else "wg"
        )
    before = _BEFORE.search(text[max(0, match.start() - 60) : match.start()])
    if before:
        return (
            "council" if before.group("who") and _COUNCIL.fullmatch(before.group("who")) else "wg"
        )
    # "The Council adopted the outcome ... at its 51st session": a bare mention belongs to the body
    # named nearest before it in the passage, else the one named after it.
    named = [
        (m.start(), "council" if _COUNCIL.fullmatch(m.group(0)) else "wg")
        for m in _BODY.finditer(text)
    ]
    earlier = [who for pos, who in named if pos < match.start()]
    later = [who for pos, who in named if pos > match.end()]
    return earlier[-1] if earlier else later[0] if later else ""


def upr_session(text: str) -> int | None:
    """The UPR Working Group session named in `text`, or None; Council sessions never count."""
    mentions = [(_marker(text, m), m) for m in _MENTION.finditer(text)]
    for marker, m in mentions:
        if marker == "wg":
            return _number(m.group("ord") or m.group("num") or m.group("upr"))
    if any(marker == "council" for marker, _ in mentions):
        return None  # a bare number beside a Council session is too likely the same session
    for _, m in mentions:
        return _number(m.group("ord") or m.group("num") or m.group("upr"))
    return None


def council_session(text: str) -> int | None:
    """The Human Rights Council session named in `text` ("under item 6 of its sixty-sixth session",
    "Human Rights Council - 72nd session"), or None: where the Council adopts a review's outcome."""
    for m in _MENTION.finditer(text):
        if _marker(text, m) == "council":
            return _number(m.group("ord") or m.group("num") or m.group("hrc"))
    return None


_CYCLE = re.compile(
    r"(?i)\b(?P<n>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:(?:UPR|Universal\s+Periodic\s+Review)\b|"
    r"(?:review|cycle)\b)"
)
_CYCLE_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def upr_cycle(text: str) -> int | None:
    """The UPR cycle a text names ("the third Universal Periodic Review"), or None: it keys a review
    whose Working Group session is not told."""
    cycle = _CYCLE.search(text)
    if cycle is None:
        return None
    word = cycle.group("n").lower()
    return _CYCLE_ORDINALS.get(word) or int(word[0])
