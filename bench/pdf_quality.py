"""Text-quality counts for extracted PDF text, used by bench/pdf_libraries.py.

The dictionary is built at bench time from the UPR Info CSV's recommendation texts (read from
../shared, never copied), so "is this a word" means "does this word occur in UPR language". Every
count is a plain integer so per-document results can be summed and re-rendered from a JSON dump.
"""

from __future__ import annotations

import csv
import re
import sys
from bisect import bisect_left
from collections import Counter
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from rapidfuzz.distance import Indel

LEADING_PUNCT = "([{'\"“‘«"
TRAILING_PUNCT = ".,;:!?)]}'\"”’»"
HYPHEN_MARKERS = frozenset("\ufffe\u0002\u00ad")  # pdfium / soft hyphen marks of a line-end hyphen
ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
NUMBERED_PARAGRAPH = re.compile(r"^[ \t]*(\d{1,3})\.(?:(\d{1,3})\.?)?(?=\s|$)", re.MULTILINE)
GLUED_AT_PUNCT = re.compile(r"^([A-Za-z]{2,})[.,;:]([A-Za-z]{2,})$")
WORD_CHARS = re.compile(r"[^0-9a-z]+")


class Vocabulary:
    """Lower-case word frequencies; a word counts as known from `min_count` occurrences up."""

    def __init__(self, counts: Counter[str], min_count: int = 2) -> None:
        self.counts = counts
        self.min_count = min_count

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.counts.get(word.lower(), 0) >= self.min_count

    def __len__(self) -> int:
        return sum(1 for n in self.counts.values() if n >= self.min_count)


def load_vocabulary(csv_path: Path, column: str = "Text", min_count: int = 2) -> Vocabulary:
    """Build the word list from one text column of the UPR Info CSV (alphabetic, hyphenated)."""
    csv.field_size_limit(sys.maxsize)
    counts: Counter[str] = Counter()
    with csv_path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            for word in re.findall(r"[a-z]+(?:-[a-z]+)*", (row.get(column) or "").lower()):
                counts[word] += 1
                if "-" in word:  # "ill-treatment" also attests "ill" and "treatment"
                    counts.update(word.split("-"))
    return Vocabulary(counts, min_count)


@dataclass
class QualityCounts:
    """Summable defect counts for one extractor over one or more documents."""

    pages: int = 0
    empty_pages: int = 0  # under 20 characters where the reference page has over 200
    words: int = 0
    stray_splits: int = 0  # "Albani a": a non-word whose join with its neighbour is a word
    glued: int = 0  # "ofthe", "rights.The": a non-word made of two words
    hyphen_breaks: int = 0  # "recom- mendation": hyphen left where the joined word is a word
    hyphen_markers: int = 0  # U+FFFE, U+0002, U+00AD standing in for a line-end hyphen
    odd_chars: int = 0  # ligatures, private-use glyphs, U+FFFD, control characters, "(cid:N)"
    order_common: int = 0  # words unique on the page in both this text and the reference
    order_kept: int = 0  # of those, how many keep the reference's order (longest run in order)
    stream_similarity: float = 0.0  # sum over pages of Indel similarity x reference words
    stream_weight: int = 0  # sum over pages of reference words
    numbered_markers: int = 0  # paragraph numbers ("12.") and recommendation numbers ("93.4")
    numbered_steps_in_order: int = 0  # consecutive markers where the number goes up

    def add(self, other: QualityCounts) -> None:
        """Add another document's counts into this one."""
        for field in fields(self):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    def to_dict(self) -> dict[str, float]:
        """Plain dict for the JSON dump."""
        return asdict(self)


def _core(token: str) -> str:
    return token.lstrip(LEADING_PUNCT).rstrip(TRAILING_PUNCT)


def _is_glued(core: str, vocab: Vocabulary, attested: frozenset[str]) -> bool:
    match = GLUED_AT_PUNCT.match(core)
    if match:
        left, right = match.groups()
        return left in vocab and right in vocab
    if len(core) < 7 or not core.isalpha() or core in vocab or core.lower() in attested:
        return False
    strong = Vocabulary(vocab.counts, max(vocab.min_count, 3))
    for cut in range(1, len(core) - 1):
        left, right = core[:cut], core[cut:]
        if (len(left) >= 2 or left.lower() == "a") and left in strong and right in strong:
            return True
    return False


def _is_stray_split(token: str, following: str, vocab: Vocabulary) -> bool:
    left, right = token.lstrip(LEADING_PUNCT), following.rstrip(TRAILING_PUNCT)
    if not (left.isalpha() and right.isalpha()):
        return False
    if right[0].isupper() and left[-1].islower():
        return False  # "rights Council" is two words, not a split one
    return (left not in vocab or right not in vocab) and left + right in vocab


