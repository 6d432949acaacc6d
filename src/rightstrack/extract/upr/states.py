"""Recommending States from the parentheses of a recommendation, through `rightstrack.actors`.

A recommendation ends with its author(s): "(France)", "(France) (Lithuania)", "(Algeria,
Philippines, Egypt)" or "(Iran (Islamic Republic of))"; early reports also attribute parts inline:
"Sign (France) and ratify the Protocol (France, Argentina)". A parenthesis counts as an attribution
only when everything in it resolves to States or groups, so "(ICCPR)" stays in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rightstrack.extract.items import ActorRef

_TRAILING = " \t;,.:\u2019\u201d"
_MARKER_AFTER_BRACKET = re.compile(r"(?<=\))[;,.]?\d{1,2}$")  # "(France)1": a footnote marker


@dataclass
class Attribution:
    """A recommendation split into its text and its authors."""

    text: str
    states: list[ActorRef] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    trailing_found: bool = False


@lru_cache(maxsize=8192)
def resolve_list(content: str) -> tuple[tuple[ActorRef, ...], tuple[str, ...]]:
    """States (as ActorRefs) and unresolved names in the text of one parenthesis."""
    from rightstrack.actors import split_state_list

    states, unresolved = split_state_list(content)
    return tuple(s.ref() for s in states), tuple(unresolved)


def _open_of(text: str, close: int) -> int:
    """Index of the "(" matching the ")" at `close`, or -1."""
    depth = 0
    for index in range(close, -1, -1):
        char = text[index]
        if char == ")":
            depth += 1
        elif char == "(":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _is_attribution(content: str) -> tuple[tuple[ActorRef, ...], tuple[str, ...]] | None:
    if not content.strip() or len(content) > 400:
        return None
    refs, unresolved = resolve_list(content)
    if refs and not unresolved:
        return refs, unresolved
    if refs and len(refs) >= len(unresolved) and all(len(u) < 60 for u in unresolved):
        return refs, unresolved  # mostly States: keep, and report the names it could not read
    return None


def split_attribution(text: str) -> Attribution:
    """Split the trailing parentheses off `text`; collect inline State parentheses too."""
    body = _MARKER_AFTER_BRACKET.sub("", text.rstrip(_TRAILING)).rstrip(_TRAILING)
    groups: list[tuple[tuple[ActorRef, ...], tuple[str, ...]]] = []
    while body.endswith(")"):
        start = _open_of(body, len(body) - 1)
        if start < 0:
            unopened = _unopened(body)
            if unopened is not None:
                groups.insert(0, unopened[0])
                body = body[: unopened[1]].rstrip(_TRAILING + " ")
            break
        parsed = _is_attribution(body[start + 1 : -1])
        if parsed is None:
            break
        groups.insert(0, parsed)
        body = body[:start].rstrip(_TRAILING + " /")
    result = Attribution(text=body, trailing_found=bool(groups))
    for refs, unresolved in [*_inline_groups(body), *groups]:
        for ref in refs:
            if ref not in result.states:
                result.states.append(ref)
        result.unresolved.extend(unresolved)
    return result


def _unopened(body: str) -> tuple[tuple[tuple[ActorRef, ...], tuple[str, ...]], int] | None:
    """A closing bracket whose "(" was lost in the source: "... for women Bangladesh)"."""
    words = list(re.finditer(r"\S+", body[:-1]))
    for count in range(1, min(6, len(words)) + 1):
        start = words[-count].start()
        refs, unresolved = resolve_list(body[start:-1])
        if refs and not unresolved:
            return (refs, unresolved), start
    return None


def _inline_groups(body: str) -> list[tuple[tuple[ActorRef, ...], tuple[str, ...]]]:
    """State parentheses inside the text ("Sign (France) and ratify ...")."""
    found = []
    index = body.find(")")
    while index >= 0:
        start = _open_of(body, index)
        if start >= 0:
            content = body[start + 1 : index]
            if "(" not in content or content.count("(") == content.count(")"):
                refs, unresolved = resolve_list(content) if content.strip() else ((), ())
                if refs and not unresolved:
                    found.append((refs, unresolved))
        index = body.find(")", index + 1)
    return found
