"""Whether a text is a UPR Working Group report, for `rightstrack.recognise` to call.

Most reports print "Report of the Working Group on the Universal Periodic Review"; 2008-2010 ones
print it in capitals, one misspells it ("Working on the") and one prints only "UNIVERSAL PERIODIC
REVIEW" above the State's name. The section headings of the review are then the evidence.
"""

from __future__ import annotations

import re

_TITLE = re.compile(
    r"report\s+of\s+the\s+working\s+(?:group\s+)?on\s+the\s+universal\s+periodic\s+review",
    re.IGNORECASE,
)
_UPR = re.compile(r"universal\s+periodic\s+review", re.IGNORECASE)
_HEADINGS = (
    re.compile(r"interactive\s+dialogue\s+and\s+responses\s+by\s+the\s+state\s+under\s+review", re.I),
    re.compile(r"conclusions\s+and(?:/or)?\s+recommendations", re.IGNORECASE),
)


def looks_like_upr_report(head: str) -> bool:
    """True for the opening text (first ~6000 characters) of a UPR Working Group report."""
    if _TITLE.search(head):
        return True
    return bool(_UPR.search(head)) and all(h.search(head) for h in _HEADINGS)
