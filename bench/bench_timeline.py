"""What the timeline alone costs, against the size of the article.

Three kinds of text, each at 0.125, 0.25, 0.5 and 1 MB, cut at a paragraph boundary:

- ``news``: real agreement articles repeated (the dev articles when ../shared is
  there, the generalization articles in bench/eval/articles, else the seeds);
- ``dense``: short sentences that each carry two or three dates of different kinds
  (the worst ordinary case: every sentence is an event);
- ``one sentence``: a single sentence with no full stop at all, dates sprinkled in it
  (the clause search must stay inside its window).

For each it prints the best CPU time of a few cold runs of ``find_mentions`` (finding
and parsing the expressions) and of ``extract_timeline`` (the whole pane, document
already segmented), the cost per MB, and the ratio time(2x)/time(x), which stays near
2.0 when the cost grows linearly. CPU time, since the machine may be shared.

Run: .venv/bin/python bench/bench_timeline.py
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from briefing.core.analysis.dates import find_mentions
from briefing.core.analysis.timeline import extract_timeline
from briefing.core.document import document_from_text, load_document

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
EXTRA = ROOT / "bench" / "eval" / "articles"
SEEDS = ROOT / "seeds"
SIZES_MB = (0.125, 0.25, 0.5, 1.0)
PUBLISHED = dt.date(2020, 3, 5)
RUNS = 3

DENSE = (
    "The truce agreed on Tuesday takes effect at 00.01 on March 7, 2020.",
    "Prisoners are to be freed by Aug. 27 and talks resume next week.",
    "Fighting that began in September 2014 eased two days ago, officials said on Friday.",
    "The accord expires at the end of the year unless renewed within 60 days.",
    "Since the spring of 2011 the nine-year-old war has killed thousands.",
)


def paragraphs() -> list[str]:
    files = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
    files += sorted(EXTRA.glob("*.txt")) if EXTRA.is_dir() else []
    if not files:
        seeds = sorted(SEEDS.glob("*.md"))
        return [b for p in seeds for b in load_document(p).text.split("\n\n") if b.strip()]
    return [b for p in files for b in p.read_text(encoding="utf-8").split("\n\n") if b.strip()]


def news(target: int) -> str:
    paras = paragraphs()
    out: list[str] = []
    length = i = 0
    while length < target:
        out.append(paras[i % len(paras)])
        length += len(out[-1].encode("utf-8")) + 2
        i += 1
    return "\n\n".join(out)


def dense(target: int) -> str:
    out: list[str] = []
    length = i = 0
    while length < target:
        para = " ".join(DENSE[(i + k) % len(DENSE)] for k in range(3))
        out.append(para)
        length += len(para) + 2
        i += 1
    return "\n\n".join(out)


def one_sentence(target: int) -> str:
    chunk = "word after word on Monday then more words since March 2020 and yet more words "
    return (chunk * (target // len(chunk) + 1))[:target].rsplit(" ", 1)[0]


def best(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def main() -> None:
    print(f"timeline cost, best CPU time of {RUNS} runs (published {PUBLISHED})")
    print(f"{'text':<13} {'MB':>6} {'events':>7} {'mentions s':>11} {'timeline s':>11}"
          f" {'s/MB':>6} {'x2 ratio':>9}")  # fmt: skip
    for name, make in (("news", news), ("dense", dense), ("one sentence", one_sentence)):
        previous: float | None = None
        for size in SIZES_MB:
            text = make(int(size * 1024 * 1024))
            doc = document_from_text(text)
            t_mentions = best(lambda text=text: find_mentions(text))  # type: ignore[misc]
            t_timeline = best(lambda doc=doc: extract_timeline(doc, PUBLISHED))  # type: ignore[misc]
            events = len(extract_timeline(doc, PUBLISHED))
            mb = len(text.encode("utf-8")) / (1024 * 1024)
            ratio = f"{t_timeline / previous:.2f}" if previous else "-"
            print(
                f"{name:<13} {mb:6.3f} {events:7d} {t_mentions:11.3f} {t_timeline:11.3f}"
                f" {t_timeline / mb:6.2f} {ratio:>9}"
            )
            previous = t_timeline


if __name__ == "__main__":
    main()
