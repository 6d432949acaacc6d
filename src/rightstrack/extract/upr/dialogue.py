"""Statements of the interactive dialogue: one per numbered paragraph, with its speaker.

A paragraph opens with who spoke: a State ("Venezuela (Bolivarian Republic of) welcomed ..."),
a State for a group ("Pakistan, on behalf of the Organization of Islamic Cooperation, ..."), a group
("The European Union ..."), or the State under review ("The delegation stated ...", "Cambodia
responded ..."). Paragraphs that name nobody (counts of speakers) are not statements.
"""

from __future__ import annotations

import re

from rightstrack.extract.items import ActorRef

_SUR_LEAD = re.compile(
    r"^(?:In (?:response|reply|its response|answer)[^,]{0,80},\s*)?(?:the\s+)?"
    r"(?:delegation|head of (?:the )?delegation|representatives?|minister|state under review)\b",
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(
    r"^(?P<speaker>.{2,90}?),?\s+(?:speaking\s+|also\s+)?on\s+behalf\s+of\s+(?P<group>.{3,160}?)"
    r"(?:,|\s+(?:welcomed|noted|said|stated|commended|recognized|recommended|expressed|"
    r"acknowledged|congratulated|appreciated|thanked|praised|asked|highlighted|encouraged))"
)
_RECOMMENDED = re.compile(
    r"\brecommend(?:ed|s|ing)\b|made (?:the following |several |some |a |two |three )?"
    r"recommendations?|recommendations? (?:was|were) made|following recommendations?",
    re.IGNORECASE,
)
_NAME_LEAD = re.compile(
    r"^(?:The\s+)?[A-Z][\w'\u2019\-]*(?:\s+(?:of|and|the|da|de|del|[A-Z(][\w'\u2019\-()]*))*"
)


def _actor(name: str) -> ActorRef | None:
    from rightstrack.actors import resolve_actor

    name = name.strip(" ,.;:")
    return resolve_actor(name) if name else None


def _lead_state(text: str) -> ActorRef | None:
    from rightstrack.actors import find_states

    hits = find_states(text[:160])
    if hits and hits[0][0] <= 12:
        return hits[0][2].ref()
    return None


def speaker_of(text: str, sur: ActorRef | None) -> tuple[ActorRef | None, ActorRef | None]:
    """(speaker, on_behalf_of) of a dialogue paragraph; (None, None) when nobody is named."""
    if _SUR_LEAD.match(text):
        return sur, None
    behalf = _ON_BEHALF.match(text)
    if behalf:
        speaker = _actor(behalf.group("speaker")) or _lead_state(behalf.group("speaker"))
        group = _actor(re.sub(r"^the\s+", "", behalf.group("group"), flags=re.IGNORECASE))
        if speaker is not None:
            return speaker, group
    lead = _NAME_LEAD.match(text)
    if lead:
        phrase = lead.group(0)
        while phrase:
            ref = _actor(phrase)
            if ref is not None:
                return ref, None
            shorter = phrase.rsplit(" ", 1)
            phrase = shorter[0] if len(shorter) == 2 else ""
    state = _lead_state(text)
    return state, None


def made_recommendations(text: str) -> bool:
    """Whether the paragraph reports recommendations ("recommended", "made recommendations")."""
    return bool(_RECOMMENDED.search(text))
