"""Find State mentions in running text with one compiled regex, built once from a trie of names.

Every spelling of every State goes into a character trie and the trie is written out as a single
regex, so the engine follows only the names that share a prefix with the text at hand and the
greedy optional tails make the longest name win ("Guinea-Bissau" over "Guinea"). A word boundary
after the match keeps "Niger" out of "Nigeria" and "Dominica" out of "Dominican Republic"; a
mention is scanned left to right, so "Republic of Korea" inside "Democratic People's Republic of
Korea" is consumed by the longer name. Phrases that contain a State's name but are not the State
("Northern Ireland", "New Mexico") are in the trie too and are skipped. Names must start with a
capital, which lets the engine skip lower-case text at C speed and keeps "turkey" and "chad" out.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rightstrack.actors.normalise import (
    AND,
    APOS,
    COMMA,
    LPAREN,
    RPAREN,
    SAINT,
    SPACE,
    name_key,
    pattern_units,
)
from rightstrack.actors.states import (
    State,
    demonym_spellings,
    spellings,
    state_by_demonym_key,
    state_by_key,
)

# Not States, though they contain a State's name.
NOT_STATES = (
    "Northern Ireland",
    "New Mexico",
    "American Samoa",
    "Gulf of Guinea",
    "New Guinea",
    "Guinea pig",
    "Jordan River",
    "Georgia State",
    "Indian Ocean",
    "Congo Basin",
    "Lake Chad",
    "Lake Malawi",
    "Lake Victoria",
    "South China Sea",
    "East China Sea",
    "Port of Spain",  # the capital of Trinidad and Tobago, not Spain
)

# Words after a demonym that make it name the State ("the Cambodian Government").
STATE_NOUNS = (
    "authorities", "authority", "government", "delegation", "state", "officials", "official",
    "parliament", "president", "prime minister", "minister", "ministers", "ministry", "courts",
    "court", "judiciary", "police", "military", "army", "armed forces", "security forces",
    "forces", "troops", "constitution", "law", "laws", "legislation", "national assembly",
    "people", "citizens", "nationals", "embassy", "permanent mission", "mission",
    "representative", "representatives", "side", "counterparts", "regime", "administration",
    "leaders", "leadership", "institutions", "society", "senate", "cabinet", "king",
    "prisons", "jails", "occupation",  # "held in Israeli prisons": the State's own
)  # fmt: skip

_UNIT_REGEX = {
    SPACE: r"(?:\s*[\-‐‑‒–—]\s*|\s+)",
    APOS: "['’‘`´ʼ]",
    LPAREN: r"\s*\(\s*",
    RPAREN: r"\s*\)",
    COMMA: r"\s*,",
    AND: "(?:[aA][nN][dD]|&)",
    SAINT: r"(?:[sS][aA][iI][nN][tT]|[sS][tT]\.?)",
}
_ACCENTED = {
    "a": "aàáâãäåā",
    "c": "cç",
    "e": "eèéêëē",
    "i": "iìíîïī",
    "n": "nñ",
    "o": "oòóôõöøō",
    "u": "uùúûüū",
    "y": "yýÿ",
}
_CAPITAL = "^"  # prefix of a first-letter unit that must be a capital
_END = ""  # trie key marking the end of a name


def _unit_regex(unit: str) -> str:
    """Regex of one unit. No IGNORECASE: letters carry their own case classes, so a name's
    first letter can demand a capital and the engine skips lower-case text without trying."""
    if unit in _UNIT_REGEX:
        return _UNIT_REGEX[unit]
    capital_only = unit.startswith(_CAPITAL) and len(unit) > 1
    letter = unit[1:] if capital_only else unit
    if not letter.isalpha():
        return re.escape(letter)
    forms = _ACCENTED.get(letter, letter)
    chars = forms.upper() if capital_only else forms + forms.upper()
    return f"[{chars}]"


def _units(spelling: str) -> tuple[str, ...]:
    """Trie units of a spelling: leading "the" dropped, first letter a capital when the spelling
    is written with one (so "former Yugoslav ..." still matches after a lower-case "the")."""
    units = pattern_units(spelling)
    written = spelling
    if units[:4] == ("t", "h", "e", SPACE):  # "the Gambia": the mention starts at "Gambia"
        units = units[4:]
        written = spelling[4:].lstrip()
    if units and len(units[0]) == 1 and units[0].isalpha() and written[:1].isupper():
        units = (_CAPITAL + units[0], *units[1:])
    return units


def _apostrophe_variants(spelling: str) -> list[str]:
    """ "People's" as PDFs also print it: "Peoples'" and "Peoples" (one key for all three)."""
    variants = [spelling]
    for apostrophe in "'’":
        if f"{apostrophe}s " in spelling:
            variants.append(spelling.replace(f"{apostrophe}s ", f"s{apostrophe} "))
            variants.append(spelling.replace(f"{apostrophe}s ", "s "))
    return variants


def _trie_regex(names: list[tuple[str, ...]]) -> str:
    """One regex matching any of `names` (unit sequences), longest first at each branch."""
    trie: dict = {}
    for units in names:
        node = trie
        for unit in units:
            node = node.setdefault(unit, {})
        node[_END] = {}

    def emit(node: dict) -> str:
        branches = [_unit_regex(u) + emit(child) for u, child in node.items() if u != _END]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if _END in node:
            return f"(?:{body})?"
        return body

    return emit(trie)


@cache
def _mention_regex(demonyms: bool) -> re.Pattern[str]:
    """Names (and demonyms) of every State in one trie; the boundary after it makes the engine
    back off to a shorter name rather than stop inside a word."""
    names = [_units(v) for s, _ in spellings() for v in _apostrophe_variants(s)]
    names += [_units(s) for s in NOT_STATES]
    if demonyms:
        names += [_units(d) for d, _ in demonym_spellings()]
    return re.compile(rf"{_trie_regex(names)}(?!\w)")


@cache
def _noun_regex() -> re.Pattern[str]:
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in STATE_NOUNS)
    return re.compile(rf"\s+(?:{nouns})(?!\w)", re.IGNORECASE)


# A capitalised word (or title) just before, on the same line: "Mr. Gonzalo " before a SURNAME.
_PERSON_BEFORE = re.compile(r"\b[A-Z](?:[a-zà-ÿ’'\-]+\.?|\.)[ \t]+$")

# Mentions repeat ("Cambodia" on every page): key each distinct matched text once.
_match_key = lru_cache(maxsize=16384)(name_key)


@cache
def _acronym_keys() -> frozenset[str]:
    """Keys written only as acronyms ("UK", "DRC"): these count only in capitals, not as "us"."""
    keys: dict[str, bool] = {}
    for spelling, _ in spellings():
        is_acronym = spelling.isupper() and len(spelling.replace(" ", "")) <= 5
        key = name_key(spelling)
        keys[key] = keys.get(key, True) and is_acronym
    return frozenset(k for k, only_acronym in keys.items() if only_acronym)


def _accept(text: str, start: int, end: int, demonyms: bool) -> State | None:
    """The State the match text[start:end] names, or None for a non-State phrase ("Northern
    Ireland"), a lower-case word ("turkey"), a match inside a word, or a bare demonym."""
    if start and (text[start - 1].isalnum() or text[start - 1] in "_-"):
        return None
    found = text[start:end]
    if found.islower():  # no capital at all: "turkey", "chad"
        return None
    joined = re.match(r"-([A-Z][a-zà-ÿ]+)\b", text[end : end + 40])
    if (
        joined
        and state_by_key(_match_key(joined.group(1))) is None
        and joined.group(1) != "Brazzaville"
    ):
        return None  # "Clarice Montenegro-Adeyemi": a double surname; "Afghanistan-Pakistan" names two States
    key = _match_key(found)
    state = state_by_key(key)
    if state is not None:
        if key in _acronym_keys():
            # "UK" but not "us"; "US$ 5 million" is money, not the State
            currency = text[end : end + 1] == "$" or text[max(0, start - 1) : start] == "$"
            return state if found.isupper() and not currency else None
        if found.isupper() and _PERSON_BEFORE.search(text, max(0, start - 40), start):
            return None  # "Mr. Vasco MALTA", "Gonzalo JORDAN": a surname in a delegation list
        return state
    if demonyms and _noun_regex().match(text, end):
        return state_by_demonym_key(key)
    return None


def find_states(text: str, *, demonyms: bool = False) -> list[tuple[int, int, State]]:
    """Every State mentioned in `text` as (start, end, State), in reading order.

    Longest names win and names may be broken by line breaks or runs of spaces. With
    `demonyms=True`, "the Cambodian Government" / "Cambodian authorities" also count: the span is
    the demonym, and only demonyms followed by a word for the State's institutions are taken.
    """
    found: list[tuple[int, int, State]] = []
    for match in _mention_regex(demonyms).finditer(text):
        state = _accept(text, match.start(), match.end(), demonyms)
        if state is not None:
            found.append((match.start(), match.end(), state))
    return found
