"""The store: what a reader keeps, and what happens to it when files go wrong."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

import briefing.core.store as store_mod
from briefing.core.analysis.model import Evidence, Item
from briefing.core.curation import Curation
from briefing.core.highlights import Highlight
from briefing.core.store import SCHEMA, SchemaError, Store, StoreError

TEXT = (
    "The two sides agreed to a ceasefire from midnight on Friday. "
    "A security corridor will run six kilometres either side of the M4 highway. "
    "Joint patrols are to begin on 15 March. "
    "It was not clear who would monitor the truce."
)


def hl(start: int, end: int, doc: str = "doc-a", **kw: object) -> Highlight:
    return Highlight.from_span(doc, TEXT, start, end, **kw)  # type: ignore[arg-type]


def span_of(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "briefing.json"


def test_highlights_survive_reopening_in_document_order(path: Path) -> None:
    store = Store(path)
    late = hl(*span_of("Joint patrols"), note="check the date", tags=["dates"])
    early = hl(*span_of("ceasefire"), kind="question")
    other = hl(0, 7, doc="doc-b")
    for h in (late, early, other):
        store.add_highlight(h)
    store.close()

    again = Store(path)
    assert [h.id for h in again.highlights("doc-a")] == [early.id, late.id]
    assert again.highlights("doc-a")[1] == late
    assert [h.id for h in again.highlights("doc-b")] == [other.id]
    assert {h.id for h in again.all_highlights()} == {early.id, late.id, other.id}
    assert again.pending == 0 and again.write_error is None and again.notices == []


def test_update_delete_and_undo(path: Path) -> None:
    store = Store(path)
    h = hl(*span_of("security corridor"))
    store.add_highlight(h)
    h.note = "six km each side"
    h.tags = ["corridor", "M4"]
    saved = store.update_highlight(h)
    assert Store(path).highlights("doc-a")[0].note == "six km each side"
    assert saved.updated >= h.created

    gone = store.delete_highlight(h.id)
    assert gone is not None and gone.note == "six km each side"
    assert Store(path).highlights("doc-a") == []
    assert store.delete_highlight(h.id) is None

    store.add_highlight(gone)  # undo
    assert Store(path).highlights("doc-a") == [gone]


def test_returned_highlights_are_copies(path: Path) -> None:
    store = Store(path)
    store.add_highlight(hl(0, 7, tags=["a"]))
    got = store.highlights("doc-a")[0]
    got.tags.append("changed without saving")
    got.note = "changed without saving"
    assert store.highlights("doc-a")[0].tags == ["a"]
    assert store.highlights("doc-a")[0].note == ""


def test_tags_for_completion(path: Path) -> None:
    store = Store(path)
    store.add_highlight(hl(0, 7, tags=["truce", "Dates"]))
    store.add_highlight(hl(8, 12, doc="doc-b", tags=["dates", "actors"]))
    assert store.tags() == ["actors", "Dates", "truce"]


def test_settings_and_curation_persist(path: Path) -> None:
    store = Store(path)
    assert store.get_setting("theme", "default") == "default"
    store.set_setting("theme", "briefing-dark")
    cur = Curation()
    item = Item("c-1", "clause", "ceasefire from midnight", "agreed", [Evidence(0, 10, TEXT[:10])])
    cur.edit_label(item, "Ceasefire from Friday midnight")
    store.save_curation("doc-a", cur)
    store.close()

    again = Store(path)
    assert again.get_setting("theme") == "briefing-dark"
    assert again.curation("doc-a").labels == {"c-1": "Ceasefire from Friday midnight"}
    assert again.curation("doc-b").is_empty()
    again.save_curation("doc-a", Curation())  # reset
    assert Store(path).curation("doc-a").is_empty()
    with pytest.raises(TypeError):
        again.set_setting("bad", object())


def test_documents_are_found_by_hash_after_a_rename(path: Path, tmp_path: Path) -> None:
    store = Store(path)
    store.remember_document("sha-1", "Idlib ceasefire", tmp_path / "idlib.md")
    store.add_highlight(hl(0, 7, doc="sha-1"))
    store.remember_document("sha-1", "Idlib ceasefire", tmp_path / "renamed.md")
    docs = Store(path).documents()
    assert [(d.sha, d.title, d.highlights) for d in docs] == [("sha-1", "Idlib ceasefire", 1)]
    assert docs[0].path == str((tmp_path / "renamed.md").resolve())
    assert Store(path).highlights("sha-1")[0].exact == TEXT[:7]
    found = Store(path).document_for_path(tmp_path / "renamed.md")
    assert found is not None and found.sha == "sha-1"


def test_carry_over_reanchors_an_edited_article(path: Path) -> None:
    store = Store(path)
    kept = hl(*span_of("Joint patrols are to begin on 15 March."), doc="old")
    lost = hl(*span_of("It was not clear who would monitor the truce."), doc="old")
    store.add_highlight(kept)
    store.add_highlight(lost)
    edited = "Breaking: " + TEXT.replace(" It was not clear who would monitor the truce.", "")
    moved = store.carry_over("old", "new", edited)
    assert store.highlights("old") == []
    by_id = {h.id: h for h in moved}
    assert edited[by_id[kept.id].start : by_id[kept.id].end] == kept.exact
    assert not by_id[kept.id].orphan
    assert by_id[lost.id].orphan and by_id[lost.id].exact == lost.exact


def test_a_second_window_sees_changes_and_keeps_its_own(path: Path) -> None:
    one, two = Store(path), Store(path)
    a, b = hl(0, 7), hl(8, 12)
    one.add_highlight(a)
    two.add_highlight(b)
    assert {h.id for h in one.highlights("doc-a")} == {a.id, b.id}
    assert {h.id for h in Store(path).highlights("doc-a")} == {a.id, b.id}


# --- schema ----------------------------------------------------------------------------------


def test_newer_schema_is_refused_and_left_untouched(path: Path) -> None:
    Store(path).add_highlight(hl(0, 7))
    data = json.loads(path.read_text())
    data["_meta"]["store"]["schema"] = SCHEMA + 1
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    with pytest.raises(SchemaError, match=r"newer briefing \(schema 2"):
        Store(path)
    assert path.read_bytes() == before
    assert not list(path.parent.glob("*.corrupt-*"))


def test_schema_0_plain_tinydb_file_is_migrated(path: Path) -> None:
    h = hl(0, 7, note="from an early version")
    path.write_text(json.dumps({"highlights": {"1": h.to_dict()}, "settings": {}}))
    store = Store(path)
    assert store.highlights("doc-a") == [h]
    assert store.notices == []
    on_disk = json.loads(path.read_text())
    assert on_disk["_meta"]["store"]["schema"] == SCHEMA
    assert list(on_disk["highlights"]) == [h.id]


# --- damaged files ---------------------------------------------------------------------------


def _two_snapshots(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Highlight, Highlight]:
    """A store whose .bak holds the first highlight and whose snapshot holds both."""
    monkeypatch.setattr(store_mod, "COMPACT_MIN_BYTES", 0)  # every save rewrites
    monkeypatch.setattr(store_mod, "COMPACT_RATIO", 0)
    first, second = hl(0, 7), hl(8, 12)
    store = Store(path)
    store.add_highlight(first)
    store.add_highlight(second)
    assert path.with_name(path.name + ".bak").exists()
    return first, second


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda raw: raw[: len(raw) // 2], "truncated JSON"),
        (lambda raw: b"\x00\x00\x00" + raw, "not JSON"),
        (lambda raw: b"[1, 2, 3]", "not a JSON object"),
        (lambda raw: raw.replace(b'"start":8', b'"start":"eight"'), "wrong shape"),
        (lambda raw: b"", "empty file"),
    ],
)
def test_unreadable_store_is_moved_aside_and_backup_restored(
    path: Path, monkeypatch: pytest.MonkeyPatch, damage: object, reason: str
) -> None:
    first, _second = _two_snapshots(path, monkeypatch)
    broken = damage(path.read_bytes())  # type: ignore[operator]
    path.write_bytes(broken)

    store = Store(path)
    assert store.highlights("doc-a") == [first]
    assert len(store.notices) == 1 and "\n" not in store.notices[0]
    assert reason in store.notices[0] and "restored the backup" in store.notices[0]
    aside = list(path.parent.glob("briefing.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == broken  # kept as it was
    assert Store(path).notices == []  # the restored file reads cleanly
    assert Store(path).highlights("doc-a") == [first]


def test_unreadable_store_without_backup_starts_empty_but_keeps_the_file(path: Path) -> None:
    path.write_text('{"highlights": {"x": ')
    store = Store(path)
    assert store.all_highlights() == []
    assert "no usable backup" in store.notices[0]
    store.add_highlight(hl(0, 7))
    aside = list(path.parent.glob("briefing.json.corrupt-*"))
    assert [p.read_text() for p in aside] == ['{"highlights": {"x": ']
    assert len(Store(path).all_highlights()) == 1


def test_torn_journal_tail_is_ignored_then_dropped(path: Path) -> None:
    store = Store(path)
    a = hl(0, 7)
    store.add_highlight(a)
    store.add_highlight(hl(8, 12))
    journal = path.with_name(path.name + ".log")
    raw = journal.read_bytes()
    journal.write_bytes(raw[:-5])  # the last save was cut short

    again = Store(path)
    assert [h.id for h in again.highlights("doc-a")] == [a.id]
    assert again.notices == []
    c = hl(13, 20)
    again.add_highlight(c)
    assert [h.id for h in Store(path).highlights("doc-a")] == [a.id, c.id]


def test_damaged_journal_line_keeps_the_others(path: Path) -> None:
    store = Store(path)
    hs = [hl(0, 7), hl(8, 12), hl(13, 20)]
    for h in hs:
        store.add_highlight(h)
    journal = path.with_name(path.name + ".log")
    lines = journal.read_bytes().splitlines(keepends=True)
    # The first save wrote the snapshot; the journal holds the second and third.
    assert len(lines) == 2
    lines[0] = lines[0].replace(b'"doc-a"', b'"doc-X"')  # checksum no longer matches
    journal.write_bytes(b"".join(lines))

    again = Store(path)
    assert [h.id for h in again.highlights("doc-a")] == [hs[0].id, hs[2].id]
    assert len(again.notices) == 1 and "damaged" in again.notices[0]
    assert list(path.parent.glob("briefing.json.log.corrupt-*"))
    assert Store(path).notices == []


def test_stale_temporary_files_are_removed(path: Path) -> None:
    Store(path).add_highlight(hl(0, 7))
    stale = path.with_name(path.name + ".tmp-12345-deadbeef")
    stale.write_text("half a store")
    assert len(Store(path).all_highlights()) == 1
    assert not stale.exists()


# --- failed writes ---------------------------------------------------------------------------


def _fail_with(code: int) -> object:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("target", "code"),
    [("pwrite", errno.ENOSPC), ("fdatasync", errno.EIO), ("open", errno.EROFS)],
)
def test_failed_save_is_kept_in_memory_and_retried(
    path: Path, monkeypatch: pytest.MonkeyPatch, target: str, code: int
) -> None:
    store = Store(path)
    first = hl(0, 7)
    store.add_highlight(first)
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if not p.name.endswith("lock")}

    with monkeypatch.context() as m:
        if target == "open":  # a read-only file system: opening to write fails
            real_open = os.open

            def ro_open(file: str, flags: int, *args: int, **kw: object) -> int:
                if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
                    raise OSError(code, os.strerror(code))
                return real_open(file, flags, *args, **kw)  # type: ignore[arg-type]

            m.setattr(store_mod.os, "open", ro_open)
        else:
            m.setattr(store_mod.os, target, _fail_with(code))
        second = hl(8, 12, note="written on a full disk")
        store.add_highlight(second)
        assert store.pending == 1
        assert store.write_error is not None and os.strerror(code) in store.write_error
        assert "kept in memory" in store.write_error and "\n" not in store.write_error
        assert [h.id for h in store.highlights("doc-a")] == [first.id, second.id]
        assert [h.id for h in Store(path).highlights("doc-a")] == [first.id]
        assert store.retry() is False
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if not p.name.endswith("lock")}
    assert after == before  # nothing half-written was left behind

    assert store.retry() is True
    assert store.pending == 0 and store.write_error is None
    assert [h.id for h in Store(path).highlights("doc-a")] == [first.id, second.id]


def test_first_save_that_cannot_create_the_file_is_kept(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(path)
    h = hl(0, 7)
    with monkeypatch.context() as m:
        m.setattr(store_mod.os, "replace", _fail_with(errno.EROFS))
        store.add_highlight(h)
        assert store.pending == 1 and "Read-only file system" in (store.write_error or "")
        assert store.highlights("doc-a") == [h]
    assert not path.exists()
    assert [p.name for p in path.parent.iterdir()] == ["briefing.json.lock"]
    assert store.retry()
    assert Store(path).highlights("doc-a") == [h]


def test_a_failed_rewrite_loses_nothing_already_in_the_journal(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(path)
    store.add_highlight(hl(0, 7))
    monkeypatch.setattr(store_mod, "COMPACT_MIN_BYTES", 0)
    monkeypatch.setattr(store_mod, "COMPACT_RATIO", 0)
    with monkeypatch.context() as m:
        m.setattr(store_mod.os, "replace", _fail_with(errno.ENOSPC))
        store.add_highlight(hl(8, 12))
        assert store.compact() is False
    assert store.pending == 0 and store.write_error is None
    assert len(Store(path).highlights("doc-a")) == 2
    assert not list(path.parent.glob("*.tmp-*"))
    assert store.compact() is True
    assert not path.with_name(path.name + ".log").exists()
    assert len(Store(path).highlights("doc-a")) == 2


def test_directory_replaced_by_a_file(tmp_path: Path) -> None:
    """A real failure, even as root: the store's directory has become a plain file."""
    folder = tmp_path / "data"
    path = folder / "briefing.json"
    store = Store(path)
    store.add_highlight(hl(0, 7))
    saved = {p.name: p.read_bytes() for p in folder.iterdir()}
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()
    folder.write_text("not a directory")

    late = hl(8, 12)
    store.add_highlight(late)
    assert store.pending == 1 and store.write_error is not None
    assert late.id in {h.id for h in store.highlights("doc-a")}

    folder.unlink()
    folder.mkdir()
    for name, raw in saved.items():
        (folder / name).write_bytes(raw)
    store.add_highlight(hl(13, 20))  # the next save also writes what was pending
    assert store.pending == 0
    assert len(Store(path).highlights("doc-a")) == 3


