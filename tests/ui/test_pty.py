"""The real ``briefing`` console script in a real pseudo-terminal, fed a hostile article.

What the terminal receives is checked byte for byte: article text is data, so markup-like
brackets show literally and escape sequences hidden in the article (OSC 52 clipboard
writes, OSC 0 title changes, CSI, C1 controls) never reach the terminal raw.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.pty

ESC = "\x1b"
BEL = "\x07"
CLIP_SECRET = base64.b64encode(b"rm -rf ~ # pasted from briefing").decode()
TITLE_SECRET = "PWNED-WINDOW-TITLE"
C1_TITLE_SECRET = "C1-TITLE-PAYLOAD"

# Each bracket text sits in its own short paragraph so it never wraps on screen.
BRACKETS = (
    "Brackets [the] stay as they are.",
    "A closing tag [/] alone.",
    "Click [@click=app.quit]x[/] does nothing.",
    "Link [link=https://example.com]y[/link] is text.",
    "Style [bold red]z[/] is not applied.",
)

HOSTILE_PARAGRAPHS = (
    "Hostile opening sentence for the terminal test.",
    *BRACKETS,
    f"Clipboard {ESC}]52;c;{CLIP_SECRET}{BEL} end of clipboard.",
    f"Title {ESC}]0;{TITLE_SECRET}{BEL} end of title.",
    f"Clear {ESC}[2JCLEARMARK and colour {ESC}[31mREDMARK done.",
    f"Single-byte CSI \u009b31mC1MARK and OSC \u009d0;{C1_TITLE_SECRET}\u009c stop.",
    "Tabbed\tcolumn after a tab.",
    "CJK 中文字符 and 日本語のテキスト keep columns.",
    "Emoji 🙂 and 🎉 keep columns.",
    "Combining e\u0301 and a\u0308 and n\u0303 marks.",
    "Closing sentence of the hostile article.",
)


def files_under(path: Path) -> list[Path]:
    return sorted(p for p in path.rglob("*") if not p.is_dir()) if path.exists() else []


def hostile_article(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text("\n\n".join(HOSTILE_PARAGRAPHS) + "\n", encoding="utf-8")
    return path


def open_and_settle(session: Any, *needles: str) -> None:
    assert session.wait_for_text(*needles), (
        f"the article never showed {needles!r}; screen was:\n{session.dump()}"
    )
    # Let the analysis worker fill the panes and the notifications appear.
    session.settle()


def quit_app(session: Any) -> None:
    assert session.proc.poll() is None, f"the app exited early:\n{session.dump()}"
    session.send("q")
    code = session.finish()
    assert code == 0, f"exit status {code!r} after q; screen was:\n{session.dump()}"


def osc_sequences(raw: bytes) -> list[bytes]:
    """Every OSC sequence (ESC ] ... BEL/ST) in the stream, as emitted."""
    return re.findall(rb"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?", raw)


def test_hostile_article_emits_no_payload_sequence(term, tmp_path: Path) -> None:
    article = hostile_article(tmp_path)
    session = term([str(article)], cols=160, rows=40)
    open_and_settle(session, "Hostile opening sentence", "Closing sentence of the hostile")
    screen_text = "\n".join(session.lines())
    quit_app(session)
    raw = bytes(session.raw)
    decoded = raw.decode("utf-8", errors="replace")

    # OSC 52 (clipboard) and OSC 0/1/2 (title) never appear at all; no OSC carries a payload.
    assert b"\x1b]52" not in raw
    for seq in osc_sequences(raw):
        assert not re.match(rb"\x1b\][012];", seq), seq
        assert CLIP_SECRET.encode() not in seq
        assert TITLE_SECRET.encode() not in seq
    # The payloads did reach the screen, as visible text rather than as sequences.
    assert CLIP_SECRET in screen_text
    assert TITLE_SECRET in screen_text
    for payload in (CLIP_SECRET, TITLE_SECRET, C1_TITLE_SECRET):
        for m in re.finditer(re.escape(payload.encode()), raw):
            before = raw[max(0, m.start() - 8) : m.start()]
            assert b"\x1b]" not in before, (payload, before)

    # CSI from the article is never passed through: the markers follow placeholders.
    assert b"\x1b[2JCLEARMARK" not in raw
    assert b"\x1b[31mREDMARK" not in raw
    assert "␛[2JCLEARMARK" in screen_text
    assert "␛[31mREDMARK" in screen_text

    # C1 controls never reach the terminal, neither as UTF-8 nor as single bytes.
    for c1 in ("\u009b", "\u009d", "\u009c"):
        assert c1 not in decoded
    assert "C1MARK" in screen_text
    assert C1_TITLE_SECRET in screen_text
    assert b"\x9b31mC1MARK" not in raw

    # Tabs are expanded by the app, never sent to the terminal.
    assert b"\t" not in raw
    assert re.search(r"Tabbed {2,}column after a tab\.", screen_text), screen_text

    # pyte's view of the window title agrees (it misreads Textual's OSC 22 pointer shape
    # as a title, so only the payload is checked).
    assert TITLE_SECRET not in session.screen.title
    assert C1_TITLE_SECRET not in session.screen.title


def test_markup_like_brackets_show_literally(term, tmp_path: Path) -> None:
    article = hostile_article(tmp_path)
    session = term([str(article)], cols=160, rows=40)
    open_and_settle(session, "Hostile opening sentence", "Closing sentence of the hostile")
    for sentence in BRACKETS:
        assert session.shows(sentence), f"{sentence!r} is not on screen:\n{session.dump()}"
    # The combining marks composed onto their base letters.
    assert session.shows("Combining é and ä and ñ marks."), session.dump()

    # Clicking the [@click=app.quit] text must do nothing: the app keeps running.
    row = next(i for i, line in enumerate(session.lines()) if "[@click=app.quit]x[/]" in line)
    col = session.lines()[row].index("[@click=app.quit]x[/]") + len("[@click=app.quit]")
    press = f"\x1b[<0;{col + 1};{row + 1}M\x1b[<0;{col + 1};{row + 1}m"
    session.send(press)
    session.settle(quiet=0.6)
    assert session.proc.poll() is None, "clicking article text ran an action (the app quit)"
    quit_app(session)


def test_wide_and_combining_characters_keep_columns(term, tmp_path: Path) -> None:
    """The border between the article and the panes stays in one column on every row."""
    article = hostile_article(tmp_path)
    session = term([str(article)], cols=160, rows=40)
    open_and_settle(session, "Hostile opening sentence", "Closing sentence of the hostile")
    lines = session.lines()
    probes = ("CJK 中文字符", "Emoji 🙂", "Combining", "Tabbed", "Hostile opening")
    rows = {p: next((i for i, line in enumerate(lines) if p in line), None) for p in probes}
    assert None not in rows.values(), f"missing rows {rows}:\n{session.dump()}"
    border = {p: session.cell_column(r, "▏") for p, r in rows.items() if r is not None}
    assert len(set(border.values())) == 1 and None not in border.values(), (
        f"pane border columns differ per row {border}:\n{session.dump()}"
    )
    quit_app(session)


def test_hostile_front_matter_title_is_shown_as_text(term, tmp_path: Path) -> None:
    """The header shows the title from front matter: markup and escapes there are data too."""
    article = tmp_path / "hostile.md"
    # YAML double-quoted strings turn \e and \a into real ESC and BEL characters.
    article.write_text(
        "---\n"
        'title: "[bold]T[/] [@click=app.quit]Q[/] \\e]0;'
        + TITLE_SECRET
        + "\\a \\e]52;c;"
        + CLIP_SECRET
        + '\\a"\n'
        "published: 2020-03-05\n"
        "---\n\n"
        "Body sentence of the front matter test.\n",
        encoding="utf-8",
    )
    session = term([str(article)], cols=160, rows=30)
    open_and_settle(session, "Body sentence of the front matter test.")
    assert session.shows("[bold]T[/] [@click=app.quit]Q[/]"), session.dump()
    quit_app(session)
    raw = bytes(session.raw)
    assert b"\x1b]52" not in raw
    assert not any(re.match(rb"\x1b\][012];", seq) for seq in osc_sequences(raw))
    assert TITLE_SECRET not in session.screen.title


def test_empty_article_opens_with_a_message_and_writes_nothing(term, tmp_path: Path) -> None:
    article = tmp_path / "empty.txt"
    article.write_bytes(b"")
    session = term([str(article)], cols=120, rows=30)
    open_and_settle(session, "This article is empty.")
    assert session.shows("empty article"), session.dump()
    quit_app(session)


def test_seed_opens_and_quits_cleanly(term, tmp_path: Path) -> None:
    """No argument opens the example article; q restores the terminal and exits 0."""
    session = term([], cols=120, rows=36)
    open_and_settle(session, "Turkey and Russia agree a ceasefire for Idlib")
    assert session.shows("In a move that is hoped to curtail"), session.dump()
    quit_app(session)
    raw = bytes(session.raw)
    # The alternate screen is left and the cursor shown again on the way out.
    assert raw.rfind(b"\x1b[?1049l") > raw.rfind(b"\x1b[?1049h") >= 0
    assert raw.rfind(b"\x1b[?25h") > raw.rfind(b"\x1b[?25l")
    # Whatever the app keeps goes to $BRIEFING_STORE; the only other file is the parsed
    # article in the user cache directory.
    assert files_under(tmp_path / "home") == []
    cache = tmp_path / "xdg" / "cache" / "briefing" / "documents"
    others = [p for p in files_under(tmp_path / "xdg") if p.parent != cache]
    assert others == []
    assert [p.suffix for p in files_under(cache)] == [".json"]


def test_status_line_is_on_screen_and_follows_the_cursor(term) -> None:
    """The position (sentence i of N) is visible, not hidden under the key footer."""
    session = term([], cols=120, rows=36)
    open_and_settle(session, "Turkey and Russia agree a ceasefire for Idlib")
    assert session.shows("sentence 1 of"), session.dump()
    session.send("j")
    assert session.wait_for_text("sentence 2 of", timeout=5), session.dump()
    # The key hints stay visible too.
    assert session.shows("q Quit"), session.dump()
    quit_app(session)
