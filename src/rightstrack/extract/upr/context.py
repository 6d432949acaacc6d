"""What every stage of the UPR report parser shares: the document, its clean lines and facts.

`ReportContext.build(doc)` cleans the lines, finds the sections and reads the header facts (State
under review, session, review date) once; the stages in `conclusions`, `people` and `report` read
from it and record warnings on `doc.warnings` through `warn`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from rightstrack.document import Document, Evidence
from rightstrack.extract.items import ActorRef
from rightstrack.extract.upr import meta
from rightstrack.extract.upr.lines import CleanLines, Line, clean_lines
from rightstrack.extract.upr.paragraphs import Paragraph, split_paragraphs
from rightstrack.extract.upr.sections import SECTION_TITLES, Sections, find_sections
from rightstrack.extract.upr.text import join_lines, strip_markers, tidy, vocabulary

ITEM_NUMBER = re.compile(r"^\d{1,3}(?:\s?\.\s?\d{1,3})?\.?\s*")


@dataclass
class ReportContext:
    """What every stage needs: the document, its clean lines, sections and header facts."""

    doc: Document
    clean: CleanLines
    vocab: set[str]
    sections: Sections
    state: ActorRef | None
    session: int | None
    review_date: date | None
    dialogue_paragraphs: dict[int, Paragraph] | None = None

    @classmethod
    def build(cls, doc: Document) -> ReportContext:
        from rightstrack.actors import resolve_state

        clean = clean_lines(doc)
        sections = find_sections(clean.lines)
        intro = sections.lines(clean.lines, "introduction")
        intro_text = join_lines(ln.text for ln in intro)
        found = next(
            (s for s in map(resolve_state, meta.title_names(clean.lines)) if s is not None), None
        )
        if found is None:
            match = re.search(r"review of (.{2,80}?) was held", intro_text)
            found = resolve_state(match.group(1)) if match else None
        return cls(
            doc=doc,
            clean=clean,
            vocab=vocabulary(doc.text),
            sections=sections,
            state=found.ref() if found is not None else None,
            session=meta.session_number(intro_text),
            review_date=meta.review_date(intro_text),
        )

    def section(self, name: str) -> list[Line]:
        return self.sections.lines(self.clean.lines, name)

    def join(self, lines: list[Line]) -> str:
        text = join_lines((ln.text for ln in lines), self.vocab)
        marks = {m for ln in lines for m in self.clean.footnotes.get(ln.page, [])}
        return strip_markers(text, marks)

    def join_text(self, text: str, lines: list[Line]) -> str:
        marks = {m for ln in lines for m in self.clean.footnotes.get(ln.page, [])}
        return strip_markers(tidy(text), marks)

    def evidence(self, lines: list[Line]) -> Evidence:
        return self.doc.evidence(lines[0].start, lines[-1].end)

    @property
    def forum(self) -> dict[str, Any]:
        return {
            "type": "upr_review",
            "state_under_review": self.state.to_dict() if self.state else None,
            "session": self.session,
            "date": self.review_date.isoformat() if self.review_date else None,
        }

    def warn(self, section: str, problem: str) -> None:
        self.doc.warnings.append(f"UPR report: section '{SECTION_TITLES.get(section, section)}' {problem}")


def paragraphs_of(ctx: ReportContext, name: str) -> list[Paragraph]:
    """Numbered paragraphs of section `name` that have text."""
    return [p for p in split_paragraphs(ctx.section(name)) if p.lines]
