"""States in press text come from the gazetteer: ambiguous demonyms name no State."""

from __future__ import annotations

from rightstrack.extract.press_states import find_states, resolve_state_name


def _codes(text: str) -> list[str | None]:
    return [ref.iso3 for _, _, ref in find_states(text)]


def test_ambiguous_demonyms_are_not_states() -> None:
    assert _codes("Several Latin American States and two Korean NGOs spoke.") == []


def test_demonym_before_institution_or_title() -> None:
    assert _codes("the Venezuelan mission") == ["VEN"]
    assert _codes("the Cuban Foreign Minister met her") == ["CUB"]
    assert _codes("a Cambodian ambassador") == ["KHM"]


def test_names_and_possessives() -> None:
    assert _codes("Myanmar's Permanent Mission and the Syrian Arab Republic") == ["MMR", "SYR"]


def test_resolve_state_name() -> None:
    ref = resolve_state_name("the Netherlands")
    assert ref is not None and ref.iso3 == "NLD"
    assert resolve_state_name("Cambodian") is not None
    assert resolve_state_name("American") is None
    assert resolve_state_name("ministry") is None
