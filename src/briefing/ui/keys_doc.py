"""The key table as Markdown, generated from the command declarations.

``python -m briefing.ui.keys_doc`` prints it; a test checks that docs/keys.md matches.
"""

from __future__ import annotations

from briefing.ui.commands import groups


def keys_markdown() -> str:
    lines = ["| Keys | Command |", "| --- | --- |"]
    for group, commands in groups().items():
        lines.append(f"| **{group}** | |")
        for command in commands:
            keys = command.key_display.replace("|", "\\|") or "palette only"
            lines.append(f"| `{keys}` | {command.description} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(keys_markdown(), end="")
