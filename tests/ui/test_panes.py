"""The pane lists: wrapping, keys, headings, marks, mouse and resizing, as a reader sees them."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import App, ComposeResult

from briefing.core.config import seed_path
from briefing.core.document import load_document
from briefing.ui.app import BriefingApp
from briefing.ui.widgets.panes import Entry, PaneList, wrap_spans


def item(key: str, text: str, *sentences: int) -> Entry:
    return Entry(key, Text(text), sentences=frozenset(sentences))


def heading(key: str, text: str) -> Entry:
    return Entry(key, Text(text, style="bold"), header=True)


class Harness(App[None]):
    """One pane list, focused, recording the messages it posts."""

    def __init__(self, entries: list[Entry], empty: str = "Nothing here.") -> None:
        super().__init__()
        self.start_entries = entries
        self.empty = empty
        self.heard: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        yield PaneList("test")

    def on_mount(self) -> None:
        self.pane.set_entries(self.start_entries, self.empty)
        self.pane.focus()

    @property
    def pane(self) -> PaneList:
        return self.query_one(PaneList)

    @on(PaneList.Highlighted)
    def _highlighted(self, event: PaneList.Highlighted) -> None:
        self.heard.append(("highlighted", event.index))

    @on(PaneList.Selected)
    def _selected(self, event: PaneList.Selected) -> None:
        self.heard.append(("selected", event.index))


def shown(pane: PaneList) -> list[str]:
    return [line.rstrip() for line in pane.visible_text()]


# --- wrapping -------------------------------------------------------------------------


def test_wrap_breaks_at_spaces_and_keeps_every_word() -> None:
    text = "The two sides agreed to hold joint patrols on the M4 highway from March 15"
    for width in (8, 13, 20, 40):
        spans = wrap_spans(text, width)
        lines = [text[a:b] for a, b in spans]
        assert all(cell_len(line) <= width for line in lines)
        assert " ".join(lines).split() == text.split()
        assert all(not line.startswith(" ") and not line.endswith(" ") for line in lines)
    long = "abcdefghij klm"
    assert [long[a:b] for a, b in wrap_spans(long, 4)] == ["abcd", "efgh", "ij", "klm"]


def test_wrap_counts_wide_characters_and_keeps_newlines() -> None:
    text = "停火协议 今天 生效 “quoted” words"
    for a, b in wrap_spans(text, 6):
        assert cell_len(text[a:b]) <= 6
    two = "★ Key point\n   “Putin and Erdogan”"
    assert [two[a:b] for a, b in wrap_spans(two, 40)] == ["★ Key point", "   “Putin and Erdogan”"]
    assert len(wrap_spans("", 10)) == 1


# --- keys, headings and messages --------------------------------------------------------


async def test_keys_move_the_highlight_and_skip_headings() -> None:
    entries = [
        heading("h1", "2020"),
        item("a", "First event"),
        item("b", "Second event"),
        heading("h2", "2021"),
        item("c", "Third event"),
    ]
    app = Harness(entries)
    async with app.run_test(size=(50, 12)) as pilot:
        await pilot.pause()
        pane = app.pane
        assert pane.highlighted == 1 and app.heard == [("highlighted", 1)]
        await pilot.press("j", "down")
        assert pane.highlighted == 4  # the "2021" heading was skipped
        await pilot.press("k")
        assert pane.highlighted == 2
        await pilot.press("end")
        assert pane.highlighted == 4
        await pilot.press("home")
        assert pane.highlighted == 1
        await pilot.press("up")  # up from the first item goes round to the last
        assert pane.highlighted == 4
        pane.highlighted = 3  # a heading cannot be highlighted: the next item is
        assert pane.highlighted == 4
        await pilot.press("enter")
        await pilot.pause()
        assert app.heard[-1] == ("selected", 4)
        assert pane.current_entry() is entries[4]
        lines = shown(pane)
        assert lines[:5] == ["2020", "  First event", "  Second event", "2021", "  Third event"]


async def test_enter_and_click_choose_the_row_under_them() -> None:
    entries = [item(f"i{n}", f"Item number {n}") for n in range(5)]
    app = Harness(entries)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        pane = app.pane
        top = pane.content_region.y - pane.region.y  # the focus border
        await pilot.click(PaneList, offset=(4, top + 3))
        await pilot.pause()
        assert app.pane.highlighted == 3
        assert ("selected", 3) in app.heard


async def test_empty_pane_shows_its_text_and_ignores_keys() -> None:
    app = Harness([], "No clauses found in this article.")
    async with app.run_test(size=(50, 10)) as pilot:
        await pilot.pause()
        await pilot.press("j", "end", "enter")
        await pilot.pause()
        assert app.pane.highlighted is None and app.pane.current_entry() is None
        assert app.heard == []
        assert shown(app.pane)[0] == "No clauses found in this article."


async def test_long_labels_wrap_under_their_mark_and_marks_follow_sentences() -> None:
    long = "Both sides agreed to a secure corridor six kilometres deep on each side of the M4"
    entries = [item("a", long, 7), item("b", "Short one", 8), item("c", "Also cites seven", 7)]
    app = Harness(entries)
    async with app.run_test(size=(30, 12)) as pilot:
        await pilot.pause()
        pane = app.pane
        width = pane.scrollable_content_region.width
        lines = shown(pane)
        assert all(cell_len(line) <= width for line in lines)
        first_row = [line for line in lines[:4] if line]
        assert len(first_row) >= 3 and all(line.startswith("  ") for line in first_row)
        assert " ".join(line.strip() for line in first_row[:-1]) in long
        assert pane.mark_sentence(7) == [0, 2]
        await pilot.pause()
        lines = shown(pane)
        assert lines[0].startswith("▶ Both")
        assert "▶ Also cites seven" in lines and "  Short one" in lines
        assert pane.mark_sentence(8) == [1]
        await pilot.pause()
        lines = shown(pane)
        assert "▶ Short one" in lines and not lines[0].startswith("▶")


async def test_control_characters_never_reach_the_screen() -> None:
    app = Harness([item("a", "evil \x1b[31mred\x1b[0m\ttext")])
    async with app.run_test(size=(40, 8)) as pilot:
        await pilot.pause()
        line = shown(app.pane)[0]
        assert "\x1b" not in line and "\t" not in line
        assert "red" in line and "text" in line


async def test_paging_and_resizing_keep_the_highlighted_row_in_view() -> None:
    entries = [
        item(f"i{n}", f"Item {n}: the parties will meet again to settle the corridor")
        for n in range(300)
    ]
    app = Harness(entries)
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.pause()
        pane = app.pane
        await pilot.press("pagedown")
        assert 10 <= (pane.highlighted or 0) <= 25
        await pilot.press("end")
        await pilot.pause()
        assert any(line.startswith("  Item 299:") for line in shown(pane))
        await pilot.press("pageup")
        await pilot.pause()
        here = pane.highlighted
        assert here is not None and 270 <= here < 299
        assert any(line.startswith(f"  Item {here}:") for line in shown(pane))
        for size in ((40, 20), (24, 12), (80, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            lines = shown(pane)
            assert any(line.startswith(f"  Item {here}:") for line in lines), (size, lines)
            assert all(cell_len(line) <= pane.scrollable_content_region.width for line in lines)


async def test_a_new_list_keeps_the_highlight_on_the_same_item() -> None:
    entries = [item(k, f"Item {k}") for k in "abcd"]
    app = Harness(entries)
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        pane = app.pane
        await pilot.press("j", "j")
        assert pane.current_entry() is entries[2]
        pane.set_entries([item("z", "New first"), *entries], "Nothing.")
        await pilot.pause()
        assert pane.highlighted == 3 and pane.current_entry() is not None
        assert pane.current_entry().key == "c"  # type: ignore[union-attr]


# --- in the reader ----------------------------------------------------------------------


def reader(tmp_path: Path) -> BriefingApp:
    app = BriefingApp(load_document(seed_path()), store_path=tmp_path / "store.json")
    app.animation_level = "none"
    return app


async def test_enter_in_a_pane_jumps_the_article_to_the_evidence(tmp_path: Path) -> None:
    app = reader(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("1", "j", "j")
        clauses = app.pane("clauses")
        entry = clauses.current_entry()
        assert entry is not None and clauses.highlighted == 2
        await pilot.press("enter")
        await pilot.pause()
        target = app.doc.sentence_at(entry.evidence[0].start)
        assert app.article.cursor == target
        words = app.doc.sentence_text(target).split()[:3]
        assert " ".join(words) in " ".join(" ".join(app.article.visible_text()).split())
        await pilot.press("3")  # the timeline: headings are never the current row
        timeline = app.pane("timeline")
        for _ in range(len(timeline.entries) + 2):
            assert timeline.current_entry() is not None
            await pilot.press("j")


async def test_marks_follow_the_article_cursor(tmp_path: Path) -> None:
    app = reader(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.until_ready()
        await pilot.pause()
        clauses = app.pane("clauses")
        cited = sorted(clauses.by_sentence)
        for sentence in cited[:3]:
            app.article.set_cursor(sentence)
            await pilot.pause()
            expected = set(clauses.by_sentence[sentence])
            assert clauses.marked == expected
            marked_lines = [line for line in shown(clauses) if line.startswith("▶")]
            assert len(marked_lines) == len(expected)
        uncited = next(s for s in range(len(app.doc.sentences)) if s not in clauses.by_sentence)
        app.article.set_cursor(uncited)
        await pilot.pause()
        assert not any(line.startswith("▶") for line in shown(clauses))


async def test_a_theme_change_recolours_the_rows() -> None:
    app = Harness([item("a", "First"), item("b", "Second")])
    async with app.run_test(size=(40, 8)) as pilot:
        app.theme = "textual-dark"
        await pilot.pause()
        dark = [seg.style for seg in app.pane.render_line(0)._segments if seg.text.strip()]
        app.theme = "textual-light"
        await pilot.pause()
        light = [seg.style for seg in app.pane.render_line(0)._segments if seg.text.strip()]
        assert dark and light
        assert dark[0].bgcolor != light[0].bgcolor  # type: ignore[union-attr]


async def test_each_tab_keeps_its_own_row_and_shows_its_own_items(tmp_path: Path) -> None:
    app = reader(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("1", "j", "j")  # clauses: third row
        await pilot.press("4", "j")  # quotes: second row
        quotes = app.pane("quotes")
        assert quotes.highlighted == 1 and quotes.has_focus
        assert not app.pane("clauses").has_focus
        speaker = quotes.entries[1].label.plain.split(":")[0]
        assert any(speaker in line for line in quotes.visible_text())
        await pilot.press("1")
        clauses = app.pane("clauses")
        assert clauses.highlighted == 2 and clauses.has_focus
        first_clause = clauses.entries[0].label.plain[:20]
        assert any(first_clause in line for line in " ".join(clauses.visible_text()).split("  "))
        assert quotes.visible_text() == []  # not shown now
        await pilot.press("4")
        assert app.pane("quotes").highlighted == 1
        # The line under the tabs names the pane on show.
        assert "Quotes" in str(app.query_one("#pane-title").render())


async def test_items_set_while_a_pane_is_hidden_show_when_it_is_chosen(tmp_path: Path) -> None:
    app = reader(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.until_ready()
        await pilot.press("1")
        notes = app.pane("notes")
        notes.set_entries([item("x", "A note written elsewhere", 0)], "No notes.")
        assert notes.entries[0].key == "x" and notes.visible_text() == []
        await pilot.press("6")
        await pilot.pause()
        assert any("A note written elsewhere" in line for line in notes.visible_text())
        assert notes.current_entry() is not None and notes.current_entry().key == "x"
