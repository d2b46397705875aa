"""Export 10,000 highlights with notes and tags to Markdown; target under 0.5 s.

Run: .venv/bin/python bench/bench_export.py
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from briefing import __version__
from briefing.core.analysis import analyze
from briefing.core.config import seed_path
from briefing.core.document import document_from_text, load_document
from briefing.core.export import SECTIONS, render_markdown, write_atomic
from briefing.core.highlights import KINDS, Highlight

TARGET_S = 0.5
N = 10_000
NOTES = [
    "",
    "Check this against the **Sochi memorandum**.",
    "Who verifies?\n\n- Turkish patrols\n- Russian patrols\n\nSee [the text](https://example.org/a?b=1&c=2).",
    "Quote it in the brief: `00.01` local time, not UTC.",
    "```\ncorridor: 6 km north, 6 km south <M4>\n```\nCompare with 2018 | 2019 numbers.",
    "Follow up with the desk #idlib\n# not a heading <b>not html</b>",
]
TAGS = ["idlib", "ceasefire", "patrols", "refugees", "m4", "follow-up", "sourcing"]


def main() -> None:
    seed = load_document(seed_path())
    # A long article (the example 40 times) so the highlights spread over many paragraphs.
    body = "\n\n".join([seed.text] * 40)
    doc = document_from_text(body, "txt")
    doc.meta = seed.meta
    analysis = analyze(doc)
    rng = random.Random(6)
    kinds = list(KINDS)
    highlights = []
    for i in range(N):
        s = doc.sentences[rng.randrange(len(doc.sentences))]
        start = rng.randrange(s.start, max(s.start + 1, s.end - 10))
        end = min(s.end, start + rng.randrange(10, 200))
        highlights.append(
            Highlight.from_span(
                doc.sha256,
                doc.text,
                start,
                end,
                kind=kinds[i % len(kinds)],
                note=NOTES[i % len(NOTES)],
                tags=rng.sample(TAGS, rng.randrange(0, 3)),
                orphan=(i % 500 == 0),
                created="2026-01-01T00:00:00+00:00",
                updated="2026-01-01T00:00:00+00:00",
            )
        )
    include = set(SECTIONS)
    stamp = "2026-01-01T00:00:00Z"
    runs, cpu = [], []
    text = ""
    for _ in range(7):
        t0, c0 = time.perf_counter(), time.process_time()
        text = render_markdown(doc, analysis, highlights, include, stamp, __version__)
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        write_atomic(Path(tmp) / "out.md", text, force=False)
        write_s = time.perf_counter() - t0
    render_s = statistics.median(runs)
    total = render_s + write_s
    print(
        f"export of {N:,} highlights ({len(text) / 1e6:.1f} MB of Markdown, "
        f"article {len(doc.text) / 1e3:.0f} kB, {len(doc.sentences)} sentences)"
    )
    print(
        f"  render (median of 7): {render_s * 1000:7.1f} ms   min {min(runs) * 1000:.1f} ms"
        f"   (CPU time median {statistics.median(cpu) * 1000:.1f} ms; the machine is shared,"
        f" load {os.getloadavg()[0]:.1f})"
    )
    print(f"  atomic write + fsync: {write_s * 1000:7.1f} ms")
    print(
        f"  total:                {total * 1000:7.1f} ms   target {TARGET_S * 1000:.0f} ms "
        f"-> {total / TARGET_S:.2f} of the budget"
    )


if __name__ == "__main__":
    main()