def test_a_store_under_a_plain_file_is_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match=r"cannot open the store .*Not a directory"):
        Store(tmp_path / "file" / "briefing.json")


def test_a_missing_directory_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "briefing.json"
    Store(path).add_highlight(hl(0, 7))
    assert len(Store(path).all_highlights()) == 1


def test_store_is_the_only_module_that_imports_tinydb_and_no_textual() -> None:
    import subprocess
    import sys

    src = Path(store_mod.__file__).resolve().parents[1]
    importers = sorted(
        p.relative_to(src).as_posix()
        for p in src.rglob("*.py")
        if any(
            line.lstrip().startswith(("import tinydb", "from tinydb"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    )
    assert importers == ["core/store.py"]
    code = (
        "import sys, briefing.core.store, briefing.core.anchors, briefing.core.curation\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_an_unreadable_curation_record_is_ignored_with_a_notice(path: Path) -> None:
    store = Store(path)
    store.save_curation("doc-a", Curation(published="2020-03-05"))
    data = json.loads(path.read_text())
    data["curation"]["doc-a"] = {"added": [{"kind": "clause"}]}  # no id, text, evidence
    path.write_text(json.dumps(data))
    again = Store(path)
    assert again.curation("doc-a").is_empty()
    assert len(again.notices) == 1 and "curation" in again.notices[0]


def test_notices_stay_on_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "odd\nname\x1b[31m"
    folder.mkdir()
    path = folder / "briefing.json"
    path.write_text("not json")
    notices = Store(path).notices
    assert len(notices) == 1
    assert "\n" not in notices[0] and "\x1b" not in notices[0]


def test_a_second_window_reads_only_new_journal_lines(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    one, two = Store(path), Store(path)
    one.add_highlight(hl(0, 7))
    assert one.compact()
    assert len(two.highlights("doc-a")) == 1  # the rewritten file is read once

    parsed = []
    real = store_mod._parse_snapshot
    monkeypatch.setattr(store_mod, "_parse_snapshot", lambda raw: parsed.append(1) or real(raw))
    for n, start in enumerate((8, 13, 21), start=2):
        one.add_highlight(hl(start, start + 3))
        assert len(two.highlights("doc-a")) == n
    assert parsed == []  # only the journal's new lines were read
