"""Cut a document's text into segments for highlighting its items' evidence spans.

Spans may overlap (a statement inside a paragraph that also holds a claim), so the text is cut at
every span boundary and each segment lists the items covering it. The template escapes each segment.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    text: str
    keys: tuple[str, ...]  # item keys ("recommendation-12") covering this piece of text
    kinds: tuple[str, ...]


def item_key(item: dict[str, Any]) -> str:
    return f"{item['kind']}-{item['id']}"


def segments(text: str, items: list[dict[str, Any]]) -> list[Segment]:
    """The whole of `text` as consecutive segments; empty or out-of-range spans are ignored."""
    spans = []
    for item in items:
        ev = item.get("evidence") or {}
        start, end = max(0, int(ev.get("start", 0))), min(len(text), int(ev.get("end", 0)))
        if end > start:
            spans.append((start, end, item_key(item), str(item["kind"])))
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    starts: dict[int, list[tuple[int, str, str]]] = {}
    for start, end, key, kind in spans:
        starts.setdefault(start, []).append((end, key, kind))
    open_spans: list[tuple[int, str, str]] = []
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        open_spans = [s for s in open_spans if s[0] > left] + starts.get(left, [])
        keys = tuple(key for _, key, _ in open_spans)
        kinds = tuple(dict.fromkeys(kind for _, _, kind in open_spans))
        out.append(Segment(text[left:right], keys, kinds))
    return out
