"""The right column: clauses, open issues, timeline, quotes, actors and notes.

Each pane is an OptionList of items built from ``rich.text.Text`` (never markup). Items
carry the sentences they cite so the article and the panes can point at each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.core.analysis.model import Evidence
from briefing.core.highlights import KINDS, Highlight
from briefing.ui.commands import bindings

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


class PaneList(OptionList):
    """An OptionList of entries that can mark the ones citing the cursor's sentence."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        *bindings("panes"),
    ]

    DEFAULT_CSS = """
    PaneList { height: 1fr; border: none; background: $surface; }
    PaneList:focus { background-tint: $primary 5%; }
    """

    def __init__(self, pane: str, **kwargs: object) -> None:
        super().__init__(id=f"list-{pane}")
        self.pane = pane
        self.entries: list[Entry] = []
        self.marked: set[int] = set()
        self.by_sentence: dict[int, list[int]] = {}
        self.empty_text = "Analysing…"

    def set_entries(self, entries: list[Entry], empty: str) -> None:
        """Show ``entries``; the highlighted row stays on the same item when it is still there."""
        previous = self.current_entry()
        previous_index = self.highlighted or 0
        self.entries = entries
        self.marked = set()
        self.by_sentence: dict[int, list[int]] = {}
        for i, entry in enumerate(entries):
            for sentence in entry.sentences:
                self.by_sentence.setdefault(sentence, []).append(i)
        self.empty_text = empty
        self.clear_options()
        if not entries:
            self.add_option(Option(Text(empty, style="dim italic"), disabled=True))
            return
        self.add_options(
            Option(self._prompt(i), id=f"e{i}", disabled=e.header) for i, e in enumerate(entries)
        )
        keep = next((i for i, e in enumerate(entries) if previous and e.key == previous.key), None)
        if keep is None:
            rows = [i for i, e in enumerate(entries) if not e.header]
            later = [i for i in rows if i >= min(previous_index, len(entries) - 1)]
            keep = later[0] if later else (rows[-1] if rows else None)
        if keep is not None:
            self.highlighted = keep

    def _prompt(self, index: int) -> Text:
        entry = self.entries[index]
        if entry.header:
            return entry.label
        mark = Text("▶ " if index in self.marked else "  ", style="bold")
        return Text.assemble(mark, entry.label)

    def mark_sentence(self, sentence: int) -> list[int]:
        """Mark entries that cite ``sentence``; returns their indices."""
        now = set(self.by_sentence.get(sentence, ()))
        changed = now ^ self.marked
        self.marked = now
        for i in changed:
            if i < self.option_count:
                self.replace_option_prompt_at_index(i, self._prompt(i))
        return sorted(now)

    def current_entry(self) -> Entry | None:
        index = self.highlighted
        if index is None or not self.entries or index >= len(self.entries):
            return None
        entry = self.entries[index]
        return None if entry.header else entry


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
