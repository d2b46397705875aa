"""Highlights: spans of an article the reader marked, with a kind, a note and tags."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

#: Highlight kinds: (label, glyph). The glyph tells kinds apart without colour.
KINDS: dict[str, tuple[str, str]] = {
    "key": ("Key point", "★"),
    "question": ("Question", "?"),
    "evidence": ("Evidence", "■"),
    "followup": ("Follow-up", "→"),
}
DEFAULT_KIND = "key"
CONTEXT = 32  # characters of prefix and suffix kept with each highlight


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


@dataclass(slots=True)
class Highlight:
    """A highlight anchored by position and by text quote (exact + prefix + suffix)."""

    doc_sha: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    kind: str = DEFAULT_KIND
    note: str = ""
    tags: list[str] = field(default_factory=list)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    orphan: bool = False  # set when the span could not be found in the current text

    @classmethod
    def from_span(cls, doc_sha: str, text: str, start: int, end: int, **kw: Any) -> Highlight:
        return cls(
            doc_sha=doc_sha,
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT) : start],
            suffix=text[end : end + CONTEXT],
            **kw,
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Highlight:
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        if "tags" in known:
            known["tags"] = list(known["tags"])  # never share a list with the caller's dict
        return cls(**known)
