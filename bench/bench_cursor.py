"""Moving the sentence cursor in a 5 MB article: key press to repainted screen.

The reader runs headless under Pilot (``app.run_test``) at a fixed size. At the start,
the middle and the end of the article, ``j`` is pressed many times; for each press the
clock starts when the key event is posted and stops when the screen's compositor has
finished rendering a frame that shows the new cursor (Textual renders the strips even
headless; only the write to a terminal is skipped). Two figures per press:

- latency: wall time, key to repainted frame. It includes waiting for Textual's frame
  timer (60 Hz), so it is what a reader feels;
- work: CPU time of the main thread over the same span, i.e. what the move costs
  (handler, status bar, rendering of the changed lines), free of scheduling and of load
  from other processes.

    .venv/bin/python bench/bench_cursor.py                 # 5 MiB, 100 presses per place
    .venv/bin/python bench/bench_cursor.py --presses 300 --size-mb 5
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench_paint import build_big_article
from textual import events

from briefing.core.document import Document, load_document
from briefing.ui.app import BriefingApp

TARGET_MS = 16.0
SIZE = (120, 36)


@dataclass
class Sample:
    """Per press: latency and work in milliseconds, and whether the view scrolled."""

    latency: list[float] = field(default_factory=list)
    work: list[float] = field(default_factory=list)
    scrolled: list[bool] = field(default_factory=list)

    def where(self, scrolled: bool) -> list[float]:
        return [w for w, s in zip(self.work, self.scrolled, strict=True) if s is scrolled]


class FrameClock:
    """Notes when the screen's compositor finishes a frame showing an awaited cursor.

    The clock is read inside the refresh itself, so the bench never polls: while it waits
    it uses no CPU, and the main thread's CPU time is the app's own work.
    """

    def __init__(self, app: BriefingApp) -> None:
        self.app = app
        self.frames = 0
        self.waiting_for: int | None = None
        self.done: asyncio.Future[tuple[float, float]] | None = None
        screen = app.screen
        original = screen._compositor_refresh

        def timed_refresh() -> None:
            original()
            self.frames += 1
            done = self.done
            if done is not None and not done.done() and app.article.cursor == self.waiting_for:
                done.set_result((time.perf_counter(), time.thread_time()))

        screen._compositor_refresh = timed_refresh  # type: ignore[method-assign]

    def expect(self, cursor: int) -> asyncio.Future[tuple[float, float]]:
        self.waiting_for = cursor
        self.done = asyncio.get_running_loop().create_future()
        return self.done


async def press_and_time(
    app: BriefingApp, pilot: Any, clock: FrameClock, key: str, expected: int
) -> tuple[float, float]:
    """Post one key press; (latency ms, work ms) until a frame shows cursor ``expected``."""
    await pilot.pause()
    driver = app._driver
    assert driver is not None
    done = clock.expect(expected)
    event = events.Key(key, key if len(key) == 1 else None)
    event.set_sender(app)
    wall0, cpu0 = time.perf_counter(), time.thread_time()
    driver.send_message(event)
    try:
        wall, cpu = await asyncio.wait_for(done, timeout=5.0)
    except TimeoutError:
        raise RuntimeError(
            f"no frame showed sentence {expected} after {key!r} (cursor is at {app.article.cursor})"
        ) from None
    return (wall - wall0) * 1000, (cpu - cpu0) * 1000


async def measure(doc: Document, presses: int) -> dict[str, Sample]:
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        gc.disable()  # as the command line runs it (see bench_panes.py)
        app = BriefingApp(doc, store_path=Path(tmp) / "store.json", gc_paused=True)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            # The analysis runs in a thread at start: let it finish so it does not compete.
            await app.workers.wait_for_complete()
            await pilot.pause()
            clock = FrameClock(app)
            article = app.article
            n = len(doc.sentences)
            places = {"start": 0, "middle": n // 2, "end": max(0, n - presses - 2)}
            results: dict[str, Sample] = {}
            gc.collect()
            for name, sentence in places.items():
                # Start with the cursor on the top line: the first presses move within the
                # view, the rest scroll it by a line or two each, as when reading on.
                article.set_cursor(sentence)
                first, _ = article.layout_lines.sentence_lines(sentence)
                article.scroll_to(y=first, animate=False, immediate=True)
                await pilot.pause()
                sample = Sample()
                for _ in range(presses):
                    before = article.scroll_offset.y
                    latency, work = await press_and_time(app, pilot, clock, "j", article.cursor + 1)
                    sample.latency.append(latency)
                    sample.work.append(work)
                    sample.scrolled.append(article.scroll_offset.y != before)
                results[name] = sample
            return results


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.1f}" if values else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--presses", type=int, default=100, help="presses per place")
    parser.add_argument("--size-mb", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        path = Path(tmp) / "big.md"
        size = build_big_article(path, args.size_mb)
        started = time.perf_counter()
        doc = load_document(path)
        load_s = time.perf_counter() - started
    print(
        f"{size / 1048576:.1f} MiB article: {len(doc.sentences):,} sentences, "
        f"{len(doc.blocks):,} blocks (load_document: {load_s:.1f}s)"
    )
    results = asyncio.run(measure(doc, args.presses))
    load = os.getloadavg()[0]
    print()
    print(
        f"Cursor by one sentence (j), {args.presses} presses per place, Pilot at "
        f"{SIZE[0]}x{SIZE[1]}, milliseconds (load average {load:.2f}, {os.cpu_count()} CPUs)"
    )
    print(
        f"{'place':<7} {'latency':>8} {'p90':>6} {'work':>6} {'p90':>6} "
        f"{'work, no scroll':>16} {'work, scrolled':>15}  verdict (< {TARGET_MS:.0f} ms median)"
    )
    for name, s in results.items():
        lat, work = statistics.median(s.latency), statistics.median(s.work)
        lat90 = statistics.quantiles(s.latency, n=10)[-1]
        work90 = statistics.quantiles(s.work, n=10)[-1]
        calm = s.where(False)
        moved = s.where(True)
        verdicts = []
        for label, value in (("latency", lat), ("work", work)):
            ok = value < TARGET_MS
            verdicts.append(f"{label} " + ("ok" if ok else f"+{value / TARGET_MS - 1:.0%}"))
        print(
            f"{name:<7} {lat:>8.1f} {lat90:>6.1f} {work:>6.1f} {work90:>6.1f} "
            f"{_median(calm):>10} (n={len(calm):>3}) {_median(moved):>8} (n={len(moved):>3})  "
            + ", ".join(verdicts)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
