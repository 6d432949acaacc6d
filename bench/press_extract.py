"""Time press extraction (recognise + extract_press) per article over the texts in tests/data/press.

Why: every ingested article, statement and meeting summary goes through `extract_press`, which runs
a few dozen regexes per sentence and one claim check; this shows what an article costs. The texts
are the project's own test articles (short, 1-6 sentences), so the figure is per short article.

Run (single process):

    .venv/bin/python bench/press_extract.py [--repeat 20] [--first N]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from datetime import date
from pathlib import Path

from rightstrack.document import Document
from rightstrack.extract.press import extract_press, recognise_press

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "press"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--first", type=int, default=0, help="time only the first N texts (0: all of them)")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("p*.txt"))]
    texts = texts[: args.first] if args.first else texts
    started = time.perf_counter()
    extract_press(Document.from_text(texts[0], kind="press", published=date(2024, 1, 1)))
    warm_up = time.perf_counter() - started
    per_article = []
    for _ in range(args.repeat):
        for text in texts:
            doc = Document.from_text(text, published=date(2024, 1, 1))
            t0 = time.perf_counter()
            doc.kind = recognise_press(doc)
            extract_press(doc)
            per_article.append(time.perf_counter() - t0)
    chars = statistics.mean(len(t) for t in texts)
    print(f"python {platform.python_version()} {platform.machine()}")
    print(f"first call (imports, gazetteer, regex build): {warm_up * 1000:.0f} ms")
    total = sum(per_article)
    print(f"{len(texts)} articles x {args.repeat}: {total:.1f} s in all, median {statistics.median(per_article) * 1000:.2f} ms"
          f" per article, p95 {sorted(per_article)[int(len(per_article) * 0.95)] * 1000:.2f} ms,"
          f" mean {chars:.0f} chars per article")


if __name__ == "__main__":
    main()
