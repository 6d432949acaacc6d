"""Locating the parts of a UPR report: introduction, presentation, dialogue, conclusions, annex.

Headings are found among the clean lines; a table-of-contents entry (dot leaders, page numbers) is
never taken for the heading itself. Each section runs to the next heading of the report's outline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rightstrack.extract.upr.lines import Line
from rightstrack.extract.upr.paragraphs import is_heading

_SECTION_PATTERNS = {
    "presentation": re.compile(r"presentation\s+by\s+the\s+state", re.IGNORECASE),
    "dialogue": re.compile(r"interactive\s+dialogue\s+and\s+responses", re.IGNORECASE),
    "conclusions": re.compile(r"conclusions\s+and(?:/or)?\s+recommendations", re.IGNORECASE),
    "annex": re.compile(r"^(?:annex\b|composition\s+of\s+the\s+delegation)", re.IGNORECASE),
}
_TOC_PAGES = re.compile(r"\d+\s*[-–]\s*\d+\s+\d+\s*$")
SECTION_TITLES = {
    "presentation": "Presentation by the State under review",
    "dialogue": "Interactive dialogue and responses by the State under review",
    "conclusions": "Conclusions and/or recommendations",
    "annex": "Composition of the delegation (annex)",
}


@dataclass
class Sections:
    """Line index ranges [start, end) of each section found; missing sections are absent."""

    ranges: dict[str, tuple[int, int]]

    def lines(self, lines: list[Line], name: str) -> list[Line]:
        if name not in self.ranges:
            return []
        start, end = self.ranges[name]
        return lines[start:end]


def find_sections(lines: list[Line]) -> Sections:
    """Index ranges of the known sections; the introduction is what precedes the first of them."""
    heads: dict[str, int] = {}
    for index, line in enumerate(lines):
        if not is_heading(line) and not _section_line(line):
            continue
        if any(_toc_line(nxt) for nxt in lines[index + 1 : index + 3]):
            continue
        for name, pattern in _SECTION_PATTERNS.items():
            if pattern.search(line.text) and name not in heads:
                if name == "annex" and not ("conclusions" in heads or "dialogue" in heads):
                    continue  # an "Annex" before the conclusions is the TOC's
                heads[name] = index
    order = sorted(heads.items(), key=lambda kv: kv[1])
    ranges: dict[str, tuple[int, int]] = {}
    first = order[0][1] if order else len(lines)
    ranges["introduction"] = (0, first)
    for position, (name, start) in enumerate(order):
        end = order[position + 1][1] if position + 1 < len(order) else len(lines)
        ranges[name] = (start + 1, end)
    return Sections(ranges)


def _toc_line(line: Line) -> bool:
    return "...." in line.text or "…" in line.text or bool(_TOC_PAGES.search(line.text))


def _section_line(line: Line) -> bool:
    """A heading that `is_heading` misses: short, starts with a numeral or letter, no TOC leader."""
    text = line.text
    if _toc_line(line):
        return False
    return len(text) < 110 and bool(
        re.match(r"^(?:[IVX]{1,4}\.|[A-H]\.|Annex|Composition|\s*$)", text, re.IGNORECASE)
    )
