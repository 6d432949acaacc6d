"""Print a country overview (the end of `rightstrack demo`) as plain text."""

from __future__ import annotations

from typing import Any, TextIO


def _counts(counts: dict[str, int], order: tuple[str, ...]) -> str:
    keys = [k for k in order if k in counts] + sorted(k for k in counts if k not in order)
    return ", ".join(f"{counts[k]} {k if k != 'None' else 'unclassified'}" for k in keys) or "none"


def print_overview(overview: dict[str, Any], claims: list[dict[str, Any]], out: TextIO) -> None:
    state = overview.get("state") or {}
    out.write(f"== {state.get('name', 'Unknown State')} ({state.get('iso3', '?')}) ==\n\n")
    out.write("Forums\n")
    for forum in overview["forums"]:
        out.write(f"  {forum.get('date') or '          '}  {forum['title']}\n")
    stances = overview["statements_by_stance"]
    out.write(
        f"\nStatements: {sum(stances.values())} ({_counts(stances, ('supportive', 'mixed', 'critical', 'neutral'))})\n"
    )
    responses = overview["recommendations_by_response"]
    out.write(
        f"Recommendations: {sum(responses.values())} ({_counts(responses, ('supported', 'pending', 'noted'))})\n"
    )
    themes = list(overview.get("recommendation_themes", {}).items())[:5]
    if themes:
        out.write("Top themes: " + "; ".join(f"{t} ({n})" for t, n in themes) + "\n")
    out.write(f"\nClaims: {len(claims)}\n")
    for claim in claims:
        who = (claim.get("claimant") or {}).get("name") or "unattributed"
        majority = [f.removeprefix("majority_") for f in claim.get("flags") or [] if f.startswith("majority_")]
        if claim["claim_type"] == "tally" and majority:  # "most of the 92 delegations praised"
            what = f"most of {claim.get('total')} {majority[0]}"
        elif claim["claim_type"] == "tally":
            what = f"{claim.get('supportive')} of {claim.get('total')} supportive, {claim.get('critical')} critical"
        elif claim["claim_type"] == "response_tally":
            what = f"{claim.get('supportive')} of {claim.get('total')} recommendations supported, {claim.get('critical')} noted"
        else:
            what = f"{claim.get('subject') or claim.get('quote') or ''} {claim.get('value') if claim.get('value') is not None else ''}".strip()
        out.write(f"  [{claim['claim_type']}] {who}: {what}\n")
        verification = claim.get("verification") or {}
        if verification:
            out.write(f"      check: {verification.get('status')} - {verification.get('reason')}\n")
