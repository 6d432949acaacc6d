"""Field accuracy of press extraction per batch of test texts, for the blind-score tables.

Why: the texts in tests/data/press were written in batches and each batch was scored before the
extractor was changed for it (the "blind" score). This prints a batch's score with the extractor
on `sys.path`, so the same command gives the blind figure when run before a batch's fixes, the
figure now, or — with `--src` pointing at an older source tree (`git archive <commit> src | tar -x
-C DIR`) — what an older extractor reaches on texts written after it.

Run:

    .venv/bin/python bench/press_batches.py 114-127 128-137 [--src DIR/src]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", help="ranges of text numbers, e.g. 114-127")
    parser.add_argument("--src", help="a source folder to import rightstrack from instead")
    args = parser.parse_args()
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))
    sys.path.insert(0, str(ROOT / "tests"))
    import test_press_fields as fields  # noqa: PLC0415 - after the path is set

    import rightstrack  # noqa: PLC0415

    print(f"rightstrack from {Path(rightstrack.__file__).parent}")
    for batch in args.batches:
        low, high = (int(n) for n in batch.split("-"))
        reached = expected = 0
        for path in fields.CASES:
            if low <= int(path.stem[1:]) <= high:
                got, total, _ = fields.score(path)
                reached, expected = reached + got, expected + total
        share = reached / expected if expected else 0.0
        print(f"p{low}-p{high}: {reached}/{expected} = {share:.1%}")


if __name__ == "__main__":
    main()
