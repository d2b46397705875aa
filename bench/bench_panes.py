"""Switching tabs and jumping to evidence in a 5 MB article (target: under 50 ms each).

Three figures per action, medians of many presses:

* key → painted: from the key event reaching the app until the end of the first frame
  that repainted the pane list (a tab switch) or the article (a jump to evidence): when
  the reader sees the result.
* key → all settled: until nothing is left to do (every message queue empty, no layout,
  repaint or after-refresh callback pending; polled every millisecond). For a tab switch
  this includes the frame, one or more ticks later, in which Textual's tab strip moves its
  underline (it waits for a refresh to read the tab's position).
* pilot: ``await pilot.press(key); await pilot.pause()``, as the earlier versions of this
  script measured. Pilot waits until the process has been idle for at least one 20 ms
  slice, three times (two in ``press``, one in ``pause``), so this figure can never be
  under ~60 ms, however fast the app is; it is kept only to compare with older reports.

The check for "nothing left to do" reads private attributes of Textual 8's Screen and
MessagePump; it is a benchmark, not a test, and fails loudly if they go away.

Run: .venv/bin/python bench/bench_panes.py
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import article_of_size
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen

from briefing.core.document import open_article
from briefing.ui.app import BriefingApp

ROUNDS = 6
JUMPS = 30


def busy(app: App[object]) -> bool:
    """True while the app still has messages, layout, paint or callbacks pending."""
    screen = app.screen
    if (
        screen._layout_required
        or screen._scroll_required
        or screen._repaint_required
        or screen._recompose_required
        or screen._dirty_widgets
        or screen._callbacks
    ):
        return True
    return any(
        not node._message_queue.empty() or node._next_callbacks
        for node in (app, *screen.walk_children(with_self=True))
    )


# Every compositor refresh of the screen: (time it was done, widgets it repainted).
FRAMES: list[tuple[float, list[str]]] = []
_compositor_refresh = Screen._compositor_refresh


def _recorded_refresh(self: Screen[object]) -> None:
    names = [type(w).__name__ for w in self._dirty_widgets]
    _compositor_refresh(self)
    FRAMES.append((time.perf_counter(), names))  # when the frame has been written


Screen._compositor_refresh = _recorded_refresh  # type: ignore[method-assign]
PAINTED: list[float] = []  # per key: seconds until the first frame that repainted a pane


async def key_to_frame(app: App[object], key: str, painted: str = "PaneList") -> float:
    """Seconds from sending ``key`` until its frame is painted and the app is quiet.

    Also appends to PAINTED the seconds until the first frame that repainted a widget
    of class ``painted`` (the pane list for a tab switch, the article for a jump).
    """
    char = {"enter": "\r"}.get(key, key if len(key) == 1 else None)
    FRAMES.clear()
    start = time.perf_counter()
    app.post_message(events.Key(key, char))
    try:
        return await _until_quiet(app, start)
    finally:
        hit = next((t for t, names in FRAMES if painted in names), None)
        if hit is not None:
            PAINTED.append(hit - start)


async def _until_quiet(app: App[object], start: float) -> float:
    quiet_since: float | None = None
    while True:
        await asyncio.sleep(0.001)
        if busy(app):
            quiet_since = None
            continue
        now = time.perf_counter()
        if quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= 0.01:
            return quiet_since - start


async def pilot_press(pilot: Pilot[object], key: str) -> float:
    start = time.perf_counter()
    await pilot.press(key)
    await pilot.pause()
    return time.perf_counter() - start


def line(what: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return f"{what:<36} median {statistics.median(ms):6.1f} ms   p95 {p95:6.1f} ms"


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(article_of_size(5_000_000), encoding="utf-8")
        preview, rest = open_article(path)
        # As the command line runs it: the cyclic collector paused until the first frame,
        # then the app manages it (freezing the document and analysis once built).
        gc.disable()
        app = BriefingApp(
            preview, store_path=Path(tmp) / "s.json", full_loader=rest, gc_paused=True
        )
        # The tab underline slides for a few hundred ms; what is measured here is the work
        # of the switch and its repaint, not the length of that animation.
        app.animation_level = "none"
        async with app.run_test(size=(120, 40)) as pilot:
            t0 = time.perf_counter()
            while app.analysis is None:
                await asyncio.sleep(0.1)
            await pilot.pause()
            ready = time.perf_counter() - t0
            first: list[float] = []  # each pane shown for the first time: wraps its rows
            for key in "123456":
                first.append(await key_to_frame(app, key))
            tabs: list[float] = []
            PAINTED.clear()
            for _ in range(ROUNDS):
                for key in "123456":
                    tabs.append(await key_to_frame(app, key))
            tabs_painted = list(PAINTED)
            tabs_pilot: list[float] = []
            for _ in range(2):
                for key in "123456":
                    tabs_pilot.append(await pilot_press(pilot, key))
            await pilot.press("1")
            clauses = app.pane("clauses")
            n = len(clauses.entries)
            jumps: list[float] = []
            jumps_pilot: list[float] = []
            PAINTED.clear()
            for i in range(min(JUMPS, n)):
                clauses.highlighted = (i * 997) % n
                await pilot.pause()
                if i % 2:
                    jumps_pilot.append(await pilot_press(pilot, "enter"))
                else:
                    jumps.append(await key_to_frame(app, "enter", painted="ArticleScroller"))
                clauses.focus()
            jumps_painted = list(PAINTED)
            doc_sentences = len(app.doc.sentences)
            counts = {name: len(app.pane(name).entries) for name in ("timeline", "quotes")}
    print(
        f"5 MB article: {doc_sentences} sentences, {n} clauses, {counts['timeline']} "
        f"timeline rows, {counts['quotes']} quotes; load + analysis {ready:.1f} s (in workers)"
    )
    print("target: under 50 ms key → frame")
    print(line("tab switch, key → pane painted", tabs_painted))
    print(line("tab switch, key → all settled", tabs) + "   (incl. the tab underline's frame)")
    print(line("  first show of each tab", first))
    print(line("jump to item, key → article painted", jumps_painted))
    print(line("jump to item, key → all settled", jumps))
    print(line("tab switch, pilot", tabs_pilot) + "   (≥ 60 ms of Pilot idle waits)")
    print(line("jump to item, pilot", jumps_pilot) + "   (≥ 60 ms of Pilot idle waits)")


if __name__ == "__main__":
    asyncio.run(main())
