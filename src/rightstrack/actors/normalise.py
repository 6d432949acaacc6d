"""Name keys: one spelling-insensitive form per name, so lookups ignore how a document typed it.

UN reports, UPR Info and PDF text spell the same State differently ("St Lucia" / "Saint Lucia",
"Côte d’Ivoire" / "Cote d'Ivoire", "Bosnia & Herzegovina", "Guinea Bissau", a name broken over two
lines). `name_key` folds all of these to one key; `pattern_units` splits a name into the units the
mention regex is built from, with the same tolerances, so whatever the regex matches has a key.
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = "'’‘`´ʼ"
_APOSTROPHE_RE = re.compile(f"[{APOSTROPHES}]")
_DASH_RE = re.compile(r"[\-‐‑‒–—]")
_SAINT_RE = re.compile(r"\bst\b\.?")
_PUNCT_RE = re.compile(r"[^\w\s]")
_SPACE_RE = re.compile(r"\s+")
_TRAILING_RE = re.compile(r"[\s.,;:*!?]+$")


def strip_accents(text: str) -> str:
    """`Côte` -> `Cote`: documents and UPR Info disagree on accents, the key must not."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_key(name: str) -> str:
    """Lookup key of a name: lower case, no accents/apostrophes/punctuation, `&`->and, St->saint.

    Drops a leading "the" and a trailing possessive "'s" so "the Gambia" and "Cambodia's" find
    their State.
    """
    text = strip_accents(name).casefold()
    text = re.sub(rf"[{APOSTROPHES}]s\b\W*$", "", text)  # possessive at the end
    text = _APOSTROPHE_RE.sub("", text)
    text = text.replace("&", " and ")
    text = _DASH_RE.sub(" ", text)
    text = _SAINT_RE.sub("saint", text)
    text = _PUNCT_RE.sub(" ", text)
    text = _SPACE_RE.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def clean_fragment(text: str) -> str:
    """A name as cut from running text: one line, single spaces, no trailing punctuation."""
    text = re.sub(r"(\w)-\s*\n\s*(?=[a-z])", r"\1", text)  # "Herze-\ngovina" -> "Herzegovina"
    text = _SPACE_RE.sub(" ", text).strip()
    return _TRAILING_RE.sub("", text)


# Units of the mention regex. Letters become themselves (or a class of their accented forms);
# the special tokens below carry the tolerances that `name_key` folds away.
SPACE, APOS, LPAREN, RPAREN, COMMA, AND, SAINT = (
    "<sp>",
    "<apos>",
    "<(>",
    "<)>",
    "<,>",
    "<and>",
    "<saint>",
)

_WORD_OR_MARK = re.compile(rf"\w+|[{APOSTROPHES}]|[()&,]|\s+|[\-‐‑‒–—]")


def pattern_units(name: str) -> tuple[str, ...]:
    """Units of one spelling of a name, for the mention trie (see `mentions.py`)."""
    units: list[str] = []
    text = strip_accents(name).casefold().replace(".", " ")
    for token in _WORD_OR_MARK.findall(text):
        if token.isspace() or _DASH_RE.fullmatch(token):
            if units and units[-1] != SPACE:
                units.append(SPACE)
        elif token in APOSTROPHES:
            units.append(APOS)
        elif token == "(":
            if units and units[-1] == SPACE:
                units.pop()  # LPAREN allows the space, or none: "Venezuela(Bolivarian"
            units.append(LPAREN)
        elif token == ")":
            if units and units[-1] == SPACE:
                units.pop()
            units.append(RPAREN)
        elif token == ",":
            if units and units[-1] == SPACE:
                units.pop()
            units.append(COMMA)
        elif token in ("&", "and"):
            units.append(AND)
        elif token in ("st", "saint"):
            units.append(SAINT)
        else:
            units.extend(token)
    while units and units[-1] == SPACE:
        units.pop()
    # "( x" and "x )": the paren units already allow the spaces.
    return tuple(
        u for i, u in enumerate(units) if not (u == SPACE and i and units[i - 1] == LPAREN)
    )
