"""The analysis result: items that cite evidence spans of the document text."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

ItemKind = Literal["clause", "open_issue", "event", "quote"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of the document text; ``quote`` is exactly ``text[start:end]``."""

    start: int
    end: int
    quote: str


@dataclass(slots=True)
class Item:
    """A clause, open issue, timeline event or quote.

    Fields that only some kinds use stay ``None`` for the others: ``date``/``time``/
    ``role``/``expression`` for events, ``speaker`` for quotes.
    """

    id: str
    kind: ItemKind
    text: str
    cue: str
    evidence: list[Evidence]
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD
    time: str | None = None  # HH:MM
    role: str | None = None  # start, effective, deadline, ...
    expression: str | None = None  # the words the date was read from
    speaker: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.kind != "event":
            for key in ("date", "time", "role", "expression"):
                data.pop(key)
        if self.kind != "quote":
            data.pop("speaker")
        return data


@dataclass(slots=True)
class Actor:
    name: str
    kind: str  # person, state, organization, group
    mentions: int
    aliases: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Analysis:
    clauses: list[Item] = field(default_factory=list)
    open_issues: list[Item] = field(default_factory=list)
    timeline: list[Item] = field(default_factory=list)
    quotes: list[Item] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. "no publication date: ..."

    def items(self) -> list[Item]:
        return [*self.clauses, *self.open_issues, *self.timeline, *self.quotes]


def make_id(kind: str, text: str, start: int) -> str:
    """A stable item id from its kind, its evidence text and where that starts."""
    digest = hashlib.sha1(f"{kind}\0{start}\0{text}".encode()).hexdigest()[:10]
    return f"{kind[0]}-{digest}"


def evidence(text: str, start: int, end: int) -> Evidence:
    """Evidence for ``text[start:end]`` with surrounding whitespace trimmed."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start, end, text[start:end])
