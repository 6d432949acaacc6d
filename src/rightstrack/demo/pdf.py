"""Turn a plain-text report into a PDF with fpdf2, the way UN reports look to a text extractor:
a running header with the document symbol, a page number in the footer, paragraphs that wrap and run
across pages. Used by the demo (the corpus ships as text; its PDF is made at run time) and by tests.
"""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF


class _ReportPDF(FPDF):
    def __init__(self, symbol: str) -> None:
        super().__init__(format="A4")
        self.symbol = symbol
        self.set_auto_page_break(auto=True, margin=20)

    def header(self) -> None:
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, self.symbol, align="R")
        self.ln(10)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Helvetica", size=8)
        self.cell(0, 6, str(self.page_no()), align="C")


def text_to_pdf(text: str, out: Path, *, symbol: str = "", font_size: int = 10) -> Path:
    """Write `text` (latin-1 characters) to a PDF at `out`; blank lines become paragraph gaps."""
    pdf = _ReportPDF(symbol)
    pdf.set_title(next((line for line in text.splitlines() if line.strip()), "report"))
    pdf.add_page()
    pdf.set_font("Helvetica", size=font_size)
    for line in text.splitlines():
        if not line.strip():
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return out
