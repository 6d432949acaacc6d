"""Joining PDF lines back into running text: hyphenation, stray spaces, footnote markers.

PDFium marks a hyphen that fell at a line end with U+FFFE; UN style hyphenates compound words
("non-discrimination"), so that mark is a real hyphen. A plain "-" at a line end is dropped only
when the joined word is used elsewhere in the same document ("recom-" + "mendation").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[A-Za-z]+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")
_SPACES = re.compile(r"\s{2,}")


def vocabulary(text: str) -> set[str]:
    """Lower-cased words of a document, to decide whether a line-end hyphen splits a word."""
    return {w.lower() for w in _WORD.findall(text)}


def join_lines(parts: Iterable[str], vocab: set[str] | None = None) -> str:
    """Join stripped line texts into one string with hyphenation and spacing repaired."""
    out = ""
    for part in parts:
        part = part.replace("\ufffe", "-").replace("\u00ad", "-").strip()
        if not part:
            continue
        if not out:
            out = part
        elif re.search(r"[A-Za-z]-$", out) and part[:1].islower():
            head = re.search(r"([A-Za-z]+)-$", out)
            tail = _WORD.match(part)
            joined = (head.group(1) + tail.group(0)).lower() if head and tail else ""
            if vocab is not None and joined in vocab:
                out = out[:-1] + part
            else:
                out = out + part
        else:
            out = out + " " + part
    return tidy(out)


def tidy(text: str) -> str:
    """Collapse whitespace and remove spaces before closing punctuation and after brackets."""
    text = text.replace("\ufffe", "-").replace("\u00ad", "-")
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    return text.strip()


def strip_markers(text: str, marks: Iterable[str]) -> str:
    """Remove footnote markers (digits glued to a word or bracket) whose footnote was found."""
    for mark in marks:
        if mark.isdigit():
            text = re.sub(rf"(?<![0-9]\.)(?<=[A-Za-z)\].,;:\u201d\u2019]){mark}(?=[\s,;:.)]|$)", "", text)
    return text
