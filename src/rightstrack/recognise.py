"""Recognise stage: what kind of document is this?

Kinds: `upr_report` (a UPR Working Group report), `upr_addendum` (the State's written responses to
its recommendations), `press`, `statement`, `meeting_summary` (decided by the press extractor's
`recognise_press`), and `other` for anything no extractor understands — such a document is stored but
not forced through a parser built for another kind.
"""

from __future__ import annotations

import re

from rightstrack.document import Document
from rightstrack.extract.upr.recognise import looks_like_upr_report

_HEAD_CHARS = 6000
_ADDENDUM = re.compile(r"\bAddendum\b", re.IGNORECASE)
_ADDENDUM_VIEWS = re.compile(
    r"Views\s+on\s+conclusions\s+and/or\s+recommendations|responses?\s+to\s+(the\s+)?recommendations",
    re.IGNORECASE,
)

KINDS = ("upr_report", "upr_addendum", "press", "statement", "meeting_summary", "other")


def recognise(doc: Document) -> str:
    """Return the kind of `doc` from its opening text (it does not set `doc.kind`)."""
    head = doc.text[:_HEAD_CHARS]
    if looks_like_upr_report(head):
        if _ADDENDUM.search(head) and _ADDENDUM_VIEWS.search(head):
            return "upr_addendum"
        return "upr_report"
    from rightstrack.extract.press import recognise_press

    return recognise_press(doc) or "other"
