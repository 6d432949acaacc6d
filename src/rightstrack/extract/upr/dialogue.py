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
_SPEECH_VERB = re.compile(
    r"\s*(?:,[^,]{0,100},\s*)?(?:also\s+|further\s+|then\s+)?(?:welcomed|noted|recommended|said|"
    r"stated|commended|recognized|recognised|expressed|acknowledged|congratulated|appreciated|"
    r"thanked|praised|asked|highlighted|encouraged|urged|called|requested|suggested|inquired|"
    r"enquired|made|sought|remained|was|observed|referred|raised)\b"
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
    if state is None:
        state = subject_state(text, sur)
    return state, None


def subject_state(text: str, sur: ActorRef | None, before: int | None = None) -> ActorRef | None:
    """The State that speaks in `text[:before]`: the last one followed by a speech verb.

    Used when a paragraph opens with a clause ("Noting that ..., Sweden recommended ...").
    """
    from rightstrack.actors import find_states

    window = text if before is None else text[:before]
    found: ActorRef | None = None
    for _start, end, state in find_states(window):
        ref = state.ref()
        if ref == sur:
            continue
        if _SPEECH_VERB.match(window, end):
            found = ref
            if before is None:
                return found
    return found


def made_recommendations(text: str) -> bool:
    """Whether the paragraph reports recommendations ("recommended", "made recommendations")."""
    return bool(_RECOMMENDED.search(text))
