"""Ingest stage: a file on disk -> a `Document` (text, page map, metadata).

`load_document(path)` picks the reader by the file's content and extension, checks the limits, and raises
`IngestError(path, reason)` for anything it cannot read. Nothing is stored here; see `rightstrack.record`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rightstrack.document import Document
from rightstrack.errors import IngestError
from rightstrack.ingest.detect import detect_format

# A UPR report is 0.1–1 MB; a file over 50 MB is not a document we read (and would fill the store).
MAX_BYTES = 50_000_000
SUPPORTED_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt", ".text", ".md")


def load_bytes(data: bytes, name: str, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read `data` (the bytes of a file called `name`) into a Document."""
    if len(data) == 0:
        raise IngestError(name, "file is empty")
    if len(data) > max_bytes:
        raise IngestError(
            name, f"file is {len(data) / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
        )
    fmt = detect_format(data, name)
    if fmt == "pdf":
        from rightstrack.ingest.pdf import read_pdf

        doc = read_pdf(data, name)
    elif fmt == "docx":
        from rightstrack.ingest.docx import read_docx

        doc = read_docx(data, name)
    elif fmt == "html":
        from rightstrack.ingest.html import read_html

        doc = read_html(data, name)
    else:
        from rightstrack.ingest.text import read_text

        doc = read_text(data, name)
    if not doc.text.strip():
        raise IngestError(name, "no text found in the document")
    return doc


def load_document(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read the file at `path` into a Document, or raise IngestError naming the file and the reason."""
    p = Path(path)
    if not p.exists():
        raise IngestError(str(p), "no such file")
    if not p.is_file():
        raise IngestError(str(p), "not a regular file")
    size = p.stat().st_size
    if size > max_bytes:
        raise IngestError(
            str(p), f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit"
        )
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise IngestError(str(p), f"cannot read file ({exc.strerror})") from exc
    return load_bytes(data, str(p), max_bytes=max_bytes)


def iter_paths(paths: list[Path]) -> Iterator[Path]:
    """Files named in `paths`, folders walked in sorted order (only supported suffixes inside them)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield child
        else:
            yield path
