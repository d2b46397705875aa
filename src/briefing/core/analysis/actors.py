"""Placeholder: filled by the analysis work."""

from __future__ import annotations

from briefing.core.analysis.model import Actor
from briefing.core.document import Document


def extract_actors(doc: Document) -> list[Actor]:
    return []
