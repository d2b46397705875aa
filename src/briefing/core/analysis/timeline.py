"""Placeholder: filled by the analysis work."""

from __future__ import annotations

import datetime as dt

from briefing.core.analysis.model import Item
from briefing.core.document import Document


def extract_timeline(doc: Document, published: dt.date | None) -> list[Item]:
    return []
