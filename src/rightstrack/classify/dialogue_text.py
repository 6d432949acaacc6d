"""Read the numbered paragraphs of a UPR report's interactive dialogue from the shared PDFs.

The stance labels are stored as references (report file, paragraph number, short text hash), never
as text, so training re-reads the paragraphs from `../shared` with this module and checks the hash
to notice if the extraction drifted.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from rightstrack.errors import InputError

DIALOGUE_HEADING = "Interactive dialogue and responses by the State under review"
_END_HEADINGS = ("Conclusions and/or recommendations", "Conclusions and recommendations")
_PARA_START = re.compile(r"^\s*(\d{1,3})\.\s+(?=\S)", re.MULTILINE)
_RUNNING_HEAD = re.compile(r"^\s*(A/HRC/[\w./]+|GE\.[\d-]+|\d{1,3})\s*$", re.MULTILINE)


@dataclass(frozen=True)
class DialogueParagraph:
    """One numbered paragraph of the dialogue section, whitespace-normalised."""

    report: str
    number: int
    text: str

    @property
    def digest(self) -> str:
        return text_digest(self.text)


def text_digest(text: str) -> str:
    """Short hash of the normalised text: detects drift in extraction without storing the text."""
    normal = " ".join(text.lower().split())
    return hashlib.sha1(normal.encode("utf-8")).hexdigest()[:10]


def pdf_text(path: Path) -> str:
    """Full text of a PDF, pages joined with newlines (the layout the labels were made on)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as exc:
        raise InputError(f"{path}: cannot read PDF ({exc})") from None
    pages = [pdf[i].get_textpage().get_text_range().replace("\r\n", "\n") for i in range(len(pdf))]
    pdf.close()
    return "\n".join(pages)


def dialogue_section(text: str) -> str:
    """The body of the dialogue section (the last heading match skips the table of contents)."""
    start = text.rfind(DIALOGUE_HEADING)
    if start < 0:
        return ""
    body = text[start + len(DIALOGUE_HEADING) :]
    ends = [body.find(h) for h in _END_HEADINGS if body.find(h) >= 0]
    return body[: min(ends)] if ends else body


def dialogue_paragraphs(path: Path) -> list[DialogueParagraph]:
    """Numbered paragraphs of the dialogue section of the report at `path`, in order."""
    section = _RUNNING_HEAD.sub("", dialogue_section(pdf_text(path)))
    starts = list(_PARA_START.finditer(section))
    paragraphs: list[DialogueParagraph] = []
    expected: int | None = None
    kept: list[re.Match[str]] = []
    for match in starts:  # keep only the increasing run of paragraph numbers
        number = int(match.group(1))
        if expected is None or number == expected:
            kept.append(match)
            expected = number + 1
    for i, match in enumerate(kept):
        end = kept[i + 1].start() if i + 1 < len(kept) else len(section)
        body = " ".join(section[match.end() : end].split())
        paragraphs.append(DialogueParagraph(path.name, int(match.group(1)), body))
    return paragraphs
