"""Pilot tests of the reader's own work: highlights, notes, tags, curation, undo, restart."""

from __future__ import annotations

from pathlib import Path

from briefing.core.config import seed_path
from briefing.core.document import load_document
from briefing.core.store import Store
from briefing.ui.app import BriefingApp
from briefing.ui.screens.notes import NoteScreen

SIZE = (120, 40)


def make_app(store: Path, **kw) -> BriefingApp:  # type: ignore[no-untyped-def]
    return BriefingApp(load_document(seed_path()), store_path=store, **kw)


def saved(store: Path) -> list:  # type: ignore[type-arg]
    doc = load_document(seed_path())
    return Store(store).highlights(doc.sha256)


async def test_highlight_remove_undo_and_reopen(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("j", "h")
        hs = saved(store)
        assert len(hs) == 1 and hs[0].exact == app.doc.sentence_text(1)
        assert app.article.gutter_marks.get(1) == "★"
        await pilot.press("h")
        assert saved(store) == []
        await pilot.press("u")
        assert len(saved(store)) == 1
        await pilot.press("q")
    app2 = make_app(store)
    async with app2.run_test(size=SIZE) as pilot:
        await app2.until_ready()
        await pilot.pause()
        await pilot.pause()
        assert [h.exact for h in app2.highlights_list] == [app2.doc.sentence_text(1)]
        assert app2.pane("notes").entries[0].key == hs[0].id


async def test_selection_by_sentence_and_word_with_kind(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("v", "j", "w", "w", "2")
        (h,) = saved(store)
        assert h.kind == "question"
        first, second = app.doc.sentences[0], app.doc.sentences[1]
        assert h.start == first.start
        assert h.end > second.end
        assert h.exact.endswith("The fighting")
        assert app.article.selection is None
        await pilot.press("1")  # outside a selection, 1 shows the first tab again
        assert app.query_one("#tabs").active == "tab-clauses"


async def test_escape_cancels_selection(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("v", "j", "escape")
        assert app.article.selection is None
        assert saved(store) == []


async def test_note_editor_saves_and_asks_before_discarding(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"Check **who** agreed", "ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteScreen)
        (h,) = saved(store)
        assert h.note == "Check **who** agreed"
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("x", "escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen) is False  # the confirm dialog is on top
        await pilot.press("n")  # keep editing
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")  # discard
        await pilot.pause()
        assert saved(store)[0].note == "Check **who** agreed"


async def test_tags_complete_from_tags_in_use(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"ceasefire, Idlib", "enter")
        await pilot.pause()
        assert saved(store)[0].tags == ["ceasefire", "Idlib"]
        await pilot.press("j", "t")
        await pilot.pause()
        await pilot.press(*"cea", "right", "enter")
        await pilot.pause()
        tags = sorted(tuple(h.tags) for h in saved(store))
        assert tags == [("ceasefire",), ("ceasefire", "Idlib")]


async def test_notes_pane_jump_filter_delete_undo(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("h", "G", "h")
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"doubt", "enter")
        await pilot.pause()
        await pilot.press("g", "6")
        notes = app.pane("notes")
        assert notes.has_focus and len(notes.entries) == 2
        await pilot.press("down", "enter")
        assert app.article.cursor == len(app.doc.sentences) - 1
        await pilot.press("backspace")
        assert app.article.cursor == 0
        await pilot.press("6", "slash", *"#doubt")
        await pilot.pause()
        assert [e.key for e in notes.entries] == [saved(store)[1].id]
        await pilot.press("escape")
        assert len(notes.entries) == 2
        await pilot.press("home", "d")
        assert len(saved(store)) == 1
        await pilot.press("u")
        assert len(saved(store)) == 2


async def test_curation_add_rename_move_check_delete_and_restart(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)

    def find(pane: str, key: str) -> int:
        keys = [e.key for e in app.pane(pane).entries]
        return keys.index(key) if key in keys else -1

    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()

        await pilot.pause()
        await app.until_ready()
        await pilot.press(*"jjjjjjjjjjjjjjjj")  # sentence 17: the defence ministers
        await pilot.press("C")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Ministers set the corridor", "enter")
        await pilot.pause()
        clauses = app.pane("clauses")
        added = [e for e in clauses.entries if "Ministers set the corridor" in e.label.plain]
        assert len(added) == 1 and added[0].key.startswith("u-")
        item_id = added[0].key
        assert 16 in added[0].sentences
        await pilot.press("1")
        clauses.highlighted = find("clauses", item_id)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Corridor details later", "enter")
        await pilot.pause()
        assert "Corridor details later" in clauses.entries[find("clauses", item_id)].label.plain
        await pilot.press("m")
        await pilot.pause()
        assert find("clauses", item_id) == -1
        issues = app.pane("open_issues")
        assert find("open_issues", item_id) >= 0
        await pilot.press("2")
        issues.highlighted = find("open_issues", item_id)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press(*"talks in April", "enter")
        await pilot.pause()
        label = issues.entries[find("open_issues", item_id)].label.plain
        assert "[✓]" in label and "resolved later: talks in April" in label
        await pilot.press("d")
        assert find("open_issues", item_id) == -1
        await pilot.press("u")
        assert find("open_issues", item_id) >= 0
        # An automatic clause deleted by the user stays deleted after a restart.
        await pilot.press("1")
        clauses.highlighted = 0
        auto_id = clauses.entries[0].key
        assert not auto_id.startswith("u-")
        await pilot.press("d")
        assert find("clauses", auto_id) == -1
        await pilot.press("q")
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        index = find("open_issues", item_id)
        assert index >= 0
        label = app.pane("open_issues").entries[index].label.plain
        assert "Corridor details later" in label and "[✓]" in label
        assert find("clauses", auto_id) == -1


async def test_add_event_with_date_prompt(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Meeting", "enter")
        await pilot.pause()
        await pilot.press(*"2020-13-01", "enter")
        await pilot.pause()
        assert "not a YYYY-MM-DD date" in str(app.screen.query_one("#prompt-error").render())
        await pilot.press(*["backspace"] * 10, *"2020-03-05", "enter")
        await pilot.pause()
        labels = [e.label.plain for e in app.pane("timeline").entries]
        assert any("Thu 5 Mar 2020" in label and "Meeting" in label for label in labels)


async def test_set_article_date_is_validated_and_kept(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("P")
        await pilot.pause()
        await pilot.press("ctrl+u", *"March 5", "enter")
        await pilot.pause()
        assert "not a YYYY-MM-DD date" in str(app.screen.query_one("#prompt-error").render())
        await pilot.press("ctrl+u", *"2020-03-06", "enter")
        await pilot.pause()
        assert app.sub_title == "Fri 6 Mar 2020"
        await pilot.press("q")
    app2 = make_app(store)
    async with app2.run_test(size=SIZE) as pilot:
        await app2.until_ready()
        await pilot.pause()
        await pilot.pause()
        assert app2.sub_title == "Fri 6 Mar 2020"


async def test_theme_choice_is_remembered(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    settings = tmp_path / "config" / "settings.json"
    app = make_app(store, theme="contrast", settings_file=settings)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.pause()
        assert app.theme == "briefing-contrast"
        app.action_cycle_theme()  # contrast -> dark
        await pilot.press("q")
    app2 = make_app(store, settings_file=settings)
    async with app2.run_test(size=SIZE) as pilot:
        await app2.until_ready()
        await pilot.pause()
        await pilot.pause()
        assert app2.theme == "briefing-dark"
    settings.write_text("{ damaged")
    app3 = make_app(store, settings_file=settings)
    async with app3.run_test(size=SIZE) as pilot:
        await app3.until_ready()
        await pilot.pause()
        await pilot.pause()
        assert app3.theme == "briefing-dark"  # a damaged settings file is not fatal


async def test_corrupt_store_is_kept_aside_and_user_told(tmp_path: Path) -> None:
    store = tmp_path / "s.json"
    store.write_text("{ not json")
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await app.until_ready()
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "corrupt" in messages
    assert list(tmp_path.glob("s.json.corrupt-*"))
    assert len(saved(store)) == 1
