"""Split the recommending States of a UPR recommendation: "(Algeria, Philippines; Egypt)".

The text is cut at commas and semicolons outside parentheses, and pieces are joined back where
together they spell one name ("Venezuela, Bolivarian Republic of"). Each segment is then read as
one name if it is one; otherwise its names are found whole (`find_states`), so the "and" inside
"Trinidad and Tobago" never splits it while "Norway and Denmark" gives two States. A segment whose
names leave words over ("Russia Federation", "Islamic Republic Iran") gets one fuzzy try as a
whole before those words are reported as unresolved.
"""

from __future__ import annotations

import re

from rightstrack.actors.mentions import find_states
from rightstrack.actors.normalise import clean_fragment, name_key
from rightstrack.actors.resolve import resolve_state
from rightstrack.actors.states import State, state_by_key

_AND = re.compile(r"\s*(?:\band\b|&|/)\s*", re.IGNORECASE)
_STRIP = " .,;:()*"
_NOISE = re.compile(r"(?:the|and|\d+)", re.IGNORECASE)  # articles and footnote marks


def _segments(text: str) -> list[str]:
    """`text` cut at commas/semicolons outside parentheses, comma-names joined back."""
    pieces: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch in ",;" and depth <= 0:
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    joined: list[str] = []
    for piece in pieces:
        if joined and state_by_key(name_key(f"{joined[-1]}, {piece}")) is not None:
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    return [p.strip(_STRIP) for p in joined if p.strip(_STRIP)]


def _leftovers(segment: str, spans: list[tuple[int, int, State]]) -> list[tuple[int, str]]:
    """(offset, word) for the words of `segment` outside the State names, cut at "and"."""
    words: list[tuple[int, str]] = []
    cursor = 0
    for start, end in [(s, e) for s, e, _ in spans] + [(len(segment), len(segment))]:
        gap = segment[cursor:start]
        offset = cursor
        for word in _AND.split(gap):
            at = segment.find(word, offset)
            offset = at + len(word)
            word = word.strip(_STRIP)
            if word and not _NOISE.fullmatch(word):
                words.append((at, word))
        cursor = end
    return words


def _read_segment(segment: str) -> tuple[list[State], list[str]]:
    exact = state_by_key(name_key(segment))
    if exact is not None:
        return [exact], []
    spans = find_states(segment)
    located = [(start, state) for start, _, state in spans]
    unresolved: list[str] = []
    for at, word in _leftovers(segment, spans):
        state = resolve_state(word)
        if state is None:
            unresolved.append(word)
        else:
            located.append((at, state))  # a misspelt name on its own: "Phillipines"
    if unresolved:
        whole = resolve_state(segment)
        if whole is not None:
            return [whole], []
    return [state for _, state in sorted(located, key=lambda pair: pair[0])], unresolved


def split_state_list(text: str) -> tuple[list[State], list[str]]:
    """The States named in `text`, in order, and the pieces that name no State.

    `text` is the content of a recommendation's closing parentheses, possibly broken over lines:
    "Bolivia (Plurinational State of), Iran (Islamic Republic of)", "Norway and Denmark".
    Unresolved pieces are returned as written (trimmed), never guessed.
    """
    states: list[State] = []
    unresolved: list[str] = []
    for segment in _segments(clean_fragment(text)):
        found, left = _read_segment(segment)
        states.extend(found)
        unresolved.extend(left)
    return states, unresolved
