"""Numbers as the press writes them: "39", "1,200", "thirty-nine", "two hundred and five".

South Asian English counts in lakhs (100,000) and crores (10,000,000): "1.2 lakh complaints",
"25 crore people", "one lakh" are read as 120,000, 250,000,000 and 100,000.

Press tallies mix digits and words ("Twenty-one of the 34"), so every pattern that reads a count uses
`NUMBER` and turns the match into an int with `parse_number`. English only; kept small on purpose
(a library such as text2num would add a compiled dependency for a dozen words).
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "dozen": 12, "hundred": 100, "thousand": 1000, "lakh": 100_000, "lakhs": 100_000,
    "crore": 10_000_000, "crores": 10_000_000, "million": 1_000_000, "billion": 1_000_000_000,
}  # fmt: skip
# Scale words that may follow digits: "1.2 million", "2.3 crore"
_DIGIT_SCALES = r"million|billion|thousand|lakhs?|crores?"
_DOZEN = {"a dozen": 12, "half a dozen": 6}  # "only a dozen of the 47 members"
_WORD = "|".join(sorted([*_UNITS, *_SCALES], key=len, reverse=True))
NUMBER_WORDS = rf"(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*"
# Groupings other than "1,200": Indian "1,03,842" (lakhs and crores in pairs of digits); continental
# "1.150 complaints" and "12 500 complaints" (a point or a space between thousands); a decimal comma
# before "per cent" ("87,3 per cent") or a scale word ("1,4 million"). A point before three digits is a decimal point only before a
# scale word ("1.125 million"): nobody counts 1.15 complaints.
_INDIAN = r"\d{1,2}(?:,\d{2})+,\d{3}(?!,?\d)"
_POINT_THOUSANDS = r"\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)"
_SPACE_THOUSANDS = r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)"
_DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?=\s*(?:per\s*cent|percent|%)|\s+(?:million|billion|thousand|lakhs?|crores?)\b)"
DIGITS = (
    rf"{_INDIAN}|{_SPACE_THOUSANDS}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_DECIMAL_COMMA}|{_POINT_THOUSANDS}|\d+(?:\.\d+)?"
)
# A count written either way; use inside other patterns with re.IGNORECASE.
# Official releases write a count twice, "ninety-six (96)": the figure in brackets is the same number.
NUMBER = (
    rf"(?:(?:{DIGITS})(?:\s+(?:{_DIGIT_SCALES})\b)?|\b(?:{NUMBER_WORDS}|(?:half\s+)?a\s+dozen)\b"
    rf"(?:\s*\((?:{DIGITS})\))?)"
)
_NUMBER_RE = re.compile(rf"^(?:{NUMBER})$", re.IGNORECASE)


def parse_number(text: str) -> int | float | None:
    """The value of a number in digits or English words; None when `text` is not a number."""
    cleaned = text.strip().lower()
    bracketed = re.search(rf"\(({DIGITS})\)$", cleaned)
    if bracketed and cleaned[0].isalpha():  # "one hundred and ninety-six (196)": the digits say it
        cleaned = bracketed.group(1)
    if re.fullmatch(r"\d{1,3},\d{1,2}", cleaned):  # "87,3" (matched before "per cent"): a decimal comma
        return float(cleaned.replace(",", "."))
    if not cleaned or not _NUMBER_RE.match(cleaned):
        return None
    if " ".join(cleaned.split()) in _DOZEN:
        return _DOZEN[" ".join(cleaned.split())]
    if cleaned[0].isdigit():
        digits, scale = re.fullmatch(r"([\d.,\s\u00a0\u202f]*\d)\s*([a-z]*)", cleaned).groups()  # type: ignore[union-attr]
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits) and not scale:  # "1.150": thousands
            digits = digits.replace(".", "")
        if re.fullmatch(r"\d{1,3},\d{1,2}", digits) and scale:  # "1,4 million": a decimal comma
            digits = digits.replace(",", ".")
        digits = re.sub(r"[,\s\u00a0\u202f]", "", digits)
        value = round(float(digits) * _SCALES.get(scale, 1), 6)  # 1.1 * 1e7
        return int(value) if value.is_integer() else value
    total, current = 0, 0
    for word in re.split(r"[\s-]+", cleaned):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            total += max(current, 1) * _SCALES[word]
            current = 0
    return total + current


def find_numbers(text: str) -> list[tuple[int, int, int | float]]:
    """Every number in `text` as (start, end, value), left to right."""
    found = []
    for match in re.finditer(NUMBER, text, re.IGNORECASE):
        value = parse_number(match.group(0))
        if value is not None:
            found.append((match.start(), match.end(), value))
    return found


_ORDINAL_UNITS = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five",
    "sixth": "six", "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten",
    "eleventh": "eleven", "twelfth": "twelve",
}  # fmt: skip
# "sixty-first", "61st", "fifty-eighth": a session written as an ordinal
ORDINAL = (
    # "one hundred and eleventh": a treaty body's sessions run past a hundred
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:one\s+|a\s+)?hundred\s+(?:and\s+)?)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-])?"
    rf"(?:{'|'.join(_ORDINAL_UNITS)}|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
    r"(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth))"
)


def parse_ordinal(text: str) -> int | None:
    """The value of an ordinal in digits or words ("61st", "sixty-first"); None otherwise."""
    word = text.strip().lower()
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", word):
        return int(word[:-2])
    *head, last = re.split(r"[\s-]+", word)
    if last in _ORDINAL_UNITS:
        last = _ORDINAL_UNITS[last]
    elif last.endswith("ieth"):
        last = last[:-4] + "y"  # "sixtieth" -> "sixty"
    elif last.endswith("th"):
        last = last[:-2]  # "fourteenth" -> "fourteen"
    if "hundred" in head:  # "one hundred and eleventh": the words of the number, spaced
        value = parse_number(" ".join([*head, last]))
    else:
        value = parse_number("-".join([*head, last]))
    return value if isinstance(value, int) else None
