"""Time `ingest` of a folder of documents into a fresh SQLite file (the 207 shared UPR reports).

    .venv/bin/python bench/bench_ingest.py --reports ../shared/data/upr/reports [--db /tmp/bench.db]

Prints files, errors, seconds, files/s and pages/s, and what was stored; exits 1 if any file failed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from rightstrack.ingest import iter_paths
from rightstrack.pipeline import ingest_paths
from rightstrack.record.store import open_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=Path("../shared/data/upr/reports"))
    parser.add_argument("--db", type=Path, default=Path("/tmp/rightstrack-bench-ingest.db"))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    files = list(iter_paths([args.reports]))[: args.limit]
    store = open_store(args.db)
    started = time.perf_counter()
    report = ingest_paths(store, files)
    elapsed = time.perf_counter() - started
    totals: Counter[str] = Counter()
    for _path, result in report.stored:
        totals.update(result.counts)
    from sqlalchemy import text

    with store.engine.connect() as conn:
        pages = sum(
            len(__import__("json").loads(p))
            for (p,) in conn.execute(text("SELECT page_starts FROM documents"))
        )
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    print(f"files: {len(files)}  stored: {report.created}  errors: {len(report.errors)}")
    print(
        f"seconds: {elapsed:.1f}  files/s: {len(files) / elapsed:.2f}  pages/s: {pages / elapsed:.1f}"
    )
    print("stored items: " + ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
