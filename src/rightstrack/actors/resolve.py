"""Resolve a name as written in a document to a State or a group of States.

Exact lookup of the spelling-insensitive key first; then a conservative fuzzy match for typos and
PDF damage ("Phillipines"), which answers only when one State is clearly closest. A wrong State
is worse than none: callers can report an unresolved name, but a wrong ISO3 corrupts tallies.
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz, process

from rightstrack.actors.groups import group_name
from rightstrack.actors.normalise import clean_fragment, name_key
from rightstrack.actors.states import State, get_state, name_keys, state_by_key
from rightstrack.extract.items import ActorRef

FUZZY_CUTOFF = 88.0  # fuzz.ratio of the name keys, 0-100
FUZZY_MARGIN = 6.0  # the best State must beat the best other State by this much
FUZZY_MIN_LENGTH = 6  # short names ("Iran"/"Iraq", "Mali"/"Malta") are never guessed

_ISO3_RE = re.compile(r"[A-Z]{3}")
# "the Government of Iceland", "the delegation of Chile": the State speaking.
_SPEAKS_FOR_STATE = re.compile(
    r"^(?:the\s+)?(?:Government|delegation|Permanent Mission|authorities)\s+of\s+", re.IGNORECASE
)


@cache
def _fuzzy_choices() -> tuple[list[str], list[State]]:
    index = name_keys()
    keys = [k for k in index if len(k) >= FUZZY_MIN_LENGTH]
    return keys, [index[k] for k in keys]


def _fuzzy_state(key: str) -> State | None:
    if len(key) < FUZZY_MIN_LENGTH:
        return None
    keys, states = _fuzzy_choices()
    best: dict[str, float] = {}
    for _, score, i in process.extract(key, keys, scorer=fuzz.ratio, limit=10):
        iso3 = states[i].iso3
        best[iso3] = max(best.get(iso3, 0.0), score)
    ranked = sorted(best.items(), key=lambda pair: -pair[1])
    if not ranked or ranked[0][1] < FUZZY_CUTOFF:
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < FUZZY_MARGIN:
        return None
    return get_state(ranked[0][0])


def resolve_state(name: str) -> State | None:
    """The State `name` refers to (UN, UPR Info, ISO or old spelling), or None if unsure.

    Accepts PDF-damaged text: line breaks and runs of spaces inside the name, curly apostrophes,
    "&" for "and", "St" for "Saint", a leading "the", trailing punctuation. An upper-case ISO3
    code ("KHM") also resolves.
    """
    if not isinstance(name, str):
        return None
    text = clean_fragment(name)
    if _ISO3_RE.fullmatch(text):
        try:
            return get_state(text)
        except KeyError:
            pass
    key = name_key(text)
    if not key:
        return None
    return state_by_key(key) or _fuzzy_state(key)


def resolve_group(name: str) -> ActorRef | None:
    """A group of States ("OIC", "the European Union") as ActorRef(kind="group"), or None."""
    if not isinstance(name, str):
        return None
    key = name_key(clean_fragment(name))
    for prefix in ("group of ", ""):
        canonical = group_name(key.removeprefix(prefix))
        if canonical:
            return ActorRef(name=canonical, kind="group")
    return None


def resolve_actor(name: str) -> ActorRef | None:
    """A State (kind "state", with iso3) or a group of States (kind "group"), or None.

    Groups are tried first on the exact key so "Arab Group" never fuzzes into a State; States
    then get the fuzzy fallback of `resolve_state`.
    """
    group = resolve_group(name)
    if group is not None:
        return group
    state = resolve_state(name)
    if state is None and isinstance(name, str):
        bare = _SPEAKS_FOR_STATE.sub("", clean_fragment(name))
        state = resolve_state(bare) if bare != clean_fragment(name) else None
    return state.ref() if state is not None else None
