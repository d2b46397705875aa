"""Export a briefing (article, analysis, checklist, highlights and notes) as Markdown.

:func:`render_markdown` is a pure function from data to one Markdown string; the CLI
(:func:`run_cli`) and the app only collect choices and write the result with
:func:`write_atomic`. The format is described in ``docs/export.md``.

Text that comes from the article or from the user is data, never markup:

* article text, titles, item labels, speakers, names and tags go through
  :func:`escape_inline`: one line, every character that could start Markdown or HTML
  backslash-escaped, so it renders exactly as written;
* quoted article text is a blockquote whose every line carries the ``>`` prefix;
* notes are Markdown by design and go through :func:`sanitize_note`, which keeps
  emphasis, lists, links, code spans and fenced code, but turns anything that could
  leave the note (raw HTML, headings, rules, setext underlines, tables, blockquotes,
  unclosed fences, unsafe link schemes, math and comment openers) into plain text;
* control characters never reach the file (they become visible Control Pictures).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import itertools
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from briefing.core.analysis.model import Actor, Analysis, Item
from briefing.core.document import Document, neutralize_controls
from briefing.core.highlights import KINDS, Highlight

if TYPE_CHECKING:
    from briefing.core.curation import Curation

#: Sections in the order they appear in the file, with their headings.
SECTIONS: dict[str, str] = {
    "clauses": "Clauses",
    "open-issues": "Open issues",
    "timeline": "Timeline",
    "quotes": "Quotes",
    "actors": "Actors",
    "highlights": "Highlights and notes",
}
ORPHANS_HEADING = "Orphaned highlights"

#: Link schemes a note may use; any other scheme (javascript:, data:, file:, ...) makes
#: the link plain text. Links without a scheme (relative, #anchor) are kept.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

#: ``checklist[item_id] = (state, reason)`` for open issues, states as in
#: ``core.curation.ISSUE_STATES`` ("open", "resolved", "still_open"), shown by their
#: label; "resolved" (or any label starting with "resolved") ticks the box.
Checklist = Mapping[str, tuple[str, str]]

# Exit codes of the CLI (sysexits-style where one fits).
EXIT_USAGE = 2
EXIT_NO_DIR = 72
EXIT_EXISTS = 73
EXIT_IO = 74
EXIT_STORE = 75
EXIT_PERMISSION = 77


class ExportError(Exception):
    """An export that cannot be written. ``exit_code`` is the CLI's exit status."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code


