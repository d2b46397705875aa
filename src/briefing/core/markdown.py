"""Markdown articles: YAML front matter for metadata, markdown-it-py for structure.

Inline markup is reduced to its text (emphasis, code spans, link text, image alt text);
the block structure that matters for reading is kept: headings, paragraphs, list items
and blockquotes.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.core.document import Metadata, _clean_meta, _RawBlock, parse_date

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_MD = MarkdownIt("commonmark")


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """Return (front matter mapping, body, notices). Bad YAML is reported, not raised."""
    m = _FRONT.match(text)
    if not m:
        return {}, text, []
    body = text[m.end() :]
    try:
        data = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        return {}, body, [f"front matter is not valid YAML{where}; metadata ignored"]
    if not isinstance(data, dict):
        return {}, body, ["front matter is not a mapping; metadata ignored"]
    return data, body, []


def _inline_text(token: Token) -> str:
    out: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content or "")
    return re.sub(r"\s+", " ", "".join(out)).strip()


def parse_markdown(text: str) -> tuple[list[_RawBlock], Metadata, list[str]]:
    front, body, notices = split_front_matter(text)
    meta = Metadata(
        title=_clean_meta(front.get("title")),
        published=parse_date(front.get("published") or front.get("date")),
        source=_clean_meta(front.get("source") or front.get("url")),
        author=_clean_meta(front.get("author") or front.get("authors")),
    )
    if front.get("published") is not None and meta.published is None:
        notices.append(f"front matter 'published' is not a YYYY-MM-DD date: {front['published']!r}")
    blocks: list[_RawBlock] = []
    quote_depth = 0
    list_depth = 0
    in_item = 0
    heading_level = 0
    for tok in _MD.parse(body):
        t = tok.type
        if t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif t == "list_item_open":
            in_item += 1
        elif t == "list_item_close":
            in_item -= 1
        elif t == "heading_open":
            heading_level = int(tok.tag[1:])
        elif t == "heading_close":
            heading_level = 0
        elif t == "inline":
            content = _inline_text(tok)
            if not content:
                continue
            if heading_level:
                blocks.append(_RawBlock("heading", content, heading_level))
            elif in_item:
                blocks.append(_RawBlock("list_item", content, list_depth))
            elif quote_depth:
                blocks.append(_RawBlock("blockquote", content, quote_depth))
            else:
                blocks.append(_RawBlock("paragraph", content))
        elif t in ("fence", "code_block"):
            for para in re.split(r"\n\s*\n", tok.content.strip()):
                if para.strip():
                    blocks.append(_RawBlock("paragraph", re.sub(r"\s*\n\s*", " ", para)))
    if meta.title is None:
        first_heading = next((b for b in blocks if b.kind == "heading"), None)
        if first_heading is not None:
            meta.title = first_heading.text
    return blocks, meta, notices
