"""Who and when: State under review, session, review date, troika, advance questions, delegation.

These facts sit in fixed sentences of the title page, the introduction and the annex; each reader
below returns None or an empty list when its sentence is missing, and the caller records a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rightstrack.extract.dates import month_number
from rightstrack.extract.items import ActorRef
from rightstrack.extract.upr.lines import Line

_ORDINALS = {
    name: index
    for index, name in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(),
        start=1,
    )
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40}
_SESSION = re.compile(
    r"held its\s+((?:twenty|thirty|forty)?[-\s]?[a-z]+|\d{1,2}(?:st|nd|rd|th))\s+session",
    re.IGNORECASE,
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_DATE = rf"(\d{{1,2}})\s+({_MONTHS}),?\s+(\d{{4}})"


@dataclass
class Span:
    """A passage: offsets into the document text and the joined text."""

    start: int
    end: int
    text: str


def ordinal_number(word: str) -> int | None:
    """'fifth' -> 5, 'twenty-first' -> 21, '13th' -> 13."""
    word = word.lower().strip()
    digits = re.match(r"(\d+)", word)
    if digits:
        return int(digits.group(1))
    parts = re.split(r"[-\s]+", word)
    if len(parts) == 1:
        return _ORDINALS.get(parts[0]) or ({"twentieth": 20, "thirtieth": 30, "fortieth": 40}.get(parts[0]))
    if parts[0] in _TENS and parts[1] in _ORDINALS:
        return _TENS[parts[0]] + _ORDINALS[parts[1]]
    return None


def session_number(text: str) -> int | None:
    """The Working Group session from "held its fifth session" (first occurrence)."""
    match = _SESSION.search(text)
    return ordinal_number(match.group(1)) if match else None


def parse_date(text: str) -> date | None:
    """First "28 January 2014" style date in `text`."""
    match = re.search(_DATE, text)
    if not match:
        return None
    day, month, year = match.groups()
    try:
        return date(int(year), month_number(month), int(day))
    except ValueError:  # "31 February 2014"
        return None


def review_date(text: str) -> date | None:
    """Date of the review meeting from "The review of X was held at the 4th meeting on ...".

    When the sentence gives no year ("on 12 October."), the year of the session is used.
    """
    match = re.search(
        r"(?:review\s+of\s+.{2,80}?\s(?:was\s+)?held|was\s+reviewed)\s+(?:at|during)\s+the\s+\w+,?"
        r"\s+meeting[^.]{0,40}",
        text,
    )
    if not match:
        return None
    window = text[match.start() : match.end() + 40]
    found = parse_date(window)
    if found is not None:
        return found
    day_month = re.search(rf"(\d{{1,2}})\s+({_MONTHS})\b", window)
    year = re.search(r"session\s+(?:from|on|held)?[^.]{0,60}?\b(20\d\d)\b", text)
    if day_month and year:
        return parse_date(f"{day_month.group(1)} {day_month.group(2)} {year.group(1)}")
    return None


def title_names(lines: list[Line]) -> list[str]:
    """Names printed right under a line ending "... Universal Periodic Review", in order.

    Most reports print "Report of the Working Group on the Universal Periodic Review" and then the
    State; a few early ones misspell the title or print only "UNIVERSAL PERIODIC REVIEW".
    """
    names: list[str] = []
    head = lines[:60]
    for index in range(len(head) - 1):
        recent = " ".join(ln.text for ln in head[max(0, index - 2) : index + 1])
        if not _TITLE_END.search(recent):
            continue
        name = head[index + 1].text.strip(" *_\u2217")
        if name and not _NOT_A_NAME.search(name):
            names.append(name)
    return names


_TITLE_END = re.compile(r"universal\s+periodic\s+review\W*$", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"(?i)report|review|periodic|united nations|a/hrc|addendum|^[IVX]+\.|^\W*$")


def list_after(text: str, pattern: str) -> Span | None:
    """The list of names that follows `pattern` up to the end of its sentence."""
    match = re.search(pattern, text, re.IGNORECASE | re.DOTALL)
    if not match:
        return None
    rest = text[match.end() :]
    stop = re.search(r"(?:\.\s|\.$|,?\s+(?:was|were)\s+transmitted|\s+to facilitate)", rest)
    chunk = rest[: stop.start()] if stop else rest[:300]
    return Span(match.end(), match.end() + len(chunk), chunk.strip(" :"))


_ROLE_WORDS = re.compile(
    r"Minist|Secret|Ambassad|Direct|Advis|Asesor|Jef|Conseill|Counsel|Chief|Head|Comisi|Commiss|"
    r"Président|President|Chair|Attach|Officer|Department|Unit|Office|Abogad|Delegate|Expert",
    re.IGNORECASE,
)


def official(entry: str) -> ActorRef | None:
    """ "H.E. Mr Pol Lin, Secretary of State, Ministry of Interior" -> an official ActorRef."""
    entry = entry.strip(" •·-–;.,\t")
    if not entry or len(entry) > 300:
        return None
    if ":" in entry:
        left, right = (p.strip() for p in entry.split(":", 1))
        if right and not _ROLE_WORDS.search(right.split(",")[0]) and _ROLE_WORDS.search(left):
            entry = f"{right}, {left}"  # "Adviser, Ministry of Defence: Mr A" -> name first
        else:
            entry = f"{left}, {right}"
    parts = [p.strip() for p in re.split(r",\s*|;\s*|\s[-–]\s|(?<=[A-Z])-\s", entry) if p.strip()]
    name = parts[0]
    rest = parts[1:]
    body = next(
        (
            p
            for p in rest
            if re.search(
                r"Ministry|Ministère|Ministerio|Mission|Commission|Committee|Council|Office|"
                r"Department|Agency|Court|Parliament|Assembly|Senate|Institute|Direction|Bureau",
                p,
            )
        ),
        None,
    )
    title = ", ".join(p for p in rest if p != body) or None
    return ActorRef(name=name, kind="official", title=title, body=body)


def head_of_delegation(text: str) -> tuple[Span, ActorRef] | None:
    """"The delegation of X was headed by H.E. Mr A, Minister of B" -> the head as an official.

    Also "headed by the Deputy Minister for Foreign Affairs, Arman Kirakossian" (title first) and
    "co-headed by A, ... and B, ..." (the first head is taken).
    """
    match = re.search(
        r"delegation(?:\s+(?:of\s+)?.{2,90}?)?\s+was\s+(?:co-)?(?:headed|led)\s+by\s+",
        text,
        re.DOTALL,
    )
    if not match:
        inverted = re.search(
            r"(?<=\.\s)([A-Z][^.;]{5,160}?),?\s+(?:co-)?(?:headed|led)\s+the\s+delegation", text
        )
        if not inverted:
            return None
        chunk = inverted.group(1).removeprefix("The ").removeprefix("the ")
        ref = _title_first(chunk) or official(chunk)
        if ref is None:
            return None
        return Span(inverted.start(1), inverted.end(1), chunk), ref
    rest = text[match.end() :]
    stop = re.search(
        r"(?<!\bH\.E)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])\.\s+(?=[A-Z])"
        r"|,?\s+and\s+(?:was\s+)?(?:composed|comprised|consisted)|\s+and\s+(?:H\.\s?E\.|(?:Mr|Ms|Mrs)\b)"
        r"|\.$|;",
        rest,
    )
    chunk = rest[: stop.start()] if stop else rest[:200]
    ref = _title_first(chunk) or official(chunk)
    if ref is None:
        return None
    return Span(match.end(), match.end() + len(chunk), chunk), ref


def _title_first(chunk: str) -> ActorRef | None:
    """"the Deputy Minister for Foreign Affairs, Arman Kirakossian" -> name and title."""
    found = re.match(r"(?:the\s+)?([A-Z][^,]{3,120}),\s+([A-Z][^,]{2,60})$", chunk.strip())
    if found is None or not _TITLE_WORDS.search(found.group(1)):
        return None
    if _TITLE_WORDS.search(found.group(2)):
        return None  # "H.E. Mr A, Minister of B": name first
    return ActorRef(name=found.group(2).strip(), kind="official", title=found.group(1).strip())


_TITLE_WORDS = re.compile(
    r"Minister|Secretary|Ambassador|Attorney|Director|Chair|President|Commissioner|Head|Adviser"
)