_NEWLINES = re.compile("\r\n|[\r\u2028\u2029]")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Anything clean_text would change; most text has none of it and is returned as is.
_UNCLEAN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with one kind of line break and no control characters or lone surrogates.

    CR, CRLF and the Unicode line/paragraph separators become ``\\n``; other C0/C1
    controls (ESC included, so no terminal escape sequence survives) become visible
    placeholders; lone surrogates, which cannot be written as UTF-8, become U+FFFD.
    """
    if _UNCLEAN.search(text) is None:
        return text
    text = neutralize_controls(_NEWLINES.sub("\n", text))
    return _SURROGATES.sub("\ufffd", text)


# Characters that can open inline Markdown or HTML anywhere in a line ($ is math on
# GitHub and Obsidian, a doubled % an Obsidian comment).
_INLINE_SPECIAL = re.compile(r"[\\`*_\[\]<>|~&$#]|(?<=%)%")
# What makes a block of its own at the start of a line: list markers, setext
# underlines, thematic breaks ("#" and ">" are escaped anywhere already).
_LINE_START = re.compile(r"[-+=]|\d{1,9}(?=[.)])")
_SPACES = re.compile(r"\s+")


def escape_inline(text: str) -> str:
    """One line of Markdown that renders as ``text`` reads, whatever it contains.

    Line breaks become spaces, controls become visible placeholders, surrounding
    whitespace is dropped, and every character that could start emphasis, code, a
    link, HTML, an entity, a table cell, math or (at the start) a block is escaped.
    """
    text = clean_text(text)
    if "\n" in text or "\t" in text:
        text = text.replace("\n", " ").replace("\t", " ")
    text = _INLINE_SPECIAL.sub(_backslash, text.strip())
    m = _LINE_START.match(text)
    if m:
        end = m.end()
        # "1." becomes "1\.", a leading "-", "+" or "=" gets its own backslash.
        text = f"{text[:end]}\\{text[end:]}" if m.group(0)[0].isdigit() else "\\" + text
    return text


def _backslash(m: re.Match[str]) -> str:
    return "\\" + m.group(0)


def _bold(text: str) -> str:
    escaped = escape_inline(text)
    return f"**{escaped}**" if escaped else ""


_FENCE_OPEN = re.compile(r"( {0,3})(`{3,}|~{3,})(.*)")
_BACKTICK_RUN = re.compile(r"`+")
_ESCAPE_OR_TICKS = re.compile(r"\\[\s\S]|`+")
# After any container markers, a line that would be a heading, a thematic break or a
# setext underline (checked at every nesting level, anywhere in the indentation).
_CONTAINER = re.compile(r"[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))")
_BLOCK_HAZARD = re.compile(
    r"[ \t]*(?=#{1,6}(?:[ \t]|$)|([-*_])(?:[ \t]*\1){2,}[ \t]*$|=+[ \t]*$|-+[ \t]*$)"
)
# The first character of a line that may open a container or a hazard above.
_BLOCK_OPENERS = frozenset("#-*_=+>0123456789")
# Outside code spans: keep backslash escapes as they are, escape what opens HTML,
# entities, blockquotes, table cells, math and Obsidian comments, and look at every
# "](" and "]:" that could end a link label.
_NOTE_SPECIAL = re.compile(r"\\[\s\S]|[<>&|$]|(?<=%)%|\](?=[(:])")
_PUNCT_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
# A line without any of these characters is plain text wherever it stands.
_NOTE_RISKY = re.compile(r"[\\`~<>&|$%#=*_+\-\[\]]")
_INFO_WORD = re.compile(r"[A-Za-z0-9_+#.\-]{1,40}")


def _unsafe_destination(rest: str) -> bool:
    """Whether a link whose destination starts ``rest`` could go somewhere unsafe.

    A destination on the next line is not looked at, so it counts as unsafe.
    """
    rest = rest.lstrip(" \t")
    if rest.startswith("\\<"):
        rest = rest[2:]
    elif rest.startswith("<"):
        rest = rest[1:]
    if not rest.strip():
        return True
    m = _SCHEME.match(_PUNCT_ESCAPE.sub(r"\1", rest[:80]))
    return m is not None and m.group(1).lower() not in SAFE_SCHEMES


def _fix_note_token(m: re.Match[str]) -> str:
    token = m.group(0)
    if token[0] == "\\":
        return token
    if token == "]":
        # "](dest" is an inline link or image, "]: dest" a reference definition.
        return "\\]" if _unsafe_destination(m.string[m.end() + 1 :]) else token
    return "\\" + token


def _escape_note_text(segment: str) -> str:
    return _NOTE_SPECIAL.sub(_fix_note_token, segment)


def _note_inline(line: str) -> str:
    """Escape a note line outside its code spans; code spans stay verbatim.

    A code span must open and close on the same line; a backtick run without a
    closing run of the same length on its line is escaped, so the parser cannot pair
    it with anything on a later line.
    """
    if "`" not in line:
        return _escape_note_text(line)
    out: list[str] = []
    pos = 0  # start of the text not yet copied
    scan = 0
    while True:
        m = _ESCAPE_OR_TICKS.search(line, scan)
        if m is None:
            break
        if m.group(0)[0] == "\\":
            scan = m.end()
            continue
        size = len(m.group(0))
        closer = None
        for c in _BACKTICK_RUN.finditer(line, m.end()):
            if len(c.group(0)) == size:
                closer = c
                break
        out.append(_escape_note_text(line[pos : m.start()]))
        if closer is None:
            out.append("\\`" * size)
            pos = scan = m.end()
        else:
            out.append(line[m.start() : closer.end()])
            pos = scan = closer.end()
    out.append(_escape_note_text(line[pos:]))
    return "".join(out)


def _note_block_start(line: str) -> str:
    """Escape a heading, rule or setext underline wherever a block could start."""
    if line.lstrip(" \t")[:1] not in _BLOCK_OPENERS:
        return line
    pos = 0
    while True:
        hazard = _BLOCK_HAZARD.match(line, pos)
        if hazard is not None:
            at = hazard.end()
            return f"{line[:at]}\\{line[at:]}"
        container = _CONTAINER.match(line, pos)
        if container is None:
            return line
        pos = container.end()


def _closes(line: str, opening: str) -> bool:
    """Whether ``line`` closes a fence opened by the run ``opening``."""
    lead = len(line) - len(line.lstrip(" "))
    rest = line[lead:].rstrip(" \t")
    return lead <= 3 and len(rest) >= len(opening) and rest == opening[0] * len(rest)


def _fence(body: list[str], info: str) -> list[str]:
    longest = max((len(r) for line in body for r in _BACKTICK_RUN.findall(line)), default=0)
    ticks = "`" * max(3, longest + 1)
    word = _INFO_WORD.match(info.strip())
    return [ticks + (word.group(0) if word else ""), *body, ticks]


def sanitize_note(note: str) -> list[str]:
    """The lines of a note as Markdown that cannot leave the note.

    Kept: paragraphs, emphasis, lists, code spans, links and images with http(s),
    mailto or relative targets, and fenced code (re-emitted with a fence longer than
    any backtick run inside it, closed even when the note left it open). Turned into
    text: raw HTML and entities, headings, thematic breaks, setext underlines,
    blockquote markers, table pipes, ``$`` math, ``%%`` comments, and links to any
    other scheme (``javascript:``, ``data:``, ...). Over-escaping only ever adds a
    backslash before ASCII punctuation, which renders as the character itself.
    """
    if not note:
        return []
    lines = clean_text(note).split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    while lines and not lines[0].strip():
        lines.pop(0)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = _FENCE_OPEN.fullmatch(line) if "`" in line or "~" in line else None
        if m is not None and not (m.group(2)[0] == "`" and "`" in m.group(3)):
            indent, run = len(m.group(1)), m.group(2)
            body: list[str] = []
            i += 1
            while i < len(lines) and not _closes(lines[i], run):
                content = lines[i]
                strip = len(content) - len(content.lstrip(" "))
                body.append(content[min(strip, indent) :])
                i += 1
            i += 1  # the closing fence, when there is one
            out.extend(_fence(body, m.group(3)))
            continue
        if _NOTE_RISKY.search(line) is None:  # most lines: nothing to look at
            out.append(line.rstrip())
        else:
            out.append(_note_inline(_note_block_start(line)).rstrip())
        i += 1
    return out


def _span_where(doc: Document, start: int, end: int) -> str:
    """``¶ 3, sentence 7`` (or ranges) for a span of the document text; "" if none."""
    if not doc.sentences or start < 0 or start >= len(doc.text) or end <= start:
        return ""
    sentences = doc.sentences_in(start, min(end, len(doc.text)))
    first, last = sentences[0], sentences[-1]
    b1, b2 = doc.sentences[first].block + 1, doc.sentences[last].block + 1
    para = f"¶ {b1}" if b1 == b2 else f"¶ {b1}–{b2}"
    sent = f"sentence {first + 1}" if first == last else f"sentences {first + 1}–{last + 1}"
    return f"{para}, {sent}"


def _item_where(doc: Document, item: Item) -> str:
    if not item.evidence:
        return ""
    ev = item.evidence[0]
    where = _span_where(doc, ev.start, ev.end)
    return f" ({where})" if where else ""


_KIND_LABELS = {kind: f"{glyph} {label}" for kind, (label, glyph) in KINDS.items()}


def _kind_label(kind: str) -> str:
    label = _KIND_LABELS.get(kind)
    return label if label is not None else (escape_inline(kind) or "unknown kind")


# Spelled out rather than strftime("%B"), which follows the locale.
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _date_label(date: str) -> str:
    """A date at its own precision: ``2019``, ``December 2019``, ``Thursday 5 March 2020``."""
    try:
        if len(date) == 4:
            return str(int(date))
        if len(date) == 7:
            year, month = int(date[:4]), int(date[5:7])
            return f"{_MONTHS[month - 1]} {year}"
        day = dt.date.fromisoformat(date)
        return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
    except (ValueError, IndexError):
        return date


def _none(what: str) -> list[str]:
    return [f"No {what}.", ""]


def _clauses(doc: Document, items: Sequence[Item]) -> list[str]:
    if not items:
        return _none("clauses found")
    lines = [f"- {escape_inline(i.text)}{_item_where(doc, i)}" for i in items]
    return [*lines, ""]


def _open_issues(doc: Document, items: Sequence[Item], checklist: Checklist) -> list[str]:
    if not items:
        return _none("open issues found")
    lines = []
    from briefing.core.curation import ISSUE_STATES

    for item in items:
        state, reason = checklist.get(item.id, ("", ""))
        label = ISSUE_STATES.get(state, state.replace("_", " "))
        ticked = state == "resolved" or label.strip().lower().startswith("resolved")
        line = f"- [{'x' if ticked else ' '}] {escape_inline(item.text)}{_item_where(doc, item)}"
        status = escape_inline(label)
        if status:
            why = escape_inline(reason)
            line += f" — *{status}*" + (f": {why}" if why else "")
        lines.append(line)
    return [*lines, ""]


def _event_line(doc: Document, item: Item) -> str:
    head = []
    if item.time:
        head.append(escape_inline(item.time))
    if item.role:
        head.append(escape_inline(item.role))
    prefix = f"{', '.join(head)}: " if head else ""
    return f"- {prefix}{escape_inline(item.text)}{_item_where(doc, item)}"


def _timeline(doc: Document, analysis: Analysis) -> list[str]:
    dated = [i for i in analysis.timeline if i.date]
    undated = [i for i in analysis.timeline if not i.date]
    # Chronological; a year or month sorts before the days inside it, then by time.
    dated.sort(key=lambda i: (i.date or "", i.time or ""))
    lines: list[str] = []
    for date, group in itertools.groupby(dated, key=lambda i: i.date or ""):
        title, iso = escape_inline(_date_label(date)), escape_inline(date)
        lines += [f"**{title}**" + (f" ({iso})" if iso != title else ""), ""]
        lines += [_event_line(doc, item) for item in group]
        lines.append("")
    if undated:
        lines += ["**Date not resolved**", ""]
        for item in undated:
            expr = escape_inline(item.expression or "")
            line = _event_line(doc, item)
            lines.append(line + (f" — “{expr}”" if expr else ""))
        lines.append("")
    for note in analysis.notes:
        lines += [f"*Note: {escape_inline(note)}*", ""]
    return lines or _none("dated events found")


def _quotes(doc: Document, items: Sequence[Item]) -> list[str]:
    if not items:
        return _none("quotes found")
    lines = []
    for item in items:
        speaker = _bold(item.speaker or "") or "*unknown speaker*"
        lines.append(f"- {speaker} — {escape_inline(item.text)}{_item_where(doc, item)}")
    return [*lines, ""]


def _actors(actors: Sequence[Actor]) -> list[str]:
    if not actors:
        return _none("actors found")
    lines = []
    for actor in actors:
        name = _bold(actor.name) or "*unnamed*"
        mentions = "1 mention" if actor.mentions == 1 else f"{actor.mentions} mentions"
        line = f"- {name} — {escape_inline(actor.kind)}, {mentions}"
        aliases = [a for a in (escape_inline(x) for x in actor.aliases) if a]
        if aliases:
            line += f"; also {', '.join(aliases)}"
        lines.append(line)
    return [*lines, ""]


def _quote_block(text: str) -> list[str]:
    text = clean_text(text)
    if "\n" not in text:
        line = escape_inline(text)
        return [f"> {line}" if line else "> *(empty selection)*"]
    lines = [escape_inline(line) for line in clean_text(text).split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        return ["> *(empty selection)*"]
    return [f"> {line}" if line else ">" for line in lines]


def _highlight_entry(doc: Document, number: int, h: Highlight, tags: dict[str, str]) -> str:
    """One highlight as Markdown; ``tags`` caches escaped tags across highlights."""
    kind = _kind_label(h.kind)
    quote = "\n".join(_quote_block(h.exact))
    shown = []
    for tag in h.tags:
        escaped = tags.get(tag)
        if escaped is None:
            escaped = tags[tag] = escape_inline(tag)
        if escaped:
            shown.append(escaped)
    tag_line = f"- Tags: {', '.join(shown)}\n" if shown else ""
    span = f"characters {h.start}–{h.end}"
    if h.orphan:
        where = f"not found in the current text (was at {span})"
    else:
        located = _span_where(doc, h.start, h.end)
        where = f"{located}, {span}" if located else span
    entry = f"### {number}. {kind}\n\n{quote}\n\n- Kind: {kind}\n{tag_line}- Where: {where}\n"
    note = sanitize_note(h.note)
    if note:
        entry += "\n**Note**\n\n" + "\n".join(note) + "\n"
    return entry


def _document_order(highlights: Iterable[Highlight]) -> list[Highlight]:
    return sorted(highlights, key=lambda h: (h.start, h.end, h.created, h.id))


class _FrontMatterDumper(yaml.SafeDumper):
    """Safe YAML where any string with a line break is double-quoted on one line."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if ("\n" in value or "\x85" in value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_FrontMatterDumper.add_representer(str, _represent_str)


