"""Forums: the one meeting that statements and claims from different documents are about.

A press tally names "an Interactive Dialogue with Vitit Muntarbhorn, Special Rapporteur (SR) on the
Situation of Human Rights in Cambodia, on October 5"; a UN summary says "interactive dialogue with
the Special Rapporteur on the situation of human rights in Cambodia". `forum_key` reduces both to
"interactive_dialogue|sr_cambodia|2022-10-05" so the store can put them side by side.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_MANDATE_PREFIX = [
    (r"special\s+rapporteur", "sr"),
    (r"independent\s+expert", "ie"),
    (r"working\s+group", "wg"),
    (r"commission\s+of\s+inquiry", "coi"),
    (r"fact[- ]finding\s+mission", "ffm"),
    (r"high\s+commissioner", "hc"),
    (r"special\s+representative", "srsg"),
]
_STOP = {"the", "of", "on", "and", "to", "in", "for", "a", "un", "situation", "human", "rights"}
_COUNTRY_MANDATE = re.compile(r"(?i)human\s+rights\s+in\s+(?:the\s+)?(?P<country>[\w’' -]+)")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _state(forum: dict[str, Any]) -> dict[str, Any]:
    state = forum.get("state_concerned") or forum.get("state_under_review") or {}
    return state if isinstance(state, dict) else {"name": str(state), "iso3": None}


def mandate_slug(mandate: str | None, state: dict[str, Any] | None = None) -> str:
    """ "sr_cambodia" for the country mandate, "sr_<topic words>" for a thematic one."""
    if not mandate:
        return _slug((state or {}).get("iso3") or (state or {}).get("name") or "council")
    prefix = next((p for pattern, p in _MANDATE_PREFIX if re.search(pattern, mandate, re.I)), "m")
    country = _COUNTRY_MANDATE.search(mandate)
    if country:
        name = (state or {}).get("name") if state and state.get("iso3") else None
        if name is None:
            from rightstrack.extract.press_states import resolve_state_name

            ref = resolve_state_name(country.group("country").strip())
            name = ref.name if ref else country.group("country")
        return f"{prefix}_{_slug(name)}"
    topic = re.split(r"(?i)\b(?:on|for)\b", mandate, maxsplit=1)[-1]
    words = [w for w in re.findall(r"[a-z0-9]+", topic.lower()) if w not in _STOP]
    return f"{prefix}_{'_'.join(words)[:40].strip('_')}"


def _when(forum: dict[str, Any]) -> str:
    when = forum.get("date")
    if isinstance(when, date):
        return when.isoformat()
    if when:
        return str(when)[:10]
    if forum.get("session") is not None:
        return f"s{forum['session']}"
    return "undated"


# UPR cycles by Working Group session: the first ran sessions 1-12 (2008-2011), the second 13-26,
# the third 27-40, the fourth from 41. The press names a review by its cycle ("its third UPR").
UPR_CYCLE_SESSIONS = {1: range(1, 13), 2: range(13, 27), 3: range(27, 41), 4: range(41, 55)}


def _upr_when(forum: dict[str, Any]) -> str:
    """The session of a review ("18"); else its cycle ("c3"); else "undated"."""
    if forum.get("session") is not None:  # the Council's adoption of the outcome: its own session, apart
        return f"hrc{forum['session']}" if forum.get("stage") == "adoption" else str(forum["session"])
    return f"c{forum['cycle']}" if forum.get("cycle") else "undated"


def forum_key(forum: dict[str, Any]) -> str:
    """Canonical key of a forum dict: "interactive_dialogue|sr_cambodia|2022-10-05", "upr_review|KHM|18"."""
    kind = _slug(str(forum.get("type") or "forum"))
    if kind in ("upr", "upr_review", "upr_working_group"):
        state = _state(forum)
        return (
            f"upr_review|{state.get('iso3') or _slug(state.get('name') or '')}|{_upr_when(forum)}"
        )
    if kind == "enhanced_interactive_dialogue":
        kind = "interactive_dialogue"
    return f"{kind}|{mandate_slug(forum.get('mandate'), _state(forum))}|{_when(forum)}"


def forum_title(forum: dict[str, Any]) -> str:
    """A readable title: "HRC interactive dialogue with the Special Rapporteur on ..., 5 October 2022"."""
    kind = str(forum.get("type") or "forum")
    state = _state(forum)
    when = _when(forum)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        day = date.fromisoformat(when)
        when = f"{day.day} {day.strftime('%B %Y')}"
    if kind in ("upr", "upr_review", "upr_working_group"):
        which = _upr_when(forum)
        if which.startswith("hrc"):
            return f"Adoption of the UPR outcome of {state.get('name') or state.get('iso3')} (HRC session {which[3:]})"
        which = (
            f"session {which}"
            if which.isdigit()
            else (f"cycle {which[1:]}" if which.startswith("c") else "session not named")
        )
        return f"UPR review of {state.get('name') or state.get('iso3')} ({which})"
    label = kind.replace("_", " ")
    mandate = forum.get("mandate")
    head = f"HRC {label} with the {mandate}" if mandate else f"HRC {label}"
    if not mandate and state.get("name"):
        head += f" on {state['name']}"
    return head if when == "undated" else f"{head}, {when}"
