"""Numbered paragraphs and section headings of a UN report, rebuilt from clean lines.

UN reports number every paragraph in one sequence (1, 2, 3 ...). A line is taken as the start of a
paragraph only when it carries the next number, which keeps wrapped lines that happen to begin with
a number ("15. ..." inside a sentence) from cutting a paragraph in two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rightstrack.extract.upr.lines import Line

_NUMBERED = re.compile(r"^(\d{1,3})\.\s*(?=\S)")
_HEADING = re.compile(
    r"^(?:(?:[IVX]{1,4}|[A-H])\.\s+\S.{0,120}|Annex(?:es)?(?:\s+[IVX]+)?|Introduction|"
    r"Composition of the delegation)$",
    re.IGNORECASE,
)
_TOC_LEADER = re.compile(r"\.{4,}|…{2,}|\s\d+\s*[-–]\s*\d+(?:\s+\d+)?$")


@dataclass
class Paragraph:
    """A numbered paragraph (number None for unnumbered text) and the lines it spans."""

    number: int | None
    lines: list[Line] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.lines[0].start

    @property
    def end(self) -> int:
        return self.lines[-1].end


def is_heading(line: Line) -> bool:
    """A section heading such as "II. Conclusions and/or recommendations" (not a TOC entry)."""
    text = line.text.rstrip("*").strip()
    if _TOC_LEADER.search(text):
        return False
    if not _HEADING.match(text):
        return False
    # "A. Presentation ..." is a heading; "A. The State ..." sentences are long and end in a stop
    return not text.endswith((".", ";", ",")) or len(text) < 40


def split_paragraphs(lines: list[Line], first: int | None = None) -> list[Paragraph]:
    """Group `lines` into numbered paragraphs; headings end a paragraph and are left out.

    `first` is the number expected for the first paragraph (None: whatever number comes first).
    """
    paragraphs: list[Paragraph] = []
    current: Paragraph | None = None
    expected = first
    for line in lines:
        if is_heading(line):
            current = None
            continue
        match = _NUMBERED.match(line.text)
        if match:
            number = int(match.group(1))
            if expected is None or number == expected:
                current = Paragraph(number, [line])
                paragraphs.append(current)
                expected = number + 1
                continue
        if current is None:
            current = Paragraph(None, [])
            paragraphs.append(current)
        current.lines.append(line)
    return paragraphs
