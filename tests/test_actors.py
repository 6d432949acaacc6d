"""The actor gazetteer: UN spellings, old names, mentions in text, recommending-State lists."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from rightstrack.actors import (
    GROUPS,
    State,
    UnknownStateError,
    all_states,
    find_states,
    get_state,
    regional_group,
    resolve_actor,
    resolve_state,
    split_state_list,
)
from rightstrack.actors.build_data import UPR_INFO_GROUPS
from rightstrack.errors import RightsTrackError
from rightstrack.extract.items import ActorRef


def test_every_member_and_observer_state_is_there() -> None:
    states = all_states()
    assert len(states) == 195
    assert len({s.iso3 for s in states}) == 195
    observers = {s.iso3 for s in states if s.observer}
    assert observers == {"VAT", "PSE"}
    members = [s for s in states if not s.observer]
    assert Counter(s.group for s in members) == {
        "African": 54,
        "Asia-Pacific": 54,
        "Eastern European": 23,
        "Latin American and Caribbean": 33,
        "Western European and others": 29,
    }
    assert all(s.group in GROUPS for s in members)


@pytest.mark.parametrize(
    ("iso3", "un_name"),
    [
        ("VEN", "Venezuela (Bolivarian Republic of)"),
        ("GBR", "United Kingdom of Great Britain and Northern Ireland"),
        ("VNM", "Viet Nam"),
        ("TUR", "Türkiye"),
        ("CIV", "Côte d'Ivoire"),
        ("PSE", "State of Palestine"),
        ("VAT", "Holy See"),
        ("PRK", "Democratic People's Republic of Korea"),
        ("KOR", "Republic of Korea"),
        ("BOL", "Bolivia (Plurinational State of)"),
        ("COD", "Democratic Republic of the Congo"),
        ("COG", "Congo"),
    ],
)
def test_un_spelling_and_back(iso3: str, un_name: str) -> None:
    state = get_state(iso3)
    assert state.name == un_name
    assert resolve_state(un_name) is state
    assert state.ref() == ActorRef(name=un_name, kind="state", iso3=iso3)


def test_get_state_accepts_any_case_and_rejects_unknown_codes() -> None:
    assert get_state("khm").iso3 == "KHM"
    with pytest.raises(KeyError):
        get_state("XYZ")
    with pytest.raises(RightsTrackError, match="unknown ISO3 code"):
        get_state("TWN")  # in ISO 3166 but not a UN member or observer State
    assert issubclass(UnknownStateError, KeyError)


def test_regional_groups() -> None:
    assert regional_group("KHM") == "Asia-Pacific"
    assert regional_group("FRA") == "Western European and others"
    assert regional_group("BRA") == "Latin American and Caribbean"
    assert regional_group("POL") == "Eastern European"
    assert regional_group("KEN") == "African"
    assert regional_group("VAT") == ""
    with pytest.raises(KeyError):
        regional_group("ZZZ")


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        # UPR Info short forms
        ("DPR Korea", "PRK"),
        ("Macedonia FYR", "MKD"),
        ("St Lucia", "LCA"),
        ("Antigua & Barbuda", "ATG"),
        ("St Vincent & the Grenadines", "VCT"),
        ("Sao Tome & Principe", "STP"),
        ("Guinea Bissau", "GNB"),
        ("Democratic Republic of Congo", "COD"),
        ("Republic of Congo", "COG"),
        ("Cote d'Ivoire", "CIV"),
        ("Laos", "LAO"),
        ("Syria", "SYR"),
        ("Tanzania", "TZA"),
        ("United States", "USA"),
        # official forms, including those of 2008-2012 reports
        ("the former Yugoslav Republic of Macedonia", "MKD"),
        ("Libyan Arab Jamahiriya", "LBY"),
        ("Turkey", "TUR"),
        ("Swaziland", "SWZ"),
        ("Republic of Moldova", "MDA"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Micronesia (Federated States of)", "FSM"),
        ("United Republic of Tanzania", "TZA"),
        ("Lao People's Democratic Republic", "LAO"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Cape Verde", "CPV"),
        ("Cabo Verde", "CPV"),
        ("Palestine", "PSE"),
        ("Netherlands", "NLD"),
        # PDF and typing damage
        ("Lao People’s Democratic\nRepublic", "LAO"),
        ("  the  Gambia ", "GMB"),
        ("Saint Kitts and Nevis.", "KNA"),
        ("St. Kitts and Nevis", "KNA"),
        ("CÔTE D’IVOIRE", "CIV"),
        ("Bosnia and\n Herzegovina;", "BIH"),
        ("Guinea-\nBissau", "GNB"),
        ("Cambodia's", "KHM"),
        ("Phillipines", "PHL"),
        ("KHM", "KHM"),
    ],
)
def test_resolve_state(name: str, iso3: str) -> None:
    state = resolve_state(name)
    assert state is not None, name
    assert state.iso3 == iso3


@pytest.mark.parametrize(
    "name",
    [
        "Korea",
        "Iraqq",
        "Mali Malta",
        "Atlantis",
        "",
        "European Union",
        "Norway and Denmark",
        "Irak",
    ],
)
def test_resolve_state_prefers_none_to_a_guess(name: str) -> None:
    assert resolve_state(name) is None


def test_fuzzy_never_maps_a_damaged_name_to_another_state() -> None:
    """Every spelling with one letter dropped resolves to its own State or to nothing."""
    own = wrong = 0
    for state in all_states():
        for spelling in (state.name, *state.aliases):
            for cut in range(1, len(spelling) - 1, 3):
                damaged = spelling[:cut] + spelling[cut + 1 :]
                found = resolve_state(damaged)
                if found is state:
                    own += 1
                elif found is not None and found.iso3 not in _exact_owner(damaged):
                    wrong += 1
                    print(spelling, "->", damaged, "->", found.iso3)
    assert wrong == 0
    assert own > 1000  # the fuzzy fallback does rescue damaged names


def _exact_owner(text: str) -> set[str]:
    """ISO3 of the States that genuinely have `text` as a spelling."""
    key = text.casefold()
    return {s.iso3 for s in all_states() for n in (s.name, *s.aliases) if n.casefold() == key}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("European Union", ActorRef(name="European Union", kind="group")),
        ("the EU", ActorRef(name="European Union", kind="group")),
        ("ASEAN", ActorRef(name="Association of Southeast Asian Nations", kind="group")),
        ("African Group", ActorRef(name="African Group", kind="group")),
        ("Organization of the Islamic Conference",
         ActorRef(name="Organisation of Islamic Cooperation", kind="group")),
        ("Organisation of Islamic Cooperation",
         ActorRef(name="Organisation of Islamic Cooperation", kind="group")),
        ("Like-Minded Group", ActorRef(name="Like-Minded Group", kind="group")),
        ("Non-Aligned Movement", ActorRef(name="Non-Aligned Movement", kind="group")),
        ("Arab Group", ActorRef(name="Arab Group", kind="group")),
        ("Gulf Cooperation Council", ActorRef(name="Gulf Cooperation Council", kind="group")),
        ("Nordic-Baltic countries", ActorRef(name="Nordic-Baltic countries", kind="group")),
        ("Nordic countries", ActorRef(name="Nordic countries", kind="group")),
        ("CELAC", ActorRef(name="Community of Latin American and Caribbean States", kind="group")),
        ("GRULAC", ActorRef(name="Group of Latin American and Caribbean States", kind="group")),
        ("Group of Latin American and Caribbean States",
         ActorRef(name="Group of Latin American and Caribbean States", kind="group")),
        ("Commonwealth", ActorRef(name="Commonwealth", kind="group")),
        ("Viet Nam", ActorRef(name="Viet Nam", kind="state", iso3="VNM")),
        ("Turkey", ActorRef(name="Türkiye", kind="state", iso3="TUR")),
        ("the Government of Iceland", ActorRef(name="Iceland", kind="state", iso3="ISL")),
        ("delegation of the Republic of Korea",
         ActorRef(name="Republic of Korea", kind="state", iso3="KOR")),
        ("Member States of the European Union", ActorRef(name="European Union", kind="group")),
    ],
)  # fmt: skip
def test_resolve_actor(name: str, expected: ActorRef) -> None:
    assert resolve_actor(name) == expected


def test_resolve_actor_unknown_is_none() -> None:
    assert resolve_actor("Amnesty International") is None
    assert resolve_actor("Government of Atlantis") is None
    assert resolve_actor("Government") is None


def _mentions(text: str, **kwargs: bool) -> list[tuple[str, str]]:
    return [(text[a:b], s.iso3) for a, b, s in find_states(text, **kwargs)]


def test_find_states_longest_name_wins() -> None:
    text = "Guinea-Bissau, Guinea, Nigeria and Niger; the Dominican Republic and Dominica."
    assert _mentions(text) == [
        ("Guinea-Bissau", "GNB"),
        ("Guinea", "GIN"),
        ("Nigeria", "NGA"),
        ("Niger", "NER"),
        ("Dominican Republic", "DOM"),
        ("Dominica", "DMA"),
    ]


def test_find_states_korea_and_congo_pairs() -> None:
    text = (
        "The Democratic People's Republic of Korea replied to the Republic of Korea; the "
        "Democratic Republic of the Congo thanked the Congo."
    )
    assert _mentions(text) == [
        ("Democratic People's Republic of Korea", "PRK"),
        ("Republic of Korea", "KOR"),
        ("Democratic Republic of the Congo", "COD"),
        ("Congo", "COG"),
    ]


def test_find_states_survives_pdf_line_breaks_and_spacing() -> None:
    text = (
        "recommended by the United Kingdom of Great\nBritain and  Northern Ireland, Venezuela\n"
        "(Bolivarian Republic of), the Democratic People’s\nRepublic of Korea and Papua New\nGuinea"
    )
    assert [iso for _, iso in _mentions(text)] == ["GBR", "VEN", "PRK", "PNG"]
    start, end, _ = find_states(text)[0]
    assert text[start:end].startswith("United Kingdom") and text[start:end].endswith("Ireland")


def test_find_states_offsets_point_at_the_name() -> None:
    text = "In 2011, Côte d’Ivoire and St. Lucia spoke; Cambodia's delegation too."
    found = find_states(text)
    assert [text[a:b] for a, b, _ in found] == ["Côte d’Ivoire", "St. Lucia", "Cambodia"]


def test_find_states_skips_non_states_and_lower_case_words() -> None:
    text = "Northern Ireland, New Mexico, a turkey, chad, the Gulf of Guinea; us and the US."
    assert _mentions(text) == [("US", "USA")]


def test_find_states_skips_money_and_surnames() -> None:
    text = (
        "A budget of US$ 5 million and $US 3 million was agreed with the US delegation.\n"
        "Mr. Pedro CHILE, adviser\nMs. A. PERU, counsellor\nSITUATION IN CAMBODIA"
    )
    assert _mentions(text) == [("US", "USA"), ("CAMBODIA", "KHM")]


def test_find_states_demonyms_only_when_asked() -> None:
    text = "The Cambodian Government and Cambodian authorities met the South Sudanese delegation."
    assert _mentions(text) == []
    assert _mentions(text, demonyms=True) == [
        ("Cambodian", "KHM"),
        ("Cambodian", "KHM"),
        ("South Sudanese", "SSD"),
    ]


def test_demonyms_are_conservative() -> None:
    text = (
        "Congolese authorities (two Congos), Latin American States, Indian Ocean, Cambodian "
        "rice, Nigerien authorities and Nigerian police."
    )
    assert _mentions(text, demonyms=True) == [("Nigerien", "NER"), ("Nigerian", "NGA")]


def test_every_spelling_is_found_as_its_own_state() -> None:
    for state in all_states():
        for spelling in (state.name, *state.aliases):
            if resolve_state(spelling) is not state:
                continue  # an ambiguous alias left out on purpose
            found = find_states(f"Yesterday {spelling} spoke.")
            assert [s.iso3 for _, _, s in found] == [state.iso3], spelling


@pytest.mark.parametrize(
    ("text", "iso3s"),
    [
        ("Algeria, Philippines, Egypt", ["DZA", "PHL", "EGY"]),
        ("Venezuela (Bolivarian Republic of)", ["VEN"]),
        ("United Kingdom of Great Britain and Northern Ireland", ["GBR"]),
        ("Bosnia and Herzegovina, Trinidad and Tobago", ["BIH", "TTO"]),
        ("Mexico; Brazil", ["MEX", "BRA"]),
        ("Norway and Denmark", ["NOR", "DNK"]),
        ("Bolivia (Plurinational State of), Iran (Islamic Republic of)", ["BOL", "IRN"]),
        ("Côte d'Ivoire", ["CIV"]),
        ("Saint Vincent and the\nGrenadines, Lao People's Democratic\nRepublic", ["VCT", "LAO"]),
        ("Antigua and Barbuda, Sao Tome and Principe and Saint Kitts and Nevis",
         ["ATG", "STP", "KNA"]),
        ("Democratic Republic of the Congo, Congo, Republic of Korea", ["COD", "COG", "KOR"]),
        ("Guinea-\nBissau, Guinea", ["GNB", "GIN"]),
        ("Phillipines, Chile", ["PHL", "CHL"]),
    ],
)  # fmt: skip
def test_split_state_list(text: str, iso3s: list[str]) -> None:
    states, unresolved = split_state_list(text)
    assert [s.iso3 for s in states] == iso3s
    assert unresolved == []


@pytest.mark.parametrize(
    ("text", "iso3s"),
    [
        ("Russia Federation", ["RUS"]),
        ("Islamic Republic Iran", ["IRN"]),
        ("United Kingdom of the Great Britain and Northern Ireland", ["GBR"]),
        ("Bolivia (Purinational State of)", ["BOL"]),
        ("Venezuela(Bolivarian Republic of)", ["VEN"]),
        ("Venezuela, Bolivarian Republic of, Chile", ["VEN", "CHL"]),
        ("Korea, Republic of", ["KOR"]),
        ("The Netherlands", ["NLD"]),
        ("Romania 1", ["ROU"]),
        ("Phillipines and Chile", ["PHL", "CHL"]),
        ("Democratic Peoples’ Republic of Korea", ["PRK"]),
    ],
)
def test_split_state_list_repairs_damaged_names(text: str, iso3s: list[str]) -> None:
    """Misspellings and PDF damage seen in recommending parentheses; one State, no leftovers."""
    states, unresolved = split_state_list(text)
    assert [s.iso3 for s in states] == iso3s
    assert unresolved == []


def test_split_state_list_reports_what_it_cannot_resolve() -> None:
    states, unresolved = split_state_list("Chile, Atlantis and Freedonia; Peru")
    assert [s.iso3 for s in states] == ["CHL", "PER"]
    assert unresolved == ["Atlantis", "Freedonia"]


def test_state_is_frozen() -> None:
    state = get_state("KHM")
    assert isinstance(state, State)
    with pytest.raises(AttributeError):
        state.name = "x"  # type: ignore[misc]


def _upr_info_rows(upr_dir):  # noqa: ANN001, ANN202 - fixture path
    path = upr_dir / "upr-info-sessions-01-13.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.shared
def test_every_upr_info_state_name_resolves(upr_dir) -> None:  # noqa: ANN001
    rows = _upr_info_rows(upr_dir)
    names = {r["To"] for r in rows} | {r["From"] for r in rows}
    names.discard("&#40;Unknown&#41;")  # UPR Info's "(Unknown)" recommending State
    unresolved = sorted(n for n in names if resolve_state(n) is None)
    assert unresolved == []
    assert len({resolve_state(n).iso3 for n in names}) == len(names)  # no two names collapse


@pytest.mark.shared
def test_regional_group_matches_upr_info(upr_dir) -> None:  # noqa: ANN001
    rows = _upr_info_rows(upr_dir)
    mismatches = set()
    for row in rows:
        expected = UPR_INFO_GROUPS.get(row["To-Rgrp"])
        state = resolve_state(row["To"])
        if expected and state is not None and state.group != expected:
            mismatches.add((row["To"], state.group, expected))
    assert mismatches == set()
    assert len({r["To"] for r in rows}) == 193


def test_no_spelling_of_one_state_resolves_to_another() -> None:
    for state in all_states():
        for spelling in (state.name, *state.aliases):
            found = resolve_state(spelling)
            assert found is None or found is state, (spelling, found)


def test_every_demonym_finds_its_state_before_a_state_noun() -> None:
    from rightstrack.actors.states import demonym_spellings

    pairs = demonym_spellings()
    assert len(pairs) > 150
    for demonym, state in pairs:
        text = f"Talks with the {demonym} authorities and the {demonym} Government went on."
        assert [s.iso3 for _, _, s in find_states(text, demonyms=True)] == [state.iso3] * 2, demonym


@pytest.mark.shared
def test_shipped_groups_are_in_step_with_upr_info(upr_dir) -> None:  # noqa: ANN001
    from rightstrack.actors.build_data import main

    path = upr_dir / "upr-info-sessions-01-13.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    assert main([str(path), "--check"]) == 0
