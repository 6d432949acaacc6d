"""DOCX reader on python-docx: paragraphs and table cells in document order."""

from __future__ import annotations

from io import BytesIO

import docx
from docx.opc.exceptions import PackageNotFoundError

from rightstrack.document import Document
from rightstrack.errors import IngestError


def read_docx(data: bytes, name: str) -> Document:
    """A DOCX's paragraphs, then its table rows (cells joined by " | "); IngestError if corrupt."""
    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise IngestError(name, f"corrupt DOCX ({exc})") from exc
    except Exception as exc:  # python-docx raises lxml errors for broken XML parts
        raise IngestError(name, f"corrupt DOCX ({type(exc).__name__})") from exc
    blocks: list[str] = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            blocks.append(" | ".join(cell.text.strip() for cell in row.cells))
    text = "\n".join(b.rstrip() for b in blocks)
    props = document.core_properties
    title = (props.title or "").strip() or next((b.strip() for b in blocks if b.strip()), None)
    # core_properties.created is when the file was made, not when the text was published: not used.
    return Document.from_text(text, source=name, source_format="docx", title=title)
