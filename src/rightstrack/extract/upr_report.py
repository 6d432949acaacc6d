"""UPR Working Group reports -> recommendations, dialogue statements, actors and the review event.

`extract_upr_report(doc)` is called by `rightstrack.extract.extract` for documents recognised as
"upr_report" or "upr_addendum". The stages live in `rightstrack.extract.upr`; this module ties them
together and records a warning naming any section it could not read, so an unexpected layout yields
what can be read rather than a crash or an empty result.
"""

from __future__ import annotations

from rightstrack.document import Document
from rightstrack.extract.items import Item
from rightstrack.extract.upr.report import ReportContext, read_report


def extract_upr_report(doc: Document) -> list[Item]:
    """Every item of a UPR report (or addendum), each with its evidence span."""
    if doc.kind == "upr_addendum":
        from rightstrack.extract.upr.addendum import read_addendum

        return read_addendum(doc)
    context = ReportContext.build(doc)
    return read_report(context)
