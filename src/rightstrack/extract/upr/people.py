"""The people of a review: troika, authors of advance questions, head and members of the delegation.

The troika and the advance questions are State lists in the introduction; the head of the
delegation is named there too, and the members are listed in the annex, one per bullet or line.
"""

from __future__ import annotations

import re

from rightstrack.extract.items import ActorMention
from rightstrack.extract.upr import meta
from rightstrack.extract.upr.context import ReportContext, paragraphs_of
from rightstrack.extract.upr.lines import Line

_MEMBERS_INTRO = re.compile(
    r"(?:composed of|comprised of|members|compos\u00e9e? (?:de|des)|compuesta por|integrada por)"
    r"[^:;.]{0,40}:?\s*$",
    re.IGNORECASE,
)
_PERSON = re.compile(r"^(?:[•·\-–]\s*)?(?:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Dr\.?|Sr\.|Sra\.)\s")
_LIST_END = re.compile(r"^(?:Notes?\b|_{3,}|-{3,}|\*{3,})")


def actor_items(ctx: ReportContext) -> list[ActorMention]:
    """Troika, advance-question authors, the head and members of the delegation."""
    from rightstrack.actors import split_state_list

    out: list[ActorMention] = []
    for paragraph in paragraphs_of(ctx, "introduction"):
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
        ctx.warn("annex", "could not be found; the delegation's members were not read")
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