def _meta(value: str | None) -> str | None:
    return clean_text(value) if value else None


def front_matter(data: Mapping[str, Any]) -> str:
    """``data`` as a YAML front matter block between ``---`` lines."""
    body = yaml.dump(
        dict(data),
        Dumper=_FrontMatterDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1 << 30,
    )
    return f"---\n{body}---\n"


def used_tags(highlights: Iterable[Highlight]) -> list[str]:
    """Distinct tags of ``highlights``, sorted case-insensitively."""
    tags = {clean_text(t).strip() for h in highlights for t in h.tags}
    tags.discard("")
    return sorted(tags, key=lambda t: (t.casefold(), t))


def render_markdown(
    doc: Document,
    analysis: Analysis,
    highlights: Sequence[Highlight],
    include: Iterable[str] = tuple(SECTIONS),
    exported_at: str | None = None,
    version: str | None = None,
    checklist: Checklist | None = None,
) -> str:
    """The briefing as one Markdown file: YAML front matter, then the chosen sections.

    ``include`` names sections of :data:`SECTIONS`; the file keeps their fixed order.
    Highlights come in document order; orphans (``h.orphan``) get their own section.
    ``exported_at`` defaults to :func:`export_timestamp` (the newest change, not the
    clock), ``version`` to this briefing's. ``checklist`` maps open-issue ids to
    ``(state, reason)`` as ``core.curation`` keeps them. The same data gives the same
    bytes.
    """
    if exported_at is None:
        exported_at = export_timestamp(doc, highlights)
    if version is None:
        from briefing import __version__ as version
    chosen = set(include)
    unknown = chosen - SECTIONS.keys()
    if unknown:
        raise ValueError(f"unknown sections: {', '.join(sorted(unknown))}")
    with_highlights = "highlights" in chosen
    kept = [h for h in highlights if not h.orphan] if with_highlights else []
    orphans = [h for h in highlights if h.orphan] if with_highlights else []

    meta = doc.meta
    data: dict[str, Any] = {
        "title": clean_text(doc.title),
        "source": _meta(meta.source),
        "author": _meta(meta.author),
        "published": meta.published,
        "exported_at": exported_at,
        "document_sha256": doc.sha256,
        "briefing_version": version,
        "tags": used_tags([*kept, *orphans]),
    }
    if data["author"] is None:
        del data["author"]
    out = [front_matter(data), f"# {escape_inline(doc.title) or 'Untitled'}", ""]
    tags: dict[str, str] = {}

    for key, heading in SECTIONS.items():
        if key not in chosen:
            continue
        out += [f"## {heading}", ""]
        if key == "clauses":
            out += _clauses(doc, analysis.clauses)
        elif key == "open-issues":
            out += _open_issues(doc, analysis.open_issues, checklist or {})
        elif key == "timeline":
            out += _timeline(doc, analysis)
        elif key == "quotes":
            out += _quotes(doc, analysis.quotes)
        elif key == "actors":
            out += _actors(analysis.actors)
        elif not kept:
            out += _none("highlights")
        else:
            out += [
                _highlight_entry(doc, n, h, tags) for n, h in enumerate(_document_order(kept), 1)
            ]
    if orphans:
        out += [f"## {ORPHANS_HEADING}", ""]
        out.append("The text these highlights were made on is no longer in the article.")
        out.append("")
        out += [
            _highlight_entry(doc, n, h, tags) for n, h in enumerate(_document_order(orphans), 1)
        ]
    return "\n".join(out).rstrip("\n") + "\n"


