"""Pilot tests: press keys in the reader and check what the user would see."""

from __future__ import annotations

from pathlib import Path

from briefing.core.config import seed_path
from briefing.core.document import document_from_text, load_document
from briefing.ui.app import BriefingApp
from briefing.ui.commands import COMMANDS
from briefing.ui.widgets.article import GUTTER

SIZE = (120, 40)


def make_app(tmp_path: Path, doc=None, **kw) -> BriefingApp:  # type: ignore[no-untyped-def]
    return BriefingApp(doc or load_document(seed_path()), store_path=tmp_path / "store.json", **kw)


def status_text(app: BriefingApp) -> str:
    return str(app.query_one("#status").render())


async def test_sentence_and_paragraph_keys_move_the_cursor(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.pause()
        assert app.article.cursor == 0
        await pilot.press("j", "j", "down")
        assert app.article.cursor == 3
        await pilot.press("k")
        assert app.article.cursor == 2
        await pilot.press("J")  # next paragraph: paragraph 3 starts at sentence 3
        assert app.doc.sentences[app.article.cursor].block == 2
        await pilot.press("right_curly_bracket")
        assert app.doc.sentences[app.article.cursor].block == 3
        await pilot.press("K")
        assert app.doc.sentences[app.article.cursor].block == 2
        await pilot.press("G")
        assert app.article.cursor == len(app.doc.sentences) - 1
        assert "sentence 25 of 25 · 100%" in status_text(app)
        await pilot.press("g")
        assert app.article.cursor == 0
        assert "sentence 1 of 25" in status_text(app)


async def test_page_keys_move_by_a_screen(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 16)) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.pause()
        await pilot.press("space")
        after_page = app.article.cursor
        top = app.article.scroll_y
        assert after_page >= 1 and top > 0
        first_line, _ = app.article.layout_lines.sentence_lines(after_page)
        assert first_line >= top  # the cursor is on the first sentence of the new screen
        await pilot.press("space", "space")
        assert app.article.cursor > after_page
        await pilot.press("b", "b", "b")
        assert app.article.cursor == 0 and app.article.scroll_y == 0


async def test_cursor_stays_visible_at_the_end(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 20)) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("G")
        await pilot.pause()
        lines = "\n".join(app.article.visible_text())
        assert "force." in lines
        assert "▌" in lines  # the cursor bar is drawn beside the current sentence


