"""Recommendations of the conclusions section, with authors, responses and references.

Numbered items come from `recommendations.parse_groups`; items that are really the State's comments
or voluntary commitments are dropped; recommendations answered by reference to the dialogue come
from `referenced`. The response of each item is the one its introducing paragraph announces.
"""

from __future__ import annotations

import re

from rightstrack.document import Evidence
from rightstrack.extract.items import Recommendation, Response
from rightstrack.extract.upr import dialogue
from rightstrack.extract.upr.context import ITEM_NUMBER, ReportContext
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
from rightstrack.extract.upr.states import split_attribution

_ANNOUNCES = re.compile(r"recommend|conclusion", re.IGNORECASE)
_COMMENT = re.compile(
    r"^(?:With regards? to|Regarding|As regards|Concerning|In relation to|As for)\b[^.]{0,200}?"
    r"\brecommendation",
    re.IGNORECASE,
)


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
            text = ITEM_NUMBER.sub("", ctx.join(raw.lines), count=1)
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
    body = ITEM_NUMBER.sub("", ptext.text, count=1)
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
