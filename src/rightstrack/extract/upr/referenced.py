"""Recommendations made in the dialogue and answered by reference, as 2008-2009 reports do.

Early reports answer some recommendations only by pointing back at the dialogue: "The
recommendations noted in the report in paragraphs 27 (b), (c), 31 and 43 (last sentence) above did
not enjoy the support of China". Each reference is resolved to the lettered point "(b)" of that
dialogue paragraph (or, without a letter, to its lettered points or its sentences that recommend),
and the speaker of the paragraph is the recommending State.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rightstrack.extract.upr.lines import Line

_TRIGGER = re.compile(
    r"(?:noted|contained|reflected|included|mentioned|made)\s+in\s+(?:the\s+(?:present\s+)?"
    r"report\s+)?(?:in\s+|at\s+)?(?:chapter\s+I\s+)?paragraphs?\s*:?\s*(?=\d)"
    r"|(?:noted|contained|reflected)\s+in\s+(?:the\s+report\s+in\s+)?(?:the\s+)?following\s+"
    r"paragraphs[^:]{0,160}:\s*(?:paragraphs?\s*)?(?=\d)",
    re.IGNORECASE,
)
_REF_TOKEN = re.compile(
    r"(?P<num>\b\d{1,3}\b)(?!\s*(?:of|to)\s+(?:the\s+)?(?:national|document|annex|resolution))"
    r"|\((?P<letters>[a-z](?:\s*(?:,|and)\s*[a-z])*)\)"
    r"|\((?P<last>last sentence)\)|(?P<lastfree>last sentence)"
    r"|\((?P<roman>i{1,3}|iv|v|vi{0,3})\)"
    r"|\((?P<desc>[^()]{12,300})\)"
)
_AFTER_DESCRIPTION = re.compile(r"\s*(?:above\s*)?\(([^()]{12,300})\)")
_REF_END = re.compile(
    r"\babove\b|\bin (?:section|chapter)\b|\bdid not\b|\bdo(?:es)? not\b|\bwill\b|\bare\b|\bwere\b|"
    r"\bas\b|\bis\b|\bhave\b|\bhas\b|:",
    re.IGNORECASE,
)
_MARKER = re.compile(r"\(([a-z])\)\s")
_SENTENCE_END = re.compile(r"[.;]\s+(?=[A-Z])|\.$")


@dataclass(frozen=True)
class Reference:
    """One referenced recommendation: dialogue paragraph `paragraph`, point `letter` (or None)."""

    paragraph: int
    letter: str | None
    last_sentence: bool = False
    description: str | None = None  # "(the ratification of the ICRMW)": which one is meant

    @property
    def label(self) -> str:
        if self.letter:
            return f"{self.paragraph}({self.letter})"
        return f"{self.paragraph}(last sentence)" if self.last_sentence else str(self.paragraph)


def find_references(text: str) -> tuple[list[Reference], int, int] | None:
    """The paragraph references of a conclusions sentence, with the span of the reference list."""
    trigger = _TRIGGER.search(text)
    if not trigger:
        return None
    start = trigger.end()
    stop = _REF_END.search(text, start)
    end = stop.start() if stop else len(text)
    refs: list[Reference] = []
    current: int | None = None
    current_has_letters = False
    undescribed = 0  # refs[undescribed:] have no description yet
    for token in _REF_TOKEN.finditer(text, start, end):
        if token.group("num"):
            if current is not None and not current_has_letters:
                refs.append(Reference(current, None))
            current, current_has_letters = int(token.group("num")), False
        elif current is not None and token.group("letters"):
            for letter in re.findall(r"[a-z]", token.group("letters")):
                refs.append(Reference(current, letter))
            current_has_letters = True
        elif current is not None and (token.group("last") or token.group("lastfree")):
            refs.append(Reference(current, None, last_sentence=True))
            current_has_letters = True
        elif token.group("desc"):
            if current is not None and not current_has_letters:
                refs.append(Reference(current, None))
                current = None
            refs[undescribed:] = [_described(r, token.group("desc")) for r in refs[undescribed:]]
            undescribed = len(refs)
    if current is not None and not current_has_letters:
        refs.append(Reference(current, None))
    after = _AFTER_DESCRIPTION.match(text, end)
    if after and undescribed < len(refs):
        refs[undescribed:] = [_described(r, after.group(1)) for r in refs[undescribed:]]
    return (refs, start, end) if refs else None


def _described(ref: Reference, description: str) -> Reference:
    if ref.letter is not None or ref.last_sentence:
        return ref
    return Reference(ref.paragraph, None, description=description)


class ParagraphText:
    """A paragraph's lines joined with single spaces, mapping back to document offsets."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.text = " ".join(ln.text for ln in lines)
        self._starts: list[int] = []
        position = 0
        for line in lines:
            self._starts.append(position)
            position += len(line.text) + 1

    def doc_offset(self, index: int) -> int:
        """Offset in the document of character `index` of `self.text`."""
        row = max(0, bisect.bisect_right(self._starts, index) - 1)
        line = self.lines[row]
        return min(line.start + index - self._starts[row], line.end)


def point_spans(text: str, ref: Reference) -> list[tuple[int, int]]:
    """Character spans in `text` of the recommendation(s) a reference points at."""
    markers = _lettered_markers(text)
    if ref.letter is not None:
        return [span for letter, span in markers if letter == ref.letter][:1]
    sentences = _sentences(text)
    if ref.last_sentence:
        return sentences[-1:]
    candidates = [span for _letter, span in markers] or [
        (s, e) for s, e in sentences if re.search(r"recommend", text[s:e], re.IGNORECASE)
    ]
    if ref.description and candidates:
        wanted = _content_words(ref.description)
        best = max(candidates, key=lambda span: len(wanted & _content_words(text[span[0] : span[1]])))
        return [best]
    return candidates


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}


_STOP = {"that", "this", "with", "from", "their", "have", "been", "also", "which", "recommended"}


def _lettered_markers(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Points "(a) ...", "(b) ..." in sequence; each runs to the next point or its sentence end."""
    found: list[tuple[str, int, int]] = []
    expected = "a"
    for match in _MARKER.finditer(text):
        letter = match.group(1)
        if letter != expected:
            continue
        found.append((letter, match.start(), match.end()))
        expected = chr(ord(letter) + 1)
    spans: list[tuple[str, tuple[int, int]]] = []
    for index, (letter, _start, body) in enumerate(found):
        limit = found[index + 1][1] if index + 1 < len(found) else len(text)
        stop = _SENTENCE_END.search(text, body, limit)
        end = stop.start() + 1 if stop else limit
        spans.append((letter, (body, end)))
    return spans


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\u201c])", text):
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def clean_point(text: str) -> str:
    """Trim the joining words a point ends or starts with: "; and", "that", "it recommended"."""
    text = re.sub(r"[\s;,]*(?:\band\b|\bor\b)?[\s;,.]*$", "", text.strip())
    return text.strip(" ;,")
