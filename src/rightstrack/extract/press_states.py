"""States named in press text, by name or demonym ("the Thai government" -> THA).

The gazetteer (`rightstrack.actors`) decides what names a State: `find_states(text,
demonyms=True)` takes a demonym only before a word for the State's institutions, and its demonym
table leaves out the ambiguous ones ("American", "Korean"), so "Latin American States" is no
State. Press also writes a demonym before an official's title ("the Cuban Foreign Minister",
"the Cambodian ambassador"); those titles are added here, with the gazetteer's demonyms.
"""

from __future__ import annotations

import re

from rightstrack.actors import find_states as _gazetteer_states
from rightstrack.actors import get_state, resolve_state
from rightstrack.actors.normalise import name_key
from rightstrack.actors.states import state_by_demonym_key
from rightstrack.extract.items import ActorRef

# Titles that make a demonym before them name the State ("Cuban Foreign Minister").
_TITLE_AFTER_DEMONYM = re.compile(
    r"([A-Z][a-zà-ÿ’'-]{2,30})[^\S\n]+(?=(?:(?:deputy|vice|acting|former)[^\S\n]+)?(?:foreign|"
    r"justice|interior|ambassador|envoy|diplomats?|spokes(?:person|man|woman)|"
    r"prime|deputy|head\s+of\s+state|mission|presidency|ministry)\b)",
    re.IGNORECASE,
)


def find_states(text: str) -> list[tuple[int, int, ActorRef]]:
    """Every State named in `text` (names, aliases, demonyms) as (start, end, ActorRef)."""
    found = [(s, e, state.ref()) for s, e, state in _gazetteer_states(text, demonyms=True)]
    for match in _TITLE_AFTER_DEMONYM.finditer(text):
        if not match.group(1)[0].isupper() or any(s <= match.start() < e for s, e, _ in found):
            continue
        state = state_by_demonym_key(name_key(match.group(1)))
        if state is not None:
            found.append((match.start(1), match.end(1), state.ref()))
    return sorted(_congo_as_named(text, found), key=lambda item: item[0])


def _congo_as_named(text: str, found: list[tuple[int, int, ActorRef]]) -> list[tuple[int, int, ActorRef]]:
    """A bare "Congo" is the Democratic Republic of the Congo when the text names that State in
    full and never the Republic of the Congo: the gazetteer's "Congo" (the UN short name of the
    Republic) is right on its own, but a story about Kinshasa shortens the full name the same way."""
    bare = [item for item in found if text[item[0] : item[1]] == "Congo"]
    named = {ref.iso3 for s, e, ref in found if text[s:e] != "Congo"}
    if not bare or "COD" not in named or "COG" in named:
        return found
    drc = state_ref("COD")
    return [(s, e, drc) if text[s:e] == "Congo" else (s, e, ref) for s, e, ref in found]


def state_ref(iso3: str) -> ActorRef:
    """The ActorRef of the State with ISO 3166 alpha-3 code `iso3`."""
    return get_state(iso3).ref()


def resolve_state_name(name: str) -> ActorRef | None:
    """A State from its name, alias or demonym ("Cambodian"); None when `name` is not one."""
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    if re.fullmatch(r"(?:[A-Z]\.){2,3}", name):  # "U.S. Statement", "the U.K. delegation": the acronym with its dots
        name = name.replace(".", "")
    if not name or not name[0].isupper():
        return None
    state = resolve_state(name) or state_by_demonym_key(name_key(name))
    return state.ref() if state is not None else None

