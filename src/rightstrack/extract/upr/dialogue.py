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
    r"\brecommend(?:ed|s|ing)\b|made (?:the following |several |some |a number of |a |two |three |four )?"
    r"recommendations?|recommendations? (?:was|were) made|following recommendations?",
    re.IGNORECASE,
)
_VERBS = (
    r"welcomed|noted|recommended|said|stated|commended|recogni[sz]ed|expressed|acknowledged|"
    r"congratulated|appreciated|thanked|praised|asked|highlighted|encouraged|urged|called|"
    r"requested|suggested|inquired|enquired|made|sought|remained\s+concerned|"
    r"was\s+(?:concerned|pleased|encouraged|interested)|observed|referred|raised|"
    r"explained|indicated|informed|emphasi[sz]ed|replied|responded|added|pointed|underlined|"
    r"stressed|reiterated|recalled|mentioned|clarified|affirmed|confirmed|assured|reported|"
    r"described|declared|concluded|reaffirmed|underscored|a\s+pr\u00e9cis\u00e9|a\s+signal\u00e9|"
    r"a\s+indiqu\u00e9|a\s+soulign\u00e9|a\s+expliqu\u00e9|a\s+rappel\u00e9"
)
_SPEECH_VERB = re.compile(
    rf"\s*(?:,[^,]{{0,100}},\s*)?(?:also\s+|further\s+|then\s+)?(?:{_VERBS})\b"
)
_SUR_SUBJECT = re.compile(
    r"\b(?:the\s+)?(?:delegation|head\s+of\s+(?:the\s+)?delegation|minister|representative|"
    r"secretary\s+of\s+state|government|gouvernement|d\u00e9l\u00e9gation|ministre)\b"
    rf"[^.]{{0,60}}?\b(?:{_VERBS})\b",
    re.IGNORECASE,
)
_BEHALF_FIRST = re.compile(
    r"^(?:Speaking\s+)?on\s+behalf\s+of\s+(?:the\s+)?(?P<group>[^,]{3,120}),\s*(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
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
    leading = _BEHALF_FIRST.match(text)
    if leading:
        group = _actor(leading.group("group"))
        speaker = _lead_state(leading.group("rest")) or subject_state(leading.group("rest"), None)
        if speaker is not None:
            return speaker, group
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
        state = subject_state(text, None)
    if state is None and _SUR_SUBJECT.search(text[:400]):
        state = sur
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
