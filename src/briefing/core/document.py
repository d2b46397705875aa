"""Articles as documents: one canonical text with blocks and sentences as spans into it.

``load_document`` reads ``.txt``, ``.md`` (with YAML front matter) and saved ``.html``
pages, refuses what cannot be an article with a :class:`LoadError`, and never lets
control characters through: they become visible Control Pictures (one character for
one, so offsets are unchanged).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefing.core.segment import split_sentences

BlockKind = Literal["paragraph", "heading", "list_item", "blockquote"]
Format = Literal["txt", "md", "html"]

#: Largest article accepted, in bytes. Larger files are refused with a clear message.
MAX_BYTES = 50 * 1024 * 1024


class LoadError(Exception):
    """An article that cannot be opened. ``exit_code`` is the CLI's exit status."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


# Exit codes, distinct per failure (sysexits-style where one fits).
EXIT_NOT_FOUND = 66
EXIT_NOT_A_FILE = 67
EXIT_NOT_REGULAR = 69
EXIT_UNREADABLE = 77
EXIT_BINARY = 65
EXIT_TOO_LARGE = 68


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph, heading, list item or blockquote paragraph of the canonical text."""

    index: int
    kind: BlockKind
    start: int
    end: int
    level: int = 0
    first_sentence: int = 0
    last_sentence: int = -1  # inclusive; -1 when the block has no sentence

    @property
    def sentences(self) -> range:
        return range(self.first_sentence, self.last_sentence + 1)


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    block: int


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    author: str | None = None


@dataclass(slots=True)
class Document:
    """An article ready to read and analyse. Offsets index into ``text``."""

    text: str
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]
    meta: Metadata = field(default_factory=Metadata)
    path: Path | None = None
    format: Format = "txt"
    notices: tuple[str, ...] = ()
    sha256: str = ""
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        self._starts = [s.start for s in self.sentences]

    @property
    def doc_id(self) -> str:
        """A short stable id derived from the content hash."""
        return self.sha256[:16]

    @property
    def title(self) -> str:
        if self.meta.title:
            return self.meta.title
        return self.path.stem if self.path else "Untitled"

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing (or nearest before) ``offset``; -1 if none."""
        if not self.sentences:
            return -1
        i = bisect.bisect_right(self._starts, offset) - 1
        return max(i, 0)

    def sentences_in(self, start: int, end: int) -> range:
        """Indices of sentences overlapping the span ``[start, end)``."""
        if not self.sentences:
            return range(0)
        first = self.sentence_at(start)
        if self.sentences[first].end <= start and first + 1 < len(self.sentences):
            first += 1
        last = max(first, bisect.bisect_left(self._starts, end) - 1)
        return range(first, last + 1)


# --- control characters --------------------------------------------------------------

_C1_PLACEHOLDER = "\ufffd"


def _control_map() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        if code in (0x09, 0x0A):
            continue
        table[code] = chr(0x2400 + code)  # ␀ .. ␟, ␛ for ESC
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):
        table[code] = _C1_PLACEHOLDER
    return table


_CONTROL_TABLE = _control_map()


_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def neutralize_controls(text: str) -> str:
    """Replace C0/C1 controls (but tab and newline) by visible one-character placeholders."""
    if _CONTROL_RE.search(text) is None:
        return text
    return text.translate(_CONTROL_TABLE)


# --- reading ---------------------------------------------------------------------------


