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

_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
          "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
          "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
          "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
          "sixtieth": 60}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_WORD_ORDINAL = (r"(?:(?:twenty|thirty|forty|fifty|sixty)[-\s](?:first|second|third|fourth|fifth|sixth|seventh|"
                 r"eighth|ninth)|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")")  # fmt: skip
_ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{_WORD_ORDINAL})"
# One session mention: "41st session", "session 41", "forty-first session", "HRC 41", "HRC41".
_MENTION = re.compile(
    rf"(?i)\b(?P<ord>{_ORDINAL})\s+(?:regular\s+)?session\b|\bsession\s+(?P<num>\d{{1,2}})\b|"
    r"\bHRC\s*(?P<hrc>\d{2})\b"
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


def _number(ordinal: str) -> int:
    word = ordinal.lower().replace(" ", "-")
    if word[0].isdigit():
        return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]
    if "-" in word:
        tens, unit = word.split("-", 1)
        return _TENS[tens] + _UNITS[unit]
    return _UNITS[word]


def _marker(text: str, match: re.Match[str]) -> str:
    """Whose session a mention is ("council", "wg" or ""): the words next to it, else the nearest
    body the passage names."""
    if match.group("hrc"):
        return "council"
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
            return _number(m.group("ord") or m.group("num"))
    if any(marker == "council" for marker, _ in mentions):
        return None  # a bare number beside a Council session is too likely the same session
    for _, m in mentions:
        return _number(m.group("ord") or m.group("num"))
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
