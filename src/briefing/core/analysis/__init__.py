"""Analysis of an agreement article: clauses, open issues, timeline, quotes and actors.

Pure Python and deterministic; every item cites evidence spans of ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable

from briefing.core.analysis.model import Actor, Analysis, Evidence, Item
from briefing.core.document import Document

__all__ = ["Actor", "Analysis", "Evidence", "Item", "analyze"]


def analyze(
    doc: Document,
    published: dt.date | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> Analysis:
    """Analyse ``doc``. ``published`` overrides the document's own date for the timeline.

    ``progress(fraction, stage)`` is called before each stage, for long articles.
    """
    # The analysis makes many small objects and no cycles worth collecting: the cyclic
    # collector, left on, walks the whole heap again and again (40% of the time on 1 MB).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyze(doc, published or doc.meta.published, progress)
    finally:
        if collecting:
            gc.enable()


def _analyze(
    doc: Document, date: dt.date | None, progress: Callable[[float, str], None] | None
) -> Analysis:
    from briefing.core.analysis.actors import extract_actors
    from briefing.core.analysis.clauses import extract_clauses, extract_open_issues
    from briefing.core.analysis.quotes import extract_quotes
    from briefing.core.analysis.timeline import extract_timeline

    result = Analysis()
    report = progress or (lambda fraction, stage: None)
    report(0.0, "clauses")
    result.clauses = extract_clauses(doc)
    report(0.2, "open issues")
    result.open_issues = extract_open_issues(doc)
    report(0.4, "timeline")
    result.timeline = extract_timeline(doc, date)
    report(0.6, "quotes")
    result.quotes = extract_quotes(doc)
    report(0.8, "actors")
    result.actors = extract_actors(doc)
    report(1.0, "done")
    if date is None:
        result.notes.append(
            "no publication date: relative dates are left unresolved (date: null); "
            "give one with --published YYYY-MM-DD"
        )
    return result
