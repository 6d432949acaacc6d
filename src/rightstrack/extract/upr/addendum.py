"""Addenda: the State's written responses to recommendations it had left pending.

An addendum ("Views on conclusions and/or recommendations ... presented by the State under review")
answers recommendations by number: "119.1 Supported", "Recommendations 119.3, 119.4 and 119.7:
Cambodia accepts ...", "119.10-119.12: noted". Each answered number becomes a Recommendation with
that response, the State under review and the session, so the store can update pending ones.
"""

from __future__ import annotations

import re

from rightstrack.document import Document
from rightstrack.extract.items import Item, Recommendation, Response
from rightstrack.extract.upr import meta
from rightstrack.extract.upr.lines import Line, clean_lines
from rightstrack.extract.upr.text import join_lines

_NUMBER = r"\d{2,3}\.\d{1,3}"
_BLOCK_START = re.compile(rf"^(?:Recommendations?\s+)?(?:\(?{_NUMBER}\)?)")
_NUMBERS = re.compile(
    rf"(?P<a>{_NUMBER})(?:\s*(?:-|–|to)\s*(?P<b>{_NUMBER}))?"
)
_LEAD = re.compile(
    rf"^(?:Recommendations?\s+)?\(?{_NUMBER}\)?(?:\s*(?:,|and|-|–|to)\s*\(?{_NUMBER}\)?)*"
)
_NOTED = re.compile(
    r"\bnot(?:ed|e)\b|not\s+(?:accept|support)|does\s+not\s+enjoy|rejects?|cannot\s+(?:accept|"
    r"support)|not\s+supported",
    re.IGNORECASE,
)
_SUPPORTED = re.compile(
    r"\baccept(?:s|ed)?\b|\bsupport(?:s|ed)?\b|\bagree(?:s|d)?\b|already\s+implemented|enjoys?",
    re.IGNORECASE,
)


def response_of(text: str) -> Response | None:
    """Response a block of the addendum gives; negative wording is checked first."""
    if _NOTED.search(text):
        return "noted"
    if _SUPPORTED.search(text):
        return "supported"
    return None


def _numbers(head: str) -> list[str]:
    """Recommendation numbers named at the start of a block, with ranges expanded."""
    out: list[str] = []
    for match in _NUMBERS.finditer(head):
        first, last = match.group("a"), match.group("b")
        if last and first.split(".")[0] == last.split(".")[0]:
            para = first.split(".")[0]
            low, high = int(first.split(".")[1]), int(last.split(".")[1])
            out.extend(f"{para}.{n}" for n in range(low, min(high, low + 300) + 1))
        else:
            out.append(first)
    return out


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    for line in lines:
        if _BLOCK_START.match(line.text) or not blocks:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return blocks


def read_addendum(doc: Document) -> list[Item]:
    """Recommendation items (number, response, State, session) answered by an addendum."""
    from rightstrack.actors import resolve_state

    clean = clean_lines(doc)
    state = next((s for s in map(resolve_state, meta.title_names(clean.lines)) if s), None)
    head_text = join_lines(ln.text for ln in clean.lines[:80])
    session = meta.session_number(head_text)
    out: list[Item] = []
    for block in _blocks(clean.lines):
        if not _BLOCK_START.match(block[0].text):
            continue
        text = join_lines(ln.text for ln in block)
        lead = _LEAD.match(text)
        head = lead.group(0) if lead else ""
        numbers = _numbers(head)
        response = response_of(text[len(head) :])
        if not numbers or response is None:
            continue
        evidence = doc.evidence(block[0].start, block[-1].end)
        body = text[len(head) :].strip(" :.-–)")
        for number in numbers:
            out.append(
                Recommendation(
                    evidence=evidence,
                    number=number,
                    text=body,
                    state_under_review=state.ref() if state else None,
                    session=session,
                    response=response,
                    response_evidence=evidence,
                )
            )
    if not out:
        doc.warnings.append("UPR addendum: no numbered responses to recommendations could be read")
    return out
