"""Plain-text reader: UTF-8 (with or without BOM), UTF-16 with BOM; anything else is refused."""

from __future__ import annotations

from rightstrack.document import Document
from rightstrack.errors import IngestError

MAX_TITLE_CHARS = 200


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes as text, refusing binary data rather than storing mojibake."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise IngestError(name, "cannot decode text as UTF-16") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(
            name, f"cannot decode text as UTF-8 (invalid byte at offset {exc.start})"
        ) from exc
    if "\x00" in text:
        raise IngestError(name, "binary data, not text (NUL bytes)")
    return text


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line ends as one newline, so offsets mean the same in every file."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(data: bytes, name: str) -> Document:
    """A UTF-8 or UTF-16 text file; its first line is the title when it is short (a headline)."""
    text = normalise_newlines(decode_text(data, name))
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), None)
    # A headline is one short line; a first line that runs on is the article's opening paragraph.
    title = first_line if first_line and len(first_line) <= MAX_TITLE_CHARS else None
    return Document.from_text(text, source=name, source_format="txt", title=title)
