"""The right column: clauses, open issues, timeline, quotes, actors and notes.

Each pane is a :class:`PaneList`, a virtualized Line-API list of entries built from
``rich.text.Text`` (never markup). Only the rows on screen are rendered; a row's label is
wrapped when it is first shown at a width, and the line counts of all rows come from a
plain-string wrap that is cheap enough to redo when the width changes. Entries carry the
sentences they cite so the article and the panes can point at each other.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from rich.cells import get_character_cell_size
from rich.style import Style
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static, Tab, Tabs

from briefing.ui.commands import bindings
from briefing.ui.entries import (  # noqa: F401 (re-exported: the panes' rows and labels)
    PANE_GLYPHS,
    PANE_HINTS,
    PANES,
    TAB_LABELS,
    Entry,
    date_sort_key,
    format_event_date,
    highlight_label,
    relation_to,
)

GUTTER = 2  # the "▶ " mark before an item; headings and the empty text have none

# Control characters (tabs included) are shown as spaces: one for one, so offsets hold.
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")

# Characters known to take one cell: Latin, Greek, Cyrillic, punctuation, arrows, boxes.
# A label made only of these is wrapped by counting characters, at C speed. Built on first
# use (about 25 ms), not at import: the first frame does not need it.
_ONE_CELL_RANGES = (
    (0x20, 0x7E),
    (0xA0, 0x2FF),
    (0x370, 0x52F),
    (0x2010, 0x205E),
    (0x20A0, 0x20C0),
    (0x2190, 0x21FF),
    (0x2500, 0x25FF),
)


@functools.cache
def _one_cell() -> frozenset[str]:
    return frozenset(
        char
        for first, last in _ONE_CELL_RANGES
        for char in map(chr, range(first, last + 1))
        if get_character_cell_size(char) == 1
    )


def clean_label(plain: str) -> str:
    """``plain`` with control characters shown as spaces (same length)."""
    return _CONTROL.sub(" ", plain) if _CONTROL.search(plain) else plain


def _lead(text: str, pos: int, end: int) -> int:
    """The first non-space at or after ``pos`` (``end`` when there is none)."""
    while pos < end and text[pos] == " ":
        pos += 1
    return pos


def _wrap_chars(text: str, start: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """Greedy word wrap of ``text[start:end]`` (no newline), one cell per character."""
    first = len(out)
    pos = start
    while end - pos > width:
        limit = pos + width
        cut = text.rfind(" ", _lead(text, pos, end) + 1, limit + 1)
        if cut == -1:  # a word longer than the line: break it
            out.append((pos, limit))
            pos = limit
            continue
        stop = cut
        while text[stop - 1] == " ":
            stop -= 1
        out.append((pos, stop))
        pos = _lead(text, cut + 1, end)
    if pos < end or len(out) == first:
        out.append((pos, end))


def _wrap_cells(text: str, start: int, end: int, width: int, out: list[tuple[int, int]]) -> None:
    """The same wrap, measuring each character (wide CJK, emoji, combining marks)."""
    first = len(out)
    pos = start
    while pos < end:
        cells = 0
        stop = pos
        while stop < end:
            size = get_character_cell_size(text[stop])
            if cells + size > width:
                break
            cells += size
            stop += 1
        if stop >= end:
            out.append((pos, end))
            return
        stop = max(stop, pos + 1)  # a glyph wider than the whole line still takes a line
        lead = _lead(text, pos, end)
        cut = stop if text[stop] == " " else text.rfind(" ", lead + 1, stop)
        if cut <= lead:
            out.append((pos, stop))
            pos = stop
            continue
        last = cut
        while text[last - 1] == " ":
            last -= 1
        out.append((pos, last))
        pos = _lead(text, cut + 1, end)
    if len(out) == first:
        out.append((pos, end))


def wrap_spans(plain: str, width: int) -> list[tuple[int, int]]:
    """Where ``plain`` breaks into lines of at most ``width`` cells: (start, end) offsets.

    Lines break at spaces (the spaces at a break are dropped), at newlines, and inside a
    word only when the word is longer than a line. ``plain`` holds no control characters
    but newlines (see :func:`clean_label`).
    """
    width = max(1, width)
    wrap = _wrap_chars if _one_cell().issuperset(plain.replace("\n", " ")) else _wrap_cells
    out: list[tuple[int, int]] = []
    start = 0
    while (newline := plain.find("\n", start)) != -1:
        wrap(plain, start, newline, width, out)
        start = newline + 1
    wrap(plain, start, len(plain), width, out)
    return out


class _Rows:
    """The lines of every row at one width: row ``i`` covers ``tops[i]`` to ``tops[i + 1]``."""

    def __init__(self, rows: list[Entry], width: int) -> None:
        self.width = width
        tops = [0]
        total = 0
        item_width = max(1, width - GUTTER)
        for row in rows:
            plain = clean_label(row.label.plain)
            wide = width if row.header else item_width
            if len(plain) <= wide and _one_cell().issuperset(plain):  # (a newline is not)
                total += 1  # a short row: no need to wrap
            else:
                total += len(wrap_spans(plain, wide))
            tops.append(total)
        self.tops = tops

    @property
    def total(self) -> int:
        return self.tops[-1]

    def row_at(self, line: int) -> int:
        return bisect.bisect_right(self.tops, line) - 1

    def span(self, index: int) -> tuple[int, int]:
        """The first line of row ``index`` and how many lines it takes."""
        return self.tops[index], self.tops[index + 1] - self.tops[index]


@dataclass(slots=True)
class _Sheet:
    """The state of one pane while another is shown in the same list."""

    entries: list[Entry] = field(default_factory=list)
    marked: set[int] = field(default_factory=set)
    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    empty_text: str = "Analysing…"
    rows: list[Entry] = field(default_factory=list)
    layouts: dict[int, _Rows] = field(default_factory=dict)
    lines: dict[tuple[int, int], list[Text]] = field(default_factory=dict)
    strips: dict[tuple[int, int, int, str, bool, bool, str], Strip] = field(default_factory=dict)
    highlighted: int | None = None
    scroll_y: int = 0


def _index_of(sentences: dict[int, list[int]], entries: list[Entry]) -> None:
    for i, entry in enumerate(entries):
        for sentence in entry.sentences:
            sentences.setdefault(sentence, []).append(i)


def _kept(previous: Entry | None, previous_index: int, entries: list[Entry]) -> int | None:
    """The row to highlight in ``entries``: the same item as before, else the next one."""
    if not entries:
        return None
    if previous is not None:
        keep = next((i for i, e in enumerate(entries) if e.key == previous.key), None)
        if keep is not None:
            return keep
    rows = [i for i, e in enumerate(entries) if not e.header]
    later = [i for i in rows if i >= min(previous_index, len(entries) - 1)]
    return later[0] if later else (rows[-1] if rows else None)


def _entry_at(entries: list[Entry], index: int | None) -> Entry | None:
    if index is None or not entries or index >= len(entries):
        return None
    entry = entries[index]
    return None if entry.header else entry


class PaneList(ScrollView, can_focus=True):
    """A list of entries that renders only its visible rows (Line API).

    Headings are shown but skipped by the cursor. Rows citing the article's sentence at
    the cursor carry a ▶ mark (:meth:`mark_sentence`).

    One list can hold several panes ("sheets") and show one at a time: switching is a
    swap of rows and a repaint of the list, with no layout or focus change on the screen
    (hiding one widget and showing another costs a full relayout). :meth:`sheet` gives a
    handle with the list's API for any pane, shown or not.
    """

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select", "Select", show=False),
        *bindings("panes"),
    ]

    COMPONENT_CLASSES = {
        "pane-list--option",
        "pane-list--highlighted",
        "pane-list--hover",
        "pane-list--header",
        "pane-list--empty",
        "pane-list--mark",
    }

    DEFAULT_CSS = """
    PaneList {
        height: 1fr;
        border: none;
        padding: 0 1;
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: auto;
    }
    PaneList:focus { border: tall $border; background-tint: $primary 5%; }
    PaneList > .pane-list--highlighted {
        color: $foreground;
        background: $block-cursor-blurred-background;
        text-style: $block-cursor-blurred-text-style;
    }
    PaneList:focus > .pane-list--highlighted {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    PaneList > .pane-list--hover { background: $block-hover-background; }
    PaneList > .pane-list--header { color: $text-disabled; }
    PaneList > .pane-list--empty { color: $text-disabled; text-style: italic; }
    PaneList > .pane-list--mark { text-style: bold; }
    """

    highlighted: reactive[int | None] = reactive(None, init=False, repaint=False)
    """The index of the highlighted entry (never a heading), or None."""

    class RowMessage(Message):
        """Something happened to the entry at ``index``."""

        def __init__(self, pane_list: PaneList, index: int) -> None:
            super().__init__()
            self.pane_list = pane_list
            self.index = index

        @property
        def control(self) -> PaneList:
            return self.pane_list

    class Highlighted(RowMessage):
        """The highlight moved to the entry at ``index``."""

    class Selected(RowMessage):
        """The entry at ``index`` was chosen (enter or a click): jump to its evidence."""

    def __init__(self, pane: str, *, sheets: tuple[str, ...] = (), id: str | None = None) -> None:
        super().__init__(id=id or f"list-{pane}")
        self.pane = pane
        self._sheets: dict[str, _Sheet] = {name: _Sheet() for name in sheets if name != pane}
        self.entries: list[Entry] = []
        self.marked: set[int] = set()
        self.by_sentence: dict[int, list[int]] = {}
        self.empty_text = "Analysing…"
        self._rows: list[Entry] = [self._empty_row()]
        self._layouts: dict[int, _Rows] = {}  # by width; the last few widths are kept
        self._lines: dict[tuple[int, int], list[Text]] = {}  # (row, width) -> wrapped lines
        self._hover: int | None = None
        # Rendered lines, by (row, line, width, look, mark, focus, theme): the repaints
        # that follow a layout change (a tab switch, a focus move) reuse them.
        self._strips: dict[tuple[int, int, int, str, bool, bool, str], Strip] = {}

    # --- sheets ---------------------------------------------------------------------

    def sheet(self, name: str) -> PaneSheet:
        """A handle on pane ``name`` of this list (shown or not)."""
        return PaneSheet(self, name)

    def show_sheet(self, name: str) -> None:
        """Show pane ``name`` in place of the current one."""
        if name == self.pane:
            return
        incoming = self._sheets.pop(name)
        self._sheets[self.pane] = _Sheet(
            self.entries,
            self.marked,
            self.by_sentence,
            self.empty_text,
            self._rows,
            self._layouts,
            self._lines,
            self._strips,
            self.highlighted,
            int(self.scroll_offset.y),
        )
        self.pane = name
        self.entries = incoming.entries
        self.marked = incoming.marked
        self.by_sentence = incoming.by_sentence
        self.empty_text = incoming.empty_text
        self._rows = incoming.rows or [self._empty_row()]
        self._layouts = incoming.layouts
        self._lines = incoming.lines
        self._strips = incoming.strips
        self._hover = None
        self.set_reactive(PaneList.highlighted, incoming.highlighted)
        if self.is_on_screen:
            self._layout()
        self.scroll_to(y=incoming.scroll_y, animate=False, immediate=True)
        self.refresh()
        if incoming.highlighted is not None:
            self.scroll_to_highlight()

    def _store(self, name: str) -> _Sheet:
        return self._sheets[name]

    # --- entries --------------------------------------------------------------------

    def _empty_row(self) -> Entry:
        return Entry("", Text(self.empty_text), header=True)

    def set_entries(self, entries: list[Entry], empty: str) -> None:
        """Show ``entries``; the highlighted row stays on the same item when it is still there."""
        previous = self.current_entry()
        previous_index = self.highlighted or 0
        self.entries = entries
        self.marked = set()
        self.by_sentence = {}
        _index_of(self.by_sentence, entries)
        self.empty_text = empty
        self._rows = entries if entries else [self._empty_row()]
        self._layouts = {}
        self._lines = {}
        self._strips = {}
        self._hover = None
        keep = _kept(previous, previous_index, entries)
        # Set without the watcher: every row is repainted anyway, and the app hears of the
        # highlight even when it stayed on the same index.
        self.set_reactive(PaneList.highlighted, keep)
        if self.is_on_screen:
            self._layout()
        self.refresh()
        if keep is None:
            self.scroll_to(y=0, animate=False, immediate=True)
        else:
            self.scroll_to_highlight()
            self.post_message(self.Highlighted(self, keep))

    def current_entry(self) -> Entry | None:
        return _entry_at(self.entries, self.highlighted)

    def mark_sentence(self, sentence: int) -> list[int]:
        """Mark entries that cite ``sentence``; returns their indices."""
        now = set(self.by_sentence.get(sentence, ()))
        changed = now ^ self.marked
        self.marked = now
        layout = self._current_layout()
        if layout is not None and changed:
            top = int(self.scroll_offset.y)
            bottom = top + self.scrollable_content_region.height
            for index in changed:
                first = layout.tops[index]
                if top <= first < bottom:  # the mark sits on a row's first line
                    self.refresh_line(first)
        return sorted(now)

    # --- layout ---------------------------------------------------------------------

    def _current_layout(self) -> _Rows | None:
        return self._layouts.get(self.scrollable_content_region.width)

    def _layout(self) -> _Rows | None:
        """Line counts of every row at the current width (None before there is a width)."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return None
        layout = self._layouts.get(width)
        if layout is None:
            while len(self._layouts) >= 3:
                del self._layouts[next(iter(self._layouts))]
            layout = self._layouts[width] = _Rows(self._rows, width)
        size = Size(width, layout.total)
        if self.virtual_size != size:
            # The list's own size does not change, only what it scrolls over: update the
            # scrollbar without the screen-wide relayout that setting the reactive asks for
            # (a scrollbar that appears or goes still asks for one itself).
            self.set_reactive(Widget.virtual_size, size)
            self._scroll_update(size)
            self.refresh()
        return layout

    def _row_lines(self, index: int, width: int) -> list[Text]:
        """Row ``index`` wrapped to ``width`` cells (its gutter left out)."""
        row = self._rows[index]
        wide = width if row.header else max(1, width - GUTTER)
        key = (index, wide)
        lines = self._lines.get(key)
        if lines is None:
            label = row.label
            plain = clean_label(label.plain)
            if plain is not label.plain:
                label = label.copy()
                label.plain = plain
            spans = wrap_spans(plain, wide)
            pieces = label.divide([offset for span in spans for offset in span])
            lines = [pieces[2 * k + 1] for k in range(len(spans))]
            if len(self._lines) > 1024:
                self._lines.clear()
            self._lines[key] = lines
        return lines

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self.scroll_to_highlight)

    def on_show(self) -> None:
        self.call_after_refresh(self.scroll_to_highlight)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    # --- the highlight --------------------------------------------------------------

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self.entries:
            return None
        index = max(0, min(index, len(self.entries) - 1))
        if self.entries[index].header:
            found = self._selectable(index, 1, wrap=False)
            if found is None:
                found = self._selectable(index, -1, wrap=False)
            return found
        return index

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        if new is not None:
            self.scroll_to_highlight()
            self.post_message(self.Highlighted(self, new))

    def _refresh_row(self, index: int | None) -> None:
        if index is None or index >= len(self._rows):
            return
        layout = self._current_layout()
        if layout is None:
            self.refresh()
        else:
            self.refresh_lines(*layout.span(index))

    def scroll_to_highlight(self) -> None:
        """Scroll the least needed to show the whole highlighted row (or its top)."""
        index = self.highlighted
        if index is None or not self.is_mounted or not self.is_on_screen:
            return
        layout = self._layout()
        if layout is None or index >= len(self._rows):
            return
        top, height = layout.span(index)
        view = max(1, self.scrollable_content_region.height)
        current = int(self.scroll_offset.y)
        if top >= current and top + min(height, view) <= current + view:
            return
        y = top if top < current or height >= view else top + height - view
        self.scroll_to(y=y, animate=False, immediate=True)

    def _selectable(self, index: int, step: int, *, wrap: bool) -> int | None:
        """The first entry that is not a heading from ``index`` on (itself included)."""
        n = len(self.entries)
        for _ in range(n):
            if not 0 <= index < n:
                if not wrap:
                    return None
                index %= n
            if not self.entries[index].header:
                return index
            index += step
        return None

    def _step(self, step: int) -> None:
        if not self.entries:
            return
        if self.highlighted is None:
            start = 0 if step > 0 else len(self.entries) - 1
            self.highlighted = self._selectable(start, step, wrap=True)
        else:
            found = self._selectable(self.highlighted + step, step, wrap=True)
            if found is not None:
                self.highlighted = found

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_first(self) -> None:
        if self.entries:
            self.highlighted = self._selectable(0, 1, wrap=False)

    def action_last(self) -> None:
        if self.entries:
            self.highlighted = self._selectable(len(self.entries) - 1, -1, wrap=False)

    def _page(self, step: int) -> None:
        layout = self._layout()
        if not self.entries or layout is None:
            return
        if self.highlighted is None:
            self.action_first() if step > 0 else self.action_last()
            return
        view = max(1, self.scrollable_content_region.height)
        line = layout.tops[self.highlighted] + step * view
        line = max(0, min(line, layout.total - 1))
        index = layout.row_at(line)
        found = self._selectable(index, step, wrap=False)
        if found is None:
            found = self._selectable(index, -step, wrap=False)
        if found is not None:
            self.highlighted = found

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def action_select(self) -> None:
        if self.current_entry() is not None and self.highlighted is not None:
            self.post_message(self.Selected(self, self.highlighted))

    # --- mouse ----------------------------------------------------------------------

    def _row_under(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        layout = self._current_layout()
        if offset is None or layout is None or not self.entries:
            return None
        line = int(self.scroll_offset.y) + offset.y
        if not 0 <= line < layout.total:
            return None
        index = layout.row_at(line)
        return None if self.entries[index].header else index

    def on_click(self, event: events.Click) -> None:
        index = self._row_under(event)
        if index is not None:
            self.highlighted = index
            self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._row_under(event))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, index: int | None) -> None:
        if index != self._hover:
            old, self._hover = self._hover, index
            self._refresh_row(old)
            self._refresh_row(index)

    # --- rendering ------------------------------------------------------------------

    def _row_style(self, component: str) -> Style:
        return self.get_visual_style("pane-list--option", component).rich_style

    def render_lines(self, crop: Region) -> list[Strip]:
        self._layout()  # the width may have changed since the last frame
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        layout = self._layout()
        line = int(self.scroll_offset.y) + y
        if layout is None or line >= layout.total:
            return Strip.blank(width, self._row_style("pane-list--option"))
        index = layout.row_at(line)
        row = self._rows[index]
        if not self.entries:
            component = "pane-list--empty"
        elif row.header:
            component = "pane-list--header"
        elif index == self.highlighted:
            component = "pane-list--highlighted"
        elif index == self._hover:
            component = "pane-list--hover"
        else:
            component = "pane-list--option"
        sub = line - layout.tops[index]
        marked = sub == 0 and index in self.marked
        key = (index, sub, width, component, marked, self.has_focus, self.app.theme)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row_line(index, sub, width, component, marked)
            if len(self._strips) > 512:
                self._strips.clear()
            self._strips[key] = strip
        return strip

    def _render_row_line(
        self, index: int, sub: int, width: int, component: str, marked: bool
    ) -> Strip:
        style = self._row_style(component)
        lines = self._row_lines(index, width)
        body = lines[sub] if sub < len(lines) else Text()
        if self._rows[index].header:
            text = Text()
            text.append_text(body)  # keeps the label's own style, which render() leaves out
        else:
            mark = self.get_component_rich_style("pane-list--mark", partial=True)
            text = Text.assemble(("▶ " if marked else "  ", mark), body)
        strip = Strip(list(text.render(self.app.console))).apply_style(style)
        return strip.crop_extend(0, width, style)

    def visible_text(self) -> list[str]:
        """The visible lines as plain text (for tests and debugging)."""
        return [self.render_line(y).text for y in range(self.scrollable_content_region.height)]


