"""Editing a highlight's note and tags, and listing highlights across documents."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from briefing.core.highlights import Highlight
from briefing.ui.entries import highlight_label
from briefing.ui.screens.dialogs import ConfirmScreen


class NoteScreen(ModalScreen[str | None]):
    """A Markdown note editor: ctrl+s saves, escape asks before discarding a change."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", priority=True),
        Binding("escape", "cancel", "Close", priority=True),
    ]
    DEFAULT_CSS = """
    NoteScreen { align: center middle; }
    NoteScreen > Vertical {
        width: 80; max-width: 95%; height: 20; max-height: 90%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    NoteScreen TextArea { height: 1fr; }
    NoteScreen .quote { color: $text-muted; text-style: italic; height: auto; max-height: 4; }
    """

    def __init__(self, quote: str, note: str) -> None:
        super().__init__()
        self._quote = quote
        self._original = note

    def compose(self) -> ComposeResult:
        with Vertical():
            excerpt = self._quote if len(self._quote) < 240 else self._quote[:237] + "…"
            yield Label(Text(f"“{excerpt}”"), classes="quote")
            yield TextArea(self._original, id="note-text", soft_wrap=True, tab_behavior="indent")
            yield Label(Text("Markdown · ctrl+s save · esc close", style="dim"))

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    @property
    def text(self) -> str:
        return self.query_one(TextArea).text

    def action_save(self) -> None:
        self.dismiss(self.text)

    @work
    async def action_cancel(self) -> None:
        if self.text != self._original:
            discard = await self.app.push_screen_wait(ConfirmScreen("Discard the changed note?"))
            if not discard:
                return
        self.dismiss(None)


class TagSuggester(Suggester):
    """Completes the last comma-separated tag from the tags already in use."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.tags = tags

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(",")
        stem = last.lstrip()
        if not stem:
            return None
        for tag in self.tags:
            if tag.casefold().startswith(stem.casefold()) and tag.casefold() != stem.casefold():
                prefix = f"{head}," if head else ""
                gap = last[: len(last) - len(stem)]
                return f"{prefix}{gap}{tag}"
        return None


def parse_tags(value: str) -> list[str]:
    """Comma-separated tags, trimmed, without '#', duplicates removed (order kept)."""
    out: list[str] = []
    seen: set[str] = set()
    for raw in value.split(","):
        tag = " ".join(raw.strip().lstrip("#").split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


class TagsScreen(ModalScreen[list[str] | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    TagsScreen { align: center middle; }
    TagsScreen > Vertical {
        width: 64; max-width: 95%; height: auto; border: thick $primary;
        background: $panel; padding: 1 2;
    }
    """

    def __init__(self, tags: list[str], known: list[str]) -> None:
        super().__init__()
        self._tags = tags
        self._known = known

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Tags, separated by commas (→ completes)")
            yield Input(", ".join(self._tags), suggester=TagSuggester(self._known), id="tags")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(parse_tags(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)


class AllHighlightsScreen(ModalScreen[None]):
    """Every highlight in the store, grouped by document."""

    BINDINGS = [Binding("escape,q", "dismiss", "Close")]
    DEFAULT_CSS = """
    AllHighlightsScreen { align: center middle; }
    AllHighlightsScreen > Vertical {
        width: 100; max-width: 95%; height: 80%; border: thick $primary; background: $panel;
    }
    AllHighlightsScreen OptionList { height: 1fr; }
    """

    def __init__(self, groups: list[tuple[str, list[Highlight]]]) -> None:
        super().__init__()
        self._groups = groups

    def compose(self) -> ComposeResult:
        options: list[Option] = []
        for title, highlights in self._groups:
            options.append(
                Option(Text(f"{title} ({len(highlights)})", style="bold"), disabled=True)
            )
            for h in highlights:
                options.append(Option(highlight_label(h)))
        if not options:
            options.append(Option(Text("No highlights yet.", style="dim italic"), disabled=True))
        with Vertical():
            yield Label(Text("All highlights · esc closes", style="bold"))
            yield OptionList(*options)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)
