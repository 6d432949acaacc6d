"""Compare PDF text libraries on the UPR reports for speed and text quality; print markdown tables.

Why: ingest needs one PDF library, and the choice should rest on numbers from our own documents.
Run (single process, pinned to one core):

    .venv/bin/python bench/pdf_libraries.py --reports ../shared/data/upr/reports [--limit N]

Speed is CPU seconds (process + child processes), which other jobs on the machine barely disturb;
wall seconds are printed beside it. Quality counts are defined in bench/pdf_quality.py; reading
order is compared with poppler's `pdftotext` (default mode) page by page, and also checked without
any reference by whether numbered paragraphs come out in increasing order.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_extractors import ENGINES, EXTRACTORS, REFERENCE  # noqa: E402
from pdf_quality import (  # noqa: E402
    QualityCounts,
    Vocabulary,
    attested_words,
    document_quality,
    load_vocabulary,
    word_set,
)

ATTESTING_QUORUM = 3  # of the four engines


def _cpu_seconds() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _pin_to_one_core(core: int | None) -> str:
    """Run on a single core so that no library gains from a second one; say which."""
    available = sorted(os.sched_getaffinity(0))
    chosen = available[-1] if core is None else core
    os.sched_setaffinity(0, {chosen})
    return f"core {chosen} of {os.cpu_count()}"


def run_benchmark(reports: list[Path], vocab: Vocabulary) -> list[dict]:
    """Extract every report with every extractor (interleaved per file, so load drifts hit all)."""
    rows: list[dict] = []
    for number, path in enumerate(reports, 1):
        texts: dict[str, list[str] | None] = {}
        for name, extractor in EXTRACTORS.items():
            wall, cpu = time.perf_counter(), _cpu_seconds()
            error = None
            try:
                texts[name] = extractor(path)
            except Exception as exc:  # noqa: BLE001 - a failing library is a result, not a crash
                texts[name], error = None, f"{type(exc).__name__}: {exc}"[:200]
            rows.append(
                {
                    "file": path.name,
                    "extractor": name,
                    "wall": time.perf_counter() - wall,
                    "cpu": _cpu_seconds() - cpu,
                    "error": error,
                }
            )
        reference = texts.get(REFERENCE)
        engine_words: dict[str, set[str]] = {}
        for name, pages in texts.items():
            if pages is not None:
                engine_words.setdefault(ENGINES[name], set()).update(word_set(pages))
        attested = attested_words(list(engine_words.values()), ATTESTING_QUORUM)
        for row in rows[-len(EXTRACTORS) :]:
            pages = texts[row["extractor"]]
            if pages is not None:
                quality = document_quality(pages, reference, vocab, attested)
                row["quality"] = quality.to_dict()
        print(f"[{number}/{len(reports)}] {path.name}", file=sys.stderr, flush=True)
    return rows


def _rate(count: float, words: int) -> str:
    return f"{1000 * count / words:.2f}" if words else "-"


def _percent(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f}" if whole else "-"


def render_tables(rows: list[dict]) -> str:
    """Markdown speed table and quality table, one line per extractor."""
    names = list(dict.fromkeys(row["extractor"] for row in rows))
    speed = [
        "| extractor | files | failures | pages | CPU s | wall s | pages/s (CPU) | ms/page (CPU) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    quality = [
        "| extractor | words | stray splits /1k words | glued /1k | hyphen breaks /1k"
        " | hyphen markers /1k | odd chars /1k | empty pages | order kept vs ref % "
        "| word-stream similarity % | numbered paras found | numbered in order % |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in names:
        mine = [row for row in rows if row["extractor"] == name]
        total = QualityCounts()
        for row in mine:
            if "quality" in row:
                total.add(QualityCounts(**row["quality"]))
        cpu = sum(row["cpu"] for row in mine)
        wall = sum(row["wall"] for row in mine)
        failures = sum(1 for row in mine if row["error"])
        pps = f"{total.pages / cpu:.1f}" if cpu else "-"
        mspp = f"{1000 * cpu / total.pages:.1f}" if total.pages else "-"
        speed.append(
            f"| {name} | {len(mine)} | {failures} | {total.pages} | {cpu:.1f} | {wall:.1f}"
            f" | {pps} | {mspp} |"
        )
        words = total.words
        quality.append(
            f"| {name} | {words} | {_rate(total.stray_splits, words)} | {_rate(total.glued, words)}"
            f" | {_rate(total.hyphen_breaks, words)} | {_rate(total.hyphen_markers, words)}"
            f" | {_rate(total.odd_chars, words)} | {total.empty_pages}"
            f" | {_percent(total.order_kept, total.order_common)}"
            f" | {_percent(total.stream_similarity, total.stream_weight)}"
            f" | {total.numbered_markers}"
            f" | {_percent(total.numbered_steps_in_order, max(total.numbered_markers - 1, 0))} |"
        )
    errors = [
        f"- {row['extractor']} on {row['file']}: {row['error']}" for row in rows if row["error"]
    ]
    return "\n".join(speed + [""] + quality + ([""] + errors if errors else [])) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run (or reload) the comparison, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=Path("../shared/data/upr/reports"))
    parser.add_argument(
        "--vocabulary",
        type=Path,
        default=None,
        help="UPR Info CSV whose Text column is the dictionary (default: beside --reports)",
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N reports")
    parser.add_argument("--core", type=int, default=None, help="CPU core to pin to (default: last)")
    parser.add_argument("--save", type=Path, default=None, help="write per-file results as JSON")
    parser.add_argument("--from-json", type=Path, default=None, help="re-render a saved run")
    args = parser.parse_args(argv)

    if args.from_json:
        print(render_tables(json.loads(args.from_json.read_text(encoding="utf-8"))["rows"]))
        return 0
    reports = sorted(args.reports.glob("*.pdf"))[: args.limit]
    if not reports:
        print(f"no PDF files in {args.reports}", file=sys.stderr)
        return 2
    csv_path = args.vocabulary or args.reports.parent / "upr-info-sessions-01-13.csv"
    if not csv_path.is_file():
        print(f"vocabulary CSV not found: {csv_path}", file=sys.stderr)
        return 2
    vocab = load_vocabulary(csv_path)
    where = _pin_to_one_core(args.core)
    rows = run_benchmark(reports, vocab)
    header = (
        f"{len(reports)} reports, {platform.processor() or platform.machine()}, single process on"
        f" {where}, Python {platform.python_version()}, dictionary of {len(vocab)} words"
    )
    if args.save:
        args.save.write_text(json.dumps({"header": header, "rows": rows}), encoding="utf-8")
    print(header + "\n")
    print(render_tables(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
