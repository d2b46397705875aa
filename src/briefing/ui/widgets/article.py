"""The article view: a virtualized Line-API widget with a sentence cursor.

Only the visible lines are rendered. Article text is always turned into ``rich.text.Text``
objects directly, so it is never parsed as markup.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.core.document import Document
from briefing.ui.layout import TAB_WIDTH, Layout, Line, prefix_for

GUTTER = 3  # cursor bar, mark glyph, space


@dataclass(frozen=True, slots=True)
class Mark:
    """A styled span of the article: a highlight, a search match or cited evidence."""

    start: int
    end: int
    component: str


class _Spans:
    """Sorted spans with a quick "which overlap [a, b)" query."""

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.marks]
        self.longest = max((m.end - m.start for m in self.marks), default=0)

    def overlapping(self, start: int, end: int) -> list[Mark]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.marks[lo:hi] if m.end > start and m.start < end]

    def __len__(self) -> int:
        return len(self.marks)


class ArticleView(ScrollView, can_focus=True):
    """The article, wrapped to the width, with a sentence cursor and marks."""

    COMPONENT_CLASSES = {
        "article--heading",
        "article--blockquote",
        "article--list",
        "article--cursor",
        "article--cursor-bar",
        "article--gutter",
        "article--match",
        "article--match-current",
        "article--evidence",
        "article--hl-key",
        "article--hl-question",
        "article--hl-evidence",
        "article--hl-followup",
        "article--empty",
        "article--selection",
    }

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        color: $foreground;
        padding: 0 1;
        /* The scrollbar's column is always kept: the text is wrapped once, at its final
           width, instead of again when a long article turns the scrollbar on. */
        overflow-y: scroll;
    }
    ArticleView > .article--heading { color: $primary; text-style: bold; }
    ArticleView > .article--blockquote { color: $text-muted; text-style: italic; }
    ArticleView > .article--list { }
    ArticleView > .article--cursor { background: $primary 25%; }
    ArticleView:focus > .article--cursor { background: $primary 40%; }
    ArticleView > .article--cursor-bar { color: $accent; text-style: bold; }
    ArticleView > .article--gutter { color: $secondary; }
    ArticleView > .article--match { background: $warning 45%; }
    ArticleView > .article--match-current {
        background: $warning; color: $background; text-style: bold;
    }
    ArticleView > .article--evidence { background: $success 35%; text-style: underline; }
    ArticleView > .article--hl-key { background: $hl-key; }
    ArticleView > .article--hl-question { background: $hl-question; }
    ArticleView > .article--hl-evidence { background: $hl-evidence; }
    ArticleView > .article--hl-followup { background: $hl-followup; }
    ArticleView > .article--empty { color: $text-muted; text-style: italic; }
    ArticleView > .article--selection { text-style: reverse; }
    """

    # repaint=False: watch_cursor refreshes only the lines of the old and new sentence.
    cursor: reactive[int] = reactive(0, always_update=True, init=False, repaint=False)

    class CursorMoved(Message):
        """The sentence cursor moved to ``sentence``."""

        def __init__(self, sentence: int) -> None:
            super().__init__()
            self.sentence = sentence

    def __init__(self, doc: Document, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.doc = doc
        self.layout_cache: Layout | None = None
        self._highlights = _Spans()
        self._matches = _Spans()
        self._evidence = _Spans()
        self._current_match: Mark | None = None
        self.gutter_marks: dict[int, str] = {}
        self.query = ""
        self.selection: tuple[int, int] | None = None
        self._anchor: tuple[int, int] = (0, 0)

    # --- layout ---------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        return max(8, self.scrollable_content_region.width - GUTTER - 1)

    def _build_layout(self) -> Layout:
        self.layout_cache = Layout(self.doc, self.text_width)
        self.virtual_size = Size(self.layout_cache.width + GUTTER, max(1, len(self.layout_cache)))
        return self.layout_cache

    def _relayout(self) -> None:
        """Wrap again when the width changed (or nothing is laid out yet)."""
        if self.layout_cache is None or self.layout_cache.width != self.text_width:
            self._build_layout()
            self.refresh()

    @property
    def layout_lines(self) -> Layout:
        return self.layout_cache if self.layout_cache is not None else self._build_layout()

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self.call_after_refresh(self.scroll_to_cursor, False)

    def set_document(self, doc: Document) -> None:
        """Swap in a new version of the document (a fuller load), keeping the cursor."""
        offset = self.doc.sentences[self.cursor].start if self.doc.sentences else 0
        self.doc = doc
        self.layout_cache = None
        self._relayout()
        if doc.sentences:
            self.set_cursor(doc.sentence_at(offset), scroll=False)
        self.refresh()

    # --- marks ----------------------------------------------------------------------

    def set_highlights(self, spans: Iterable[tuple[int, int, str]]) -> None:
        self._highlights = _Spans(Mark(s, e, f"article--hl-{k}") for s, e, k in spans)
        self.refresh()

    def set_evidence(self, spans: Iterable[tuple[int, int]]) -> None:
        """Mark the evidence of the item chosen in a pane; only its lines are repainted."""
        new = _Spans(Mark(s, e, "article--evidence") for s, e in spans)
        old = self._evidence
        if [(m.start, m.end) for m in old.marks] == [(m.start, m.end) for m in new.marks]:
            return
        self._evidence = new
        for mark in (*old.marks, *new.marks):
            self._refresh_span(mark.start, mark.end)

    def _refresh_span(self, start: int, end: int) -> None:
        """Repaint the lines that show the text ``[start, end)``."""
        if not self.doc.sentences:
            self.refresh()
            return
        sentences = self.doc.sentences_in(start, max(start + 1, end))
        layout = self.layout_lines
        first, _ = layout.sentence_lines(sentences[0])
        _, last = layout.sentence_lines(sentences[-1])
        self.refresh_lines(first, last - first + 1)

    def set_gutter_marks(self, marks: dict[int, str]) -> None:
        self.gutter_marks = marks
        self.refresh()

    # --- selection ------------------------------------------------------------------

    def start_selection(self) -> None:
        """Start selecting at the cursor's sentence."""
        if not self.doc.sentences:
            return
        sent = self.doc.sentences[self.cursor]
        self._anchor = (sent.start, sent.end)
        self.selection = self._anchor
        self.refresh()

    def cancel_selection(self) -> None:
        self.selection = None
        self.refresh()

    def _follow_cursor(self) -> None:
        if self.selection is None or not self.doc.sentences:
            return
        sent = self.doc.sentences[self.cursor]
        a_start, a_end = self._anchor
        self.selection = (min(a_start, sent.start), max(a_end, sent.end))
        self.refresh()

    def extend_by_word(self, delta: int) -> None:
        """Move the selection's end by one word forward (``delta > 0``) or back."""
        if self.selection is None:
            return
        start, end = self.selection
        text = self.doc.text
        if delta > 0:
            pos = end
            while pos < len(text) and text[pos].isspace():
                pos += 1
            while pos < len(text) and not text[pos].isspace():
                pos += 1
            end = pos
        else:
            pos = end
            while pos > start + 1 and text[pos - 1].isspace():
                pos -= 1
            while pos > start + 1 and not text[pos - 1].isspace():
                pos -= 1
            while pos > start + 1 and text[pos - 1].isspace():
                pos -= 1
            end = max(start + 1, pos)
        self.selection = (start, end)
        self.refresh()

    # --- search ---------------------------------------------------------------------

    def search(self, query: str) -> int:
        """Mark every case-insensitive match of ``query``; returns how many there are."""
        self.query = query
        marks: list[Mark] = []
        if query:
            hay = self.doc.text.casefold()
            needle = query.casefold()
            # casefold can change lengths (ß -> ss); fall back to lower() when it does.
            if len(hay) != len(self.doc.text) or len(needle) != len(query):
                hay, needle = self.doc.text.lower(), query.lower()
            pos = hay.find(needle)
            while pos != -1 and len(marks) < 100_000:
                marks.append(Mark(pos, pos + len(needle), "article--match"))
                pos = hay.find(needle, pos + max(1, len(needle)))
        self._matches = _Spans(marks)
        self._current_match = None
        self.refresh()
        return len(marks)

    @property
    def match_count(self) -> int:
        return len(self._matches)

    def goto_match(self, forward: bool = True) -> int | None:
        """Move to the next (or previous) match from the cursor; its 1-based number."""
        marks = self._matches.marks
        if not marks:
            return None
        here = self._current_match.start if self._current_match else self._cursor_offset()
        starts = self._matches.starts
        if forward:
            i = bisect.bisect_right(starts, here)
            if self._current_match is None:
                i = bisect.bisect_left(starts, here)
            i %= len(marks)
        else:
            i = (bisect.bisect_left(starts, here) - 1) % len(marks)
        self._current_match = marks[i]
        self.set_cursor(self.doc.sentence_at(marks[i].start))
        self.refresh()
        return i + 1

    # --- cursor ---------------------------------------------------------------------

    def _cursor_offset(self) -> int:
        return self.doc.sentences[self.cursor].start if self.doc.sentences else 0

    def set_cursor(self, sentence: int, *, scroll: bool = True) -> None:
        if not self.doc.sentences:
            return
        sentence = max(0, min(sentence, len(self.doc.sentences) - 1))
        self.cursor = sentence
        if scroll:
            self.scroll_to_cursor()

    def watch_cursor(self, old: int, new: int) -> None:
        if not self.doc.sentences:
            return
        self._follow_cursor()
        layout = self.layout_lines
        for index in (old, new):
            if 0 <= index < len(self.doc.sentences):
                first, last = layout.sentence_lines(index)
                self.refresh_lines(first, last - first + 1)
        self.post_message(self.CursorMoved(new))

    def scroll_to_cursor(self, animate: bool = False) -> None:
        if not self.doc.sentences:
            return
        first, last = self.layout_lines.sentence_lines(self.cursor)
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if first >= top and last < top + height:
            return  # already in view: no scroll, no full repaint
        # Leaving at the bottom: bring it a third of the way down, so reading on does not
        # scroll at every sentence. Leaving at the top, or too tall: show its first line.
        at_first = last - first + 1 >= height or first < top
        target = first if at_first else max(0, first - height // 3)
        self.scroll_to(y=target, animate=animate, immediate=True)

    def move(self, delta: int) -> None:
        self.set_cursor(self.cursor + delta)

    def move_paragraph(self, delta: int) -> None:
        if not self.doc.sentences:
            return
        block = self.doc.sentences[self.cursor].block
        blocks = self.doc.blocks
        step = 1 if delta > 0 else -1
        if step < 0 and self.doc.blocks[block].first_sentence != self.cursor:
            self.set_cursor(blocks[block].first_sentence)
            return
        b = block + step
        while 0 <= b < len(blocks) and blocks[b].last_sentence < blocks[b].first_sentence:
            b += step
        if 0 <= b < len(blocks):
            self.set_cursor(blocks[b].first_sentence)
        elif step > 0:
            self.set_cursor(len(self.doc.sentences) - 1)
        else:
            self.set_cursor(0)

    def page(self, delta: int) -> None:
        """Scroll a screen up or down and put the cursor on the first sentence shown."""
        if not self.doc.sentences:
            return
        layout = self.layout_lines
        height = max(1, self.scrollable_content_region.height - 1)
        top = int(self.scroll_y) + delta * height
        top = max(0, min(top, max(0, len(layout) - 1)))
        if delta > 0 and top >= int(self.max_scroll_y) + 1:
            self.set_cursor(len(self.doc.sentences) - 1)
            return
        line = layout.line(top)
        sentence = self.doc.sentence_at(line.start)
        if layout.sentence_lines(sentence)[0] < top and sentence + 1 < len(self.doc.sentences):
            sentence += 1
        if delta < 0 and top == 0:
            sentence = 0
        self.scroll_to(y=top, animate=False, immediate=True)
        self.set_cursor(sentence)

    def on_click(self, event: events.Click) -> None:
        if not self.doc.sentences:
            return
        layout = self.layout_lines
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = int(self.scroll_offset.y) + offset.y
        if not 0 <= index < len(layout):
            return
        line = layout.line(index)
        if line.block < 0:
            return
        block = self.doc.blocks[line.block]
        first, rest = prefix_for(block)
        prefix = first if line.first else rest
        char = layout.offset_at(index, offset.x - GUTTER, len(prefix))
        self.set_cursor(self.doc.sentence_at(char), scroll=False)
        self.focus()

    # --- rendering ------------------------------------------------------------------

    def _style(self, component: str) -> Style:
        return self.get_component_rich_style(component, partial=True)

    _base_style: Style | None = None

    def notify_style_update(self) -> None:
        self._base_style = None
        super().notify_style_update()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        # The widget's own style walks every ancestor's styles: once per style change,
        # not once per line (a third of the time of a line).
        base = self._base_style
        if base is None:
            base = self._base_style = self.rich_style
        index = int(self.scroll_offset.y) + y
        if not self.doc.sentences and not self.doc.blocks:
            if y == 1:
                text = Text(" This article is empty.", style=self._style("article--empty"))
                return self._strip(text, width, base)
            return Strip.blank(width, base)
        layout = self.layout_lines
        if index >= len(layout):
            return Strip.blank(width, base)
        line = layout.line(index)
        if line.block < 0:
            return Strip.blank(width, base)
        return self._strip(self._line_text(line), width, base)

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        segments = list(text.render(self.app.console))
        strip = Strip(segments).apply_style(base)
        return strip.crop_extend(0, width, base)

    def _line_text(self, line: Line) -> Text:
        doc = self.doc
        block = doc.blocks[line.block]
        first_prefix, rest_prefix = prefix_for(block)
        prefix = first_prefix if line.first else rest_prefix
        body = doc.text[line.start : line.end]
        block_style = {
            "heading": "article--heading",
            "blockquote": "article--blockquote",
            "list_item": "article--list",
        }.get(block.kind)
        text = Text(body, end="", no_wrap=True)
        if block_style:
            text.stylize(self._style(block_style))
        ls, le = line.start, line.end
        cursor_sent = doc.sentences[self.cursor] if doc.sentences else None
        on_cursor = cursor_sent is not None and cursor_sent.start < le and cursor_sent.end > ls
        if on_cursor and cursor_sent is not None:
            text.stylize(
                self._style("article--cursor"),
                max(0, cursor_sent.start - ls),
                min(le, cursor_sent.end) - ls,
            )
        for spans in (self._highlights, self._evidence, self._matches):
            for mark in spans.overlapping(ls, le):
                component = mark.component
                if mark is self._current_match:
                    component = "article--match-current"
                text.stylize(self._style(component), max(0, mark.start - ls), mark.end - ls)
        if self.selection is not None:
            s_start, s_end = self.selection
            if s_start < le and s_end > ls:
                chosen = self._style("article--selection")
                text.stylize(chosen, max(0, s_start - ls), min(le, s_end) - ls)
        if "\t" in body:
            text.expand_tabs(TAB_WIDTH)
        bar = "▌" if on_cursor else " "
        glyph = " "
        sentence = doc.sentence_at(ls)
        if sentence >= 0 and doc.sentences[sentence].start >= ls:
            glyph = self.gutter_marks.get(sentence, " ")
        gutter = Text.assemble(
            (bar, self._style("article--cursor-bar")),
            (glyph[:1], self._style("article--gutter")),
            " ",
            (prefix, self._style(block_style) if block_style else ""),
        )
        gutter.append_text(text)
        return gutter

    def visible_text(self) -> list[str]:
        """The visible lines as plain text (for tests and debugging)."""
        height = self.scrollable_content_region.height
        return [self.render_line(y).text for y in range(height)]
