"""Check a claim against the record: supported, contradicted, or not verifiable — and why.

A tally claim ("39 delegations, 30 supportive, 9 critical") is compared with the tally computed
from the statements the record holds for the same forum. The record can contradict a claim even
when incomplete (it already holds more critical statements than the claim admits), but can only
support it when every delegation is there with a stance. Anything short of that is "not
verifiable" with what is missing, e.g. "7 of the 39 statements are in the record".
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz import fuzz

from rightstrack.analyse.tally import compute_tally
from rightstrack.errors import InputError


def _result(status: str, reason: str, computed: dict[str, Any], evidence: list[Any]) -> dict[str, Any]:
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


def check_claim(claim: dict[str, Any], statements: list[dict[str, Any]]) -> dict[str, Any]:
    """{"status", "reason", "computed", "evidence"} for `claim` against `statements` of its forum."""
    claim_type = claim.get("claim_type") if isinstance(claim, dict) else None
    if claim_type not in ("tally", "quotation", "count", "rate"):
        raise InputError(f"not a claim to check: claim_type {claim_type!r}")
    if claim_type == "tally":
        return _check_tally(claim, statements)
    if claim_type == "quotation":
        return _check_quote(claim, statements)
    subject = claim.get("subject") or claim.get("unit") or "this figure"
    return _result("not_verifiable", f"the record holds statements, not figures on {subject}",
                   {}, [])  # fmt: skip


def _check_tally(claim: dict[str, Any], statements: list[dict[str, Any]]) -> dict[str, Any]:
    tally = compute_tally(statements)
    by = tally["by_stance"]
    n, sup, crit = tally["total"], by["supportive"], by["critical"]
    flexible, unknown = by["mixed"] + by["neutral"], by["unknown"]
    computed = {"total": n, "supportive": sup, "critical": crit, "mixed": by["mixed"],
                "neutral": by["neutral"], "unknown": unknown}  # fmt: skip
    evidence = _evidence_rows(tally)
    total, claimed_sup, claimed_crit = claim.get("total"), claim.get("supportive"), claim.get("critical")
    said = f"the claim says {_describe(total, claimed_sup, claimed_crit)}"
    found = f"the record holds {_describe(n, sup, crit)}"
    if total is not None and n > total:
        return _result("contradicted", f"{found}; {said}", computed, evidence)
    for label, have, claimed in (("supportive", sup, claimed_sup), ("critical", crit, claimed_crit)):
        if claimed is not None and have > claimed:
            return _result("contradicted", f"{have} {label} statements are in the record, more "
                           f"than the {claimed} claimed; {said}", computed, evidence)  # fmt: skip
    if n == 0:
        expected = f" of the {total}" if total is not None else ""
        return _result("not_verifiable", f"0{expected} statements are in the record", computed, [])
    if total is not None and n < total:
        return _result("not_verifiable", f"{n} of the {total} statements are in the record",
                       computed, evidence)  # fmt: skip
    if unknown and (claimed_sup is not None or claimed_crit is not None):
        return _result("not_verifiable", f"{unknown} of the {n} statements have no stance yet",
                       computed, evidence)  # fmt: skip
    matches = (claimed_sup is None or claimed_sup == sup) and (claimed_crit is None or claimed_crit == crit)
    if matches and (total is not None or claimed_sup is not None or claimed_crit is not None):
        return _result("supported", f"{found}, as claimed", computed, evidence)
    reachable = (sup + flexible >= (claimed_sup or 0)) and (crit + flexible >= (claimed_crit or 0))
    if flexible and reachable:
        return _result("not_verifiable", f"{flexible} of the {n} statements are mixed or neutral; "
                       f"{found}; {said}", computed, evidence)  # fmt: skip
    return _result("contradicted", f"{found}; {said}", computed, evidence)


def _describe(total: int | None, supportive: int | None, critical: int | None) -> str:
    parts = []
    if total is not None:
        parts.append(f"{total} statements")
    if supportive is not None:
        parts.append(f"{supportive} supportive")
    if critical is not None:
        parts.append(f"{critical} critical")
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
