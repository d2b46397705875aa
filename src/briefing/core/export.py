"""Placeholder: the Markdown export is filled by the export work."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")


def escape_inline(text: str) -> str:
    """Escape Markdown punctuation so ``text`` renders as written."""
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))
