"""Analysis of an agreement article: clauses, open issues, timeline, quotes and actors.

Pure Python and deterministic; every item cites evidence spans of ``Document.text``.
"""

from __future__ import annotations

import datetime as dt

from briefing.core.analysis.model import Actor, Analysis, Evidence, Item
from briefing.core.document import Document

__all__ = ["Actor", "Analysis", "Evidence", "Item", "analyze"]


def analyze(doc: Document, published: dt.date | None = None) -> Analysis:
    """Analyse ``doc``. ``published`` overrides the document's own date for the timeline."""
    from briefing.core.analysis.actors import extract_actors
    from briefing.core.analysis.clauses import extract_clauses, extract_open_issues
    from briefing.core.analysis.quotes import extract_quotes
    from briefing.core.analysis.timeline import extract_timeline

    date = published or doc.meta.published
    result = Analysis()
    result.clauses = extract_clauses(doc)
    result.open_issues = extract_open_issues(doc)
    result.timeline = extract_timeline(doc, date)
    result.quotes = extract_quotes(doc)
    result.actors = extract_actors(doc)
    if date is None:
        result.notes.append(
            "no publication date: relative dates are left unresolved (date: null); "
            "give one with --published YYYY-MM-DD"
        )
    return result
