"""The example export in docs/export.md, made from the example article.

Run ``python tests/core/test_export_example.py`` to regenerate the example in the doc
(after the analysers or the segmenter change, for instance).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from markdown_it import MarkdownIt

from briefing import __version__
from briefing.core.analysis import analyze
from briefing.core.config import seed_path
from briefing.core.document import Document, load_document
from briefing.core.export import SECTIONS, render_markdown
from briefing.core.highlights import Highlight

DOC = Path(__file__).resolve().parents[2] / "docs" / "export.md"
BEGIN = "<!-- example: begin -->"
END = "<!-- example: end -->"


def _span(doc: Document, phrase: str, **kw: object) -> Highlight:
    start = doc.text.index(phrase)
    return Highlight.from_span(doc.sha256, doc.text, start, start + len(phrase), **kw)  # type: ignore[arg-type]


def example_highlights(doc: Document) -> list[Highlight]:
    when = "2020-03-06T09:{:02d}:00+00:00"
    midnight = doc.sentences[doc.sentence_at(doc.text.index("At 00.01"))]
    return [
        Highlight.from_span(
            doc.sha256,
            doc.text,
            midnight.start,
            midnight.end,
            kind="key",
            tags=["ceasefire", "timing"],
            note=(
                "Effective **00:01 on 6 March**, local time?\n\n"
                "- check the Turkish defence ministry statement\n"
                "- compare with the [Sochi memorandum](https://en.wikipedia.org/wiki/Sochi_agreement)"
            ),
            id="a1",
            created=when.format(5),
            updated=when.format(5),
        ),
        _span(
            doc,
            "establish a secure corridor along a stretch 3.7 miles to the north and 3 miles "
            "to the south of the M4 highway",
            kind="evidence",
            tags=["corridor", "M4"],
            note=(
                "Width in km, for the map:\n\n"
                "```\nnorth: 3.7 mi = 6.0 km\nsouth: 3.0 mi = 4.8 km\n```"
            ),
            id="a2",
            created=when.format(12),
            updated=when.format(12),
        ),
        _span(
            doc,
            "joint patrols on it as of March 15",
            kind="followup",
            tags=["patrols"],
            note="Did the patrols start on **15 March**?",
            id="a3",
            created=when.format(20),
            updated=when.format(20),
        ),
        _span(
            doc,
            "it didn’t establish any “no-fly zones” over Idlib",
            kind="question",
            tags=["open", "airspace"],
            note="Raised at all? <ask the desk>\n# not a heading, just a hash\n---",
            id="a4",
            created=when.format(31),
            updated=when.format(31),
        ),
        Highlight(
            doc.sha256,
            2400,
            2461,
            "Russian and Turkish troops will withdraw to the line of contact",
            kind="evidence",
            note="Saved on an earlier version of the article.",
            id="a5",
            created=when.format(1),
            updated=when.format(1),
            orphan=True,
        ),
    ]


def example_markdown() -> str:
    doc = load_document(seed_path())
    highlights = example_highlights(doc)
    # exported_at: the newest highlight change (the article file's date is left out here
    # so that the example does not depend on when the repository was checked out).
    stamp = max(h.updated for h in highlights).replace("+00:00", "Z")
    return render_markdown(doc, analyze(doc), highlights, SECTIONS, stamp, __version__)


def documented_example() -> str:
    text = DOC.read_text(encoding="utf-8")
    block = text[text.index(BEGIN) + len(BEGIN) : text.index(END)].strip("\n")
    fence, _, body = block.partition("\n")
    ticks = fence[: len(fence) - len(fence.lstrip("`"))]
    return body[: body.rindex(ticks)]


def test_example_highlights_section_is_current() -> None:
    """The part of the example that depends on the exporter alone matches the code."""
    current, documented = example_markdown(), documented_example()
    cut = "## Highlights and notes"
    assert documented[documented.index(cut) :] == current[current.index(cut) :], (
        "docs/export.md is out of date: run python tests/core/test_export_example.py"
    )


def test_example_renders_with_the_documented_structure() -> None:
    tokens = MarkdownIt("commonmark", {"html": True}).parse(
        documented_example().split("---\n", 2)[2]
    )
    heads = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert heads[1:7] == list(SECTIONS.values())
    assert heads[-2:] == ["Orphaned highlights", "1. ■ Evidence"]
    assert sum(t.type == "blockquote_open" for t in tokens) == 5
    assert not any(t.type.startswith("html") for t in tokens)


def write_example() -> None:
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    example = example_markdown()
    ticks = "`" * max(4, 1 + max(map(len, re.findall("`+", example)), default=0))
    block = f"{BEGIN}\n{ticks}markdown\n{example}{ticks}\n{END}"
    DOC.write_text(head + block + tail, encoding="utf-8")


if __name__ == "__main__":
    write_example()
    sys.stdout.write(f"updated the example in {DOC}\n")
