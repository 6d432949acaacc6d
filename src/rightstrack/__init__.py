"""RightsTrack: a verifiable record of UN human-rights reviews, built from the documents.

Library API (the CLI and the web app call these):

    from rightstrack import open_store, extract_file, ingest_paths, load_document, extract
"""

from __future__ import annotations

from rightstrack.document import Document, Evidence
from rightstrack.errors import IngestError, InputError, RightsTrackError
from rightstrack.extract import extract
from rightstrack.ingest import load_document
from rightstrack.pipeline import extract_file, ingest_file, ingest_paths, read_document
from rightstrack.record.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "Document",
    "Evidence",
    "IngestError",
    "InputError",
    "RightsTrackError",
    "Store",
    "extract",
    "extract_file",
    "ingest_file",
    "ingest_paths",
    "load_document",
    "open_store",
    "read_document",
]
