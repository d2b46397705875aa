"""Regenerate docs/keys.md from the command declarations (``make docs``)."""

from pathlib import Path

from briefing.ui.keys_doc import keys_markdown

HEADER = "# Keys\n\nGenerated from `src/briefing/ui/commands.py` by `make docs`; do not edit.\n\n"

if __name__ == "__main__":
    Path(__file__).with_name("keys.md").write_text(HEADER + keys_markdown(), encoding="utf-8")
