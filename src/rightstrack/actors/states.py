"""The States: ISO 3166-1 data from pycountry with UN spellings, regional groups and aliases on top.

`data/states.csv` holds the facts pycountry lacks: the short name as UN documents spell it, the UN
regional group, observer status, older or informal names (UPR Info short forms, names used in
2008-2012 reports) and demonyms. It is loaded once; pycountry's names are added as aliases.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry

from rightstrack.actors.normalise import name_key
from rightstrack.errors import RightsTrackError
from rightstrack.extract.items import ActorRef

GROUPS = (
    "African",
    "Asia-Pacific",
    "Eastern European",
    "Latin American and Caribbean",
    "Western European and others",
)


class UnknownStateError(RightsTrackError, KeyError):
    """An ISO3 code that is not a UN member or observer State (also a KeyError for lookups)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "unknown State"


@dataclass(frozen=True)
class State:
    """A UN member or observer State as UN documents name it.

    `group` is its UN regional group ("" where it has none); `aliases` are other spellings that
    resolve to it (not including `name`).
    """

    iso3: str
    name: str
    group: str
    observer: bool
    aliases: tuple[str, ...]

    def ref(self) -> ActorRef:
        """The State as it appears in extract output."""
        return ActorRef(name=self.name, kind="state", iso3=self.iso3)


@dataclass(frozen=True)
class _Gazetteer:
    by_iso3: dict[str, State]
    by_key: dict[str, State]  # name_key of every unambiguous name/alias
    demonyms: dict[str, State]  # name_key of every unambiguous demonym


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _pycountry_names(iso3: str) -> list[str]:
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise UnknownStateError(f"states.csv: {iso3} is not an ISO 3166-1 alpha-3 code")
    names = [country.name]
    for attr in ("official_name", "common_name"):
        value = getattr(country, attr, None)
        if value:
            names.append(value)
    return names


def _unique_index(pairs: list[tuple[str, State]]) -> dict[str, State]:
    """key -> State, leaving out keys claimed by two States ("Congolese", "Dominican")."""
    index: dict[str, State] = {}
    clashes: set[str] = set()
    for key, state in pairs:
        if key in index and index[key].iso3 != state.iso3:
            clashes.add(key)
        index.setdefault(key, state)
    for key in clashes:
        del index[key]
    return index


@cache
def _gazetteer() -> _Gazetteer:
    text = resources.files("rightstrack.actors").joinpath("data/states.csv").read_text("utf-8")
    states: list[State] = []
    demonym_pairs: list[tuple[str, State]] = []
    for row in csv.DictReader(text.splitlines()):
        iso3 = row["iso3"]
        aliases: list[str] = []
        for alias in [*_split(row["aliases"]), *_pycountry_names(iso3)]:
            if alias != row["name"] and alias not in aliases:
                aliases.append(alias)
        state = State(
            iso3=iso3,
            name=row["name"],
            group=row["group"],
            observer=row["observer"] == "yes",
            aliases=tuple(aliases),
        )
        states.append(state)
        demonym_pairs.extend((name_key(d), state) for d in _split(row["demonyms"]))
    name_pairs = [(name_key(s.name), s) for s in states]
    name_pairs += [(name_key(a), s) for s in states for a in s.aliases]
    return _Gazetteer(
        by_iso3={s.iso3: s for s in states},
        by_key=_unique_index(name_pairs),
        demonyms=_unique_index(demonym_pairs),
    )


def get_state(iso3: str) -> State:
    """The State with ISO 3166-1 alpha-3 code `iso3` (any case); KeyError if it is not one."""
    state = _gazetteer().by_iso3.get(iso3.strip().upper()) if isinstance(iso3, str) else None
    if state is None:
        raise UnknownStateError(f"unknown ISO3 code: {iso3!r}")
    return state


def all_states() -> list[State]:
    """The 193 UN member States and the 2 observer States, sorted by UN name."""
    return sorted(_gazetteer().by_iso3.values(), key=lambda s: name_key(s.name))


def regional_group(iso3: str) -> str:
    """UN regional group of a State ("" for the Holy See); KeyError for an unknown code."""
    return get_state(iso3).group


def state_by_key(key: str) -> State | None:
    """The State whose name or alias has this `name_key`, if exactly one has it."""
    return _gazetteer().by_key.get(key)


def state_by_demonym_key(key: str) -> State | None:
    """The State whose demonym has this `name_key` ("cambodian" -> KHM), if unambiguous."""
    return _gazetteer().demonyms.get(key)


def name_keys() -> dict[str, State]:
    """Every unambiguous name key (for the mention regex and the fuzzy matcher)."""
    return dict(_gazetteer().by_key)


def demonym_keys() -> dict[str, State]:
    """Every unambiguous demonym key."""
    return dict(_gazetteer().demonyms)


def spellings() -> list[tuple[str, State]]:
    """Every written spelling (name and aliases) with its State, for building the mention regex."""
    index = _gazetteer().by_key
    out: list[tuple[str, State]] = []
    for state in all_states():
        for spelling in (state.name, *state.aliases):
            if index.get(name_key(spelling)) is state:
                out.append((spelling, state))
    return out


def demonym_spellings() -> list[tuple[str, State]]:
    """Every unambiguous demonym as written in states.csv, with its State."""
    text = resources.files("rightstrack.actors").joinpath("data/states.csv").read_text("utf-8")
    index = _gazetteer().demonyms
    out: list[tuple[str, State]] = []
    for row in csv.DictReader(text.splitlines()):
        for demonym in _split(row["demonyms"]):
            state = index.get(name_key(demonym))
            if state is not None:
                out.append((demonym, state))
    return out
