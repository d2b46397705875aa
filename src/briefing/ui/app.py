"""The reader application: article on the left, structured panes on the right."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widget import MountError
from textual.widgets import Footer, Input, Static
from textual.worker import Worker, WorkerState

from briefing import __version__
from briefing.core.config import read_settings, themes_dir, user_themes_dir, write_settings
from briefing.core.document import Document
from briefing.core.highlights import KINDS
from briefing.ui.commands import COMMANDS, bindings
from briefing.ui.entries import (
    PANE_GLYPHS,
    PANE_HINTS,
    PANES,
    TAB_LABELS,
    Entry,
    date_sort_key,
    format_event_date,
    relation_to,
)
from briefing.ui.themes import DEFAULT_THEME, HIGHLIGHT_VARIABLES, load_themes, resolve_name
from briefing.ui.widgets.article import ArticleView
from briefing.ui.workbench import Workbench

if TYPE_CHECKING:
    from textual.widgets import Tabs

    from briefing.core.analysis.model import Analysis, Evidence, Item
    from briefing.ui.screens.export import ExportRequest
    from briefing.ui.widgets.panes import PaneList, PaneSheet

# The pane list and its tab strip, the dialogs and the analysis are imported when first
# needed, after the first frame: the article shows without them.


class KeyFooter(Footer):
    """The key footer, rebuilt only when the keys it shows change.

    Textual's footer recomposes itself on every focus change; moving between the article
    and a pane, or between tabs, usually leaves the shown keys as they were.
    """

    _shown: tuple[tuple[object, ...], ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        shown = tuple(
            (key, b.binding.action, b.binding.description, b.binding.show, b.enabled)
            for key, b in screen.active_bindings.items()
        )
        if shown == self._shown:
            return
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._shown = shown  # the footer will show these: same keys later, no rebuild
        super().bindings_changed(screen)


class TitleBar(Static):
    """The top line: the article's title and date.

    One widget where Textual's ``Header`` mounts four (icon, title, clock space) with
    their styles, all before the first frame.
    """

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        height: 1;
        background: $panel;
        color: $foreground;
        text-align: center;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        self.watch(self.app, "title", self._show)
        self.watch(self.app, "sub_title", self._show)

    def _show(self, _value: object = None) -> None:
        line = Text.assemble("§  ", (self.app.title, "bold"))
        if self.app.sub_title:
            line.append(f" — {self.app.sub_title}", style="dim")
        self.update(line)


class StatusBar(Static):
    DEFAULT_CSS = """
    StatusBar { height: 1; background: $panel; color: $text-muted; padding: 0 1; }
    """


class SearchBar(Input):
    DEFAULT_CSS = """
    SearchBar { height: 3; display: none; border: tall $warning; }
    SearchBar.-active { display: block; }
    """


class ArticleScroller(ArticleView):
    """The article view with its key bindings, derived from the command declarations."""

    BINDINGS = bindings("article")


class BriefingApp(Workbench, App[int]):
    """``briefing ARTICLE``: read an article beside its clauses, issues and timeline."""

    TITLE = "briefing"
    CSS_PATH = "app.tcss"
    BINDINGS = bindings("app")
    ENABLE_COMMAND_PALETTE = True

    def __init__(
        self,
        doc: Document,
        *,
        store_path: Path | None = None,
        theme: str | None = None,
        full_loader: Callable[[], Document] | None = None,
        theme_dirs: Iterable[Path] | None = None,
        published: dt.date | None = None,
        export_dir: Path | None = None,
        settings_file: Path | None = None,
        gc_paused: bool = False,
    ) -> None:
        super().__init__()
        self._gc_paused = gc_paused
        self._pane_shown = False
        self._manage_gc = gc_paused  # run from the command line: the process is ours
        self.doc = doc
        self.cli_published = published
        self.export_dir = export_dir
        self.items_by_id: dict[str, Item] = {}
        self.filtering_notes = False
        self._pane_lists: dict[str, list[Entry]] = {}
        self.store = None
        self.highlights_list = []
        self.undo_stack = []
        self.view = None
        self._counts: dict[str, int] = {}
        self.store_path = store_path
        self.requested_theme = theme
        self.full_loader = full_loader
        self.analysis: Analysis | None = None
        self.jump_stack: list[int] = []
        self.startup_notices: list[str] = list(doc.notices)
        self._theme_dirs = (
            list(theme_dirs) if theme_dirs is not None else [themes_dir(), user_themes_dir()]
        )
        self.settings_file = settings_file
        self._settings: dict[str, Any] = read_settings(settings_file) if settings_file else {}
        self.search_count = 0
        self.panes_ready = False
        self._analysed = asyncio.Event()  # set once the panes show the first analysis
        self._themes_ready = False
        self._setup_themes()  # before the first paint: no restyle after it
        self._themes_ready = True
        if self.requested_theme and self.theme != self._settings.get("theme"):
            self._save_theme(self.theme)  # --theme is a choice too

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Notifications carry file names, search words and tags: never parse them as markup."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    # --- composition ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title")
        with Horizontal(id="main"):
            yield ArticleScroller(self.doc, id="article")
            # The panes are mounted right after the first paint (see _after_first_paint):
            # the article shows sooner, and they have nothing to show before the analysis.
            yield Vertical(id="side")
        yield StatusBar(id="status")
        # The search bar (hidden until /) and the key footer come after the first frame.

    @property
    def article(self) -> ArticleScroller:
        return self.query_one("#article", ArticleScroller)

    def pane(self, name: str) -> PaneSheet:
        return self.pane_list.sheet(name)

    @property
    def pane_list(self) -> PaneList:
        from briefing.ui.widgets.panes import PaneList

        return self.query_one("#panes", PaneList)

    @property
    def active_pane(self) -> str:
        return self.pane_list.pane

    async def until_ready(self) -> None:
        """Wait until the whole article is loaded, analysed and shown in the panes."""
        await self._analysed.wait()
        await self.workers.wait_for_complete()

    def pane_has_focus(self, name: str) -> bool:
        return self.panes_ready and self.pane(name).has_focus

    def on_mount(self) -> None:
        self._update_titles()
        self.article.focus()
        self._update_status()
        for notice in self.startup_notices:
            self.notify(notice, severity="warning", timeout=8)
        self.call_after_refresh(self._after_first_paint)

    async def _after_first_paint(self) -> None:
        """Everything the first frame does not need: panes, store, analysis."""
        from briefing.ui.widgets.panes import PaneTabs

        if self._gc_paused:
            # The start-up objects live as long as the app: keep the collector off them.
            self._gc_paused = False
            gc.freeze()
            gc.enable()
        try:
            await self.query_one("#side").mount(PaneTabs())
            await self.mount(
                SearchBar(placeholder="Search (enter keeps the matches, esc clears)", id="search"),
                before="#status",
            )
            await self.mount(KeyFooter())
            self.panes_ready = True
            self._update_tab_labels()
            self.open_store()
            if self.full_loader is not None:
                self._start_full_load()
            else:
                self.load_document_work()
                self._start_analysis()
        except (MountError, NoMatches):
            # Quit before the first frame was done: the widgets are going away.
            self.panes_ready = False

    def on_unmount(self) -> None:
        if self.store is not None:
            self.store.close()

    def _update_titles(self) -> None:
        self.title = self.doc.title
        published = self.doc.meta.published
        self.sub_title = published.strftime("%a %-d %b %Y") if published else "date unknown"

    # --- themes ---------------------------------------------------------------------

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(HIGHLIGHT_VARIABLES)

    def _setup_themes(self) -> None:
        loaded = load_themes(*self._theme_dirs)
        for theme in loaded.themes:
            self.register_theme(theme)
        self.startup_notices.extend(loaded.errors)
        names = [t.name for t in loaded.themes]
        wanted = self.requested_theme or self._settings.get("theme")
        chosen = resolve_name(str(wanted), names) if wanted else None
        if wanted and chosen is None:
            self.startup_notices.append(f"unknown theme {wanted!r}; using the default")
        fallback = DEFAULT_THEME if DEFAULT_THEME in names else "textual-dark"
        self.theme = chosen or fallback

    def watch_theme(self, theme: str) -> None:
        if self._themes_ready and self._settings.get("theme") != theme:
            self._save_theme(theme)

    def _save_theme(self, theme: str) -> None:
        self._settings["theme"] = theme
        if self.settings_file is not None:
            error = write_settings(self._settings, self.settings_file)
            if error:
                self.notify(error, severity="warning")

    def action_cycle_theme(self) -> None:
        names = sorted(n for n in self.available_themes if n.startswith("briefing-"))
        if not names:
            return
        i = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(i + 1) % len(names)]
        self.notify(f"theme: {self.theme}")

    # --- loading and analysis -------------------------------------------------------

    def _start_full_load(self) -> None:
        self._update_status("loading the rest of the article…")
        self.run_worker(self._full_load, thread=True, name="load", exit_on_error=False)

    def _full_load(self) -> Document:
        assert self.full_loader is not None
        return self.full_loader()

    def _start_analysis(self) -> None:
        for pane, _ in PANES:
            if pane != "notes" and self.panes_ready:
                self.pane(pane).set_entries([], "Analysing…")
        self.run_worker(
            self._analyse,
            thread=True,
            name="analysis",
            exit_on_error=False,
            exclusive=True,
            group="analysis",
        )

    def _analyse(self) -> tuple[Document, Analysis]:
        from briefing.core.analysis import analyze

        doc = self.doc

        def progress(fraction: float, stage: str) -> None:
            if len(doc.text) > 200_000:
                self.call_from_thread(self._update_status, f"analysing {stage} {fraction:.0%}")

        result = analyze(doc, progress=progress)
        return doc, result

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        with contextlib.suppress(NoMatches):  # the app is closing: its widgets are gone
            self._worker_changed(event)

    def _worker_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state == WorkerState.ERROR:
            self.notify(f"{worker.name} failed: {worker.error}", severity="error", timeout=10)
            return
        if event.state != WorkerState.SUCCESS:
            return
        if worker.name == "load":
            doc = worker.result
            assert isinstance(doc, Document)
            self.doc = doc
            self.full_loader = None
            self.article.set_document(doc)
            self._update_status()
            self.load_document_work()
            self._start_analysis()
        elif worker.name == "analysis":
            doc, result = worker.result
            if doc is self.doc:
                self.analysis = result
                self._fill_panes()
                self._update_status()
                self._analysed.set()
                if self._manage_gc:
                    # The document and its analysis live until the next analysis: collect
                    # once, then keep the collector off them (on a 5 MB article each full
                    # collection would walk ~600,000 objects, half a second, mid-keypress).
                    gc.collect()
                    gc.freeze()

    # --- panes ----------------------------------------------------------------------

    def _sentences(self, evidence: list[Evidence]) -> frozenset[int]:
        out: set[int] = set()
        for ev in evidence:
            out.update(self.doc.sentences_in(ev.start, ev.end))
        return frozenset(out)

    def _item_entries(self, items: list[Item]) -> list[Entry]:
        entries = []
        for item in items:
            label = Text(item.text)
            if item.kind == "quote":
                label = Text.assemble((f"{item.speaker or 'unknown'}: ", "bold"), f"“{item.text}”")
            entries.append(Entry(item.id, label, item.evidence, self._sentences(item.evidence)))
        return entries

    def _issue_entries(self, items: list[Item]) -> list[Entry]:
        from briefing.core.curation import ISSUE_STATES

        entries = self._item_entries(items)
        for entry in entries:
            check = self.curation.check(entry.key)
            box = {"open": "[ ] ", "resolved": "[✓] ", "still_open": "[!] "}[check.state]
            label = Text.assemble((box, "bold"), entry.label)
            if check.state != "open":
                label.append(f" — {ISSUE_STATES[check.state].lower()}", style="italic")
                if check.reason:
                    label.append(f": {check.reason}", style="italic")
            entry.label = label
        return entries

    def _timeline_entries(self, items: list[Item]) -> list[Entry]:
        published = self.doc.meta.published
        dated = sorted(
            (i for i in items if i.date), key=lambda i: (date_sort_key(i.date), i.time or "")
        )
        entries: list[Entry] = []
        marker_done = published is None
        group = None
        for item in dated:
            assert item.date is not None
            if not marker_done and published is not None and item.date[:10] > published.isoformat():
                entries.append(self._article_date_marker(published))
                marker_done = True
            heading = item.date[:4] if len(item.date) == 4 else item.date[:7]
            if heading != group:
                group = heading
                entries.append(
                    Entry(
                        f"h-{heading}",
                        Text(format_event_date(heading), style="bold underline"),
                        header=True,
                    )
                )
            relation = relation_to(item.date, published)
            glyph = {"past": "◦", "today": "●", "future": "▸"}.get(relation, "·")
            style = {"past": "dim", "future": "bold"}.get(relation, "")
            role = f" [{item.role}]" if item.role else ""
            label = Text.assemble(
                (f"{glyph} {format_event_date(item.date, item.time)}", style),
                (role, "italic"),
                " ",
                item.text,
            )
            entries.append(Entry(item.id, label, item.evidence, self._sentences(item.evidence)))
        if not marker_done and published is not None:
            entries.append(self._article_date_marker(published))
        undated = [i for i in items if not i.date]
        if undated:
            entries.append(Entry("h-undated", Text("Undated", style="bold underline"), header=True))
            for item in undated:
                label = Text.assemble(
                    ("? ", "dim"), (f"“{item.expression or ''}” ", "italic"), item.text
                )
                entries.append(Entry(item.id, label, item.evidence, self._sentences(item.evidence)))
        return entries

    def _article_date_marker(self, published: dt.date) -> Entry:
        text = f"── {format_event_date(published.isoformat())} · article date ──"
        return Entry("h-article-date", Text(text, style="reverse"), header=True)

    def _fill_panes(self) -> None:
        if self.analysis is None or not self.panes_ready:
            return
        result = self.curated(self.analysis)
        self.view = result
        self.items_by_id = {item.id: item for item in result.items()}
        lists: dict[str, list[Entry]] = {
            "clauses": self._item_entries(result.clauses),
            "open_issues": self._issue_entries(result.open_issues),
            "timeline": self._timeline_entries(result.timeline),
            "quotes": self._item_entries(result.quotes),
            "actors": [
                Entry(
                    a.name,
                    Text.assemble((a.name, "bold"), f"  {a.kind} · {a.mentions}×"),
                    a.evidence,
                    self._sentences(a.evidence),
                )
                for a in result.actors
            ],
        }
        counts = {
            "clauses": len(result.clauses),
            "open_issues": len(result.open_issues),
            "timeline": len(result.timeline),
            "quotes": len(result.quotes),
            "actors": len(result.actors),
        }
        for pane, title in PANES:
            if pane not in lists:
                continue
            self.pane(pane).set_entries(lists[pane], f"No {title.lower()} found in this article.")
        self._counts.update(counts)
        self._update_tab_labels()
        self._pane_lists = lists
        self._refresh_gutter()
        self._mark_panes(self.article.cursor)

    def _refresh_gutter(self) -> None:
        """Gutter glyphs: highlights first, then open issues, clauses, quotes, events."""
        marks: dict[int, str] = {}
        for pane in ("timeline", "quotes", "clauses", "open_issues"):
            for entry in getattr(self, "_pane_lists", {}).get(pane, []):
                for sentence in entry.sentences:
                    marks[sentence] = PANE_GLYPHS[pane]
        for h in getattr(self, "highlights_list", []):
            if not h.orphan:
                glyph = KINDS.get(h.kind, ("", "•"))[1]
                for sentence in self.doc.sentences_in(h.start, h.end):
                    marks[sentence] = glyph
        self.article.set_gutter_marks(marks)

    def _update_tab_labels(self) -> None:
        """Tab titles with counts, as long as the column's width allows."""
        if not self.panes_ready:
            return  # the first frame's resize: no tabs yet, nor their modules
        from textual.widgets import Tab, Tabs

        try:
            tabs = self.query_one("#tabs", Tabs)
            width = self.query_one("#side").size.width or 40
        except NoMatches:
            return  # not mounted yet, or the app is closing
        for names in TAB_LABELS:
            labels = {
                pane: f"{names[pane]} {self._counts[pane]}" if pane in self._counts else names[pane]
                for pane, _ in PANES
            }
            if sum(len(v) + 2 for v in labels.values()) <= width - 1:
                break
        for pane, label in labels.items():
            tab = tabs.query_one(f"#tab-{pane}", Tab)
            if tab.label.plain != label:
                tab.label = Text(label)
        self._update_pane_title()

    def _update_pane_title(self) -> None:
        """The line under the tabs: the shown pane's name, count and keys."""
        pane = self.active_pane
        title = dict(PANES)[pane]
        count = self._counts.get(pane)
        line = Text(title, style="bold")
        if count is not None:
            line.append(f" · {count}")
        line.append(f"   {PANE_HINTS[pane]}", style="dim")
        self.query_one("#pane-title", Static).update(line, layout=False)

    def on_resize(self) -> None:
        self.call_after_refresh(self._update_tab_labels)

    def _mark_panes(self, sentence: int) -> None:
        """Mark the items citing ``sentence`` in the pane on show (the others when shown)."""
        if not self.panes_ready:
            return
        self.pane_list.mark_sentence(sentence)

    def on_pane_list_highlighted(self, event: PaneList.Highlighted) -> None:
        entry = event.pane_list.current_entry()
        self.article.set_evidence([(e.start, e.end) for e in entry.evidence] if entry else [])

    def on_pane_list_selected(self, event: PaneList.Selected) -> None:
        entry = event.pane_list.current_entry()
        if entry is not None and entry.evidence:
            self.jump_to(entry.evidence[0].start)

    def jump_to(self, offset: int) -> None:
        """Put the cursor on the sentence at ``offset``, remembering where it was."""
        self.jump_stack.append(self.article.cursor)
        del self.jump_stack[:-50]
        self.article.set_cursor(self.doc.sentence_at(offset))

    def action_jump_back(self) -> None:
        if not self.jump_stack:
            self.notify("nothing to go back to")
            return
        self.article.set_cursor(self.jump_stack.pop())
        self.article.focus()

    def action_show_tab(self, pane: str) -> None:
        if not self.panes_ready:
            return
        from textual.widgets import Tabs

        with self.batch_update():  # the tab strip, the list and the title in one frame
            self.query_one("#tabs", Tabs).active = f"tab-{pane}"
            self._show_pane(pane)
            self.pane_list.focus()

    def action_toggle_focus(self) -> None:
        if self.article.has_focus and self.panes_ready:
            self.pane_list.focus()
        else:
            self.article.focus()

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        pane = (event.tab.id or "").removeprefix("tab-")
        if pane and self.panes_ready:
            self._show_pane(pane)

    def _show_pane(self, pane: str) -> None:
        """Show ``pane`` in the list, marked for the cursor's sentence, its evidence lit."""
        if pane == self.active_pane and self._pane_shown:
            return
        self._pane_shown = True
        self.pane_list.show_sheet(pane)
        self._update_pane_title()
        self.pane_list.mark_sentence(self.article.cursor)
        entry = self.pane_list.current_entry()
        self.article.set_evidence([(e.start, e.end) for e in entry.evidence] if entry else [])

    # --- article movement -----------------------------------------------------------

    def on_article_view_cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self._update_status()
        if self.analysis is not None:
            self._mark_panes(event.sentence)

    def _update_status(self, extra: str = "") -> None:
        n = len(self.doc.sentences)
        if n:
            i = self.article.cursor + 1
            position = f"sentence {i} of {n} · {100 * i // n}%"
        else:
            position = "empty article"
        parts = [position]
        if self.article.query:
            parts.append(f"“{self.article.query}”: {self.article.match_count} matches")
        if self.full_loader is not None:
            parts.append("loading…")
        if extra:
            parts.append(extra)
        self.query_one("#status", StatusBar).update(Text(" · ".join(parts)), layout=False)

    def action_next_sentence(self) -> None:
        self.article.move(1)

    def action_previous_sentence(self) -> None:
        self.article.move(-1)

    def action_next_paragraph(self) -> None:
        self.article.move_paragraph(1)

    def action_previous_paragraph(self) -> None:
        self.article.move_paragraph(-1)

    def action_page_down(self) -> None:
        self.article.page(1)

    def action_page_up(self) -> None:
        self.article.page(-1)

    def action_goto_start(self) -> None:
        self.article.set_cursor(0)

    def action_goto_end(self) -> None:
        self.article.set_cursor(len(self.doc.sentences) - 1)

    # --- search ---------------------------------------------------------------------

    def action_search(self) -> None:
        if not self.panes_ready:
            return
        bar = self.query_one("#search", SearchBar)
        self.filtering_notes = self.pane_has_focus("notes")
        bar.placeholder = (
            "Filter notes by text or #tag (esc clears)"
            if self.filtering_notes
            else "Search (enter keeps the matches, esc clears)"
        )
        bar.add_class("-active")
        bar.value = ""
        bar.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "search":
            return
        if getattr(self, "filtering_notes", False):
            self._fill_notes(event.value)
            return
        self.search_count = self.article.search(event.value)
        self._update_status()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search" and getattr(self, "filtering_notes", False):
            self.query_one("#search", SearchBar).remove_class("-active")
            self.pane("notes").focus()
            return
        if event.input.id == "search":
            self._close_search()
            if self.article.match_count:
                self.article.goto_match(True)
            elif event.value:
                self.notify(f"no match for “{event.value}”")

    def on_key(self, event: Any) -> None:
        if not self.panes_ready:
            return
        bar = self.query_one("#search", SearchBar)
        if event.key == "escape" and bar.has_class("-active"):
            event.stop()
            if getattr(self, "filtering_notes", False):
                self._fill_notes("")
                bar.remove_class("-active")
                self.pane("notes").focus()
                return
            self.article.search("")
            self._close_search()
            self._update_status()

    def _close_search(self) -> None:
        bar = self.query_one("#search", SearchBar)
        bar.remove_class("-active")
        self.article.focus()

    def action_next_match(self) -> None:
        self._goto_match(True)

    def action_previous_match(self) -> None:
        self._goto_match(False)

    def _goto_match(self, forward: bool) -> None:
        if not self.article.match_count:
            self.notify("no search: press / to search")
            return
        number = self.article.goto_match(forward)
        self._update_status(f"match {number} of {self.article.match_count}")

    # --- dialogs --------------------------------------------------------------------

    def action_help(self) -> None:
        from briefing.ui.screens.dialogs import HelpScreen

        self.push_screen(HelpScreen())

    @work
    async def action_set_published(self) -> None:
        from briefing.ui.screens.dialogs import PromptScreen, validate_date

        current = self.doc.meta.published.isoformat() if self.doc.meta.published else ""
        value = await self.push_screen_wait(
            PromptScreen(
                "The article's date (YYYY-MM-DD, empty for unknown)",
                current,
                validate_date,
                "YYYY-MM-DD",
            )
        )
        if value is None:
            return
        self.doc.meta.published = dt.date.fromisoformat(value.strip()) if value.strip() else None
        self.curation.published = value.strip() or None
        self._save_curation()
        self._update_titles()
        self._start_analysis()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Selection keys only act while selecting; otherwise the key falls through."""
        if action in ("keep_selection", "cancel_selection", "extend_word"):
            return self.article.selection is not None
        return True

    def action_export(self) -> None:
        from briefing.ui.screens.export import ExportScreen

        if self._not_ready():
            return

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(f"exported to {path}")

        self.push_screen(ExportScreen(self.export_request()), done)

    def export_request(self) -> ExportRequest:
        from briefing.core import export
        from briefing.core.analysis.model import Analysis
        from briefing.core.config import default_export_dir
        from briefing.ui.screens.export import ExportRequest

        default_dir = self.export_dir or default_export_dir()

        def write(path: Path, include: set[str], force: bool) -> Path:
            text = export.render_markdown(
                self.doc,
                self.view or Analysis(),
                self.highlights_list,
                include=include,
                version=__version__,
                checklist={k: (v.state, v.reason) for k, v in self.curation.checks.items()},
            )
            if path.parent == default_dir:
                default_dir.mkdir(parents=True, exist_ok=True)  # our own folder: make it
            return export.write_atomic(path, text, force=force)

        return ExportRequest(default_dir / export.safe_filename(self.doc.title), write)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        for command in COMMANDS:
            if not command.palette:
                continue
            keys = f" ({command.key_display})" if command.key_display else ""
            yield SystemCommand(
                command.description, f"{command.group}{keys}", self._runner(command.action)
            )
        yield SystemCommand("Theme", "Choose a colour theme", self.action_change_theme)

    def _runner(self, action: str) -> Callable[[], None]:
        def run() -> None:
            self.call_later(self.run_action, action)

        return run


__all__ = ["BriefingApp"]
