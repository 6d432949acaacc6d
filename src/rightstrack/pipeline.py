"""The pipeline as library calls: read -> recognise -> extract (+ classify) -> store.

The CLI and the web app are thin shells over these functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rightstrack.document import Document
from rightstrack.errors import IngestError
from rightstrack.extract import extract
from rightstrack.extract.items import Item
from rightstrack.ingest import MAX_BYTES, iter_paths, load_document
from rightstrack.recognise import recognise
from rightstrack.record.store import Store, StoreResult


def prepare(doc: Document, published: date | None = None) -> Document:
    """Set the publication date given by the user and recognise the document's kind."""
    if published is not None:
        doc.published = published
    if doc.kind is None:
        doc.kind = recognise(doc)
    return doc


def read_document(
    path: str | Path, published: date | None = None, *, max_bytes: int = MAX_BYTES
) -> Document:
    """Load and recognise one file."""
    return prepare(load_document(path, max_bytes=max_bytes), published)


def extract_file(path: str | Path, published: date | None = None) -> tuple[Document, list[Item]]:
    """Run the whole pipeline on one file without storing it."""
    doc = read_document(path, published)
    return doc, extract(doc)


def ingest_document(store: Store, doc: Document) -> StoreResult:
    """Extract and store one prepared Document (skipping extraction when it is already stored)."""
    existing = store.has_document(doc.content_hash)
    if existing is not None:
        return StoreResult(existing, created=False, kind=doc.kind or "other")
    return store.add_document(doc, extract(doc))


def ingest_file(
    store: Store, path: str | Path, published: date | None = None, *, max_bytes: int = MAX_BYTES
) -> StoreResult:
    """Read, extract and store one file; an already stored text is left as it is."""
    return ingest_document(store, read_document(path, published, max_bytes=max_bytes))


@dataclass
class IngestReport:
    """What `ingest_paths` did: each stored file's result, and the files it could not read."""

    stored: list[tuple[Path, StoreResult]] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)

    @property
    def created(self) -> int:
        return sum(1 for _, r in self.stored if r.created)

    @property
    def unchanged(self) -> int:
        return sum(1 for _, r in self.stored if not r.created)


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    published: date | None = None,
    on_file: Callable[[Path], None] | None = None,
    *,
    max_bytes: int = MAX_BYTES,
) -> IngestReport:
    """Ingest files and folders; a bad file is reported and skipped, the others still go in."""
    report = IngestReport()
    for path in iter_paths([Path(p) for p in paths]):
        try:
            report.stored.append((path, ingest_file(store, path, published, max_bytes=max_bytes)))
        except IngestError as exc:
            report.errors.append(exc)
        if on_file is not None:
            on_file(path)
    return report
