"""SVG snapshots of the example at fixed sizes, one per pane.

Regenerate after an intended visual change with:
    .venv/bin/python -m pytest tests/ui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.config import seed_path
from briefing.core.document import load_document
from briefing.ui.app import BriefingApp


def _app(tmp_path: Path) -> BriefingApp:
    app = BriefingApp(load_document(seed_path()), store_path=tmp_path / "store.json")
    app.animation_level = "none"
    return app


async def _ready(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.app.until_ready()
    await pilot.pause()


@pytest.mark.parametrize("tab", ["1", "2", "3", "4", "5", "6"])
def test_tabs_at_120x40(snap_compare, tmp_path: Path, tab: str) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press(*"jjjjjjjjjjjjjjjjj", "h")
        await pilot.press(tab)
        await pilot.pause()

    assert snap_compare(_app(tmp_path), terminal_size=(120, 40), run_before=run_before)


@pytest.mark.parametrize("tab", ["1", "3"])
def test_tabs_at_80x24(snap_compare, tmp_path: Path, tab: str) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press(tab)
        await pilot.pause()

    assert snap_compare(_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_help_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(_app(tmp_path), terminal_size=(100, 40), run_before=run_before)
