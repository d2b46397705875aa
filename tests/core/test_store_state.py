"""A Hypothesis state machine: whatever the reader does, the store equals a simple model."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    precondition,
    rule,
)

from briefing.core.highlights import KINDS, Highlight
from briefing.core.store import Store

notes = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
tags = st.lists(st.text("abcxyz-", min_size=1, max_size=6), max_size=3, unique=True)


class StoreMachine(RuleBasedStateMachine):
    ids = Bundle("ids")

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="briefing-state-"))
        self.path = self.dir / "briefing.json"
        self.store = Store(self.path)
        self.model: dict[str, Highlight] = {}
        self.deleted: list[Highlight] = []

    def teardown(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)

    @rule(
        target=ids,
        start=st.integers(0, 5000),
        length=st.integers(1, 80),
        kind=st.sampled_from(sorted(KINDS)),
        note=notes,
        tags=tags,
        doc=st.sampled_from(["doc-a", "doc-b"]),
    )
    def add(self, start: int, length: int, kind: str, note: str, tags: list[str], doc: str) -> str:
        h = Highlight(doc, start, start + length, "x" * length, kind=kind, note=note, tags=tags)
        self.store.add_highlight(h)
        self.model[h.id] = h
        return h.id

    @rule(hid=ids, note=notes, tags=tags)
    def edit(self, hid: str, note: str, tags: list[str]) -> None:
        current = self.store.get_highlight(hid)
        assert (current is None) == (hid not in self.model)
        if current is None:
            return
        current.note, current.tags = note, tags
        self.model[hid] = self.store.update_highlight(current)

    @rule(hid=consumes(ids))
    def delete(self, hid: str) -> None:
        gone = self.store.delete_highlight(hid)
        assert gone == self.model.pop(hid, None)
        if gone is not None:
            self.deleted.append(gone)

    @precondition(lambda self: bool(self.deleted))
    @rule(target=ids)
    def undo_delete(self) -> str:
        h = self.deleted.pop()
        self.store.add_highlight(h)
        self.model[h.id] = h
        return h.id

    @rule()
    def reopen(self) -> None:
        self.store.close()
        self.store = Store(self.path)

    @rule(start=st.integers(0, 5000), note=notes)
    def another_window_adds(self, start: int, note: str) -> None:
        h = Highlight("doc-a", start, start + 3, "abc", note=note)
        Store(self.path).add_highlight(h)
        self.model[h.id] = h

    @rule()
    def compact(self) -> None:
        assert self.store.compact()

    @invariant()
    def store_equals_model(self) -> None:
        for doc in ("doc-a", "doc-b"):  # before all_highlights(), which also syncs
            got = self.store.highlights(doc)
            assert sorted(h.id for h in got) == sorted(
                h.id for h in self.model.values() if h.doc_sha == doc
            )
            assert [h.start for h in got] == sorted(h.start for h in got)
        assert {h.id: h for h in self.store.all_highlights()} == self.model
        assert self.store.pending == 0 and self.store.notices == []


StoreMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None)
test_store_state_machine = StoreMachine.TestCase
