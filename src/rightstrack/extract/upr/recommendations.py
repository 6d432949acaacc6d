"""Numbered recommendations of the "Conclusions and/or recommendations" section, with responses.

Later reports number them `118.23` under an introducing paragraph 118; 2008-2009 reports number
them 1, 2, 3 ... under the paragraph. A line starts an item only when it carries the next number of
the current paragraph's list, and a paragraph only when it carries the next paragraph number, so
page breaks, wrapped lines beginning with a number and the 96/96 clash of an old list are safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rightstrack.extract.items import Response
from rightstrack.extract.upr.lines import Line
from rightstrack.extract.upr.responses import classify_intro

_SUB = re.compile(r"^(\d{1,3})\s?\.\s?(\d{1,3})\.?(?=\s|[A-Z\u201c\"(])\s*")
_NUM = re.compile(r"^(\d{1,3})\.(?=\s|[A-Z\u201c\"])\s*")
_INTRO_START = re.compile(
    r"^(?:The|All|Other|In the course|In addition|Additionally|Recommendations?\b|Further|"
    r"Moreover|These|Those|Some|With regard|Regarding|As regards)",
)
_INTRO_WORDS = re.compile(r"recommendation|conclusions|respon|support", re.IGNORECASE)


@dataclass
class RawItem:
    """One numbered recommendation as lines, before its text is joined."""

    number: str
    lines: list[Line]
    closed: bool = False


@dataclass
class Group:
    """A paragraph of the conclusions: its introducing lines, its items, and what follows them."""

    number: int | None
    intro: list[Line] = field(default_factory=list)
    items: list[RawItem] = field(default_factory=list)
    trailer: list[Line] = field(default_factory=list)
    response: Response | None = None


def _renumber(printed: str, last: int) -> int:
    """The item number, repairing a dropped digit ("118.09" printed after 118.108)."""
    number = int(printed)
    expected = last + 1
    if number != expected and len(printed) < len(str(expected)) and str(expected).endswith(printed):
        return expected
    return number


def _looks_intro(text: str) -> bool:
    return bool(_INTRO_START.match(text)) and bool(_INTRO_WORDS.search(text[:200]))


def parse_groups(lines: list[Line], is_closed: callable) -> list[Group]:  # type: ignore[valid-type]
    """Split the conclusions section into paragraphs and their numbered items.

    `is_closed(text)` says whether an item's text already ends with its authors, after which an
    unnumbered capitalised line is prose of the paragraph, not more of the item.
    """
    groups: list[Group] = []
    group: Group | None = None
    item: RawItem | None = None
    last_sub = 0
    for line in lines:
        text = line.text
        sub = _SUB.match(text)
        if group is not None and sub and int(sub.group(1)) == group.number:
            number = _renumber(sub.group(2), last_sub)
            if (
                number == last_sub + 1
                or (last_sub == 0 and number <= 2)
                or (item is not None and is_closed(" ".join(ln.text for ln in item.lines)))
            ):
                item = RawItem(f"{group.number}.{number}", [line])
                group.items.append(item)
                last_sub = number
                continue
        num = _NUM.match(text)
        if num:
            number = int(num.group(1))
            as_para = group is None or group.number is None or number == group.number + 1
            old_style = group is not None and not any("." in i.number for i in group.items)
            as_item = old_style and (
                (group is not None and number == last_sub + 1) or (number == 1 and item is None)
            )
            if as_para and as_item:
                as_para = _looks_intro(text[num.end() :])
            if as_para and (group is not None or number > 3 or _looks_intro(text[num.end() :])):
                group = Group(number, [line])
                groups.append(group)
                item, last_sub = None, 0
                continue
            if as_item and group is not None:
                item = RawItem(str(number), [line])
                group.items.append(item)
                last_sub = number
                continue
        if group is None:
            continue
        if item is None:
            group.intro.append(line)
        elif item.closed or (
            text[:1].isupper() and is_closed(" ".join(ln.text for ln in item.lines))
        ):
            item.closed = True
            group.trailer.append(line)
        else:
            item.lines.append(line)
    for group in groups:
        intro_text = " ".join(ln.text for ln in group.intro)
        group.response = classify_intro(intro_text)
    return groups
