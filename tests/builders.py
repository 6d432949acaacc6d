"""Build test inputs in code: PDFs (text, multi-page, encrypted, image-only), DOCX, HTML, corrupt files.

Nothing here is copied from outside: every text is written for the tests.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A PDF with one page per string (latin-1 text)."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(auto=False)
    for page_text in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for line in page_text.splitlines():
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_image_only_pdf(path: Path) -> Path:
    """A PDF whose page has drawings but no text layer, like a scan."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_fill_color(40, 40, 40)
    for row in range(20):
        pdf.rect(20, 20 + row * 10, 150, 4, style="F")
    pdf.output(str(path))
    return path


def make_encrypted_pdf(path: Path, text: str = "A confidential note.") -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(path.with_suffix(".plain.pdf"), [text])
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as fh:
        writer.write(fh)
    plain.unlink()
    return path


def make_docx(path: Path, paragraphs: list[str], title: str | None = None) -> Path:
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for para in paragraphs:
        document.add_paragraph(para)
    document.save(str(path))
    return path


def make_html(path: Path, title: str, paragraphs: list[str]) -> Path:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    path.write_text(
        f"<!doctype html><html><head><title>{title}</title>"
        f"<script>var tracking = 'not article text';</script></head>"
        f"<body><nav>Menu Home</nav><article><h1>{title}</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    return path
