"""Speed and size of the shipped classifiers (docs/benchmarks.md, "## Classification").

Why: `apply_to_items` runs on every extracted recommendation and `rightstrack classify` on whole
UPR Info-sized tables, so the default model must stay fast on one CPU core and small on disk.
Three figures:

1. recommendations per second for themes + action on one core (model load not timed; the texts
   are the UPR Info rows of ../shared when present, else sentences written for this bench), on
   the first pass (the per-word character n-gram cache starts empty) and best of the repeats;
2. wall time of the whole `rightstrack classify` command (process start, model load, CSV in and
   out) on a 20,000-row CSV built in a temporary folder;
3. size of the model files shipped in the package.

Run (pins BLAS/OpenMP to one thread):

    OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
        .venv/bin/python bench/bench_classify.py [--data ../shared/data/upr]
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OWN_SENTENCES = [
    "Continue its efforts to improve access to clean water in rural areas",
    "Consider ratifying the convention on the rights of migrant workers",
    "Abolish capital punishment and commute all existing death sentences",
    "Take steps to protect journalists and bloggers from intimidation",
    "Adopt a law prohibiting corporal punishment of children in all settings",
    "Strengthen the independence of the national human rights commission",
    "Ensure that women have equal access to land and credit",
    "Investigate all allegations of torture in police custody and punish those responsible",
]


def load_texts(data: Path | None, count: int) -> list[str]:
    texts: list[str] = []
    source = data / "upr-info-sessions-01-13.csv" if data else None
    if source and source.is_file():
        with source.open(encoding="utf-8", newline="") as handle:
            texts = [row["Text"] for row in csv.DictReader(handle)]
    if not texts:
        texts = OWN_SENTENCES
    return [texts[i % len(texts)] for i in range(count)]


def per_second(texts: list[str], repeats: int) -> tuple[float, float, float]:
    from rightstrack.classify import classify_recommendations, recommendation_model

    start = time.perf_counter()
    recommendation_model()
    load_s = time.perf_counter() - start
    rates = []
    for _ in range(repeats):
        start = time.perf_counter()
        classify_recommendations(texts)
        rates.append(len(texts) / (time.perf_counter() - start))
    return rates[0], max(rates), load_s


def classify_command(texts: list[str]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "rows.csv"
        with source.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "text"])
            writer.writerows([i, t] for i, t in enumerate(texts))
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "rightstrack",
                "classify",
                "--input",
                str(source),
                "--text-column",
                "text",
                "--output",
                str(Path(tmp) / "out.csv"),
            ],
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/upr"))
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    texts = load_texts(args.data, args.rows)
    cold, rate, load_s = per_second(texts, args.repeats)
    command_s = classify_command(texts)
    from rightstrack.classify.store import MODELS_DIR

    size = sum(p.stat().st_size for p in MODELS_DIR.glob("*.npz"))
    print(
        f"python {platform.python_version()} on {platform.processor() or platform.machine()}, "
        f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}"
    )
    print(
        f"themes+action: {cold:,.0f} recommendations/s on the first pass (empty word cache), "
        f"{rate:,.0f}/s best of {args.repeats} ({len(texts):,} texts; model load {load_s:.2f} s)"
    )
    print(f"rightstrack classify on {len(texts):,} rows: {command_s:.1f} s wall")
    print(f"model files: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
