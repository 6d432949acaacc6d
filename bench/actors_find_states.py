"""Time `find_states` on a page of text: it runs on every paragraph of every report, so it must be cheap.

Why: the gazetteer is one trie-shaped regex built once; this measures the build and the per-page
scan. Two corpora:

- default: a page (about 3,300 characters) of text written for this bench, dense in State names,
  with line breaks inside names the way PDF text has them;
- `--reports DIR`: every page of the UPR reports in DIR, read with `rightstrack.ingest`
  (text extraction is not timed).

Run (single process):

    .venv/bin/python bench/actors_find_states.py [--reports ../shared/data/upr/reports --limit 20]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

PARAGRAPH = (
    "During the interactive dialogue, statements were made by Algeria, Argentina, the "
    "Bolivarian Republic of Venezuela, Bosnia and Herzegovina, Côte d’Ivoire, the Democratic "
    "People's\nRepublic of Korea, the Republic of Korea, Guinea-Bissau, Guinea, Nigeria, Niger, "
    "the Dominican Republic and Dominica. The delegation of the United Kingdom of Great Britain\n"
    "and Northern Ireland welcomed the progress reported by the Cambodian Government and asked "
    "about the follow-up given to earlier recommendations on land, housing and the freedom of "
    "assembly; several delegations, among them Viet Nam, Türkiye and Saint Vincent and the "
    "Grenadines, asked for more information on prison conditions and on the training of judges. "
)


def _page() -> str:
    filler = (
        "The representative described the legal framework, the role of the national institution "
        "and the budget allotted to the courts, and answered questions on detention and on the "
        "protection of journalists and human rights defenders in rural provinces. "
    )
    return (PARAGRAPH + filler) * 4


def _time_per_call(texts: list[str], demonyms: bool, repeat: int) -> list[float]:
    from rightstrack.actors import find_states

    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            find_states(text, demonyms=demonyms)
        runs.append((time.perf_counter() - start) / len(texts))
    return runs


def _report_pages(folder: Path, limit: int) -> list[str]:
    from rightstrack.ingest import load_document

    pages: list[str] = []
    for path in sorted(folder.glob("*.pdf"))[:limit]:
        doc = load_document(path)
        pages.extend(doc.page_text(p) for p in range(1, doc.page_count + 1))
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, help="folder of UPR report PDFs")
    parser.add_argument("--limit", type=int, default=20, help="how many reports to read")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from rightstrack.actors import find_states

    start = time.perf_counter()
    find_states("Chile", demonyms=False)
    find_states("Chile", demonyms=True)
    build_s = time.perf_counter() - start

    if args.reports:
        texts = _report_pages(args.reports, args.limit)
        label = f"{len(texts)} pages of {args.limit} UPR reports"
        repeat = args.repeat
    else:
        texts = [_page()] * 200
        label = f"written page of {len(texts[0])} characters, x200"
        repeat = args.repeat
    chars = sum(len(t) for t in texts) / len(texts)
    print(f"python {platform.python_version()} on {platform.machine()}; {label}")
    print(
        f"gazetteer load + regex build (both variants, once per process): {build_s * 1000:.0f} ms"
    )
    print(f"mentions on one page: {len(find_states(texts[0]))}")
    print("| variant | median µs per page | pages per second | chars per page |")
    print("| --- | --- | --- | --- |")
    for demonyms in (False, True):
        per_call = statistics.median(_time_per_call(texts, demonyms, repeat))
        name = "demonyms=True" if demonyms else "names only"
        print(f"| {name} | {per_call * 1e6:.0f} | {1 / per_call:.0f} | {chars:.0f} |")


if __name__ == "__main__":
    main()
