"""Switching tabs and jumping to evidence in a 5 MB article (target: under 50 ms each).

Measured with Pilot: the time from a key press until the app is idle again (animations
off), median of many presses. Run: .venv/bin/python bench/bench_panes.py
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import article_of_size

from briefing.core.document import open_article
from briefing.ui.app import BriefingApp


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(article_of_size(5_000_000), encoding="utf-8")
        preview, rest = open_article(path)
        app = BriefingApp(preview, store_path=Path(tmp) / "s.json", full_loader=rest)
        # The tab underline slides for a few hundred ms; what is measured here is the work
        # of the switch and its repaint, not the length of that animation.
        app.animation_level = "none"
        async with app.run_test(size=(120, 40)) as pilot:
            t0 = time.perf_counter()
            while app.analysis is None:
                await asyncio.sleep(0.1)
            await pilot.pause()
            ready = time.perf_counter() - t0
            tabs: list[float] = []
            for _ in range(6):
                for key in "123456":
                    start = time.perf_counter()
                    await pilot.press(key)
                    await pilot.pause()
                    tabs.append(time.perf_counter() - start)
            jumps: list[float] = []
            await pilot.press("1")
            clauses = app.pane("clauses")
            n = len(clauses.entries)
            for i in range(min(30, n)):
                clauses.highlighted = (i * 997) % n
                await pilot.pause()
                start = time.perf_counter()
                await pilot.press("enter")
                await pilot.pause()
                jumps.append(time.perf_counter() - start)
    print(
        f"5 MB article: {len(app.doc.sentences)} sentences, "
        f"{len(app.analysis.clauses) if app.analysis else 0} clauses, "
        f"load + analysis {ready:.1f} s (in workers; the reader stays usable)"
    )
    print(
        f"tab switch     median {statistics.median(tabs) * 1000:6.1f} ms   "
        f"p95 {sorted(tabs)[int(len(tabs) * 0.95)] * 1000:6.1f} ms   target < 50 ms"
    )
    if jumps:
        print(
            f"jump to item   median {statistics.median(jumps) * 1000:6.1f} ms   "
            f"p95 {sorted(jumps)[int(len(jumps) * 0.95)] * 1000:6.1f} ms   target < 50 ms"
        )


if __name__ == "__main__":
    asyncio.run(main())
