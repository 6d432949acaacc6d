"""The text the press extractors read: the document's text with its typography and layout undone.

Why: press texts reach us from PDFs and scans as much as from web pages. A PDF's text keeps its
hard-wrapped lines ("... 58 of the 71 dele-\\ngations ..."), its running headers and page numbers
("MFA PRESS SERVICE - INFORMATION NOTE   - 2 -") and its guillemets; the rules that read names,
figures and quotes are written for running prose. So they read a working copy, and every offset
in it maps back to the document's own text, so evidence still quotes the exact passage.

Same-length changes (no offset moves): guillemets and low-high quotes become curly quotes. In a
text laid out like a page (its paragraphs wrapped at a line width), also: a heading in capitals is
written as a title, a line break inside a wrapped paragraph becomes a space, and a running header
or page number becomes spaces; one change there shortens the text, a word hyphenated across a line
break joined ("dele-\\ngations" -> "delegations"), and `origin` maps each working offset back. A
text written one paragraph per line keeps every line break and every capital.
"""

from __future__ import annotations

import re
from collections import Counter

# A line that only numbers or heads a page: "- 2 -", "Page 3", "3/4", "A/HRC/58/12", "GE.25-01234"
_PAGE_LINE = re.compile(r"(?i)[^\S\n]*(?:-\s*\d{1,3}\s*-|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s*/\s*\d{1,3}|"
                        r"A/HRC/[\w./-]+(?:\s+page\s+\d+)?|GE\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?)[^\S\n]*")
# A line of prose that goes on in the next one: long, not closed, not a table row or a label
_WRAPPED = re.compile(r"(?![^\n]*\S[^\S\n]{3,}\S)(?=[^\n]*[a-z])[^\n|]{50,}(?<![.:;!?])(?<![.!?][\"”])")  # no columns, not all capitals
_NEXT_IS_ITEM = re.compile(r"[^\S\n]*(?:[-•*–]\s|\d{1,3}[.)]\s|\(\w\)\s|[A-Z][A-Z .’'-]{2,40}:|Q:|A:|$|"
                           r"[A-Z][a-z]+(?:[^\S\n]+[a-z]+){0,2}:[^\S\n])")  # "Date: 18 June 2032", "Delivered by: Ms. ..."
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[^\S\n]*\n[^\S\n]*(?=[a-z])")


def plain_quotes(text: str) -> str:
    """`text` with guillemets and low-high quotes written as curly quotes, the same length so every
    offset still points into the document: «Text», « Text » and „Text“ read as “Text”."""
    if not re.search(r"[«»„]", text):
        return text
    chars = list(text.replace("«", "“").replace("»", "”"))
    for opening in re.finditer("„", text):
        chars[opening.start()] = "“"
        closing = re.compile(r"[“”\n]").search(text, opening.end())
        if closing is not None and text[closing.start()] in "“”":
            chars[closing.start()] = "”"
    return "".join(chars)


def _running_lines(text: str) -> list[tuple[int, int]]:
    """Spans of page numbers and of running headers: a short line in capitals (page number aside)
    printed more than once."""
    lines = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"(?m)^[^\n]*$", text)]
    key = {start: re.sub(r"\d+", "#", line.strip()) for start, _, line in lines}
    seen = Counter(k for k in key.values() if k)
    spans = []
    for start, end, line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        repeated = seen[key[start]] > 1 and len(stripped) <= 90 and stripped.upper() == stripped and re.search(r"[A-Z]{3}", stripped)
        numbered = re.search(r"\S[^\S\n]{3,}(?:-\s*\d{1,3}\s*-|[Pp]age\s+\d{1,3})[^\S\n]*$", line)  # "NOTE    - 2 -"
        if _PAGE_LINE.fullmatch(line) or repeated or numbered:
            spans.append((start, end))
    return spans


_SMALL_WORDS = {"of", "and", "the", "on", "in", "to", "by", "for", "at", "a", "an", "de", "des", "du", "la", "le", "el", "y"}


def _title_case(line: str, acronyms: set[str]) -> str:
    """ "END-OF-MISSION STATEMENT BY THE SPECIAL RAPPORTEUR ON EXTREME POVERTY" as a title is written,
    the same length: names and offices in capitals read like names ("Beatriz Nakamura-Olsen")."""
    words = re.split(r"(\W+)", line)
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if word in acronyms or (len(word) <= 2 and low not in _SMALL_WORDS):  # "UN", "OHCHR" stay as they are
            out.append(word)
        else:
            out.append(low if (low in _SMALL_WORDS and i) else word[:1] + word[1:].lower() if word.isalpha() else word)
    return "".join(out) if len("".join(out)) == len(line) else line


