"""Reading one UPR Working Group report: the stages of `rightstrack.extract.upr` in order.

`ReportContext.build(doc)` cleans the lines, finds the sections and reads the header facts once;
`read_report` then turns each section into items and records a warning on `doc.warnings` for every
section it cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from rightstrack.document import Document, Evidence
from rightstrack.extract.items import (
    ActorMention,
    ActorRef,
    Event,
    Item,
    Recommendation,
    Response,
    Statement,
)
from rightstrack.extract.upr import dialogue, meta
from rightstrack.extract.upr.lines import CleanLines, Line, clean_lines
from rightstrack.extract.upr.paragraphs import Paragraph, split_paragraphs
from rightstrack.extract.upr.recommendations import Group, parse_groups
from rightstrack.extract.upr.referenced import (
    ParagraphText,
    Reference,
    clean_point,
    find_references,
    point_spans,
)
from rightstrack.extract.upr.responses import classify_intro
from rightstrack.extract.upr.sections import SECTION_TITLES, Sections, find_sections
from rightstrack.extract.upr.states import split_attribution
from rightstrack.extract.upr.text import join_lines, strip_markers, tidy, vocabulary

_JUNK_TITLE = re.compile(r"^\s*(?:untitled|microsoft word)|\.docx?\s*$|^\s*$", re.IGNORECASE)
_MEMBERS_INTRO = re.compile(
    r"(?:composed of|comprised of|members|compos\u00e9e? (?:de|des)|compuesta por|integrada por)"
    r"[^:;.]{0,40}:?\s*$",
    re.IGNORECASE,
)
_PERSON = re.compile(r"^(?:[•·\-–]\s*)?(?:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Dr\.?|Sr\.|Sra\.)\s")
_LIST_END = re.compile(r"^(?:Notes?\b|_{3,}|-{3,}|\*{3,})")
_ANNOUNCES = re.compile(r"recommend|conclusion", re.IGNORECASE)
_COMMENT = re.compile(
    r"^(?:With regards? to|Regarding|As regards|Concerning|In relation to|As for)\b[^.]{0,200}?"
    r"\brecommendation",
    re.IGNORECASE,
)
_ITEM_NUMBER = re.compile(r"^\d{1,3}(?:\s?\.\s?\d{1,3})?\.?\s*")


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


def read_report(ctx: ReportContext) -> list[Item]:
    """All items of the report: recommendations, dialogue statements, actors, the review event."""
    if ctx.state is None:
        ctx.doc.warnings.append("UPR report: the State under review could not be read from the title")
    if ctx.session is None:
        ctx.doc.warnings.append("UPR report: the Working Group session could not be read")
    describe_document(ctx)
    items: list[Item] = []
    items.extend(recommendation_items(ctx))
    statements = statement_items(ctx)
    items.extend(statements)
    items.extend(actor_items(ctx))
    event = review_event(ctx, statements)
    if event is not None:
        items.append(event)
    return items


def describe_document(ctx: ReportContext) -> None:
    """Give the document a readable title and its issue date where the PDF metadata lacks them."""
    doc = ctx.doc
    if ctx.state is not None and (not doc.title or _JUNK_TITLE.search(doc.title)):
        doc.title = f"Report of the Working Group on the Universal Periodic Review: {ctx.state.name}"
    if doc.published is None:
        head = "\n".join(line.text for line in ctx.clean.lines[:30])
        doc.published = meta.parse_date(head)


def _is_closed(text: str) -> bool:
    return split_attribution(text).trailing_found


def _response_evidence(ctx: ReportContext, group: Group) -> Evidence | None:
    lines = group.intro or []
    if not lines:
        return None
    start, end = lines[0].start, lines[-1].end
    colon = ctx.doc.text.find(":", start, end)
    return ctx.doc.evidence(start, colon + 1 if colon >= 0 else end)


def recommendation_items(ctx: ReportContext) -> list[Recommendation]:
    """Recommendations of the conclusions section with authors and the group's response."""
    lines = ctx.section("conclusions")
    if not lines:
        ctx.warn("conclusions", "could not be found; no recommendations were read")
        return []
    groups = parse_groups(lines, _is_closed)
    out: list[Recommendation] = []
    unattributed: list[str] = []
    for group in groups:
        by_reference = referenced_items(ctx, group)
        announces = bool(_ANNOUNCES.search(" ".join(ln.text for ln in group.intro)))
        for raw in group.items:
            text = _ITEM_NUMBER.sub("", ctx.join(raw.lines), count=1)
            attribution = split_attribution(text)
            if by_reference is not None and not attribution.trailing_found:
                continue  # numbered comments on referenced recommendations, not recommendations
            if _COMMENT.match(text) and (by_reference is not None or "paragraph" in text):
                continue  # "With regard to the recommendation in paragraph 33 (a), ..."
            if not announces and not attribution.states:
                continue  # "France made the following voluntary commitments: 1. ..."
            if group.response is None:
                ctx.warn("conclusions", f"paragraph {group.number} states no response; pending")
                group.response = "pending"
            if not attribution.states:
                unattributed.append(raw.number)
            out.append(
                Recommendation(
                    evidence=ctx.evidence(raw.lines),
                    number=raw.number,
                    text=attribution.text,
                    recommending_states=attribution.states,
                    state_under_review=ctx.state,
                    session=ctx.session,
                    response=group.response,
                    response_evidence=_response_evidence(ctx, group),
                )
            )
        out.extend(by_reference or [])
    if not out:
        ctx.warn("conclusions", "has no numbered recommendations that could be read")
    elif unattributed:
        shown = ", ".join(unattributed[:10])
        ctx.warn("conclusions", f"has recommendations without a recognised State: {shown}")
    return _unique(out)


