"""Placeholder: filled by the analysis work."""

from __future__ import annotations

from briefing.core.analysis.model import Item
from briefing.core.document import Document


def extract_quotes(doc: Document) -> list[Item]:
    return []
