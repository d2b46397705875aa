"""Every command of the reader, declared once.

Each :class:`Command` feeds the key bindings (``bindings``), the command palette
(``providers.CommandsProvider``) and the generated help screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding

Scope = Literal["app", "article", "panes", "doc"]  # "doc": handled by a widget, documented

#: Human names for keys whose Textual names are not what a user types.
KEY_NAMES = {
    "right_curly_bracket": "}",
    "left_curly_bracket": "{",
    "question_mark": "?",
    "slash": "/",
    "space": "space",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "down": "↓",
    "up": "↑",
    "enter": "enter",
    "escape": "esc",
    "backspace": "backspace",
    "ctrl+p": "ctrl+p",
    "tab": "tab",
}


@dataclass(frozen=True, slots=True)
class Command:
    """A command: the action it runs, its keys, and how it is described."""

    action: str  # an action on the app, e.g. "next_sentence" -> App.action_next_sentence
    keys: str  # comma-separated Textual key names; empty for palette-only commands
    description: str
    group: str
    scope: Scope = "app"
    footer: str = ""  # a short label shows the command in the footer
    palette: bool = True

    @property
    def key_display(self) -> str:
        return " / ".join(KEY_NAMES.get(k, k) for k in self.keys.split(",") if k)

    def binding(self) -> Binding:
        return Binding(
            self.keys,
            f"app.{self.action}",
            show=bool(self.footer),
            key_display=KEY_NAMES.get(self.keys.split(",")[0]),
            description=self.footer or self.description,
        )


COMMANDS: tuple[Command, ...] = (
    # Reading
    Command("next_sentence", "j,down", "Next sentence", "Move", "article"),
    Command("previous_sentence", "k,up", "Previous sentence", "Move", "article"),
    Command("next_paragraph", "J,right_curly_bracket", "Next paragraph", "Move", "article"),
    Command("previous_paragraph", "K,left_curly_bracket", "Previous paragraph", "Move", "article"),
    Command("page_down", "space,pagedown", "Page down", "Move", "article"),
    Command("page_up", "b,pageup", "Page up", "Move", "article"),
    Command("goto_start", "g,home", "Go to the start", "Move", "article"),
    Command("goto_end", "G,end", "Go to the end", "Move", "article"),
    Command("jump_back", "backspace", "Return to where you were before a jump", "Move"),
    # Highlights and notes
    Command(
        "highlight",
        "h",
        "Highlight the sentence (again: remove it)",
        "Notes",
        "article",
        footer="Highlight",
    ),
    Command(
        "select",
        "v",
        "Select a span: j/k by sentence, w/W by word, enter or 1-4 to keep",
        "Notes",
        "article",
    ),
    Command(
        "extend_word(1)", "w", "Extend the selection by a word", "Notes", "article", palette=False
    ),
    Command(
        "extend_word(-1)", "W", "Shrink the selection by a word", "Notes", "article", palette=False
    ),
    Command(
        "keep_selection('key')",
        "enter,1",
        "Keep the selection as a key point",
        "Notes",
        "article",
        palette=False,
    ),
    Command(
        "keep_selection('question')",
        "2",
        "Keep the selection as a question",
        "Notes",
        "article",
        palette=False,
    ),
    Command(
        "keep_selection('evidence')",
        "3",
        "Keep the selection as evidence",
        "Notes",
        "article",
        palette=False,
    ),
    Command(
        "keep_selection('followup')",
        "4",
        "Keep the selection as a follow-up",
        "Notes",
        "article",
        palette=False,
    ),
    Command(
        "cancel_selection", "escape", "Cancel the selection", "Notes", "article", palette=False
    ),
    Command(
        "cycle_kind", "H", "Change the kind of the highlight at the cursor", "Notes", "article"
    ),
    Command(
        "annotate",
        "a",
        "Write a note on the highlight at the cursor",
        "Notes",
        "article",
        footer="Note",
    ),
    Command("edit_tags", "t", "Edit the tags of the highlight at the cursor", "Notes", "article"),
    Command("undo", "u", "Undo the last change", "Notes"),
    Command("all_highlights", "", "List highlights across all documents", "Notes"),
    Command("export", "e", "Export the briefing as Markdown", "Notes", footer="Export"),
    # Search
    Command("search", "slash", "Search the article", "Search", footer="Search"),
    Command("next_match", "n", "Next match", "Search", "article"),
    Command("previous_match", "N", "Previous match", "Search", "article"),
    # Panes
    Command("show_tab('clauses')", "1", "Show clauses", "Panes"),
    Command("show_tab('open_issues')", "2", "Show open issues", "Panes"),
    Command("show_tab('timeline')", "3", "Show the timeline", "Panes"),
    Command("show_tab('quotes')", "4", "Show quotes", "Panes"),
    Command("show_tab('actors')", "5", "Show actors", "Panes"),
    Command("show_tab('notes')", "6", "Show notes", "Panes"),
    Command("toggle_focus", "tab", "Switch between article and panes", "Panes", footer="Panes"),
    Command("set_published", "P", "Set the article's date", "Panes"),
    Command("jump_to_item", "enter", "Jump to the item's sentence", "Panes", "doc"),
    Command("rename_item", "r", "Edit the item's label", "Panes", "panes"),
    Command("delete_item", "d", "Delete the item or highlight (u undoes)", "Panes", "panes"),
    Command("move_item", "m", "Move between clauses and open issues", "Panes", "panes"),
    Command("check_item", "x", "Tick an open issue: resolved later / still open", "Panes", "panes"),
    Command("add_item('clause')", "C", "Add a clause from the sentence", "Panes", "article"),
    Command(
        "add_item('open_issue')", "O", "Add an open issue from the sentence", "Panes", "article"
    ),
    Command("add_item('event')", "E", "Add a timeline event from the sentence", "Panes", "article"),
    Command("add_item('quote')", "Q", "Add a quote from the sentence", "Panes", "article"),
    Command("reset_curation", "", "Reset this document to the automatic analysis", "Panes"),
    # App
    Command("help", "question_mark", "Show keys and commands", "App", footer="Help"),
    Command("command_palette", "ctrl+p", "Open the command palette", "App", palette=False),
    Command("cycle_theme", "", "Switch to the next theme", "App"),
    Command("quit", "q", "Quit", "App", footer="Quit"),
)


def bindings(scope: Scope) -> list[Binding]:
    """The key bindings of one scope, derived from :data:`COMMANDS`."""
    return [c.binding() for c in COMMANDS if c.scope == scope and c.keys]


def groups() -> dict[str, list[Command]]:
    out: dict[str, list[Command]] = {}
    for command in COMMANDS:
        out.setdefault(command.group, []).append(command)
    return out