def _unique(recs: list[Recommendation]) -> list[Recommendation]:
    """Drop a referenced recommendation named again by a later paragraph (first answer wins)."""
    seen: set[tuple[str | None, str]] = set()
    out = []
    for rec in recs:
        key = (rec.number, rec.text)
        if rec.response_evidence is not None and key in seen:
            continue
        seen.add(key)
        out.append(rec)
    return out


def _dialogue_paragraphs(ctx: ReportContext) -> dict[int, Paragraph]:
    if ctx.dialogue_paragraphs is None:
        found: dict[int, Paragraph] = {}
        for name in ("presentation", "dialogue"):
            for paragraph in split_paragraphs(ctx.section(name)):
                if paragraph.number is not None and paragraph.lines:
                    found.setdefault(paragraph.number, paragraph)
        ctx.dialogue_paragraphs = found
    return ctx.dialogue_paragraphs


def referenced_items(ctx: ReportContext, group: Group) -> list[Recommendation] | None:
    """Recommendations a conclusions paragraph answers by pointing at dialogue paragraphs.

    None when the paragraph has no such reference.
    """
    found: list[Recommendation] | None = None
    for part in (group.intro, group.trailer):
        if not part:
            continue
        joined = ParagraphText(part)
        located = find_references(joined.text)
        if located is None:
            continue
        refs, ref_start, _ref_end = located
        sentence_start = max(joined.text.rfind(". ", 0, ref_start) + 1, 0)
        sentence_end = joined.text.find(". ", ref_start)
        sentence_end = len(joined.text) if sentence_end < 0 else sentence_end + 1
        sentence = joined.text[sentence_start:sentence_end]
        response = classify_intro(sentence) or classify_intro(joined.text) or "pending"
        evidence = ctx.doc.evidence(
            joined.doc_offset(sentence_start), joined.doc_offset(sentence_end - 1) + 1
        )
        found = found or []
        for ref in refs:
            found.extend(_referenced(ctx, ref, response, evidence))
    return found


def _referenced(
    ctx: ReportContext, ref: Reference, response: Response, response_evidence: Evidence
) -> list[Recommendation]:
    paragraph = _dialogue_paragraphs(ctx).get(ref.paragraph)
    if paragraph is None:
        ctx.warn("conclusions", f"refers to paragraph {ref.paragraph}, which could not be read")
        return []
    ptext = ParagraphText(paragraph.lines)
    body = _ITEM_NUMBER.sub("", ptext.text, count=1)
    speaker, _group = dialogue.speaker_of(body, ctx.state)
    out = []
    for start, end in point_spans(ptext.text, ref):
        author = dialogue.subject_state(ptext.text, ctx.state, before=start) or speaker
        states = [author] if author is not None and author != ctx.state else []
        text = clean_point(ctx.join_text(ptext.text[start:end], paragraph.lines))
        if not text:
            continue
        out.append(
            Recommendation(
                evidence=ctx.doc.evidence(ptext.doc_offset(start), ptext.doc_offset(end - 1) + 1),
                number=ref.label,
                text=text,
                recommending_states=list(states),
                state_under_review=ctx.state,
                session=ctx.session,
                response=response,
                response_evidence=response_evidence,
            )
        )
    return out


