"""Small modal screens: generated help, a validated one-line prompt, a confirmation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from briefing.ui.commands import groups


def help_table() -> Table:
    """The key table, generated from the command declarations."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
    table.add_column("key", style="bold", no_wrap=True)
    table.add_column("what it does")
    for group, commands in groups().items():
        table.add_row(Text(group, style="bold underline"), "")
        for command in commands:
            keys = command.key_display or "(palette)"
            table.add_row(Text(keys), Text(command.description))
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Keys and commands, built from ``commands.COMMANDS``."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $panel; padding: 1 2;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(Text("briefing: keys", style="bold"))
            yield Static(help_table(), id="help-table")
            yield Static(Text("esc closes this help · ctrl+p searches every command", style="dim"))

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(None)


class PromptScreen(ModalScreen[str | None]):
    """A one-line prompt whose ``validate`` returns an error message or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    PromptScreen { align: center middle; }
    PromptScreen > Vertical {
        width: 64; max-width: 95%; height: auto; border: thick $primary;
        background: $panel; padding: 1 2;
    }
    PromptScreen #prompt-error { color: $error; height: auto; }
    """

    def __init__(
        self,
        title: str,
        value: str = "",
        validate: Callable[[str], str | None] | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__()
        self._title = title
        self._value = value
        self._validate = validate
        self._placeholder = placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self._title))
            yield Input(self._value, placeholder=self._placeholder, id="prompt-input")
            yield Label("", id="prompt-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        error = self._validate(event.value) if self._validate else None
        if error:
            self.query_one("#prompt-error", Label).update(Text(error))
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = [
        Binding("escape,n", "answer(False)", "No"),
        Binding("y", "answer(True)", "Yes"),
    ]
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical {
        width: 60; max-width: 95%; height: auto; border: thick $warning;
        background: $panel; padding: 1 2;
    }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self._question))
            yield Button("Yes (y)", id="yes", variant="warning")
            yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def validate_date(value: str) -> str | None:
    """Error text for anything but an empty value or a real YYYY-MM-DD date."""
    if not value.strip():
        return None
    try:
        dt.date.fromisoformat(value.strip())
    except ValueError:
        return f"not a YYYY-MM-DD date: {value.strip()}"
    return None
