"""Saved HTML pages: the main text and metadata extracted with trafilatura."""

from __future__ import annotations

import re

from briefing.core.document import Metadata, _clean_meta, _RawBlock, parse_date


def parse_html(html: str) -> tuple[list[_RawBlock], Metadata]:
    import trafilatura  # imported lazily: it is slow to import and only HTML needs it

    result = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        with_metadata=True,
    )
    text = ""
    meta = Metadata()
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = data.get("text") or ""
        meta = Metadata(
            title=_clean_meta(data.get("title")),
            published=parse_date(data.get("date")),
            source=_clean_meta(data.get("url") or data.get("sitename")),
            author=_clean_meta(data.get("author")),
        )
    if not text.strip():
        # Fall back to the visible text of the page rather than nothing at all.
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", "\n", text)
    blocks: list[_RawBlock] = []
    for line in re.split(r"\n\s*\n|\n", text):
        line = re.sub(r"\s+", " ", line).strip()
        if not line:
            continue
        if line.startswith("- "):
            blocks.append(_RawBlock("list_item", line[2:], 1))
        else:
            blocks.append(_RawBlock("paragraph", line))
    if meta.title and blocks and blocks[0].text == meta.title:
        blocks[0] = _RawBlock("heading", blocks[0].text, 1)
    return blocks, meta