def heading_case(line: str) -> str:
    """A name printed in capitals, as running text writes it: "MINISTRY OF FOREIGN AFFAIRS" -> "Ministry of
    Foreign Affairs" (letterheads and headings name their body this way)."""
    return _title_case(line, set())


_CAPS_LINE = re.compile(r"(?m)^(?=[^\n]*[A-Z][^\n]*[A-Z])(?![^\n]*[a-z])(?![^\n]*:\s*$)(?![^\S\n]*[A-Z’'. -]{1,30}:)"
                        r"[^\S\n]*(?:[A-Z’'-]+[,.]?[^\S\n]+){2,}[A-Z’'-]+[,.]?[^\S\n]*$")


def _hard_wrapped(text: str) -> bool:
    """Whether the text's paragraphs are wrapped at a line width (a PDF or a scan): most of its long
    lines are under 96 characters, and some run on into the next line."""
    lines = text.splitlines()
    long_lines = [line for line in lines if len(line.strip()) >= 40 and "|" not in line]
    if len(long_lines) < 4 or sum(len(line) <= 95 for line in long_lines) < 0.6 * len(long_lines):
        return False
    run_on = sum(1 for a, b in zip(lines, lines[1:], strict=False)
                 if 50 <= len(a) <= 95 and len(b.strip()) >= 20 and not re.search(r"[.:!?\"”]$", a.strip())
                 and not _NEXT_IS_ITEM.match(b))  # fmt: skip  # (a list's items, one a line, run on into nothing)
    return run_on >= 2


def working_text(text: str) -> tuple[str, list[int] | None]:
    """The working copy of `text` and, when its length differs, each working offset's offset in `text`."""
    quoted = plain_quotes(text)
    chars = list(quoted)
    wrapped = _hard_wrapped(quoted)  # a PDF's or a scan's layout: headings in capitals, lines at a width
    headings = list(_CAPS_LINE.finditer(quoted)) if wrapped else []
    if headings:  # words in capitals in running text too are acronyms ("OHCHR", "UPR")
        acronyms = {w for line in re.findall(r"(?m)^(?=[^\n]*[a-z])[^\n]+$", quoted) for w in re.findall(r"\b[A-Z]{2,}\b", line)}
    for line in headings:  # a heading in capitals, as a title is written
        chars[line.start() : line.end()] = _title_case(line.group(0), acronyms)
    for start, end in _running_lines(text) if wrapped else []:  # blank it; the paragraph runs on across it
        chars[start:end] = " " * (end - start)
        if end < len(chars) and chars[end] == "\n" and start and chars[start - 1] == "\n":
            chars[end] = " "
    flat = "".join(chars)
    if not wrapped:
        return flat, None  # paragraphs written one per line: every line break is meant
    headline_end = flat.find("\n")
    widths = sorted(len(line) for line in flat.splitlines() if len(line.strip()) >= 40)
    margin = widths[int(0.9 * (len(widths) - 1))] - 15  # a wrapped line is filled to near the margin
    for match in re.finditer(r"\n", flat):
        at = match.start()
        if at == headline_end:
            continue  # the headline is a line of its own, however long
        line_start = flat.rfind("\n", 0, at) + 1
        if (at + 1 < len(flat) and flat[at + 1] not in "\n " and _WRAPPED.fullmatch(flat, line_start, at)
                and at - line_start >= margin
                and not _NEXT_IS_ITEM.match(flat, at + 1)
                and not (flat[at - 1] == "-" and flat[at + 1].islower())):  # fmt: skip  # "dele-\ngations": joined below
            chars[at] = " "
    flat = "".join(chars)
    if not _HYPHEN_BREAK.search(flat):
        return flat, None
    pieces, origin, last = [], [], 0
    for match in _HYPHEN_BREAK.finditer(flat):
        pieces.append(flat[last : match.start()])
        origin.extend(range(last, match.start()))
        last = match.end()
    pieces.append(flat[last:])
    origin.extend(range(last, len(flat)))
    origin.append(len(flat))  # the end of the text
    return "".join(pieces), origin
