"""Numbered recommendations of the "Conclusions and/or recommendations" section, with responses.

Later reports number them `118.23` under an introducing paragraph 118; 2008-2009 reports number
them 1, 2, 3 ... under the paragraph. A line starts an item only when it carries the next number of
the current paragraph's list, and a paragraph only when it carries the next paragraph number, so
page breaks, wrapped lines beginning with a number and the 96/96 clash of an old list are safe.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from rightstrack.extract.items import Response
from rightstrack.extract.upr.lines import Line
from rightstrack.extract.upr.responses import classify_intro

_SUB = re.compile(r"^(\d{1,3})\s?\.\s?(\d{1,3})\.?(?=\s|[A-Z\u201c\"(])\s*")
_NUM = re.compile(r"^(\d{1,3})\.(?=\s|[A-Z\u201c\"])\s*")
_NUM_NO_DOT = re.compile(r"^(\d{1,3})\s+(?=[A-Z])")
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


def parse_groups(lines: list[Line], is_closed: Callable[[str], bool]) -> list[Group]:
    """Split the conclusions section into paragraphs and their numbered items.

    `is_closed(text)` says whether a text ends with its authors "(France)". Capitalised lines after
    an item that already ends with its authors are held back: they join the item when they too end
    with authors (a second sentence with its own State), else they are prose of the paragraph.
    """
    parser = _Parser(is_closed)
    for line in lines:
        parser.feed(line)
    parser.settle()
    for group in parser.groups:
        intro_text = " ".join(ln.text for ln in group.intro)
        group.response = classify_intro(intro_text)
    return parser.groups


class _Parser:
    """The line-by-line state of `parse_groups`."""

    def __init__(self, is_closed: Callable[[str], bool]) -> None:
        self.is_closed = is_closed
        self.groups: list[Group] = []
        self.group: Group | None = None
        self.item: RawItem | None = None
        self.last = 0
        self.held: list[Line] = []

    def _closed(self, lines: list[Line]) -> bool:
        return bool(lines) and self.is_closed(" ".join(ln.text for ln in lines))

    def settle(self) -> None:
        """Give the held lines to the current item or to the paragraph's prose."""
        if not self.held:
            return
        if self.item is not None and self._closed(self.held):
            self.item.lines.extend(self.held)
        elif self.group is not None:
            self.group.trailer.extend(self.held)
        self.held = []

    def _start_item(self, label: str, number: int, line: Line) -> None:
        self.settle()
        assert self.group is not None
        self.item = RawItem(label, [line])
        self.group.items.append(self.item)
        self.last = number

    def feed(self, line: Line) -> None:
        text = line.text
        group, item = self.group, self.item
        sub = _SUB.match(text)
        if group is not None and sub and int(sub.group(1)) == group.number:
            number = _renumber(sub.group(2), self.last)
            if (
                number == self.last + 1
                or (self.last == 0 and number <= 2)
                or (item is not None and self._closed(item.lines))
            ):
                self._start_item(f"{group.number}.{number}", number, line)
                return
        num = _NUM.match(text)
        bare = _NUM_NO_DOT.match(text)
        if (
            not num
            and bare
            and item is not None
            and "." not in item.number
            and int(bare.group(1)) == self.last + 1
            and self._closed(item.lines)
        ):
            self._start_item(bare.group(1), self.last + 1, line)  # "73 Take ..." (dot missing)
            return
        if num:
            number = _renumber(num.group(1), self.last)
            rest = text[num.end() :]
            as_para = group is None or group.number is None or number == group.number + 1
            old_style = group is not None and not any("." in i.number for i in group.items)
            as_item = old_style and (number == self.last + 1 or (number == 1 and item is None))
            if as_para and as_item:
                as_para = _looks_intro(rest)
            if as_para and (group is not None or number > 3 or _looks_intro(rest)):
                self.settle()
                self.group = Group(number, [line])
                self.groups.append(self.group)
                self.item, self.last = None, 0
                return
            if as_item and group is not None:
                self._start_item(str(number), number, line)
                return
        if group is None:
            return
        if item is None:
            group.intro.append(line)
        elif self.held or (
            text[:1].isupper()
            and item.lines[-1].text.rstrip().endswith((";", "."))
            and self._closed(item.lines)
        ):
            self.held.append(line)
        else:
            item.lines.append(line)