def read_article_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read an article file, refusing anything that is not a readable regular text file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise LoadError(f"no such file: {path}", EXIT_NOT_FOUND) from None
    except PermissionError:
        raise LoadError(f"permission denied: {path}", EXIT_UNREADABLE) from None
    except OSError as exc:
        raise LoadError(f"cannot open {path}: {exc.strerror}", EXIT_UNREADABLE) from None
    if stat.S_ISDIR(st.st_mode):
        raise LoadError(f"{path} is a directory, not an article", EXIT_NOT_A_FILE)
    if not stat.S_ISREG(st.st_mode):
        raise LoadError(f"{path} is not a regular file (FIFO, socket or device)", EXIT_NOT_REGULAR)
    if st.st_size > max_bytes:
        raise LoadError(
            f"{path} is {st.st_size / 1048576:.1f} MiB; the limit is {max_bytes // 1048576} MiB",
            EXIT_TOO_LARGE,
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise LoadError(f"permission denied: {path}", EXIT_UNREADABLE) from None
    except OSError as exc:
        raise LoadError(f"cannot read {path}: {exc.strerror}", EXIT_UNREADABLE) from None
    if b"\x00" in data[:65536] or b"\x00" in data:
        raise LoadError(f"{path} looks like a binary file (it contains NUL bytes)", EXIT_BINARY)
    return data


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode UTF-8 (BOM tolerated); invalid bytes become U+FFFD with a notice."""
    notices: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        notices.append(f"invalid UTF-8: {bad} byte sequence(s) shown as \ufffd")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, notices


def detect_format(text: str, suffix: str) -> Format:
    """Decide the format from the content first, the file suffix second."""
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and re.search(r"<(head|body|article|p|div)\b", head)
    ):
        return "html"
    if suffix.lower() in (".html", ".htm", ".xhtml") and "<" in head:
        return "html"
    if suffix.lower() in (".md", ".markdown", ".mdown", ".mkd"):
        return "md"
    if text.startswith("---\n") and re.search(r"^---\s*$", text[4:], re.MULTILINE):
        return "md"
    return "txt"


# --- building ----------------------------------------------------------------------------


@dataclass(slots=True)
class _RawBlock:
    kind: BlockKind
    text: str
    level: int = 0


_WS = re.compile(r"[ \t]*\n[ \t]*")


_BULLET = re.compile(r"^[ \t]*(?:[-*•▪◦‣–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]+(?=\S)")


_LINE_END = re.compile(r"[.!?…:][\"'”’)\]]*\s*$")


def _one_paragraph_per_line(lines: list[str]) -> bool:
    """True for text that puts each paragraph on one line, without blank lines between.

    Hard-wrapped text keeps its lines short (rarely over 100 characters) and most of them
    end inside a sentence; a paragraph per line shows long lines, or lines that nearly
    all end a sentence.
    """
    full = [line for line in lines if line.strip()]
    if len(full) < 2:
        return False
    if max(len(line) for line in full) > 160:
        return True
    ended = sum(1 for line in full if _LINE_END.search(line))
    return len(full) >= 3 and ended * 4 >= len(full) * 3


def _paragraphs(text: str) -> list[_RawBlock]:
    """Blank-line separated paragraphs; lines that start with a bullet are list items."""
    blocks: list[_RawBlock] = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        lines = chunk.strip("\n").split("\n")
        if len(lines) > 1 and sum(bool(_BULLET.match(line)) for line in lines) >= 1:
            # A paragraph holding a list: the lead-in, then one block per item (an item
            # continues on following lines that do not start a new bullet).
            current: list[str] = []
            kind: BlockKind = "paragraph"
            for line in lines:
                marker = _BULLET.match(line)
                if marker:
                    if current:
                        blocks.append(_RawBlock(kind, " ".join(current), 1))
                    current, kind = [line[marker.end() :].strip()], "list_item"
                elif line.strip():
                    current.append(line.strip())
            if current:
                blocks.append(_RawBlock(kind, " ".join(current), 1))
            continue
        if _one_paragraph_per_line(lines):
            blocks.extend(_RawBlock("paragraph", line.strip()) for line in lines if line.strip())
            continue
        body = _WS.sub(" ", chunk.strip())
        if body:
            marker = _BULLET.match(body)
            if marker and len(lines) == 1 and body[:1] in "-*•▪◦‣":
                blocks.append(_RawBlock("list_item", body[marker.end() :], 1))
            else:
                blocks.append(_RawBlock("paragraph", body))
    return blocks


def build_document(
    raw_blocks: list[_RawBlock],
    meta: Metadata | None = None,
    *,
    path: Path | None = None,
    fmt: Format = "txt",
    notices: list[str] | None = None,
) -> Document:
    parts: list[str] = []
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    pos = 0
    for raw in raw_blocks:
        body = neutralize_controls(raw.text)
        if parts:
            parts.append("\n\n")
            pos += 2
        start, end = pos, pos + len(body)
        first = len(sentences)
        spans = [(start, end)] if raw.kind == "heading" else split_sentences(body, start)
        for s_start, s_end in spans:
            sentences.append(Sentence(len(sentences), s_start, s_end, len(blocks)))
        blocks.append(
            Block(len(blocks), raw.kind, start, end, raw.level, first, len(sentences) - 1)
        )
        parts.append(body)
        pos = end
    return Document(
        text="".join(parts),
        blocks=tuple(blocks),
        sentences=tuple(sentences),
        meta=meta or Metadata(),
        path=path,
        format=fmt,
        notices=tuple(notices or ()),
    )


def parse_date(value: Any) -> dt.date | None:
    """A date from front matter or metadata: a date, a datetime or an ISO-like string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def _clean_meta(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = neutralize_controls(str(value)).replace("\n", " ").strip()
    return text or None


def document_from_text(
    text: str,
    fmt: Format = "txt",
    *,
    path: Path | None = None,
    notices: list[str] | None = None,
) -> Document:
    """Build a document from already decoded text in the given format."""
    notices = list(notices or [])
    if fmt == "md":
        from briefing.core.markdown import parse_markdown

        raw, meta, md_notices = parse_markdown(text)
        notices.extend(md_notices)
    elif fmt == "html":
        from briefing.core.html import parse_html

        raw, meta = parse_html(text)
    else:
        raw, meta = _paragraphs(text), Metadata()
    return build_document(raw, meta, path=path, fmt=fmt, notices=notices)


#: Month names and their usual abbreviations, in lower case, to month numbers.
MONTH_NUMBERS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TEXT_DATE = re.compile(
    r"(?:^|[\s,(|–—-])(?:"
    rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>[A-Za-z]{{3,9}})\.?,?\s+"
    r"(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iso>(?:19|20)\d\d-\d\d-\d\d)"
    r")\b"
)
_DATE_LABEL = re.compile(r"\b(?:published|updated|posted|first published|date)\b\s*:?", re.I)


def date_in_text(doc: Document) -> dt.date | None:
    """The article's date when its first lines give one: a line of its own ("Feb 27, 2026
    6:40 pm", "Thursday 5 March 2020") or one labelled "Published"/"Updated"/"Posted".

    Dates inside the story's sentences are events, not the date of the article.
    """
    for block in doc.blocks[:6]:
        body = doc.text[block.start : block.end]
        labelled = _DATE_LABEL.search(body[:200])
        if len(body) > 80 and labelled is None:
            continue
        scope = body[labelled.end() : labelled.end() + 60] if labelled else body
        m = _TEXT_DATE.search(scope)
        if m is None:
            continue
        try:
            if m.group("iso"):
                return dt.date.fromisoformat(m.group("iso"))
            month = m.group("month") or m.group("month2")
            day = m.group("day") or m.group("day2")
            year = m.group("year") or m.group("year2")
            number = MONTH_NUMBERS.get(month.lower())
            if number is None:
                continue
            return dt.date(int(year), number, int(day))
        except ValueError:
            continue
    return None


def _finish(doc: Document, published: dt.date | None) -> Document:
    if published is not None:
        doc.meta.published = published
    elif doc.meta.published is None and doc.text:
        found = date_in_text(doc)
        if found is not None:
            doc.meta.published = found
            doc.notices = (
                *doc.notices,
                f"date {found:%a %-d %b %Y} taken from the article's text; "
                "P (or --published) sets another",
            )
    if not doc.text.strip():
        doc.notices = (*doc.notices, "empty article: there is nothing to read in this file")
    return doc


@dataclass(frozen=True)
class RawArticle:
    """An article file read and decoded, not parsed yet: every input error is behind it."""

    path: Path
    text: str
    notices: tuple[str, ...]
    format: Format


def read_article(path: str | os.PathLike[str]) -> RawArticle:
    """Read and decode ``path``; raises :class:`LoadError` for anything unreadable."""
    p = Path(path)
    text, notices = decode(read_article_bytes(p))
    return RawArticle(p, text, tuple(notices), detect_format(text, p.suffix))


def load_document(path: str | os.PathLike[str], published: dt.date | None = None) -> Document:
    """Load an article from disk. Raises :class:`LoadError` for anything unreadable."""
    raw = read_article(path)
    doc = document_from_text(raw.text, raw.format, path=raw.path, notices=list(raw.notices))
    return _finish(doc, published)


#: Articles longer than this many characters open with a preview of their first part
#: while the whole text is segmented in the background.
PREVIEW_CHARS = 96 * 1024


def open_article(
    path: str | os.PathLike[str] | RawArticle,
    published: dt.date | None = None,
    *,
    cache: bool = True,
) -> tuple[Document, Callable[[], Document] | None]:
    """Load an article for reading: (document, None) or, for a long one, (preview, loader).

    The preview is built from whole leading paragraphs, so its text and sentences are a
    prefix of the full document's and a cursor keeps its place when the full one arrives.
    All input errors are raised here (or by :func:`read_article`), before anything is
    shown. With ``cache``, a text parsed before is read back from the document cache (see
    :mod:`briefing.core.doccache`).
    """
    raw = path if isinstance(path, RawArticle) else read_article(path)
    p, text, notices, fmt = raw.path, raw.text, list(raw.notices), raw.format
    build = _cached_document if cache else document_from_text
    cut = -1
    if len(text) > PREVIEW_CHARS:
        # At a paragraph break; in text with one paragraph per line, at a line break.
        cut = text.rfind("\n\n", 0, PREVIEW_CHARS)
        if cut <= 0:
            cut = text.rfind("\n", 0, PREVIEW_CHARS)
    if fmt == "html" or cut <= 0:
        return _finish(build(text, fmt, path=p, notices=notices), published), None
    preview = _finish(document_from_text(text[:cut], fmt, path=p, notices=notices), published)

    def load_rest() -> Document:
        return _finish(build(text, fmt, path=p, notices=notices), published)

    return preview, load_rest


def _cached_document(
    text: str,
    fmt: Format = "txt",
    *,
    path: Path | None = None,
    notices: list[str] | None = None,
) -> Document:
    """:func:`document_from_text` through the document cache."""
    from briefing.core import doccache

    notices = list(notices or [])
    key = doccache.key_for(text, fmt)
    hit = doccache.load(key)
    if hit is not None:
        doc, parse_notices = hit
        doc.path = path
        doc.notices = (*notices, *parse_notices)
        return doc
    doc = document_from_text(text, fmt, path=path, notices=notices)
    doccache.save(key, doc, list(doc.notices[len(notices) :]))
    return doc
