"""Regenerate docs/screenshot.svg from the real app on the example article.

Run with ``make docs``. The app runs headless at 120x36 with a temporary store.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from briefing.core.config import seed_path
from briefing.core.document import load_document
from briefing.ui.app import BriefingApp

OUT = Path(__file__).with_name("screenshot.svg")


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = BriefingApp(load_document(seed_path()), store_path=Path(tmp) / "store.json")
        app.animation_level = "none"
        async with app.run_test(size=(120, 36)) as pilot:
            await app.until_ready()
            await pilot.pause()
            await pilot.press(*"jjjjjjjjjjjjjjjjj", "h", "j", "3")
            await pilot.pause()
            svg = app.export_screenshot(title="briefing")
    OUT.write_text(svg, encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main())
