"""What the panes show, without the widgets: their names, rows and labels.

Imported at start-up by the app (cheap); the pane list widget itself
(:mod:`briefing.ui.widgets.panes`) is imported after the first frame.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.text import Text

from briefing.core.highlights import KINDS, Highlight

if TYPE_CHECKING:
    from briefing.core.analysis.model import Evidence

PANES: tuple[tuple[str, str], ...] = (
    ("clauses", "Clauses"),
    ("open_issues", "Open issues"),
    ("timeline", "Timeline"),
    ("quotes", "Quotes"),
    ("actors", "Actors"),
    ("notes", "Notes"),
)

#: Tab titles from longest to shortest; the app uses the longest that fits the column.
TAB_LABELS: tuple[dict[str, str], ...] = (
    dict(PANES),
    {
        "clauses": "Clauses",
        "open_issues": "Issues",
        "timeline": "Timeline",
        "quotes": "Quotes",
        "actors": "Actors",
        "notes": "Notes",
    },
    {
        "clauses": "Cla",
        "open_issues": "Iss",
        "timeline": "Tim",
        "quotes": "Quo",
        "actors": "Act",
        "notes": "Not",
    },
)

#: The line under each tab: what its keys do.
PANE_HINTS = {
    "clauses": "enter jump · r rename · m move · d delete",
    "open_issues": "enter jump · x tick · m move · d delete",
    "timeline": "enter jump · E adds from the article",
    "quotes": "enter jump · Q adds from the article",
    "actors": "enter jump to a mention",
    "notes": "enter jump · / filter · d delete",
}

#: Gutter glyphs in the article for sentences that carry items of a pane.
PANE_GLYPHS = {"open_issues": "!", "clauses": "§", "timeline": "◷", "quotes": "“"}


@dataclass(slots=True)
class Entry:
    """One row of a pane: what it shows and what it cites."""

    key: str  # item id, actor name or highlight id
    label: Text
    evidence: list[Evidence] = field(default_factory=list)
    sentences: frozenset[int] = frozenset()
    header: bool = False  # a group heading (timeline) rather than an item


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_event_date(date: str | None, time: str | None = None) -> str:
    """A date at its real precision: "2019", "Dec 2019", "Thu 5 Mar 2020", "+ 00:01"."""
    if not date:
        return "undated"
    parts = date.split("-")
    try:
        if len(parts) == 1:
            out = parts[0]
        elif len(parts) == 2:
            out = f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        else:
            day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
            out = f"{day:%a} {day.day} {_MONTHS[day.month - 1]} {day.year}"
    except (ValueError, IndexError):
        out = date
    if time:
        out += f" {time}"
    return out


def date_sort_key(date: str | None) -> tuple[int, str]:
    return (0, date) if date else (1, "")


def relation_to(date: str | None, published: dt.date | None) -> str:
    """ "past", "today" or "future" relative to the article's date, at the date's precision."""
    if not date or published is None:
        return "unknown"
    ref = published.isoformat()[: len(date)]
    if date < ref:
        return "past"
    if date > ref:
        return "future"
    return "today"


def highlight_label(h: Highlight, width: int = 70) -> Text:
    """One line for a highlight: glyph, kind, tags, note's first line, quote."""
    label, glyph = KINDS.get(h.kind, (h.kind, "•"))
    quote = " ".join(h.exact.split())
    if len(quote) > width:
        quote = quote[: width - 1] + "…"
    parts: list[tuple[str, str] | str] = [(f"{glyph} {label}", "bold")]
    if h.orphan:
        parts.append((" orphan", "bold red"))
    if h.tags:
        parts.append((" " + " ".join(f"#{t}" for t in h.tags), "italic"))
    note_line = h.note.strip().splitlines()[0] if h.note.strip() else ""
    if note_line:
        parts.append(f" — {note_line}")
    parts.append((f"\n   “{quote}”", "dim"))
    return Text.assemble(*parts)
