"""Markdown export: the file's content, its safety against hostile text, and the CLI.

Exports are parsed back with markdown-it-py (CommonMark with HTML on, plus GFM tables
and strikethrough) and their front matter with ``yaml.safe_load``, so the assertions are
about what a reader of the file would actually get.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing import __version__
from briefing.__main__ import main
from briefing.core import export
from briefing.core.analysis import analyze
from briefing.core.analysis.model import Actor, Analysis, Evidence, Item
from briefing.core.config import seed_path
from briefing.core.curation import Curation
from briefing.core.document import Document, Metadata, document_from_text, load_document
from briefing.core.export import (
    SECTIONS,
    ExportError,
    escape_inline,
    render_markdown,
    safe_filename,
    sanitize_note,
    write_atomic,
)
from briefing.core.highlights import Highlight
from briefing.core.store import Store

MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
# Some renderers do not filter link targets as markdown-it does: let every link through,
# so the exporter's own filtering is what the tests see.
MD.validateLink = lambda url: True  # type: ignore[method-assign]
ALL = set(SECTIONS)
STAMP = "2026-01-02T03:04:05Z"
SEED = load_document(seed_path())
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def split(text: str) -> tuple[dict[str, Any], str]:
    """Front matter (as YAML data) and Markdown body, the way static-site tools split them."""
    assert text.startswith("---\n")
    end = text.index("\n---\n", 3)
    return yaml.safe_load(text[4 : end + 1]), text[end + 5 :]


def flat(tokens: list[Token]) -> Iterator[Token]:
    for tok in tokens:
        yield tok
        if tok.children:
            yield from flat(tok.children)


def headings(body: str) -> list[str]:
    tokens = MD.parse(body)
    return [
        squash(inline_text([tokens[i + 1]]))
        for i, t in enumerate(tokens)
        if t.type == "heading_open"
    ]


def inline_text(tokens: list[Token]) -> str:
    """What a reader sees of some inline tokens (text, code, line breaks)."""
    out = []
    for tok in flat(tokens):
        if tok.type in ("text", "code_inline"):
            out.append(tok.content)
        elif tok.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def blockquotes(body: str) -> list[str]:
    """The text of each top-level blockquote."""
    tokens = MD.parse(body)
    quotes, depth, current = [], 0, []
    for tok in tokens:
        if tok.type == "blockquote_open":
            depth += 1
            if depth == 1:
                current = []
        elif tok.type == "blockquote_close":
            depth -= 1
            if depth == 0:
                quotes.append("\n".join(current))
        elif depth and tok.type == "inline":
            current.append(inline_text([tok]))
    return quotes


def squash(text: str) -> str:
    return " ".join(text.split())


def assert_safe(text: str, expected_headings: list[str], n_quotes: int) -> str:
    """The checks every export must pass whatever the article and the notes contain."""
    assert not CONTROL.search(text), "a control character reached the file"
    data, body = split(text)
    assert isinstance(data, dict)
    tokens = list(flat(MD.parse(body)))
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_block", "html_inline", "table_open", "hr"}, kinds
    for tok in tokens:
        href = tok.attrGet("href") or tok.attrGet("src")
        if href:
            scheme = re.match(r"([a-z][a-z0-9+.\-]*):", str(href).lower())
            assert scheme is None or scheme.group(1) in ("http", "https", "mailto"), href
    assert headings(body) == expected_headings
    assert len(blockquotes(body)) == n_quotes
    return body


@pytest.fixture(scope="module")
def seed() -> Document:
    return load_document(seed_path())


def hl(doc: Document, start: int, end: int, **kw: Any) -> Highlight:
    kw.setdefault("created", "2026-01-01T00:00:00+00:00")
    kw.setdefault("updated", kw["created"])
    return Highlight.from_span(doc.sha256, doc.text, start, end, **kw)


def sentence_hl(doc: Document, index: int, **kw: Any) -> Highlight:
    s = doc.sentences[index]
    return hl(doc, s.start, s.end, **kw)


def section_headings(doc: Document, include: set[str], n: int = 0, orphans: int = 0) -> list[str]:
    out = [doc.title] + [h for k, h in SECTIONS.items() if k in include]
    if "highlights" in include:
        i = out.index("Highlights and notes")
        out[i + 1 : i + 1] = [f"{k}. ★ Key point" for k in range(1, n + 1)]
        if orphans:
            out += ["Orphaned highlights"] + [f"{k}. ★ Key point" for k in range(1, orphans + 1)]
    return out


def ev(doc: Document, needle: str) -> list[Evidence]:
    i = doc.text.index(needle)
    return [Evidence(i, i + len(needle), needle)]


def test_front_matter_reads_back_exactly() -> None:
    title = 'Deal: "Phase 2" — it\'s #1\n---\nfinal: yes'
    doc = document_from_text("One sentence here.")
    doc.meta = Metadata(title=title, source="Wire: A|B", published=dt.date(2020, 3, 5))
    hs = [hl(doc, 0, 3, tags=["b tag", "A: x", "b tag"]), hl(doc, 4, 8, tags=["---"])]
    text = render_markdown(doc, Analysis(), hs, ALL, STAMP, "9.9.9")
    data, body = split(text)
    assert data == {
        "title": title,
        "source": "Wire: A|B",
        "published": dt.date(2020, 3, 5),
        "exported_at": STAMP,
        "document_sha256": doc.sha256,
        "briefing_version": "9.9.9",
        "tags": ["---", "A: x", "b tag"],
    }
    # The title's line breaks do not leak into the Markdown heading.
    assert headings(body)[0] == squash(title)


def test_sections_in_order_and_only_those_included(seed: Document) -> None:
    text = render_markdown(seed, Analysis(), [], ALL, STAMP, "0")
    assert headings(split(text)[1]) == section_headings(seed, ALL)
    some = {"quotes", "clauses"}
    text = render_markdown(seed, Analysis(), [sentence_hl(seed, 0)], some, STAMP, "0")
    data, body = split(text)
    assert headings(body) == [seed.title, "Clauses", "Quotes"]
    assert "Highlights" not in body and data["tags"] == []
    with pytest.raises(ValueError, match="bogus"):
        render_markdown(seed, Analysis(), [], {"bogus"}, STAMP, "0")


def test_analysis_sections_show_items_with_locators(seed: Document) -> None:
    sentence = seed.sentences[12]
    quote = seed.text[sentence.start : sentence.end]
    result = Analysis(
        clauses=[Item("c-1", "clause", "joint patrols from March 15", "cue", ev(seed, "joint"))],
        open_issues=[
            Item("o-1", "open_issue", "no-fly zones", "cue", ev(seed, "no-fly zones")),
            Item("o-2", "open_issue", "troop withdrawal", "cue", []),
            Item("o-3", "open_issue", "refugee return", "cue", []),
        ],
        quotes=[
            Item(
                "q-1",
                "quote",
                quote,
                "cue",
                [Evidence(sentence.start, sentence.end, quote)],
                speaker="Erdogan",
            ),
            Item("q-2", "quote", "no speaker here", "cue", []),
        ],
        actors=[Actor("Recep Tayyip Erdogan", "person", 3, ["Erdogan"]), Actor("UN", "org", 1)],
    )
    checklist = {"o-1": ("resolved later", "see the 2021 memo"), "o-2": ("still open", "")}
    text = render_markdown(seed, result, [], ALL, STAMP, "0", checklist)
    body = split(text)[1]
    para = seed.sentences[12].block + 1
    assert f"- **Erdogan** — {escape_inline(quote)} (¶ {para}, sentence 13)" in body
    assert "- *unknown speaker* — no speaker here" in body
    assert "- [x] no-fly zones" in body and "*resolved later*: see the 2021 memo" in body
    assert "- [ ] troop withdrawal" in body and "*still open*" in body
    assert "- [ ] refugee return\n" in body
    assert "- **Recep Tayyip Erdogan** — person, 3 mentions; also Erdogan" in body
    assert "- **UN** — org, 1 mention\n" in body
    order = [body.index(s) for s in ("joint patrols", "no-fly", "**Erdogan**", "**UN**")]
    assert order == sorted(order)


def test_timeline_is_chronological_grouped_at_each_dates_precision(seed: Document) -> None:
    def event(n: int, date: str | None, **kw: Any) -> Item:
        return Item(f"e-{n}", "event", f"event {n}", "cue", [], date=date, **kw)

    result = Analysis(
        timeline=[
            event(1, "2020-03-15", role="start"),
            event(2, "2020-03-06", time="00:01", role="effective"),
            event(3, None, expression="a later date"),
            event(4, "2019-12"),
            event(5, "2020-03-05"),
            event(6, "2020"),
            event(7, "2020-03-06"),
        ],
        notes=["no publication date: relative dates left unresolved"],
    )
    body = split(render_markdown(seed, result, [], {"timeline"}, STAMP, "0"))[1]
    groups = re.findall(r"^\*\*(.+?)\*\*", body, re.MULTILINE)
    assert groups == [
        "December 2019",
        "2020",
        "Thursday 5 March 2020",
        "Friday 6 March 2020",
        "Sunday 15 March 2020",
        "Date not resolved",
    ]
    events = re.findall(r"^- (.*)$", body, re.MULTILINE)
    assert events == [
        "event 4",
        "event 6",
        "event 5",
        "event 7",
        "00:01, effective: event 2",
        "start: event 1",
        "event 3 — “a later date”",
    ]
    assert "(2019-12)" in body and "*Note: no publication date" in body


def test_highlights_in_document_order_with_locators(seed: Document) -> None:
    late = sentence_hl(seed, 20, note="NOTE-LATE", tags=["z"])
    early = sentence_hl(seed, 2, note="NOTE-EARLY", kind="question")
    s5, s6 = seed.sentences[5], seed.sentences[6]
    across = hl(seed, s5.start + 3, s6.end, note="NOTE-ACROSS")
    text = render_markdown(seed, Analysis(), [late, across, early], {"highlights"}, STAMP, "0")
    body = split(text)[1]
    quotes = blockquotes(body)
    assert [squash(q) for q in quotes] == [
        squash(seed.text[h.start : h.end]) for h in (early, across, late)
    ]
    assert body.index("NOTE-EARLY") < body.index("NOTE-ACROSS") < body.index("NOTE-LATE")

    def where(h: Highlight, first: int, last: int) -> str:
        b1, b2 = seed.sentences[first].block + 1, seed.sentences[last].block + 1
        para = f"¶ {b1}" if b1 == b2 else f"¶ {b1}–{b2}"
        sent = f"sentence {first + 1}" if first == last else f"sentences {first + 1}–{last + 1}"
        return f"- Where: {para}, {sent}, characters {h.start}–{h.end}"

    assert where(early, 2, 2) in body
    assert where(across, 5, 6) in body
    assert where(late, 20, 20) in body
    assert "- Kind: ? Question" in body and "- Tags: z" in body


def test_orphans_get_their_own_section(seed: Document) -> None:
    kept = sentence_hl(seed, 1)
    orphan = Highlight(seed.sha256, 10, 30, "text that was removed", note="keep me", orphan=True)
    text = render_markdown(seed, Analysis(), [orphan, kept], ALL, STAMP, "0")
    body = assert_safe(text, section_headings(seed, ALL, n=1, orphans=1), 2)
    orphans = body[body.index("## Orphaned highlights") :]
    assert "> text that was removed" in orphans and "keep me" in orphans
    assert "not found in the current text (was at characters 10–30)" in orphans
    none = render_markdown(seed, Analysis(), [kept], ALL, STAMP, "0")
    assert "Orphaned" not in none


def test_same_data_gives_the_same_bytes(seed: Document) -> None:
    hs = [sentence_hl(seed, i, note=f"note {i}", tags=["t"]) for i in (3, 1, 2)]
    one = render_markdown(seed, Analysis(), hs, ALL, STAMP, "0")
    two = render_markdown(seed, Analysis(), list(reversed(hs)), ALL, STAMP, "0")
    assert one == two


def test_timestamp_is_the_newest_change_not_the_clock(seed: Document, monkeypatch: Any) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    mtime = dt.datetime.fromtimestamp(int(seed_path().stat().st_mtime), dt.UTC)
    newer = (mtime + dt.timedelta(days=3)).isoformat()
    assert export.export_timestamp(seed, []) == mtime.strftime("%Y-%m-%dT%H:%M:%SZ")
    hs = [sentence_hl(seed, 1, updated=newer), sentence_hl(seed, 2, updated="garbage")]
    assert export.export_timestamp(seed, hs) == newer[:19] + "Z"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert export.export_timestamp(seed, hs) == "1970-01-01T00:00:00Z"


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<!-- hide the rest",
    "# Fake heading\n## Another",
    "Title\n=====\nSub\n---",
    "---\ntitle: injected\n---",
    "***\n___\n- - -\n* * *",
    "> quote\n>> nested\n> # heading in quote",
    "- item\n  # heading in item\n  ---",
    "| a | b |\n|---|---|\n| c | d |",
    "a|b\n-|-",
    "[x](javascript:alert(1)) [y]( JaVaScRiPt:alert(1)) [z](<javascript:alert(1)>)",
    "[w](javascript\\:alert(1)) ![i](data:text/html;base64,xx) [v](vbscript:x)",
    "[ref]\n\n[ref]: javascript:alert(1)\n[r2]:\n  javascript:alert(2)",
    "[a](\njavascript:alert(1))",
    "&lt;script&gt; &#60;b&#62; [e](&#106;avascript:alert(1))",
    "<http://example.com> <javascript:alert(1)>",
    "```\nunclosed fence <b>bold</b>\n",
    "~~~~\n```\n<b>tilde</b>\n",
    "- ```\n  code\n```\n<b>after</b>\n```",
    "  ```\nx\n```\n<i>after indented fence</i>\n```",
    "`a\\`<b>x</b>`",
    "``double `<b>` pair``",
    "`opened on one line\n`<b>closed</b>` on the next",
    "\x1b[31mred\x1b[0m \x07 \x00 \x9b2J \r\n carriage\rreturn",
    "$$\nx\n%% obsidian comment",
    "    <b>indented</b>\n# after",
    "\\<b>escaped</b> \\\\<i>double</i>",
    "line\u2028# after line separator\u2029---",
]


@pytest.mark.parametrize("note", HOSTILE)
def test_hostile_notes_stay_inside_the_note(seed: Document, note: str) -> None:
    hs = [sentence_hl(seed, 1, note=note), sentence_hl(seed, 3, note="after it")]
    text = render_markdown(seed, Analysis(), hs, ALL, STAMP, "0")
    body = assert_safe(text, section_headings(seed, ALL, n=2), 2)
    # The next highlight still starts where it should, with its own note.
    assert body.rstrip().endswith("after it")


@pytest.mark.parametrize("quote", HOSTILE)
def test_hostile_article_text_renders_as_written(quote: str) -> None:
    doc = document_from_text(f"Intro.\n\n{quote}")
    h = Highlight(doc.sha256, 0, len(quote), quote, orphan=True)
    text = render_markdown(doc, Analysis(), [h], ALL, STAMP, "0")
    body = assert_safe(
        text, [doc.title, *SECTIONS.values(), "Orphaned highlights", "1. ★ Key point"], 1
    )
    [shown] = blockquotes(body)
    assert squash(shown) == squash(export.clean_text(quote))


def test_notes_keep_their_markdown(seed: Document) -> None:
    note = (
        "**Bold** and *it*, `a <b> code`, a [link](https://example.org/a?b=1&c=2).\n"
        "\n"
        "- one\n"
        "- two #tag\n"
        "\n"
        "```python\n"
        "if a < b and c > d: print('<b>')\n"
        "```"
    )
    text = render_markdown(seed, Analysis(), [sentence_hl(seed, 1, note=note)], ALL, STAMP, "0")
    tokens = list(flat(MD.parse(split(text)[1])))
    kinds = [t.type for t in tokens]
    assert "strong_open" in kinds and "em_open" in kinds and "bullet_list_open" in kinds
    assert [t.content for t in tokens if t.type == "code_inline"] == ["a <b> code"]
    assert [t.attrGet("href") for t in tokens if t.type == "link_open"] == [
        "https://example.org/a?b=1&c=2"
    ]
    fences = [t for t in tokens if t.type == "fence"]
    assert [(f.info, f.content) for f in fences] == [
        ("python", "if a < b and c > d: print('<b>')\n")
    ]
    assert "- two #tag" in text  # Obsidian tags are not headings and stay untouched


def test_fence_is_longer_than_any_backtick_run_inside() -> None:
    lines = sanitize_note("~~~\n`````\ninside <b>\n~~~\nafter")
    assert lines[0] == "``````" and lines[-2] == "``````" and lines[-1] == "after"
    tokens = MD.parse("\n".join(lines))
    assert [t.content for t in tokens if t.type == "fence"] == ["`````\ninside <b>\n"]


# Building blocks that random text seldom produces but that break naive exporters.
FRAGMENTS = st.sampled_from(
    [
        "<",
        ">",
        "<b>",
        "</div>",
        "<!--",
        "&amp;",
        "&#106;",
        "`",
        "``",
        "```",
        "~~~",
        "\\",
        "#",
        "# ",
        "## ",
        "-",
        "---",
        "***",
        "___",
        "===",
        "*",
        "_",
        "|",
        "[",
        "]",
        "(",
        ")",
        "](",
        "]:",
        "javascript:",
        "JAVASCRIPT:",
        "data:",
        "http://x.y",
        "$$",
        "%%",
        "> ",
        "- ",
        "1. ",
        "    ",
        "\t",
        "\n",
        "\n\n",
        " ",
        "x",
        "word",
        "\x1b[2J",
        "\x00",
        "\r",
        "\u2028",
        "\\`",
        "![",
        "[^1]: ",
        "<!",
        "1) ",
        "+ ",
        "* ",
        "-\t",
        "  \n",
        "\u00a0",
        "\x0c",
        "é",
        "🙂",
        "\ud800",
    ]
)
MARKDOWNISH = st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=40).map("".join)
ANY_TEXT = st.one_of(MARKDOWNISH, st.text(max_size=200))
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(notes=st.lists(ANY_TEXT, min_size=1, max_size=3), tags=st.lists(ANY_TEXT, max_size=3))
def test_any_notes_stay_inside(notes: list[str], tags: list[str]) -> None:
    doc = SEED
    hs = [sentence_hl(doc, 2 * i + 1, note=n, tags=tags) for i, n in enumerate(notes)]
    text = render_markdown(doc, Analysis(), hs, ALL, STAMP, "0")
    data, _ = split(text)
    assert_safe(text, section_headings(doc, ALL, n=len(hs)), len(hs))
    assert data["tags"] == export.used_tags(hs)
    text.encode("utf-8")  # raises if a lone surrogate got through


@SETTINGS
@given(article=ANY_TEXT, title=ANY_TEXT, note=ANY_TEXT)
def test_any_article_text_and_title_render_as_written(article: str, title: str, note: str) -> None:
    doc = document_from_text("Intro sentence.")
    doc.meta = Metadata(title=title, source=title)
    h = Highlight(doc.sha256, 0, len(article), article, note=note, tags=[title], orphan=True)
    text = render_markdown(doc, Analysis(), [h], ALL, STAMP, "0")
    data, body = split(text)
    assert data["title"] == export.clean_text(doc.title)
    assert data["source"] == (export.clean_text(title) or None)
    expected_title = squash(export.clean_text(doc.title)) or "Untitled"
    hs = [expected_title, *SECTIONS.values(), "Orphaned highlights", "1. ★ Key point"]
    assert_safe(text, hs, 1)
    [shown] = blockquotes(body)
    assert squash(shown) == (squash(export.clean_text(article)) or "(empty selection)")


@SETTINGS
@given(text=ANY_TEXT)
def test_escape_inline_renders_exactly_the_text(text: str) -> None:
    line = escape_inline(text)
    assert "\n" not in line
    tokens = MD.parse(f"- {line}")
    kinds = {t.type for t in flat(tokens)}
    assert kinds <= {
        "bullet_list_open",
        "list_item_open",
        "paragraph_open",
        "inline",
        "text",
        "paragraph_close",
        "list_item_close",
        "bullet_list_close",
    }, kinds
    assert squash(inline_text(tokens)) == squash(export.clean_text(text))


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Turkey and Russia agree a ceasefire for Idlib",
            "Turkey and Russia agree a ceasefire for Idlib.md",
        ),
        ("../../etc/passwd", "etc passwd.md"),
        ("..", "briefing.md"),
        ("", "briefing.md"),
        ("CON", "_CON.md"),
        ("nul.tar", "_nul.tar.md"),
        ("com1", "_com1.md"),
        ('Deal: what? <now> | "then"\\*', "Deal what now then.md"),
        ("a\x1b[31mb\u202ec\td\ne", "a␛[31mb c d e.md"),
        ("-rf /", "rf.md"),
    ],
)
def test_safe_filename(title: str, name: str) -> None:
    assert safe_filename(title) == name


@SETTINGS
@given(title=st.text())
def test_safe_filename_any_title(title: str) -> None:
    name = safe_filename(title)
    stem = name[:-3]
    assert name.endswith(".md") and stem and stem == stem.strip(" .")
    assert not set(name) & set('/\\:*?"<>|') and not CONTROL.search(name)
    assert not name.startswith((".", "-")) and ".." not in Path(name).parts
    assert len(stem) <= 100 and len(stem.encode("utf-8")) <= 200
    assert stem.split(".")[0].upper() not in ("CON", "PRN", "AUX", "NUL", "COM1", "LPT1")


def test_write_atomic_keeps_an_existing_file_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    write_atomic(target, "first\n", force=False)
    with pytest.raises(ExportError) as err:
        write_atomic(target, "second\n", force=False)
    assert err.value.exit_code == export.EXIT_EXISTS and "--force" in err.value.message
    assert target.read_text() == "first\n"
    write_atomic(target, "second é\n", force=True)
    assert target.read_bytes() == "second é\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_write_atomic_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as err:
        write_atomic(tmp_path / "nope" / "out.md", "x", force=False)
    assert err.value.exit_code == export.EXIT_NO_DIR and "does not exist" in err.value.message
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "words", "exit_code"),
    [
        (errno.ENOSPC, "no space left", export.EXIT_IO),
        (errno.EROFS, "read-only", export.EXIT_PERMISSION),
        (errno.EACCES, "permission denied", export.EXIT_PERMISSION),
    ],
)
def test_write_failure_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: Any, code: int, words: str, exit_code: int
) -> None:
    target = tmp_path / "out.md"
    target.write_text("old\n")
    real_write = os.write

    def failing_write(fd: int, data: Any) -> int:
        real_write(fd, bytes(data[:10]))  # part of the data lands before the failure
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(export.os, "write", failing_write)
    with pytest.raises(ExportError) as err:
        write_atomic(target, "new content " * 1000, force=True)
    assert words in err.value.message and err.value.exit_code == exit_code
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]


def test_interrupted_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: Any) -> None:
    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(export.os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "out.md", "text", force=False)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_write_atomic_read_only_directory(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ExportError) as err:
            write_atomic(folder / "out.md", "x", force=False)
        assert "permission denied" in err.value.message
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_bytes(seed_path().read_bytes())
    return path


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "BRIEFING_STORE": str(Path(cwd or ".") / "no-store.json")}
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(
        [sys.executable, "-m", "briefing", "export", *args], capture_output=True, cwd=cwd, env=env
    )


def test_cli_writes_then_keeps_then_forces_identical_bytes(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    first = run(str(article), "-o", str(out))
    assert first.returncode == 0, first.stderr
    exported = out.read_bytes()
    assert (
        headings(split(exported.decode())[1])[0] == "Turkey and Russia agree a ceasefire for Idlib"
    )

    again = run(str(article), "-o", str(out))
    assert again.returncode == export.EXIT_EXISTS
    assert again.stderr.decode().count("\n") == 1 and b"Traceback" not in again.stderr
    assert b"--force" in again.stderr and out.read_bytes() == exported

    forced = run(str(article), "-o", str(out), "--force")
    assert forced.returncode == 0 and out.read_bytes() == exported

    stdout = run(str(article), "-o", "-")
    assert stdout.returncode == 0 and stdout.stdout == exported


def test_cli_errors_are_one_line(article: Path, tmp_path: Path) -> None:
    cases = [
        ((str(article), "-o", str(tmp_path / "missing" / "x.md")), export.EXIT_NO_DIR),
        ((str(article), "--include", "clauses,bogus"), export.EXIT_USAGE),
        ((str(tmp_path / "no-such-article.md"),), 66),
    ]
    for args, code in cases:
        result = run(*args, cwd=tmp_path)
        err = result.stderr.decode()
        assert result.returncode == code, err
        assert err.count("\n") == 1 and err.startswith("briefing: ") and "Traceback" not in err
    assert not (tmp_path / "missing").exists()


def test_cli_default_name_and_folder_output(
    article: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    store = str(tmp_path / "none.json")
    assert main(["export", str(article), "--store", store, "--include", "quotes"]) == 0
    expected = tmp_path / "Turkey and Russia agree a ceasefire for Idlib.md"
    assert headings(split(expected.read_text())[1])[1:] == ["Quotes"]
    sub = tmp_path / "exports"
    sub.mkdir()
    assert main(["export", str(article), "--store", store, "-o", str(sub)]) == 0
    assert [p.name for p in sub.iterdir()] == [expected.name]
    assert not (tmp_path / "none.json").exists()  # exporting never creates a store


def test_cli_exports_the_stored_highlights_and_curation(
    article: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    doc = load_document(article)
    mtime = dt.datetime.fromtimestamp(int(article.stat().st_mtime), dt.UTC)
    edited = (mtime + dt.timedelta(hours=1)).isoformat()
    store_path = tmp_path / "store.json"
    store = Store(store_path)
    store.add_highlight(sentence_hl(doc, 4, note="<b>careful</b>", tags=["deal"], updated=edited))
    store.add_highlight(sentence_hl(doc, 1, note="first", tags=["alpha"]))
    curation = store.curation(doc.sha256)
    issue = curation.add("open_issue", "Who monitors the corridor?", ev(doc, "secure corridor"))
    curation.set_check(issue, "resolved", "the 10 March protocol")
    curation.published = "2020-03-01"
    store.save_curation(doc.sha256, curation)
    store.close()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    out1, out2 = tmp_path / "a.md", tmp_path / "b.md"
    assert main(["export", str(article), "--store", str(store_path), "-o", str(out1)]) == 0
    assert main(["export", str(article), "--store", str(store_path), "-o", str(out2)]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    text = out1.read_text()
    data, body = split(text)
    assert data["tags"] == ["alpha", "deal"] and data["exported_at"] == edited[:19] + "Z"
    assert data["published"] == dt.date(2020, 3, 1)  # the date set in the app
    assert "- [x] Who monitors the corridor? (¶ 9, sentence 18) — *Resolved later*" in body
    assert_safe(text, section_headings(doc, ALL, n=2), 2)
    assert body.index("first") < body.index("careful")


def test_cli_follows_an_edited_article(article: Path, tmp_path: Path, capsys: Any) -> None:
    doc = load_document(article)
    store_path = tmp_path / "store.json"
    store = Store(store_path)
    store.add_highlight(sentence_hl(doc, 18, note="corridor"))
    store.add_highlight(sentence_hl(doc, 20))
    store.remember_document(doc.sha256, doc.title, article)
    store.close()
    text = article.read_text(encoding="utf-8")
    edited = text.replace("In a move", "A new opening sentence. In a move", 1)
    edited = edited.replace(doc.sentence_text(20), "This sentence was rewritten entirely.")
    article.write_text(edited, encoding="utf-8")
    new = load_document(article)
    code = main(["export", str(article), "--store", str(store_path), "-o", "-"])
    assert code == 0
    body = split(capsys.readouterr().out)[1]
    moved = new.sentences[19]  # one sentence more in front of it now
    assert f"characters {moved.start}–{moved.end}" in body and "corridor" in body
    orphans = body[body.index("## Orphaned highlights") :]
    assert squash(doc.sentence_text(20)) in squash(orphans)


def test_cli_reports_an_unreadable_store(article: Path, tmp_path: Path, capsys: Any) -> None:
    store_path = tmp_path / "store.json"
    store_path.write_text('{"_meta": {"store": {"schema": 999}}}')
    code = main(["export", str(article), "--store", str(store_path), "-o", str(tmp_path / "x.md")])
    assert code == export.EXIT_STORE
    err = capsys.readouterr().err
    assert "newer briefing" in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "x.md").exists()
    assert store_path.read_text() == '{"_meta": {"store": {"schema": 999}}}'


def test_real_analysis_exports_safely() -> None:
    doc = load_document(seed_path())
    result = analyze(doc)
    text = render_markdown(doc, result, [sentence_hl(doc, 0)], ALL, STAMP, "0")
    assert_safe(text, section_headings(doc, ALL, n=1), 1)


def test_checklist_from_the_readers_curation(seed: Document) -> None:
    issues = [
        Item("o-1", "open_issue", "corridor width", "cue", []),
        Item("o-2", "open_issue", "no-fly zones", "cue", []),
        Item("o-3", "open_issue", "troop withdrawal", "cue", []),
    ]
    curation = Curation()
    curation.set_check(issues[0], "resolved", "settled on 10 March")
    curation.set_check(issues[1], "still_open")
    checklist = export.checklist_from_curation(curation)
    assert export.checklist_from_curation(None) == {}
    text = render_markdown(
        seed, Analysis(open_issues=issues), [], {"open-issues"}, STAMP, "0", checklist
    )
    lines = [line for line in split(text)[1].splitlines() if line.startswith("- [")]
    assert lines == [
        "- [x] corridor width — *Resolved later*: settled on 10 March",
        "- [ ] no-fly zones — *Still open*",
        "- [ ] troop withdrawal",
    ]


def test_defaults_for_the_app(seed: Document, monkeypatch: Any) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    text = render_markdown(seed, Analysis(), [sentence_hl(seed, 1)], include={"highlights"})
    data = split(text)[0]
    assert data["exported_at"] == export.export_timestamp(seed, [sentence_hl(seed, 1)])
    assert data["briefing_version"] == __version__
