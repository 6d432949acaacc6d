"""Recognise stage: what kind of document is this?

Kinds: `upr_report` (a UPR Working Group report), `upr_addendum` (the State's written responses to
its recommendations), `press`, `statement`, `meeting_summary` (decided by the press extractor's
`recognise_press`), and `other` for anything no extractor understands — such a document is stored but
not forced through a parser built for another kind.
"""

from __future__ import annotations

import re

from rightstrack.document import Document

_HEAD_CHARS = 6000
_UPR_TITLE = re.compile(
    r"Report\s+of\s+the\s+Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review"
)
_ADDENDUM = re.compile(r"\bAddendum\b", re.IGNORECASE)
_ADDENDUM_VIEWS = re.compile(
    r"Views\s+on\s+conclusions\s+and/or\s+recommendations|responses?\s+to\s+(the\s+)?recommendations",
    re.IGNORECASE,
)

KINDS = ("upr_report", "upr_addendum", "press", "statement", "meeting_summary", "other")


def recognise(doc: Document) -> str:
    """Return the kind of `doc` from its opening text (it does not set `doc.kind`)."""
    head = doc.text[:_HEAD_CHARS]
    if _UPR_TITLE.search(head):
        if _ADDENDUM.search(head) and _ADDENDUM_VIEWS.search(head):
            return "upr_addendum"
        return "upr_report"
    try:
        from rightstrack.extract.press import recognise_press
    except ImportError:  # press extractor not installed in this build
        return "other"
    return recognise_press(doc) or "other"