class PaneSheet:
    """One pane of a :class:`PaneList`, with the list's API whether it is shown or not."""

    def __init__(self, pane_list: PaneList, name: str) -> None:
        self.pane_list = pane_list
        self.name = name

    @property
    def shown(self) -> bool:
        return self.pane_list.pane == self.name

    @property
    def entries(self) -> list[Entry]:
        return self.pane_list.entries if self.shown else self.pane_list._store(self.name).entries

    @property
    def marked(self) -> set[int]:
        return self.pane_list.marked if self.shown else self.pane_list._store(self.name).marked

    @property
    def by_sentence(self) -> dict[int, list[int]]:
        if self.shown:
            return self.pane_list.by_sentence
        return self.pane_list._store(self.name).by_sentence

    def visible_text(self) -> list[str]:
        """What the list shows for this pane (empty while another pane is shown)."""
        return self.pane_list.visible_text() if self.shown else []

    @property
    def highlighted(self) -> int | None:
        if self.shown:
            return self.pane_list.highlighted
        return self.pane_list._store(self.name).highlighted

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if self.shown:
            self.pane_list.highlighted = index
        else:
            self.pane_list._store(self.name).highlighted = index

    @property
    def has_focus(self) -> bool:
        return self.shown and self.pane_list.has_focus

    @property
    def size(self) -> Size:
        return self.pane_list.size

    def focus(self) -> None:
        """Show this pane and move the focus to it."""
        self.pane_list.show_sheet(self.name)
        self.pane_list.focus()

    def set_entries(self, entries: list[Entry], empty: str) -> None:
        if self.shown:
            self.pane_list.set_entries(entries, empty)
            return
        sheet = self.pane_list._store(self.name)
        keep = _kept(_entry_at(sheet.entries, sheet.highlighted), sheet.highlighted or 0, entries)
        by_sentence: dict[int, list[int]] = {}
        _index_of(by_sentence, entries)
        self.pane_list._sheets[self.name] = _Sheet(
            entries, set(), by_sentence, empty, list(entries), highlighted=keep
        )

    def current_entry(self) -> Entry | None:
        if self.shown:
            return self.pane_list.current_entry()
        sheet = self.pane_list._store(self.name)
        return _entry_at(sheet.entries, sheet.highlighted)

    def mark_sentence(self, sentence: int) -> list[int]:
        if self.shown:
            return self.pane_list.mark_sentence(sentence)
        sheet = self.pane_list._store(self.name)
        sheet.marked = set(sheet.by_sentence.get(sentence, ()))
        sheet.strips.clear()
        return sorted(sheet.marked)


class PaneTabStrip(Tabs, can_focus=False):
    """The tab titles; keys (1-6, tab) and clicks choose a pane, the list keeps the focus."""


class PaneTabs(Vertical):
    """The right column: tab titles, the shown pane's title line, and one list.

    The list holds every pane and shows one (see :class:`PaneList`): a tab switch swaps
    its rows instead of hiding one widget and showing another.
    """

    DEFAULT_CSS = "PaneTabs { height: 1fr; }"

    def compose(self) -> ComposeResult:
        names = tuple(pane for pane, _ in PANES)
        yield PaneTabStrip(*(Tab(title, id=f"tab-{pane}") for pane, title in PANES), id="tabs")
        yield Static(Text(PANES[0][1]), id="pane-title", classes="pane-title")
        yield PaneList(names[0], sheets=names, id="panes")
