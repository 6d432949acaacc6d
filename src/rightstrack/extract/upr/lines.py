"""Lines of a document with the page furniture removed, each keeping its offsets into `doc.text`.

UN reports repeat the document symbol, page number and job number ("GE.14-12727") on every page and
put footnotes at the bottom; a recommendation that runs over a page break must be read as if they
were not there. Working on offset-carrying lines lets every later stage cite the exact source span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rightstrack.document import Document

_FURNITURE = re.compile(
    r"""^(?:
        A/HRC/\s?\d+\s?/\s?\d+(?:/[\w.]+)*\**(?:\s+Page\s+\d+)?  # symbol, maybe "Page n"
      | Page\s+\d+
      | \d{1,3}(?:\s+GE\.\s?\d{2}-\d+)?                    # page number, maybe job number
      | GE\.\s?\d{2}-\d+(?:\s*\(\w\))?(?:\s+\d{1,3})?(?:\s+\d{6})?
      | \*\d{5,}\*
      | \[?English\s+only\]?
    )$""",
    re.VERBOSE,
)
_FOOTNOTE_START = re.compile(r"^(\d{1,2}|\*{1,3})\s+\S")
_BARE_NUMBER = re.compile(r"^(\d{1,2})$")
_AS_READ = re.compile(
    r"^(?:\d{1,2}\s+)?The\s+recommendation\s+(?:was\s+)?(?:as\s+)?read\s+(?:out\s+)?during\s+the\s+"
    r"interactive\s+dialogue",
    re.IGNORECASE,
)
_BODY_RESUMES = re.compile(
    r"^(?:\d{1,3}\.\s+[A-Z]|(?:[IVX]{1,4}|[A-H])\.\s+[A-Z]|Introduction\s*$|Annex\b|"
    r"Composition of the delegation)"
)


@dataclass(frozen=True)
class Line:
    """One text line: `text` is `doc.text[start:end]` stripped; `page` is 1-based."""

    start: int
    end: int
    text: str
    page: int


@dataclass
class CleanLines:
    """Content lines in reading order, plus the footnotes found at page bottoms by page."""

    lines: list[Line]
    footnotes: dict[int, list[str]]  # page -> footnote numbers ("1", "**") found on that page


def _page_lines(doc: Document, page: int) -> list[Line]:
    base = doc.page_starts[page - 1]
    text = doc.page_text(page)
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = base + pos + lead
            out.append(Line(start, start + len(stripped), stripped, page))
        pos += len(raw) + 1
    return out


def _footnotes(lines: list[Line], text: str, page_base: int) -> tuple[set[int], list[str]]:
    """Indexes of the page's footnote lines and the footnote marks found.

    A footnote starts with its number (or asterisks), either on the same line as its text or on a
    line of its own; it counts only when the same number is used as a marker glued to a word
    earlier on the page ("Chile,1", "Convention2"), so a wrapped line that begins with a day
    ("2 December 2009.") or a page number is not taken for a footnote. A footnote runs to the next
    footnote or to the page end, unless the body text visibly resumes (a numbered paragraph or a
    heading), as when a title-page note sits right under the title.
    """
    starts: list[int] = []
    marks: list[str] = []
    for index in range(1, len(lines)):
        line = lines[index]
        if _AS_READ.match(line.text):  # the usual UPR footnote, even without a found marker
            starts.append(index)
            continue
        match = _FOOTNOTE_START.match(line.text) or _BARE_NUMBER.match(line.text)
        if not match:
            continue
        if _BARE_NUMBER.match(line.text) and (
            index + 1 >= len(lines) or _FURNITURE.match(lines[index + 1].text)
        ):
            continue  # a page number, not a footnote number
        mark = match.group(1)
        before = text[page_base : line.start]
        glued = re.compile(rf"(?:[A-Za-z)\]\u201d\u2019]|[A-Za-z)][.,;:]){re.escape(mark)}(?!\d)")
        if mark.startswith("*") or glued.search(before):
            starts.append(index)
            marks.append(mark)
    dropped: set[int] = set()
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(lines)
        stop = next((i for i in range(start + 1, end) if _BODY_RESUMES.match(lines[i].text)), end)
        dropped.update(range(start, stop))
    return dropped, marks


def clean_lines(doc: Document) -> CleanLines:
    """All content lines of `doc`, without headers, footers and footnotes."""
    kept: list[Line] = []
    footnotes: dict[int, list[str]] = {}
    for page in range(1, doc.page_count + 1):
        lines = _page_lines(doc, page)
        if not lines:
            continue
        dropped, marks = _footnotes(lines, doc.text, doc.page_starts[page - 1])
        if marks:
            footnotes[page] = marks
        kept.extend(
            ln for i, ln in enumerate(lines) if i not in dropped and not _FURNITURE.match(ln.text)
        )
    return CleanLines(kept, footnotes)
