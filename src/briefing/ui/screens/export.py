"""The export dialog: where to write, what to include, overwrite confirmation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, SelectionList

from briefing.ui.screens.dialogs import ConfirmScreen

SECTIONS = (
    ("clauses", "Clauses"),
    ("open-issues", "Open issues"),
    ("timeline", "Timeline"),
    ("quotes", "Quotes"),
    ("actors", "Actors"),
    ("highlights", "Highlights and notes"),
)


@dataclass(slots=True)
class ExportRequest:
    """What the dialog needs from the app: a default path and a writer."""

    default_path: Path
    write: Callable[[Path, set[str], bool], Path]  # (path, include, force) -> written path


class ExportScreen(ModalScreen[Path | None]):
    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical {
        width: 76; max-width: 95%; height: auto; border: thick $primary;
        background: $panel; padding: 1 2;
    }
    ExportScreen SelectionList { height: auto; max-height: 8; }
    ExportScreen #export-error { color: $error; height: auto; }
    ExportScreen Horizontal { height: auto; }
    """

    def __init__(self, request: ExportRequest) -> None:
        super().__init__()
        self.request = request

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text("Export as Markdown", style="bold"))
            yield Input(str(self.request.default_path), id="export-path")
            yield SelectionList[str](
                *((label, key, True) for key, label in SECTIONS), id="export-include"
            )
            yield Label("", id="export-error")
            with Horizontal():
                yield Button("Export", id="export-go", variant="primary")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.export()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-go":
            self.export()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @work(exclusive=True)
    async def export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        error = self.query_one("#export-error", Label)
        if not raw:
            error.update("give a file name")
            return
        path = Path(raw).expanduser()
        include = set(self.query_one("#export-include", SelectionList).selected)
        force = False
        if path.exists():
            if path.is_dir():
                error.update(Text(f"{path} is a directory"))
                return
            force = await self.app.push_screen_wait(
                ConfirmScreen(f"{path.name} exists. Overwrite it?")
            )
            if not force:
                return
        try:
            written = self.request.write(path, include, force)
        except Exception as exc:  # the writer reports one-line reasons
            error.update(Text(str(exc)))
            return
        self.dismiss(written)
