"""Which reader a file needs, decided from its first bytes first and its extension second.

Content wins over the name: a PDF renamed `.txt` is still read as a PDF, and a binary file with a `.txt`
name is refused instead of being stored as garbage.
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import PurePath

from rightstrack.errors import IngestError

_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


def detect_format(data: bytes, name: str) -> str:
    """Return "pdf", "docx", "html" or "txt"; raise IngestError for anything else."""
    suffix = PurePath(name).suffix.lower()
    head = data[:1024].lstrip()
    if data[:5] == b"%PDF-" or b"%PDF-" in data[:1024]:
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(BytesIO(data)) as zf:
                if "word/document.xml" in zf.namelist():
                    return "docx"
        except zipfile.BadZipFile as exc:
            raise IngestError(name, "corrupt ZIP/DOCX container") from exc
        raise IngestError(name, "unsupported type: a ZIP archive that is not a DOCX document")
    if suffix == ".pdf":
        raise IngestError(name, "not a PDF file (no %PDF header); the file may be corrupt")
    if suffix == ".docx":
        raise IngestError(name, "not a DOCX file (not a ZIP container); the file may be corrupt")
    lowered = head[:512].lower()
    if suffix in _HTML_SUFFIXES or lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in _TEXT_SUFFIXES:
        return "txt"
    raise IngestError(name, f"unsupported file type '{suffix}' (supported: PDF, DOCX, HTML, TXT)")
