"""Pilot tests of the export dialog: default path, written file, overwrite confirmation."""

from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from briefing.core.config import seed_path
from briefing.core.document import load_document
from briefing.ui.app import BriefingApp
from briefing.ui.screens.export import ExportScreen


async def test_export_writes_file_and_confirms_overwrite(tmp_path: Path) -> None:
    out_dir = tmp_path / "exports"
    app = BriefingApp(
        load_document(seed_path()), store_path=tmp_path / "s.json", export_dir=out_dir
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await app.until_ready()
        await pilot.press(*"jjjjj", "h", "a")
        await pilot.pause()
        await pilot.press(*"Who *supports* whom?", "ctrl+s")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        path_input = app.screen.query_one("#export-path")
        default = Path(path_input.value)  # type: ignore[attr-defined]
        assert default.parent == out_dir and default.suffix == ".md"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportScreen)
        text = default.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        assert "Who *supports* whom?" in text
        assert "supporting terrorists" in text
        tokens = MarkdownIt("commonmark").parse(text.split("\n---\n", 1)[1])
        assert sum(t.type == "blockquote_open" for t in tokens) >= 1
        assert any("exported to" in str(n.message) for n in app._notifications)
        # Again: the file exists, so the dialog asks; "n" keeps the old file.
        default.write_text("keep me", encoding="utf-8")
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert default.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert default.read_text(encoding="utf-8").startswith("---\n")


async def test_export_to_missing_folder_shows_error(tmp_path: Path) -> None:
    app = BriefingApp(
        load_document(seed_path()), store_path=tmp_path / "s.json", export_dir=tmp_path / "exports"
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        field = app.screen.query_one("#export-path")
        field.value = str(tmp_path / "no" / "such" / "dir" / "x.md")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        error = str(app.screen.query_one("#export-error").render())
        assert error and "no" in error
        assert not (tmp_path / "no").exists()
