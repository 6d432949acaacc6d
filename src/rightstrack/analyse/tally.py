"""The tally of a dialogue computed from the statements in the record, one line per delegation.

Press tallies count delegations ("30 out of 39"), so statements are grouped by speaker: a State
heard in both its full statement and a UN summary counts once. The State concerned replying to
the dialogue is not a delegation commenting on itself and is left out. A delegation whose
statements disagree in stance counts as "mixed"; one with no stance yet as "unknown". NGOs and
national human rights institutions also take the floor; they are listed as other speakers, not
counted as delegations.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

STANCES = ("supportive", "critical", "mixed", "neutral")
_NOT_DELEGATIONS = ("ngo", "nhri", "media", "un_mechanism", "official", "company")


def _speaker_key(speaker: dict[str, Any] | None) -> str | None:
    if not speaker:
        return None
    return speaker.get("iso3") or (speaker.get("name") or "").strip().lower() or None


def compute_tally(statements: list[dict[str, Any]]) -> dict[str, Any]:
    """Totals per stance, the speakers with their stance, themes and evidence, and theme counts.

    Takes statement dicts shaped like `Statement.to_dict()`; statements without a speaker are
    counted under "unattributed" and not in the total.
    """
    speakers: dict[str, dict[str, Any]] = {}
    unattributed = 0
    for statement in statements:
        speaker = statement.get("speaker")
        key = _speaker_key(speaker)
        concerning = _speaker_key(statement.get("concerning"))
        if key is None:
            unattributed += 1
            continue
        if concerning is not None and key == concerning:
            continue
        entry = speakers.setdefault(
            key, {"speaker": speaker, "stances": [], "themes": [], "evidence": []}
        )
        if statement.get("stance"):
            entry["stances"].append(statement["stance"])
        for theme in statement.get("themes") or []:
            if theme not in entry["themes"]:
                entry["themes"].append(theme)
        if statement.get("evidence"):
            evidence = dict(statement["evidence"])
            if statement.get("document_id") is not None:
                evidence["document_id"] = statement["document_id"]
            entry["evidence"].append(evidence)
    rows, others = [], []
    by_stance: Counter[str] = Counter({s: 0 for s in (*STANCES, "unknown")})
    themes: Counter[str] = Counter()
    for entry in speakers.values():
        if (entry["speaker"] or {}).get("kind") in _NOT_DELEGATIONS:
            others.append({"speaker": entry["speaker"], "evidence": entry["evidence"]})
            continue
        distinct = set(entry["stances"])
        stance = entry["stances"][0] if len(distinct) == 1 else ("mixed" if distinct else None)
        by_stance[stance or "unknown"] += 1
        themes.update(entry["themes"])
        rows.append({"speaker": entry["speaker"], "stance": stance, "themes": entry["themes"],
                     "evidence": entry["evidence"]})  # fmt: skip
    return {
        "total": len(rows),
        "statements": len(statements),
        "unattributed": unattributed,
        "by_stance": dict(by_stance),
        "speakers": rows,
        "other_speakers": others,
        "themes": dict(themes.most_common()),
    }
