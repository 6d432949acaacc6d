"""The demo: ingest the bundled Cambodia corpus into a fresh SQLite file and print an overview.

The corpus (`demo/corpus/`) is text written for the project; its UPR report is turned into a PDF at run
time so the demo goes through the same PDF reader as real UN reports.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import TextIO

from rightstrack.errors import InputError

CORPUS_DIR = Path(__file__).with_name("corpus")
UPR_SOURCE = "upr_cambodia_2014.txt"
DEMO_COUNTRY = "KHM"


def corpus_files(work_dir: Path) -> list[Path]:
    """The demo documents: every corpus file but the README, with the UPR report built as a PDF."""
    from rightstrack.demo.pdf import text_to_pdf

    files: list[Path] = []
    for path in sorted(CORPUS_DIR.iterdir()):
        if path.name == "README.md" or not path.is_file():
            continue
        if path.name == UPR_SOURCE:
            text = path.read_text(encoding="utf-8")
            pdf_path = work_dir / path.with_suffix(".pdf").name
            files.append(text_to_pdf(text, pdf_path, symbol="A/HRC/26/16-DEMO"))
        else:
            files.append(path)
    return files


def run_demo(db_path: Path, out: TextIO) -> dict:
    """Build the demo database at `db_path` (replacing it) and print the Cambodia overview."""
    from rightstrack.analyse.checks import check_claims
    from rightstrack.demo.overview import print_overview
    from rightstrack.pipeline import ingest_paths
    from rightstrack.record import queries
    from rightstrack.record.store import open_store

    started = time.perf_counter()
    db_path = db_path.resolve()
    if db_path.is_dir():
        raise InputError(f"{db_path}: is a folder; give a file name for the demo database")
    for suffix in ("", "-wal", "-shm"):
        try:
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        except OSError as exc:
            raise InputError(f"{db_path}{suffix}: cannot replace ({exc.strerror})") from exc
    store = open_store(db_path)
    with tempfile.TemporaryDirectory() as tmp:
        report = ingest_paths(store, corpus_files(Path(tmp)))
    for error in report.errors:
        out.write(f"error: {error}\n")
    with store.session() as session:
        overview = queries.country_overview(session, DEMO_COUNTRY)
        claims = check_claims(session, queries.Filters(state_under_review=DEMO_COUNTRY, limit=None))
    store.close()
    elapsed = time.perf_counter() - started
    print_overview(overview, claims, out)
    out.write(
        f"\nStored {report.created} documents in {db_path} in {elapsed:.1f} s.\n"
        f"Open the record in a browser:  rightstrack serve --db {db_path}\n"
        f"  then visit http://127.0.0.1:8000/countries/{DEMO_COUNTRY}\n"
    )
    return overview
