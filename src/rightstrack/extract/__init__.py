"""Extract stage: Document -> items (recommendations, statements, claims, events, actors).

`extract(doc)` picks the extractor for the document's kind (set by `recognise`) and then lets the
classifiers fill in themes, action category and stance where an extractor left them empty.
"""

from __future__ import annotations

import re

from rightstrack.document import Document
from rightstrack.extract.items import DocumentItem, Item

# The extractors' rules are a few thousand regular expressions, written where they are used, and some are built for
# each document ("(?<![\w-])UNHCR(?![\w-])"). Python 3.11 keeps only the last 512 compiled patterns, first in first
# out, so the per-document ones pushed the fixed rules out and every text compiled them again: press extraction ran
# at about half speed (bench/press_extract.py, docs/benchmarks.md). A larger cache keeps them; its size still bounds
# the memory a long-running server gives to compiled patterns.
_REGEX_CACHE_SIZE = 8192
if getattr(re, "_MAXCACHE", _REGEX_CACHE_SIZE) < _REGEX_CACHE_SIZE:
    re._MAXCACHE = _REGEX_CACHE_SIZE  # type: ignore[attr-defined]


def document_item(doc: Document) -> DocumentItem:
    """The `document` line of the extract output: kind, title, dates, warnings."""
    head_end = min(len(doc.text), 200)
    return DocumentItem(
        evidence=doc.evidence(0, head_end),
        document_kind=doc.kind,
        title=doc.title,
        source=doc.source,
        published=doc.published,
        pages=doc.page_count if doc.paged else None,
        content_hash=doc.content_hash,
        warnings=list(doc.warnings),
    )


def extract(doc: Document, *, classify: bool = True) -> list[Item]:
    """Run the extractor for `doc.kind` and return its items, the document item first."""
    from rightstrack.recognise import recognise

    if doc.kind is None:
        doc.kind = recognise(doc)
    items: list[Item] = []
    if doc.kind in ("upr_report", "upr_addendum"):
        from rightstrack.extract.upr_report import extract_upr_report

        items = extract_upr_report(doc)
    elif doc.kind in ("press", "statement", "meeting_summary"):
        from rightstrack.extract.press import extract_press

        items = extract_press(doc)
    if classify:
        from rightstrack.classify import apply_to_items

        apply_to_items(items)
    return [document_item(doc), *items]
