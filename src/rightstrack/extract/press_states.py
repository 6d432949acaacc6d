"""States named in press text, by name or demonym ("the Thai government" -> THA).

Uses `rightstrack.actors.resolve_state` for the canonical name when that gazetteer is installed and
falls back to pycountry, so press extraction works on its own. Demonyms cover the States that
speak most at the Council; an unknown demonym is simply not a State mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from rightstrack.extract.items import ActorRef

_ALIASES = {
    "United States": "USA", "United States of America": "USA", "US": "USA", "USA": "USA",
    "United Kingdom": "GBR", "UK": "GBR", "Britain": "GBR", "Great Britain": "GBR",
    "Russia": "RUS", "Russian Federation": "RUS", "Iran": "IRN", "Syria": "SYR",
    "Venezuela": "VEN", "Bolivia": "BOL", "Viet Nam": "VNM", "Vietnam": "VNM", "Laos": "LAO",
    "Lao People's Democratic Republic": "LAO", "South Korea": "KOR", "Republic of Korea": "KOR",
    "North Korea": "PRK", "Democratic People's Republic of Korea": "PRK", "Tanzania": "TZA",
    "Moldova": "MDA", "Czech Republic": "CZE", "Czechia": "CZE", "Turkey": "TUR",
    "Türkiye": "TUR", "the Netherlands": "NLD", "Netherlands": "NLD", "China": "CHN",
    "Cambodia": "KHM", "Myanmar": "MMR", "Burma": "MMR", "Ivory Coast": "CIV",
    "Côte d'Ivoire": "CIV", "Holy See": "VAT", "State of Palestine": "PSE", "Palestine": "PSE",
}  # fmt: skip
_DEMONYMS = {
    "Cambodian": "KHM", "Chinese": "CHN", "American": "USA", "British": "GBR", "French": "FRA",
    "German": "DEU", "Japanese": "JPN", "Thai": "THA", "Vietnamese": "VNM", "Lao": "LAO",
    "Laotian": "LAO", "Indian": "IND", "Australian": "AUS", "Canadian": "CAN",
    "Russian": "RUS", "Swiss": "CHE", "Swedish": "SWE", "Norwegian": "NOR", "Danish": "DNK",
    "Dutch": "NLD", "Belgian": "BEL", "Italian": "ITA", "Spanish": "ESP", "Irish": "IRL",
    "Filipino": "PHL", "Philippine": "PHL", "Indonesian": "IDN", "Malaysian": "MYS",
    "Singaporean": "SGP", "Burmese": "MMR", "Korean": "KOR", "Pakistani": "PAK",
    "Cuban": "CUB", "Venezuelan": "VEN", "Iranian": "IRN", "Syrian": "SYR", "Egyptian": "EGY",
    "Brazilian": "BRA", "Mexican": "MEX", "New Zealand": "NZL", "Finnish": "FIN",
}  # fmt: skip


def _display_name(iso3: str) -> str:
    try:
        from rightstrack.actors import resolve_state  # type: ignore[attr-defined]

        ref = resolve_state(iso3)
        if ref is not None and getattr(ref, "name", None):
            return str(ref.name)
    except Exception:  # the gazetteer is optional here; pycountry below always answers
        pass
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return iso3
    return getattr(country, "common_name", None) or country.name


@lru_cache(maxsize=1)
def _name_table() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names[value] = country.alpha_3
    names.update(_ALIASES)
    names.update(_DEMONYMS)
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), names


def find_states(text: str) -> list[tuple[int, int, ActorRef]]:
    """Every State named in `text` (names, aliases, demonyms) as (start, end, ActorRef)."""
    pattern, names = _name_table()
    found = []
    for match in pattern.finditer(text):
        iso3 = names[match.group(0)]
        if match.group(0) in ("US", "UK") and text[match.start() - 1 : match.start()] == "-":
            continue
        found.append((match.start(), match.end(), state_ref(iso3)))
    return found


def state_ref(iso3: str) -> ActorRef:
    """The ActorRef of the State with ISO 3166 alpha-3 code `iso3`."""
    return ActorRef(name=_display_name(iso3), kind="state", iso3=iso3)


def resolve_state_name(name: str) -> ActorRef | None:
    """A State from its name, alias or demonym; None when `name` is not one."""
    _, names = _name_table()
    iso3 = names.get(name.strip()) or names.get(name.strip().removeprefix("the ").strip())
    return state_ref(iso3) if iso3 else None