def statement_items(ctx: ReportContext) -> list[Statement]:
    """One statement per paragraph of the interactive dialogue that names its speaker."""
    lines = ctx.section("dialogue")
    if not lines:
        ctx.warn("dialogue", "could not be found; no statements were read")
        return []
    out: list[Statement] = []
    for paragraph in split_paragraphs(lines):
        if paragraph.number is None or not paragraph.lines:
            continue
        text = _ITEM_NUMBER.sub("", ctx.join(paragraph.lines), count=1)
        speaker, on_behalf = dialogue.speaker_of(text, ctx.state)
        if speaker is None and out and out[-1].speaker == ctx.state and ctx.state is not None:
            if not re.search(r"\b(?:delegations|States|speakers)\b", text[:200]):
                speaker = ctx.state  # the State's reply runs on over several paragraphs
        if speaker is None:
            continue
        is_sur = ctx.state is not None and speaker == ctx.state
        out.append(
            Statement(
                evidence=ctx.evidence(paragraph.lines),
                speaker=speaker,
                on_behalf_of=on_behalf,
                forum=ctx.forum,
                text=text,
                made_recommendations=False if is_sur else dialogue.made_recommendations(text),
            )
        )
    if not out:
        ctx.warn("dialogue", "has no paragraphs with a recognised speaker")
    return out


def _paragraphs(ctx: ReportContext, name: str) -> list[Paragraph]:
    return [p for p in split_paragraphs(ctx.section(name)) if p.lines]


def actor_items(ctx: ReportContext) -> list[ActorMention]:
    """Troika, advance-question authors, the head and members of the delegation."""
    from rightstrack.actors import split_state_list

    out: list[ActorMention] = []
    for paragraph in _paragraphs(ctx, "introduction"):
        text = ctx.join(paragraph.lines)
        evidence = ctx.evidence(paragraph.lines)
        for role, pattern in (
            ("troika", r"\(troika\)[^:]{0,120}:"),
            ("advance_questions", r"questions\s+prepared\s+in\s+advance\s+by\s+"),
        ):
            span = meta.list_after(text, pattern)
            if span is None:
                continue
            states, _unresolved = split_state_list(span.text)
            out.extend(ActorMention(evidence=evidence, actor=s.ref(), role=role) for s in states)
        head = meta.head_of_delegation(text)
        if head is not None:
            out.append(ActorMention(evidence=evidence, actor=head[1], role="delegation_head"))
    out.extend(delegation_members(ctx))
    return out


def delegation_members(ctx: ReportContext) -> list[ActorMention]:
    """Members listed in the annex, one per bullet or line entry after "composed of"."""
    lines = ctx.section("annex")
    if not lines:
        return []
    begin = next((i + 1 for i, ln in enumerate(lines) if _MEMBERS_INTRO.search(ln.text)), None)
    if begin is None:
        begin = next((i for i, ln in enumerate(lines) if _PERSON.match(ln.text)), None)
    if begin is None:
        return []
    while begin < len(lines) and len(lines[begin].text) < 40 and _MEMBERS_INTRO.search(
        lines[begin].text
    ):
        begin += 1  # "... composed of the following" / "members:"
    entries: list[list[Line]] = []
    for line in lines[begin:]:
        if _LIST_END.match(line.text):
            break
        starts_entry = line.text[:1] in "•·-–" or not entries or entries[-1][-1].text.endswith(
            (";", ".")
        )
        if starts_entry:
            entries.append([line])
        else:
            entries[-1].append(line)
    out: list[ActorMention] = []
    for entry in entries:
        text = ctx.join(entry)
        if not text[:1].isupper() and text[:1] not in "•·-–" or "recommendation" in text.lower():
            continue
        ref = meta.official(text)
        if ref is not None:
            out.append(ActorMention(evidence=ctx.evidence(entry), actor=ref, role="delegation_member"))
    return out


def review_event(ctx: ReportContext, statements: list[Statement]) -> Event | None:
    """The review meeting itself, dated from the introduction."""
    intro = _paragraphs(ctx, "introduction")
    numbered = [p for p in intro if p.number == 1] or intro
    if not numbered:
        return None
    participants: list[ActorRef] = []
    for statement in statements:
        if statement.speaker is not None and statement.speaker not in participants:
            participants.append(statement.speaker)
    return Event(
        evidence=ctx.evidence(numbered[0].lines),
        event_type="interactive_dialogue",
        date=ctx.review_date,
        date_text=ctx.review_date.isoformat() if ctx.review_date else None,
        date_resolved=ctx.review_date is not None,
        participants=participants,
        forum=ctx.forum,
        description="Universal Periodic Review interactive dialogue",
    )