def _is_hyphen_break(token: str, following: str, vocab: Vocabulary) -> bool:
    left, right = token.lstrip(LEADING_PUNCT), following.rstrip(TRAILING_PUNCT)
    if not (left.endswith("-") and left[:-1].isalpha() and right.isalpha()):
        return False
    if not right[0].islower():
        return False
    joined, compound = (left[:-1] + right).lower(), (left + right).lower()
    # "ill- treatment" is a compound whose hyphen belongs there, not a line-end break
    return joined in vocab and vocab.counts[joined] > vocab.counts.get(compound, 0)


def _word_defects(
    tokens: list[str], vocab: Vocabulary, attested: frozenset[str], counts: QualityCounts
) -> None:
    split_after = [
        _is_stray_split(token, following, vocab)
        for token, following in zip(tokens, tokens[1:], strict=False)
    ] + [False]
    for index, token in enumerate(tokens):
        core = _core(token)
        if not any(ch.isalpha() for ch in core):
            continue
        counts.words += 1
        in_split = split_after[index] or (index > 0 and split_after[index - 1])
        if not in_split and _is_glued(core, vocab, attested):
            counts.glued += 1  # a split fragment ("assistan ce") is not also a glued word
        if split_after[index]:
            counts.stray_splits += 1
        elif index + 1 < len(tokens) and _is_hyphen_break(token, tokens[index + 1], vocab):
            counts.hyphen_breaks += 1


def _odd_characters(text: str, counts: QualityCounts) -> None:
    counts.odd_chars += text.count("(cid:")
    for ch in text:
        code = ord(ch)
        if ch in HYPHEN_MARKERS:
            counts.hyphen_markers += 1
        elif (
            (code < 32 and ch not in ALLOWED_CONTROLS)
            or 0x7F <= code <= 0x9F
            or 0xFB00 <= code <= 0xFB06
            or 0xE000 <= code <= 0xF8FF
            or code in (0xFFFD, 0xFFFF)
        ):
            counts.odd_chars += 1


def normalised_words(text: str) -> list[str]:
    """Lower-case alphanumeric word stream: punctuation and spacing must not count as order."""
    words = (WORD_CHARS.sub("", token.lower()) for token in text.split())
    return [word for word in words if word]


def _longest_increasing(values: list[int]) -> int:
    tails: list[int] = []
    for value in values:
        at = bisect_left(tails, value)
        if at == len(tails):
            tails.append(value)
        else:
            tails[at] = value
    return len(tails)


def _order_against(words: list[str], reference: list[str], counts: QualityCounts) -> None:
    ref_count = Counter(reference)
    own_count = Counter(words)
    ref_position = {word: at for at, word in enumerate(reference) if ref_count[word] == 1}
    positions = [ref_position[w] for w in words if own_count[w] == 1 and w in ref_position]
    counts.order_common += len(positions)
    counts.order_kept += _longest_increasing(positions)
    if reference:
        counts.stream_similarity += Indel.normalized_similarity(words, reference) * len(reference)
        counts.stream_weight += len(reference)


def _numbered_order(text: str, counts: QualityCounts) -> None:
    keys = [(int(m.group(1)), int(m.group(2) or 0)) for m in NUMBERED_PARAGRAPH.finditer(text)]
    counts.numbered_markers += len(keys)
    counts.numbered_steps_in_order += sum(1 for a, b in zip(keys, keys[1:], strict=False) if b > a)


def word_set(pages: list[str]) -> set[str]:
    """Lower-case token cores of a document, for attesting words across extractors."""
    return {_core(token).lower() for text in pages for token in text.split()}


def attested_words(word_sets: list[set[str]], quorum: int) -> frozenset[str]:
    """Words emitted by at least `quorum` independent engines: they are in the PDF itself.

    The CSV dictionary is small (recommendation language only), so a real word such as
    "moreover" would otherwise look like two glued words; a word that most engines agree on
    cannot be one engine's gluing.
    """
    seen: Counter[str] = Counter()
    for words in word_sets:
        seen.update(words)
    return frozenset(word for word, engines in seen.items() if engines >= quorum)


def document_quality(
    pages: list[str],
    reference_pages: list[str] | None,
    vocab: Vocabulary,
    attested: frozenset[str] = frozenset(),
) -> QualityCounts:
    """All counts for one document; order is compared page by page with the reference text."""
    counts = QualityCounts(pages=len(pages))
    for number, text in enumerate(pages):
        _word_defects(text.split(), vocab, attested, counts)
        _odd_characters(text, counts)
        if reference_pages is not None and number < len(reference_pages):
            reference = reference_pages[number]
            if len(text.strip()) < 20 and len(reference.strip()) > 200:
                counts.empty_pages += 1
            _order_against(normalised_words(text), normalised_words(reference), counts)
    _numbered_order("\n".join(pages), counts)
    return counts