def export_timestamp(doc: Document, highlights: Iterable[Highlight]) -> str | None:
    """When the exported content last changed, as ``YYYY-MM-DDTHH:MM:SSZ``.

    The newest of the article file's modification time and the highlights' ``updated``
    times (``SOURCE_DATE_EPOCH`` wins when set). Not the clock: exporting again with
    nothing changed gives the same file, byte for byte.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return _utc(dt.datetime.fromtimestamp(int(epoch), dt.UTC))
    times: list[dt.datetime] = []
    for h in highlights:
        try:
            when = dt.datetime.fromisoformat(h.updated)
        except (TypeError, ValueError):
            continue
        times.append(when if when.tzinfo else when.replace(tzinfo=dt.UTC))
    if doc.path is not None:
        with contextlib.suppress(OSError):
            times.append(dt.datetime.fromtimestamp(int(doc.path.stat().st_mtime), dt.UTC))
    return _utc(max(times)) if times else None


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"{p}{n}" for p in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|]+')
MAX_NAME_CHARS = 100
MAX_NAME_BYTES = 200


def safe_filename(title: str, suffix: str = ".md") -> str:
    """A file name for ``title`` that is safe on Linux, macOS and Windows.

    No path separators or ``..``, no control or invisible format characters, no
    characters Windows refuses, no leading dot or dash, no reserved device name
    (``CON``, ``NUL``, ``COM1`` ...), at most 100 characters and 200 UTF-8 bytes
    before ``suffix``.
    """
    text = unicodedata.normalize("NFC", clean_text(title))
    text = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    text = _UNSAFE_NAME.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" .-")
    text = text[:MAX_NAME_CHARS]
    while len(text.encode("utf-8")) > MAX_NAME_BYTES:
        text = text[:-1]
    text = text.rstrip(" .") or "briefing"
    if text.split(".")[0].strip().upper() in _RESERVED:
        text = "_" + text
    return text + suffix


def _current_umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022


def _os_error(exc: OSError, what: str) -> ExportError:
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return ExportError(f"cannot write {what}: no space left on the device", EXIT_IO)
    if code == errno.EROFS:
        return ExportError(f"cannot write {what}: read-only file system", EXIT_PERMISSION)
    if code in (errno.EACCES, errno.EPERM):
        return ExportError(f"cannot write {what}: permission denied", EXIT_PERMISSION)
    return ExportError(f"cannot write {what}: {exc.strerror or exc}", EXIT_IO)


def write_atomic(path: str | os.PathLike[str], text: str, force: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` so that it is either all there or not at all.

    The text goes to a temporary file in the same directory, is flushed to disk, then
    renamed over ``path``. Without ``force`` an existing file is never replaced (the
    rename is a hard link that fails if the name exists). On any failure the temporary
    file is removed and an :class:`ExportError` with a one-line message is raised.
    """
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        what = "is not a directory" if folder.exists() else "does not exist"
        raise ExportError(f"cannot write {target}: the folder {folder} {what}", EXIT_NO_DIR)
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a directory", EXIT_EXISTS)
    if target.exists() and not force:
        raise ExportError(f"{target} already exists; use --force to replace it", EXIT_EXISTS)
    data = text.encode("utf-8")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:50]}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _os_error(exc, str(target)) from None
    tmp = Path(tmp_name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if hasattr(os, "fchmod"):
                with contextlib.suppress(OSError):  # some file systems have no modes
                    os.fchmod(fd, 0o666 & ~_current_umask())
            os.fsync(fd)
        finally:
            os.close(fd)
        if force:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)
            except FileExistsError:
                raise ExportError(
                    f"{target} already exists; use --force to replace it", EXIT_EXISTS
                ) from None
            except OSError as exc:
                if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
                    raise
                if target.exists():  # no hard links here: check, then rename
                    raise ExportError(
                        f"{target} already exists; use --force to replace it", EXIT_EXISTS
                    ) from None
                os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _os_error(exc, str(target)) from None
    except BaseException:  # ExportError, KeyboardInterrupt: no temporary file left
        tmp.unlink(missing_ok=True)
        raise
    tmp.unlink(missing_ok=True)
    _fsync_dir(folder)
    return target


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def parse_include(value: str | None) -> set[str]:
    """Sections named in a comma list (``open_issues`` and ``all`` accepted too)."""
    if value is None:
        return set(SECTIONS)
    names = {n.strip().lower().replace("_", "-") for n in re.split(r"[,\s]+", value)}
    names.discard("")
    if "all" in names:
        return set(SECTIONS)
    unknown = names - SECTIONS.keys()
    if unknown or not names:
        bad = ", ".join(sorted(unknown)) or "nothing"
        raise ExportError(
            f"--include: unknown section {bad}; choose from {','.join(SECTIONS)}", EXIT_USAGE
        )
    return names


