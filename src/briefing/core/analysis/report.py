"""Render an analysis as JSON (the evaluation contract), Markdown or plain text."""

from __future__ import annotations

import json
from typing import Any

from briefing.core.analysis.model import Analysis, Item
from briefing.core.document import Document


def to_json_dict(doc: Document, result: Analysis) -> dict[str, Any]:
    published = doc.meta.published.isoformat() if doc.meta.published else None
    return {
        "document": {
            "title": doc.meta.title,
            "published": published,
            "source": doc.meta.source,
            "sha256": doc.sha256,
            "path": str(doc.path) if doc.path else None,
            "sentences": len(doc.sentences),
        },
        "clauses": [i.to_dict() for i in result.clauses],
        "open_issues": [i.to_dict() for i in result.open_issues],
        "timeline": [i.to_dict() for i in result.timeline],
        "quotes": [i.to_dict() for i in result.quotes],
        "actors": [a.to_dict() for a in result.actors],
        "notes": list(result.notes),
    }


def to_json(doc: Document, result: Analysis) -> str:
    return json.dumps(to_json_dict(doc, result), ensure_ascii=False, indent=2)


def _line(item: Item) -> str:
    if item.kind == "event":
        when = item.date or f"unresolved ({item.expression})"
        if item.time:
            when += f" {item.time}"
        role = f" [{item.role}]" if item.role else ""
        return f"{when}{role}: {item.text}"
    if item.kind == "quote":
        return f"{item.speaker or 'unknown'}: {item.text}"
    return item.text


_SECTIONS = (
    ("Clauses", "clauses"),
    ("Open issues", "open_issues"),
    ("Timeline", "timeline"),
    ("Quotes", "quotes"),
)


def to_text(doc: Document, result: Analysis) -> str:
    out = [doc.title, ""]
    for heading, attr in _SECTIONS:
        items: list[Item] = getattr(result, attr)
        out.append(f"{heading} ({len(items)})")
        out.extend(f"  - {_line(i)}" for i in items)
        out.append("")
    out.append(f"Actors ({len(result.actors)})")
    out.extend(f"  - {a.name} ({a.kind}, {a.mentions})" for a in result.actors)
    out.extend(f"note: {n}" for n in result.notes)
    return "\n".join(out) + "\n"


def to_markdown(doc: Document, result: Analysis) -> str:
    from briefing.core.export import escape_inline

    out = [f"# {escape_inline(doc.title)}", ""]
    for heading, attr in _SECTIONS:
        items: list[Item] = getattr(result, attr)
        out.append(f"## {heading}")
        out.append("")
        out.extend(f"- {escape_inline(_line(i))}" for i in items)
        out.append("")
    out.append("## Actors")
    out.append("")
    out.extend(f"- {escape_inline(a.name)} ({a.kind}, {a.mentions})" for a in result.actors)
    return "\n".join(out) + "\n"
