"""How long the analysis takes: the example, then 0.125 to 1 MB articles.

Times are CPU seconds (process time), best of a few cold runs, because the machine may
be shared; the wall-clock time of the analysis is printed beside them. The large
articles repeat real article text (the dev articles when ../shared is there,
else the seeds), cut at a paragraph boundary. Printed: the best of a few runs for the
whole ``analyze`` and for each extractor, the cost per MB at each size, and the ratio
time(2x)/time(x), which stays near 2.0 when the cost grows linearly.

Run: .venv/bin/python bench/bench_analysis.py
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

from briefing.core.analysis import analyze
from briefing.core.analysis.actors import clear_cache, extract_actors
from briefing.core.analysis.clauses import extract_clauses, extract_open_issues
from briefing.core.analysis.quotes import extract_quotes
from briefing.core.analysis.timeline import extract_timeline
from briefing.core.document import Document, document_from_text, load_document

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
SEEDS = ROOT / "seeds"
EXAMPLE_TARGET_MS = 50.0
MB_TARGET_S = 2.0
SIZES_MB = (0.125, 0.25, 0.5, 1.0)
PUBLISHED = dt.date(2020, 3, 5)


def sources() -> list[Path]:
    dev = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    return dev or sorted(SEEDS.glob("*.md"))


def example() -> Document:
    seed = sorted(SEEDS.glob("*.md"))
    return load_document(seed[0] if seed else sources()[0])


def corpus_text(size_mb: float, paragraphs: list[str]) -> str:
    target = int(size_mb * 1024 * 1024)
    out: list[str] = []
    length = 0
    i = 0
    while length < target:
        para = paragraphs[i % len(paragraphs)]
        out.append(para)
        length += len(para.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def best(fn: Callable[[], object], runs: int) -> float:
    """Best CPU time of ``runs`` cold runs (CPU time: the machine may be shared)."""
    return min(timed(fn) for _ in range(runs))[0]


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one cold run."""
    clear_cache()  # quotes and actors share the mentions of a document: time them cold
    c0, w0 = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - c0, time.perf_counter() - w0


def stages(doc: Document) -> dict[str, Callable[[], object]]:
    return {
        "clauses": lambda: extract_clauses(doc),
        "open_issues": lambda: extract_open_issues(doc),
        "timeline": lambda: extract_timeline(doc, PUBLISHED),
        "quotes": lambda: extract_quotes(doc),
        "actors": lambda: extract_actors(doc),
    }


def _word(i: int) -> str:
    """A distinct made-up word for the i-th quote or name."""
    letters = "bcdfghjklmnprstvz"
    out = ""
    i += 1000
    while i:
        i, r = divmod(i, len(letters))
        out += letters[r] + "aeiou"[r % 5]
    return out


def main() -> int:
    src = sources()
    print(f"text from: {', '.join(p.name for p in src)}")
    doc = example()
    analyze(doc, PUBLISHED)  # warm up imports and regex caches
    t = best(lambda: analyze(doc, PUBLISHED), 20) * 1000  # CPU ms
    verdict = "ok" if t < EXAMPLE_TARGET_MS else "OVER"
    target = f"target < {EXAMPLE_TARGET_MS:.0f} ms"
    print(f"example ({len(doc.text):,} chars): analyze {t:.1f} ms  {target}  {verdict}")
    parts = "  ".join(f"{k} {best(f, 10) * 1000:.1f}" for k, f in stages(doc).items())
    print(f"  per extractor (ms): {parts}")
    print()

    paragraphs: list[str] = []
    for path in src:
        paragraphs.extend(p.strip() for p in load_document(path).text.split("\n\n") if p.strip())
    rows = []
    header = (
        f"{'size MB':>8} {'chars':>10} {'segment s':>10} {'analyze s':>10} "
        f"{'wall s':>7} {'s per MB':>9} {'x2 ratio':>9}"
    )
    per_stage_header = "  ".join(f"{k:>11}" for k in stages(doc))
    print(header + "   " + per_stage_header)
    previous = None
    for size in SIZES_MB:
        text = corpus_text(size, paragraphs)
        t0 = time.process_time()
        big = document_from_text(text)
        seg = time.process_time() - t0
        runs = 3 if size < 1 else 2
        t, wall = min(timed(lambda big=big: analyze(big, PUBLISHED)) for _ in range(runs))
        ratio = f"{t / previous:.2f}" if previous else "-"
        per = "  ".join(f"{best(f, 1):>11.3f}" for f in stages(big).values())
        row = f"{size:>8} {len(text):>10,} {seg:>10.3f} {t:>10.3f} {wall:>7.3f}"
        row += f" {t / size:>9.3f} {ratio:>9}"
        print(f"{row}   {per}")
        rows.append((size, t))
        previous = t
    one_mb = rows[-1][1]
    verdict = "ok" if one_mb < MB_TARGET_S else "OVER"
    print()
    size = rows[-1][0]
    print(f"{size} MB article: analyze {one_mb:.2f} s CPU  target < {MB_TARGET_S:.0f} s  {verdict}")
    print("x2 ratio near 2.0 means linear growth; near 4.0 would mean quadratic.")
    # The example alone, repeated: denser in terms and doubts than the mix above.
    seed_paragraphs = [p.strip() for p in doc.text.split("\n\n") if p.strip()]
    big = document_from_text(corpus_text(1.0, seed_paragraphs))
    t, wall = min(timed(lambda: analyze(big, PUBLISHED)) for _ in range(2))
    verdict = "ok" if t < MB_TARGET_S else "OVER"
    print(f"1.0 MB of the example repeated: analyze {t:.2f} s CPU ({wall:.2f} s wall)  {verdict}")
    print()
    # Worst cases for the quote and actor rules: one sentence of thousands of distinct
    # short quotes, and a paragraph per quote each with a new speaker.
    previous = None
    for n in (2000, 4000, 8000):
        text = " ".join(f"Smith said it was ‘{_word(i)}’ and" for i in range(n)) + "."
        big = document_from_text(text)
        t = best(lambda big=big: analyze(big, PUBLISHED), 1)
        ratio = f"{t / previous:.2f}" if previous else "-"
        print(f"one sentence, {n:>5} distinct short quotes: {t:.3f} s CPU  x2 ratio {ratio}")
        previous = t
    previous = None
    for n in (5000, 10000, 20000):
        text = "\n\n".join(
            f"“Talks on {_word(i)} go on,” said {_word(i + 1).title()} {_word(i + 2).title()}."
            for i in range(n)
        )
        big = document_from_text(text)
        t = best(lambda big=big: analyze(big, PUBLISHED), 1)
        ratio = f"{t / previous:.2f}" if previous else "-"
        print(f"{n:>5} paragraphs, a quote and a new speaker each: {t:.3f} s CPU  x2 ratio {ratio}")
        previous = t
    return 0


if __name__ == "__main__":
    sys.exit(main())
