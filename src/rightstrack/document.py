"""The one object that flows through the pipeline: a Document and the Evidence spans cut from it.

Every stage reads a `Document` and every extracted item points back into `Document.text` with an
`Evidence` (character offsets, page, and the quoted passage), so a user can always cite the source.
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """A passage of a document: `text[start:end]`, found on `page` (1-based, None for unpaged text)."""

    start: int
    end: int
    page: int | None
    quote: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "page": self.page, "quote": self.quote}


@dataclass
class Document:
    """Text of one source file with its page map and metadata.

    `page_starts[i]` is the offset in `text` where page i+1 begins; an unpaged document (HTML, TXT)
    has a single page starting at 0 and `paged=False`, so its evidence carries `page=None`.
    """

    text: str
    content_hash: str
    source: str | None = None  # path or URL the bytes came from
    source_format: str = "txt"  # pdf, docx, html, txt
    page_starts: list[int] = field(default_factory=lambda: [0])
    paged: bool = False
    title: str | None = None
    kind: str | None = None  # set by recognise: upr_report, upr_addendum, press, statement, ...
    publisher: str | None = None
    published: date | None = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        source: str | None = None,
        source_format: str = "txt",
        page_starts: list[int] | None = None,
        **meta: Any,
    ) -> Document:
        """Build a Document; the content hash is of the text so re-ingesting finds the same row."""
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        paged = page_starts is not None
        return cls(
            text=text,
            content_hash=digest,
            source=source,
            source_format=source_format,
            page_starts=page_starts if page_starts is not None else [0],
            paged=paged,
            **meta,
        )

    @property
    def page_count(self) -> int:
        return len(self.page_starts)

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding character `offset`, or None for an unpaged document."""
        if not self.paged:
            return None
        return max(1, bisect.bisect_right(self.page_starts, offset))

    def page_text(self, page: int) -> str:
        """Text of 1-based page `page`."""
        start = self.page_starts[page - 1]
        end = self.page_starts[page] if page < len(self.page_starts) else len(self.text)
        return self.text[start:end]

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for `text[start:end]`, trimmed of surrounding whitespace."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Evidence(start=start, end=end, page=self.page_at(start), quote=self.text[start:end])
