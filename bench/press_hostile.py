"""Time press extraction on hostile input of growing size, to show the cost stays linear.

Why: press extraction runs many regexes with optional, repeated parts (names, titles, bodies,
clauses before a reporting verb); a pattern that backtracks badly would make a long article or a
pasted table take minutes. Each input is repeated to 10k, 20k and 40k characters; the time per
1,000 characters should stay about the same as the size doubles.

Run (single process):

    .venv/bin/python bench/press_hostile.py
"""

from __future__ import annotations

import platform
import time
from datetime import date

from rightstrack.document import Document
from rightstrack.extract.press import extract_press, recognise_press

HOSTILE = {
    "capitalised words": "Alpha Beta Gamma Delta Minister Epsilon Zeta Eta Theta Iota ",
    "titles and commas": "the Foreign Minister, Deputy Minister, Special Rapporteur on the right to food, ",
    "counts": "12 of the 13 delegations of 14 states 15 others the other 16 out of 17 speakers, ",
    "quotes and verbs": '"We said so," the minister, the envoy, the ministry said, saying that it said ',
    "dates": "on Monday last week two days later in December last year 3 to 4 May, ",
}


def _seconds(text: str) -> float:
    doc = Document.from_text(text, published=date(2024, 1, 1))
    started = time.perf_counter()
    doc.kind = recognise_press(doc) or "press"
    extract_press(doc)
    return time.perf_counter() - started


def main() -> None:
    print(f"python {platform.python_version()} {platform.machine()}")
    _seconds("The minister met the envoy on Monday.")  # imports, gazetteer, regex build
    for label, unit in HOSTILE.items():
        row = []
        for size in (10_000, 20_000, 40_000):
            text = (unit * (size // len(unit) + 1))[:size]
            seconds = _seconds(text)
            row.append(f"{size // 1000}k: {seconds:.2f} s ({seconds / size * 1e6:.0f} us/char)")
        print(f"{label:>18}: " + ", ".join(row))


if __name__ == "__main__":
    main()
