"""Word wrapping of a document into visual lines, for the virtualized article view.

Pure Python (rich's cell widths only): a layout is a list of lines, each a span of the
document text, so rendering a line and mapping a click back to a sentence are cheap.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass

from rich.cells import cell_len

from briefing.core.document import Block, Document

TAB_WIDTH = 4
_WORD = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line: ``text[start:end]`` of block ``block`` (``block == -1``: blank)."""

    block: int
    start: int
    end: int
    first: bool = False  # first line of its block (bullets and heading rules go here)


def prefix_for(block: Block) -> tuple[str, str]:
    """(first-line prefix, continuation prefix) drawn before a block's text."""
    if block.kind == "list_item":
        pad = "  " * max(0, block.level - 1)
        return pad + "• ", pad + "  "
    if block.kind == "blockquote":
        bar = "▌ " * max(1, block.level)
        return bar, bar
    return "", ""


def _width(s: str) -> int:
    if s.isascii():
        return len(s) + s.count("\t") * (TAB_WIDTH - 1)
    return cell_len(s.replace("\t", " " * TAB_WIDTH))


# Characters that are certainly one cell wide: Latin, Greek, Cyrillic, general punctuation.
_NARROW = re.compile(r"[\x20-\x7e\xa0-\u02ff\u0370-\u03ff\u0400-\u04ff\u2010-\u2027\u2030-\u205e]*")
_FAST_WRAP: dict[int, re.Pattern[str]] = {}


def _fast_wrapper(width: int) -> re.Pattern[str]:
    """A regex that takes one greedy line of at most ``width`` one-cell characters."""
    pattern = _FAST_WRAP.get(width)
    if pattern is None:
        pattern = re.compile(rf"(?:[^\n]{{1,{width}}}(?=\s|$)|\S{{{width}}})\s*")
        _FAST_WRAP[width] = pattern
    return pattern


def wrap_span(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` to ``width`` cells; spans cover all text."""
    width = max(1, width)
    if end - start <= width and _NARROW.fullmatch(text, start, end):
        return [(start, end)]
    if _NARROW.fullmatch(text, start, end):
        spans = [(m.start(), m.end()) for m in _fast_wrapper(width).finditer(text, start, end)]
        if spans and spans[0][0] == start and spans[-1][1] == end:
            return spans
    out: list[tuple[int, int]] = []
    line_start = start
    used = 0
    for m in _WORD.finditer(text, start, end):
        word = m.group()
        bare = word.rstrip()
        w_bare = _width(bare)
        w_all = w_bare + (len(word) - len(bare))
        if used and used + w_bare > width:
            out.append((line_start, m.start()))
            line_start = m.start()
            used = 0
        if w_bare > width:
            # A word longer than the line: cut it by cells.
            pos = m.start()
            stop = m.start() + len(bare)
            while pos < stop:
                cut = pos
                acc = 0
                while cut < stop:
                    cw = _width(text[cut])
                    if acc + cw > width and cut > pos:
                        break
                    acc += cw
                    cut += 1
                if cut < stop:
                    out.append((line_start, cut))
                    line_start = cut
                    used = 0
                else:
                    used = acc
                pos = cut
            used += len(word) - len(bare)
            continue
        used += w_all
    if line_start < end or not out:
        out.append((line_start, end))
    return out


class Layout:
    """All visual lines of a document at one width, with sentence <-> line lookups.

    Lines are kept in parallel integer arrays (block, start, end) rather than objects:
    a 5 MB article has over 100,000 lines and objects would cost time and memory.
    """

    def __init__(self, doc: Document, width: int) -> None:
        self.doc = doc
        self.width = max(8, width)
        blocks = array("i")
        starts = array("q")
        ends = array("q")
        text = doc.text
        for block in doc.blocks:
            if starts:
                blocks.append(-1)
                starts.append(block.start)
                ends.append(block.start)
            first_prefix, _ = prefix_for(block)
            avail = self.width - _width(first_prefix)
            for s, e in wrap_span(text, block.start, block.end, avail):
                blocks.append(block.index)
                starts.append(s)
                ends.append(e)
        self._blocks = blocks
        self._starts = starts
        self._ends = ends
        self._text_index = array("q", (i for i, b in enumerate(blocks) if b >= 0))
        self._text_starts = array("q", (starts[i] for i in self._text_index))
        self._sentence_first_line = array(
            "q", (self.line_of_offset(sent.start) for sent in doc.sentences)
        )

    def __len__(self) -> int:
        return len(self._starts)

    def line(self, index: int) -> Line:
        block = self._blocks[index]
        start = self._starts[index]
        first = block >= 0 and (index == 0 or self._blocks[index - 1] != block)
        return Line(block, start, self._ends[index], first)

    def sentence_lines(self, index: int) -> tuple[int, int]:
        """(first, last) visual line of sentence ``index``."""
        sent = self.doc.sentences[index]
        first = self._sentence_first_line[index]
        last = self.line_of_offset(max(sent.start, sent.end - 1))
        return first, max(first, last)

    def line_of_offset(self, offset: int) -> int:
        """The visual line holding character ``offset``."""
        i = bisect.bisect_right(self._text_starts, offset) - 1
        return self._text_index[max(0, i)] if self._text_index else 0

    def offset_at(self, line_index: int, cells: int, prefix_cells: int) -> int:
        """Character offset under cell column ``cells`` of a line (text starts at prefix)."""
        line = self.line(line_index)
        col = cells - prefix_cells
        if col <= 0:
            return line.start
        acc = 0
        for pos in range(line.start, line.end):
            acc += _width(self.doc.text[pos])
            if acc > col:
                return pos
        return max(line.start, line.end - 1)
