"""HTML reader on BeautifulSoup/lxml: visible text of the article, one block per line."""

from __future__ import annotations

from bs4 import BeautifulSoup

from rightstrack.document import Document
from rightstrack.ingest.text import decode_text, normalise_newlines

_DROP = ("script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form")


def read_html(data: bytes, name: str) -> Document:
    """Keep the readable text; drop scripts, navigation and boilerplate blocks."""
    soup = BeautifulSoup(decode_text(data, name), "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(_DROP):
        tag.decompose()
    body = soup.find("article") or soup.find("main") or soup.body or soup
    lines = [line.strip() for line in body.get_text("\n").splitlines()]
    text = normalise_newlines("\n".join(line for line in lines if line))
    published = None
    meta = soup.find("meta", attrs={"property": "article:published_time"}) or soup.find(
        "meta", attrs={"name": "date"}
    )
    if meta and meta.get("content"):
        from rightstrack.ingest.dates import parse_iso_date

        published = parse_iso_date(str(meta["content"]))
    if title is None:
        h1 = soup.find("h1")
        title = h1.get_text(" ", strip=True) if h1 else None
    return Document.from_text(
        text, source=name, source_format="html", title=title, published=published
    )
