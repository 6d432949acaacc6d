"""Ingest: every supported format becomes a Document with a page map; bad input is refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import make_docx, make_encrypted_pdf, make_html, make_image_only_pdf, make_pdf

from rightstrack.errors import IngestError
from rightstrack.ingest import load_document


def test_pdf_pages_and_offsets(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "two.pdf", ["First page says hello.", "Second page says goodbye."])
    doc = load_document(path)
    assert doc.source_format == "pdf" and doc.paged and doc.page_count == 2
    second = doc.text.index("Second page")
    assert doc.page_at(second) == 2
    assert doc.page_at(doc.text.index("First page")) == 1
    ev = doc.evidence(second, second + len("Second page says goodbye."))
    assert ev.quote == "Second page says goodbye." and ev.page == 2
    assert "goodbye" in doc.page_text(2) and "goodbye" not in doc.page_text(1)


def test_docx_html_txt(tmp_path: Path) -> None:
    docx_doc = load_document(
        make_docx(
            tmp_path / "a.docx", ["Opening line.", "The ministry met the envoy."], title="Note"
        )
    )
    assert "The ministry met the envoy." in docx_doc.text and docx_doc.title == "Note"
    html_doc = load_document(
        make_html(tmp_path / "a.html", "Envoy visit", ["The envoy arrived on Monday."])
    )
    assert "The envoy arrived on Monday." in html_doc.text
    assert "tracking" not in html_doc.text and "Menu" not in html_doc.text
    assert html_doc.title == "Envoy visit" and html_doc.page_at(0) is None
    txt = tmp_path / "a.txt"
    txt.write_bytes("Statement by Côte d'Ivoire\r\nSecond line".encode())
    txt_doc = load_document(txt)
    assert txt_doc.text == "Statement by Côte d'Ivoire\nSecond line"
    assert txt_doc.title == "Statement by Côte d'Ivoire"


def test_same_text_same_hash(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Same words.", encoding="utf-8")
    b.write_text("Same words.", encoding="utf-8")
    assert load_document(a).content_hash == load_document(b).content_hash


BAD_INPUTS = {
    "corrupt.pdf": "corrupt PDF",
    "encrypted.pdf": "encrypted",
    "scan.pdf": "no text layer",
    "empty.txt": "empty",
    "huge.txt": "over the",
    "picture.png": "unsupported file type",
    "latin1.txt": "cannot decode",
    "fake.docx": "not a DOCX",
    "archive.zip": "not a DOCX",
}


def make_bad_input(tmp_path: Path, name: str) -> Path:
    """Write the bad file called `name` (one per case in BAD_INPUTS)."""
    path = tmp_path / name
    if name == "corrupt.pdf":
        path.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without xref\n")
    elif name == "encrypted.pdf":
        make_encrypted_pdf(path)
    elif name == "scan.pdf":
        make_image_only_pdf(path)
    elif name == "empty.txt":
        path.write_bytes(b"")
    elif name == "huge.txt":
        path.write_bytes(b"word " * 300_000)  # 1.5 MB, over the 1 MB limit the tests use
    elif name == "picture.png":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    elif name == "latin1.txt":
        path.write_bytes("Déclaration du Sénégal".encode("latin-1"))
    elif name == "fake.docx":
        path.write_bytes(b"this is not a word document")
    elif name == "archive.zip":
        import zipfile

        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("notes.txt", "not a document")
    return path


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_input_is_refused_with_reason(tmp_path: Path, name: str) -> None:
    path = make_bad_input(tmp_path, name)
    with pytest.raises(IngestError) as info:
        load_document(path, max_bytes=1_000_000)
    message = str(info.value)
    assert str(path) in message
    assert BAD_INPUTS[name] in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file"):
        load_document(tmp_path / "nowhere.pdf")


def test_txt_title_is_a_headline_not_a_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    opening = "The delegation said many things about the review. " * 6
    path.write_text(opening + "\n\nA second paragraph.\n", encoding="utf-8")
    assert load_document(path).title is None
    path.write_text("Envoy meets minister\n\n" + opening, encoding="utf-8")
    assert load_document(path).title == "Envoy meets minister"


def test_parse_given_date_one_line_error() -> None:
    from datetime import date

    from rightstrack.errors import InputError
    from rightstrack.ingest.dates import parse_given_date

    assert parse_given_date("2014-01-28", "--published") == date(2014, 1, 28)
    with pytest.raises(
        InputError, match=r"^--published '5 May': not a date in the form YYYY-MM-DD$"
    ):
        parse_given_date("5 May", "--published '5 May'")
