"""The actor gazetteer: UN member and observer States and the groups that speak for them.

Every extractor resolves names through here, so a State is always the same ISO 3166-1 alpha-3 code
whatever spelling a document used:

- `get_state(iso3)`, `all_states()`, `regional_group(iso3)`: the 195 States and their facts.
- `resolve_state(name)` / `resolve_actor(name)`: one name -> State / ActorRef (or None).
- `find_states(text)`: every State mentioned in a passage, with offsets.
- `split_state_list(text)`: the recommending States of a UPR recommendation.
"""

from rightstrack.actors.groups import all_groups
from rightstrack.actors.lists import split_state_list
from rightstrack.actors.mentions import find_states
from rightstrack.actors.resolve import resolve_actor, resolve_group, resolve_state
from rightstrack.actors.states import (
    GROUPS,
    State,
    UnknownStateError,
    all_states,
    get_state,
    regional_group,
)

__all__ = [
    "GROUPS",
    "State",
    "UnknownStateError",
    "all_groups",
    "all_states",
    "find_states",
    "get_state",
    "regional_group",
    "resolve_actor",
    "resolve_group",
    "resolve_state",
    "split_state_list",
]
