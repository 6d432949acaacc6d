"""Reading one UPR Working Group report: the stages of `rightstrack.extract.upr` in order.

`read_report(ReportContext.build(doc))` gives the recommendations (`conclusions`), the dialogue
statements, the people (`people`) and the review event, and records a warning on `doc.warnings`
for every section it cannot read.
"""

from __future__ import annotations

import re

from rightstrack.extract.items import ActorRef, Event, Item, Statement
from rightstrack.extract.upr import dialogue, meta
from rightstrack.extract.upr.conclusions import recommendation_items
from rightstrack.extract.upr.context import ITEM_NUMBER, ReportContext, paragraphs_of
from rightstrack.extract.upr.paragraphs import split_paragraphs
from rightstrack.extract.upr.people import actor_items

__all__ = ["ReportContext", "read_report"]

_JUNK_TITLE = re.compile(r"^\s*(?:untitled|microsoft word)|\.docx?\s*$|^\s*$", re.IGNORECASE)


def read_report(ctx: ReportContext) -> list[Item]:
    """All items of the report: recommendations, dialogue statements, actors, the review event."""
    if ctx.state is None:
        ctx.doc.warnings.append("UPR report: the State under review could not be read from the title")
    if ctx.session is None:
        ctx.doc.warnings.append("UPR report: the Working Group session could not be read")
    describe_document(ctx)
    items: list[Item] = []
    recommendations = recommendation_items(ctx)
    items.extend(recommendations)
    authors = {s.iso3 for r in recommendations for s in r.recommending_states if s.iso3}
    statements = statement_items(ctx, authors)
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


def statement_items(ctx: ReportContext, authors: set[str] | None = None) -> list[Statement]:
    """One statement per paragraph of the interactive dialogue that names its speaker.

    A speaker made recommendations when its paragraph says so or when the conclusions list it
    among the authors (`authors`: ISO3 codes); the State under review never does.
    """
    lines = ctx.section("dialogue")
    if not lines:
        ctx.warn("dialogue", "could not be found; no statements were read")
        return []
    out: list[Statement] = []
    for paragraph in split_paragraphs(lines):
        if paragraph.number is None or not paragraph.lines:
            continue
        text = ITEM_NUMBER.sub("", ctx.join(paragraph.lines), count=1)
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
                made_recommendations=False
                if is_sur
                else dialogue.made_recommendations(text) or speaker.iso3 in (authors or set()),
            )
        )
    if not out:
        ctx.warn("dialogue", "has no paragraphs with a recognised speaker")
    return out


def review_event(ctx: ReportContext, statements: list[Statement]) -> Event | None:
    """The review meeting itself, dated from the introduction."""
    intro = paragraphs_of(ctx, "introduction")
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
