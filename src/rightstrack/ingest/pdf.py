"""PDF reader on pypdfium2 (chosen by measurement: see docs/benchmarks.md, "PDF text extraction").

The text of each page is taken in PDFium's reading order; pages are joined with a newline and their start
offsets kept, so every evidence span knows its page.
"""

from __future__ import annotations

import pypdfium2 as pdfium

from rightstrack.document import Document
from rightstrack.errors import IngestError


def _clean(raw: str) -> str:
    """Normalise line ends, and turn PDFium's U+FFFE back into the hyphen the PDF printed.

    PDFium marks a hyphen that fell at a line end with U+FFFE and drops the line break after it; in UN
    reports these are hyphens of compound words ("co-operation"), so "-" is right, and it is one
    character for one, so no offset moves (measured in docs/benchmarks.md, "PDF text extraction").
    """
    return raw.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-")


def read_pdf(data: bytes, name: str) -> Document:
    """Read PDF bytes; refuse corrupt, encrypted and image-only files with a reason."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise IngestError(name, "PDF is encrypted (password required)") from exc
        raise IngestError(name, f"corrupt PDF ({exc})") from exc
    try:
        page_texts: list[str] = []
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
            textpage.close()
            page.close()
            page_texts.append(_clean(raw))
        title = (pdf.get_metadata_dict().get("Title") or "").strip() or None
    except pdfium.PdfiumError as exc:
        raise IngestError(name, f"corrupt PDF ({exc})") from exc
    finally:
        pdf.close()
    if not page_texts:
        raise IngestError(name, "PDF has no pages")
    if not any(t.strip() for t in page_texts):
        raise IngestError(name, "PDF has no text layer (scanned/image-only); run OCR first")
    starts: list[int] = []
    offset = 0
    for text in page_texts:
        starts.append(offset)
        offset += len(text) + 1
    return Document.from_text(
        "\n".join(page_texts), source=name, source_format="pdf", page_starts=starts, title=title
    )
