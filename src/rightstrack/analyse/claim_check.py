"""Check a claim against the record: supported, contradicted, or not verifiable — and why.

A tally claim ("39 delegations, 30 supportive, 9 critical") is compared with the tally computed
from the statements the record holds for the same forum. The record can contradict a claim even
when incomplete (it already holds more critical statements than the claim admits), but can only
support it when every delegation is there with a stance. Anything short of that is "not
verifiable" with what is missing, e.g. "7 of the 39 statements are in the record".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from rightstrack.analyse.tally import compute_tally
from rightstrack.errors import InputError


def _result(
    status: str, reason: str, computed: dict[str, Any], evidence: list[Any]
) -> dict[str, Any]:
    return {"status": status, "reason": reason, "computed": computed, "evidence": evidence}


def _evidence_rows(tally: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per passage: who spoke, with which stance, where (document, page, quote)."""
    rows = []
    for row in tally["speakers"]:
        speaker = row["speaker"] or {}
        for evidence in row["evidence"] or [{}]:
            rows.append({"speaker": speaker.get("name"), "iso3": speaker.get("iso3"),
                         "stance": row["stance"], "themes": row["themes"], **evidence})  # fmt: skip
    return rows


def check_claim(
    claim: dict[str, Any],
    statements: list[dict[str, Any]],
    recommendations: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """{"status", "reason", "computed", "evidence"} for `claim` against the record of its forum:
    its `statements`, and for a UPR response tally its `recommendations` (each with a `response`)."""
    claim_type = claim.get("claim_type") if isinstance(claim, dict) else None
    if claim_type not in ("tally", "response_tally", "quotation", "count", "rate"):
        raise InputError(f"not a claim to check: claim_type {claim_type!r}")
    if claim_type == "tally":
        return _check_tally(claim, statements)
    if claim_type == "response_tally":
        return _check_responses(claim, recommendations or [])
    if claim_type == "quotation":
        return _check_quote(claim, statements)
    subject = claim.get("subject") or claim.get("unit") or "this figure"
    return _result("not_verifiable", f"the record holds statements, not figures on {subject}",
                   {}, [])  # fmt: skip


@dataclass
class _Counts:
    """What the record holds, in the words of one kind of tally."""

    noun: str  # "statements", "recommendations"
    sides: tuple[str, str]  # ("supportive", "critical"), ("supported", "noted")
    total: int
    first: int
    second: int
    flexible: int = 0  # could be counted on either side (mixed, neutral)
    flexible_words: str = ""  # "are mixed or neutral"
    unknown: int = 0  # not yet on either side (no stance, no response)
    unknown_words: str = ""  # "have no stance yet"


def _check_tally(claim: dict[str, Any], statements: list[dict[str, Any]]) -> dict[str, Any]:
    tally = compute_tally(statements)
    by = tally["by_stance"]
    counts = _Counts("statements", ("supportive", "critical"), tally["total"], by["supportive"],
                     by["critical"], by["mixed"] + by["neutral"], "are mixed or neutral",
                     by["unknown"], "have no stance yet")  # fmt: skip
    computed = {"total": tally["total"], "supportive": by["supportive"], "critical": by["critical"],
                "mixed": by["mixed"], "neutral": by["neutral"], "unknown": by["unknown"]}  # fmt: skip
    return _compare(claim, counts, computed, _evidence_rows(tally))


def _check_responses(
    claim: dict[str, Any], recommendations: list[dict[str, Any]]
) -> dict[str, Any]:
    """A State's own count of its UPR responses against the numbered recommendations on record."""
    responses = [r.get("response") or "pending" for r in recommendations]
    supported, noted = responses.count("supported"), responses.count("noted")
    pending = len(responses) - supported - noted
    counts = _Counts("recommendations", ("supported", "noted"), len(responses), supported, noted,
                     unknown=pending, unknown_words="have no response in the record yet")  # fmt: skip
    computed = {"total": len(responses), "supported": supported, "noted": noted, "pending": pending}
    evidence = [{"number": r.get("number"), "response": r.get("response"),
                 "document_id": r.get("document_id"), **(r.get("evidence") or {})}
                for r in recommendations]  # fmt: skip
    return _compare(claim, counts, computed, evidence)


def _majority_side(claim: dict[str, Any], have: _Counts) -> str | None:
    """The side a "most of the 92 delegations praised" claim gives a majority to, if no count."""
    for flag in claim.get("flags") or []:
        if flag.startswith("majority_"):
            side = flag.removeprefix("majority_")
            claimed = claim.get("supportive") if side == have.sides[0] else claim.get("critical")
            side = {"supportive": have.sides[0], "critical": have.sides[1]}.get(side, side)
            return side if claimed is None else None
    return None


def _check_majority(
    side: str, have: _Counts, total: int | None, computed: dict[str, Any], evidence: list[Any]
) -> dict[str, Any]:
    """More than half of the claimed total (or of the complete record) on `side`."""
    count = have.first if side == have.sides[0] else have.second
    whole = total if total is not None else have.total
    noun = have.noun
    if 2 * count > whole:
        return _result("supported", f"{count} of the {whole} {noun} are {side} in the record: more "
                       f"than half, as claimed", computed, evidence)  # fmt: skip
    missing = whole - have.total
    if 2 * (count + have.flexible + have.unknown + missing) <= whole:
        return _result("contradicted", f"at most {count + have.flexible + have.unknown + missing} of the "
                       f"{whole} {noun} can be {side}; the claim says most were", computed, evidence)  # fmt: skip
    return _result("not_verifiable", f"{count} of the {whole} {noun} are {side} in the record so far "
                   f"({have.total} in the record); the claim says most were", computed, evidence)  # fmt: skip


def _compare(
    claim: dict[str, Any], have: _Counts, computed: dict[str, Any], evidence: list[Any]
) -> dict[str, Any]:
    """Supported only by a complete record with the same figures; contradicted as soon as the record
    holds more than the claim allows; otherwise not verifiable, saying what is missing."""
    noun, (first, second) = have.noun, have.sides
    total, claimed_1, claimed_2 = claim.get("total"), claim.get("supportive"), claim.get("critical")
    said = f"the claim says {_describe(noun, have.sides, total, claimed_1, claimed_2)}"
    found = f"the record holds {_describe(noun, have.sides, have.total, have.first, have.second)}"
    n = have.total
    if total is not None and n > total:
        return _result("contradicted", f"{found}; {said}", computed, evidence)
    for label, count, claimed in ((first, have.first, claimed_1), (second, have.second, claimed_2)):
        if claimed is not None and count > claimed:
            return _result("contradicted", f"{count} {label} {noun} are in the record, more "
                           f"than the {claimed} claimed; {said}", computed, evidence)  # fmt: skip
    majority = _majority_side(claim, have)
    if majority is not None and n:
        return _check_majority(majority, have, total, computed, evidence)
    if n == 0:
        expected = f" of the {total}" if total is not None else ""
        return _result("not_verifiable", f"0{expected} {noun} are in the record", computed, [])
    if total is not None and n < total:
        return _result("not_verifiable", f"{n} of the {total} {noun} are in the record",
                       computed, evidence)  # fmt: skip
    if have.unknown and (claimed_1 is not None or claimed_2 is not None):
        return _result("not_verifiable", f"{have.unknown} of the {n} {noun} {have.unknown_words}",
                       computed, evidence)  # fmt: skip
    matches = (claimed_1 is None or claimed_1 == have.first) and (
        claimed_2 is None or claimed_2 == have.second
    )
    if matches and (total is not None or claimed_1 is not None or claimed_2 is not None):
        return _result("supported", f"{found}, as claimed", computed, evidence)
    reachable = (have.first + have.flexible >= (claimed_1 or 0)) and (
        have.second + have.flexible >= (claimed_2 or 0)
    )
    if have.flexible and reachable:
        return _result("not_verifiable", f"{have.flexible} of the {n} {noun} {have.flexible_words}; "
                       f"{found}; {said}", computed, evidence)  # fmt: skip
    return _result("contradicted", f"{found}; {said}", computed, evidence)


def _describe(noun: str, sides: tuple[str, str], total: int | None, first: int | None,
              second: int | None) -> str:  # fmt: skip
    parts = []
    if total is not None:
        parts.append(f"{total} {noun}")
    for label, value in zip(sides, (first, second), strict=True):
        if value is not None:
            parts.append(f"{value} {label}")
    return ", ".join(parts) or "no figures"


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_quote(claim: dict[str, Any], statements: list[dict[str, Any]]) -> dict[str, Any]:
    quote = _normal(claim.get("quote") or "")
    if not quote:
        return _result("not_verifiable", "the claim quotes nothing", {}, [])
    for statement in statements:
        if fuzz.partial_ratio(quote, _normal(statement.get("text") or "")) >= 90:
            speaker = (statement.get("speaker") or {}).get("name") or "a speaker"
            row = {"speaker": speaker, "iso3": (statement.get("speaker") or {}).get("iso3"),
                   "stance": statement.get("stance"), "themes": statement.get("themes") or [],
                   "document_id": statement.get("document_id"), **(statement.get("evidence") or {})}  # fmt: skip
            return _result("supported", f"the statement of {speaker} holds the quotation",
                           {"statements": len(statements)}, [row])  # fmt: skip
    return _result("not_verifiable", f"none of the {len(statements)} statements in the record "
                   "holds this quotation", {"statements": len(statements)}, [])  # fmt: skip
