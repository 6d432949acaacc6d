"""The PDF text extractors compared by bench/pdf_libraries.py, each as path -> one string per page.

Each extractor is called the way the project would call it in ingest, with default settings, so the
benchmark measures what we would actually ship rather than a tuned best case.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

PageTexts = list[str]
Extractor = Callable[[Path], PageTexts]


def pypdfium2_pages(path: Path) -> PageTexts:
    """pypdfium2: the text page of each page, read in full with get_text_range()."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        pages: PageTexts = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return pages
    finally:
        pdf.close()


def pypdf_pages(path: Path) -> PageTexts:
    """pypdf (pure Python): PageObject.extract_text() in its default (plain) mode."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    return [page.extract_text() for page in reader.pages]


def pdfplumber_pages(path: Path) -> PageTexts:
    """pdfplumber (pdfminer.six underneath): Page.extract_text() with default tolerances."""
    import pdfplumber

    pages: PageTexts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            pages.append(page.extract_text() or "")
            page.close()  # drop pdfminer's cached layout objects, or memory grows per page
    return pages


def _pdftotext(path: Path, *flags: str) -> PageTexts:
    """Run poppler's pdftotext once per document; pages come back separated by form feeds."""
    done = subprocess.run(
        ["pdftotext", *flags, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=300,
    )
    pages = done.stdout.decode("utf-8", errors="replace").split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # pdftotext ends the last page with a form feed too
    return pages


def pdftotext_default_pages(path: Path) -> PageTexts:
    """pdftotext with no mode flag: poppler's own reading-order reconstruction."""
    return _pdftotext(path)


def pdftotext_layout_pages(path: Path) -> PageTexts:
    """pdftotext -layout: keeps the physical layout (columns padded with spaces)."""
    return _pdftotext(path, "-layout")


def pdftotext_raw_pages(path: Path) -> PageTexts:
    """pdftotext -raw: text in content-stream order, no reordering at all."""
    return _pdftotext(path, "-raw")


EXTRACTORS: dict[str, Extractor] = {
    "pypdfium2": pypdfium2_pages,
    "pypdf": pypdf_pages,
    "pdfplumber": pdfplumber_pages,
    "pdftotext": pdftotext_default_pages,
    "pdftotext -layout": pdftotext_layout_pages,
    "pdftotext -raw": pdftotext_raw_pages,
}
REFERENCE = "pdftotext"
ENGINES: dict[str, str] = {  # the modes of pdftotext share one engine, so they vote once
    "pypdfium2": "pdfium",
    "pypdf": "pypdf",
    "pdfplumber": "pdfminer",
    "pdftotext": "poppler",
    "pdftotext -layout": "poppler",
    "pdftotext -raw": "poppler",
}