@dataclass(slots=True)
class Stored:
    """What the notes store holds for one document."""

    highlights: list[Highlight] = field(default_factory=list)
    curation: Curation | None = None
    notices: list[str] = field(default_factory=list)


def read_store(store_path: Path, doc: Document) -> Stored:
    """Highlights and curation of ``doc``, read without changing anything saved.

    When the article was edited (its hash changed), the highlights and curation saved
    under the path's previous hash are used, re-anchored in memory as the reader does
    (those that cannot be found become orphans). No store file means nothing stored.
    """
    from briefing.core.anchors import reanchor_all
    from briefing.core.store import Store, StoreError

    found = Stored()
    if not store_path.exists():  # exporting never creates a store
        return found
    store = None
    try:
        store = Store(store_path)
        found.highlights = store.highlights(doc.sha256)
        curation = store.curation(doc.sha256)
        if not found.highlights and doc.path is not None:
            previous = store.document_for_path(doc.path)
            if previous is not None and previous.sha != doc.sha256:
                found.highlights = reanchor_all(store.highlights(previous.sha), doc.text)
                if curation.is_empty():
                    curation = store.curation(previous.sha)
        found.curation = curation
        found.notices = list(store.notices)
    except (StoreError, OSError) as exc:
        raise ExportError(f"cannot read the notes store {store_path}: {exc}", EXIT_STORE) from None
    finally:
        if store is not None:
            store.close()
    return found


