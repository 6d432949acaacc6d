"""Figure: time to extract a 25-page UPR report on one core (docs/benchmarks.md, "UPR extraction").

Usage: .venv/bin/python bench/bench_upr_extract.py [--shared ../shared/data/upr] [--repeat 5]

For every shared report of exactly 25 pages it times `extract_upr_report` (text already loaded:
the parse itself) and `load_document` + `extract_upr_report` (from the PDF file), and prints the
median and the worst report. The first call, which loads the State gazetteer, is timed apart.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from pathlib import Path

from rightstrack.extract.upr_report import extract_upr_report
from rightstrack.ingest import load_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared/data/upr"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", type=int, default=25)
    args = parser.parse_args()
    with (args.shared / "reports.csv").open(newline="", encoding="utf-8") as handle:
        files = [r["file"] for r in csv.DictReader(handle) if int(r["pages"]) == args.pages]
    paths = [args.shared / "reports" / name for name in files]
    start = time.perf_counter()
    warm_doc = load_document(paths[0])
    warm_doc.kind = "upr_report"
    extract_upr_report(warm_doc)
    print(f"first call (loads gazetteer): {time.perf_counter() - start:.3f} s")
    parse_times, full_times = [], []
    for path in paths:
        best_parse = best_full = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            doc = load_document(path)
            doc.kind = "upr_report"
            t1 = time.perf_counter()
            extract_upr_report(doc)
            t2 = time.perf_counter()
            best_parse = min(best_parse, t2 - t1)
            best_full = min(best_full, t2 - t0)
        parse_times.append((best_parse, path.name))
        full_times.append((best_full, path.name))
    print(f"{len(paths)} reports of {args.pages} pages, best of {args.repeat} runs each")
    for label, times in (("extract only", parse_times), ("PDF load + extract", full_times)):
        worst = max(times)
        print(
            f"{label:20} median {statistics.median(t for t, _ in times):.3f} s, "
            f"worst {worst[0]:.3f} s ({worst[1]})"
        )


if __name__ == "__main__":
    main()