async def test_search_highlights_and_jumps(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("slash", *"patrols")
        assert app.article.match_count == 1
        assert "“patrols”: 1 matches" in status_text(app)
        await pilot.press("enter")
        assert "joint patrols" in app.doc.sentence_text(app.article.cursor)
        await pilot.press("slash", *"Erdogan", "enter")
        first = app.article.cursor
        await pilot.press("n")
        assert app.article.cursor > first
        await pilot.press("N")
        assert app.article.cursor == first


async def test_escape_clears_the_search(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("slash", *"Idlib")
        assert app.article.match_count > 3
        await pilot.press("escape")
        assert app.article.match_count == 0
        assert app.article.has_focus


async def test_brackets_in_article_show_literally(tmp_path: Path) -> None:
    text = (
        "Markup must not run: [@click=app.quit]x[/] and [bold red]y[/] and [link=http://e]z[/link].\n\n"
        "A second paragraph mentions [the] suffering."
    )
    app = make_app(tmp_path, document_from_text(text))
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.pause()
        # The text as read, whatever the wrap width: gutters cut off, lines joined.
        lines = [line[GUTTER:].strip() for line in app.article.visible_text()]
        screen = " ".join(line for line in lines if line)
        assert "[@click=app.quit]x[/]" in screen
        assert "[bold red]y[/]" in screen
        assert "[link=http://e]z[/link]" in screen
        assert "[the] suffering" in screen
        await pilot.click("#article", offset=(25, 0))
        assert app.is_running  # the @click text did nothing


async def test_control_characters_are_shown_as_placeholders(tmp_path: Path) -> None:
    doc = document_from_text("Bell\x07 and escape \x1b]0;pwned\x07 and\ttab and 日本語 done.")
    app = make_app(tmp_path, doc)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.pause()
        line = app.article.visible_text()[0]
        assert "\x1b" not in line and "\x07" not in line
        assert "␛]0;pwned␇" in line
        assert "\t" not in line and " tab and 日本語 done." in line  # tab expanded


async def test_help_is_generated_from_the_commands(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        from briefing.ui.screens.dialogs import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        from briefing.ui.screens.dialogs import help_table

        console = Console(width=100, record=True)
        console.print(help_table())
        rendered = console.export_text()
        for command in COMMANDS:
            assert command.description in rendered
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_click_puts_cursor_on_sentence(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.pause()
        lines = app.article.visible_text()
        row = next(i for i, line in enumerate(lines) if "Idlib is the last rebel" in line)
        await pilot.click("#article", offset=(10, row))
        assert app.article.cursor == 1


async def test_resize_rewraps_and_keeps_cursor(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("G")
        wide = len(app.article.layout_lines)
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        narrow = len(app.article.layout_lines)
        assert narrow > wide
        assert app.article.cursor == len(app.doc.sentences) - 1
        assert all(len(line) <= 60 for line in app.article.visible_text())
        assert "by force." in "\n".join(app.article.visible_text())


async def test_empty_article_shows_message(tmp_path: Path) -> None:
    app = make_app(tmp_path, document_from_text(""))
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("j", "G", "slash", "x", "enter")
        assert "This article is empty." in "\n".join(app.article.visible_text())
        assert "empty article" in status_text(app)


async def test_theme_option_and_bad_theme_file(tmp_path: Path) -> None:
    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "good.toml").write_text('name = "mine"\nprimary = "#123456"\n')
    (themes / "broken.toml").write_text('name = "oops"\nprimary = "not-a-colour"\n')
    (themes / "garbage.toml").write_text("this is = = not toml")
    from briefing.core.config import themes_dir

    app = make_app(tmp_path, theme="light", theme_dirs=[themes_dir(), themes])
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.pause()
        assert app.theme == "briefing-light"
        assert "mine" in app.available_themes
        assert "oops" not in app.available_themes
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "broken.toml ignored" in messages and "garbage.toml ignored" in messages


async def test_switching_theme_repaints_the_article_in_the_new_colours(tmp_path: Path) -> None:
    app = make_app(tmp_path, theme="dark")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        def background() -> object:
            return list(app.article.render_line(3))[-1].style.bgcolor  # type: ignore[union-attr]

        dark = background()
        app.theme = "briefing-light"
        await pilot.pause()
        await pilot.pause()
        assert background() != dark
        assert background() == app.article.rich_style.bgcolor


async def test_unknown_theme_falls_back_to_default(tmp_path: Path) -> None:
    app = make_app(tmp_path, theme="no-such-theme")
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.pause()
        assert app.theme == "briefing-dark"


async def test_progressive_load_swaps_in_full_document(tmp_path: Path) -> None:
    from briefing.core.document import open_article

    para = "The sides agreed to a truce on Monday. Observers will monitor it, officials said."
    p = tmp_path / "long.txt"
    p.write_text("\n\n".join(f"Part {i}. {para}" for i in range(3000)))
    preview, rest = open_article(p)
    app = make_app(tmp_path, preview, full_loader=rest)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")  # while the rest is still loading
        assert app.full_loader is not None or len(app.doc.sentences) > len(preview.sentences)
        await app.until_ready()
        await pilot.pause()
        assert len(app.doc.sentences) > len(preview.sentences)
        assert app.article.cursor == 2
        await pilot.press("G")
        assert app.article.cursor == len(app.doc.sentences) - 1


async def test_notifications_show_user_text_literally(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("slash", *"[@click=app.quit]zz[/]", "enter")
        await pilot.pause()
        assert app.is_running
        messages = [str(n.message) for n in app._notifications]
        assert any("[@click=app.quit]zz[/]" in m for m in messages)
        assert all(n.markup is False for n in app._notifications)


async def test_panes_stay_usable_at_60x20(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        side = app.query_one("#side").size.width
        tabs = app.query_one("#tabs")
        labels = [
            tabs.get_tab(f"tab-{p}").label.plain
            for p in ("clauses", "open_issues", "timeline", "quotes", "actors", "notes")  # type: ignore[attr-defined]
        ]
        assert all(labels)
        for key, pane in zip(
            "123456",
            ("clauses", "open_issues", "timeline", "quotes", "actors", "notes"),
            strict=True,
        ):
            await pilot.press(key)
            assert app.pane(pane).has_focus
            assert app.pane(pane).size.width <= side
        await pilot.press("tab", "j")
        assert app.article.cursor == 1
        assert all(len(line) <= app.article.size.width for line in app.article.visible_text())


async def test_quitting_at_once_exits_cleanly(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
    assert app.return_code in (0, None)