def checklist_from_curation(curation: Curation | None) -> dict[str, tuple[str, str]]:
    """The open-issue checklist of a curation as :func:`render_markdown` takes it."""
    if curation is None:
        return {}
    return {item_id: (check.state, check.reason) for item_id, check in curation.checks.items()}


def run_cli(args: argparse.Namespace) -> int:
    """``briefing export``: one line on stderr and a non-zero exit for any failure."""
    from briefing import __version__
    from briefing.core.analysis import analyze
    from briefing.core.config import default_store_path
    from briefing.core.curation import apply as apply_curation
    from briefing.core.document import LoadError, load_document, parse_date

    try:
        include = parse_include(getattr(args, "include", None))
        published = getattr(args, "published", None)
        doc = load_document(args.article, published=published)
        store_path = getattr(args, "store", None) or default_store_path()
        stored = read_store(Path(store_path).expanduser(), doc)
        for notice in stored.notices:
            print(f"briefing: {escape_line(notice)}", file=sys.stderr)
        curation = stored.curation
        if published is None and curation is not None and curation.published:
            # The date the reader set in the app, unless the command line gives one.
            published = parse_date(curation.published)
            if published is not None:
                doc.meta.published = published
        view = analyze(doc, published)
        if curation is not None and not curation.is_empty():
            view = apply_curation(view, curation, doc.text)
        highlights = stored.highlights
        text = render_markdown(
            doc,
            view,
            highlights,
            include,
            export_timestamp(doc, highlights),
            __version__,
            checklist_from_curation(curation),
        )
        output = getattr(args, "output", None)
        if output == "-":
            stream = getattr(sys.stdout, "buffer", None)
            if stream is None:
                sys.stdout.write(text)
            else:
                stream.write(text.encode("utf-8"))
            sys.stdout.flush()
            return 0
        target = Path(output).expanduser() if output else Path(safe_filename(doc.title))
        if target.is_dir():
            target = target / safe_filename(doc.title)
        written = write_atomic(target, text, force=bool(getattr(args, "force", False)))
    except LoadError as exc:
        return _fail(exc.message, exc.exit_code)
    except ExportError as exc:
        return _fail(exc.message, exc.exit_code)
    count = len(highlights) if "highlights" in include else 0
    print(f"briefing: exported {count} highlight(s) to {written}", file=sys.stderr)
    return 0


def _fail(message: str, code: int) -> int:
    print(f"briefing: {escape_line(message)}", file=sys.stderr)
    return code


def escape_line(text: str) -> str:
    """``text`` as one line without control characters, for messages."""
    return clean_text(text).replace("\n", " ")
