"""The reader's own work in the app: highlights, notes, tags, curation and undo.

A mixin of :class:`briefing.ui.app.BriefingApp`; all store access happens here, on the
main thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work

from briefing.core.highlights import KINDS, Highlight
from briefing.ui.entries import Entry, highlight_label

if TYPE_CHECKING:
    from briefing.core.analysis.model import Analysis, Item, ItemKind
    from briefing.core.curation import Curation
    from briefing.core.store import Store
    from briefing.ui.app import BriefingApp

    _Base = BriefingApp
else:
    _Base = object

_KIND_ORDER = list(KINDS)
_ADD_TITLES = {
    "clause": "New clause: a short label",
    "open_issue": "New open issue: a short label",
    "event": "New event: a short label",
    "quote": "New quote: the speaker",
}


class Workbench(_Base):
    """Highlights, notes, tags and curation for the open document."""

    store: Store | None
    curation: Curation
    highlights_list: list[Highlight]
    undo_stack: list[tuple[str, Callable[[], None]]]
    view: Analysis | None

    # --- store -------------------------------------------------------------------------

    def open_store(self) -> None:
        # Imported here, after the first paint: TinyDB, rapidfuzz and friends are not
        # needed to show the article.
        from briefing.core.curation import Curation
        from briefing.core.store import Store, StoreError

        self.curation = Curation()
        if self.store_path is None:
            self.store = None
            return
        try:
            self.store = Store(self.store_path)
        except (StoreError, OSError) as exc:
            self.store = None
            self.notify(f"notes are not saved this session: {exc}", severity="error", timeout=15)
            return
        self._report_store()

    def _report_store(self) -> None:
        store = self.store
        if store is None:
            return
        for notice in store.notices:
            self.notify(notice, severity="warning", timeout=12)
        store.notices.clear()
        if store.write_error:
            self.notify(
                f"not saved yet ({store.pending} change(s) kept in memory, retried on the next "
                f"change): {store.write_error}",
                severity="error",
                timeout=12,
            )

    def load_document_work(self) -> None:
        """Read this document's highlights and curation (after a full load)."""
        store = self.store
        if store is None or self.full_loader is not None:
            return
        doc = self.doc
        path = str(doc.path) if doc.path else ""
        if path and not store.highlights(doc.sha256):
            previous = store.document_for_path(path)
            if previous is not None and previous.sha != doc.sha256:
                moved = store.carry_over(previous.sha, doc.sha256, doc.text)
                orphans = sum(1 for h in moved if h.orphan)
                if moved:
                    self.notify(
                        f"the article changed on disk: {len(moved)} highlight(s) re-anchored"
                        + (f", {orphans} orphaned (kept in Notes)" if orphans else "")
                    )
        store.remember_document(doc.sha256, doc.title, path)
        self.curation = store.curation(doc.sha256)
        if self.curation.published and self.cli_published is None:
            import datetime as dt

            doc.meta.published = dt.date.fromisoformat(self.curation.published)
            self._update_titles()
        self.highlights_list = store.highlights(doc.sha256)
        self._report_store()
        self.refresh_highlights()
        if self.analysis is not None:
            self._fill_panes()  # the analysis finished first: lay the curation over it now

    # --- highlights ---------------------------------------------------------------------

    def refresh_highlights(self) -> None:
        self.article.set_highlights(
            (h.start, h.end, h.kind) for h in self.highlights_list if not h.orphan
        )
        self._fill_notes()
        self._refresh_gutter()

    def _fill_notes(self, query: str = "") -> None:
        from briefing.core.analysis.model import Evidence

        if not self.panes_ready:
            return
        wanted = query.casefold().lstrip("#")
        entries = []
        for h in sorted(self.highlights_list, key=lambda h: (h.orphan, h.start)):
            if wanted and not (
                wanted in h.exact.casefold()
                or wanted in h.note.casefold()
                or any(wanted in t.casefold() for t in h.tags)
            ):
                continue
            ev = [] if h.orphan else [Evidence(h.start, h.end, h.exact)]
            cited = () if h.orphan else self.doc.sentences_in(h.start, h.end)
            sentences = frozenset(cited)
            entries.append(Entry(h.id, highlight_label(h), ev, sentences))
        empty = "No highlight matches." if wanted else "No highlights yet: press h on a sentence."
        self.pane("notes").set_entries(entries, empty)
        self._counts["notes"] = len(self.highlights_list)
        self._update_tab_labels()

    def _not_ready(self) -> bool:
        """True (and the user told) while the article or the panes are still coming."""
        if self.full_loader is not None or not self.panes_ready:
            self.notify("still loading the article; try again in a moment", severity="warning")
            return True
        return False

    def highlights_at_cursor(self) -> list[Highlight]:
        if not self.doc.sentences:
            return []
        sent = self.doc.sentences[self.article.cursor]
        return [
            h
            for h in self.highlights_list
            if not h.orphan and h.start < sent.end and h.end > sent.start
        ]

    def _save_highlight(self, h: Highlight, *, new: bool) -> Highlight:
        store = self.store
        saved = h
        if store is not None:
            if new:
                store.add_highlight(h)
            else:
                saved = store.update_highlight(h)
            self._report_store()
        self.highlights_list = [x for x in self.highlights_list if x.id != h.id] + [saved]
        self.highlights_list.sort(key=lambda x: (x.start, x.end))
        self.refresh_highlights()
        return saved

    def _remove_highlight(self, h: Highlight) -> None:
        if self.store is not None:
            self.store.delete_highlight(h.id)
            self._report_store()
        self.highlights_list = [x for x in self.highlights_list if x.id != h.id]
        self.refresh_highlights()

        def undo() -> None:
            self._save_highlight(h, new=True)

        self.push_undo("highlight removed", undo)

    def push_undo(self, what: str, undo: Callable[[], None]) -> None:
        self.undo_stack.append((what, undo))
        del self.undo_stack[:-100]
        self.notify(f"{what} · u undoes")

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("nothing to undo")
            return
        what, undo = self.undo_stack.pop()
        undo()
        self.notify(f"undone: {what}")

    def action_highlight(self) -> None:
        if self._not_ready() or not self.doc.sentences:
            return
        existing = self.highlights_at_cursor()
        if existing:
            for h in existing:
                self._remove_highlight(h)
            return
        sent = self.doc.sentences[self.article.cursor]
        self._save_highlight(
            Highlight.from_span(self.doc.sha256, self.doc.text, sent.start, sent.end), new=True
        )

    def action_select(self) -> None:
        if self._not_ready():
            return
        self.article.start_selection()
        self._update_status("selecting: j/k sentence, w/W word, enter or 1-4 keeps, esc cancels")

    def action_extend_word(self, delta: int) -> None:
        self.article.extend_by_word(delta)

    def action_keep_selection(self, kind: str) -> None:
        span = self.article.selection
        if span is None:
            return
        self.article.cancel_selection()
        start, end = span
        self._save_highlight(
            Highlight.from_span(self.doc.sha256, self.doc.text, start, end, kind=kind), new=True
        )
        self._update_status()

    def action_cancel_selection(self) -> None:
        self.article.cancel_selection()
        self._update_status()

    def action_cycle_kind(self) -> None:
        found = self.highlights_at_cursor()
        if not found:
            self.notify("no highlight here: press h first")
            return
        h = found[0]
        kind = (
            _KIND_ORDER[(_KIND_ORDER.index(h.kind) + 1) % len(_KIND_ORDER)]
            if (h.kind in _KIND_ORDER)
            else _KIND_ORDER[0]
        )
        self._save_highlight(dataclasses.replace(h, kind=kind), new=False)
        self.notify(f"{KINDS[kind][1]} {KINDS[kind][0]}")

    def _highlight_for_edit(self) -> Highlight | None:
        if self._not_ready() or not self.doc.sentences:
            return None
        if self.pane_has_focus("notes"):
            entry = self.pane("notes").current_entry()
            found = [h for h in self.highlights_list if entry and h.id == entry.key]
            if found:
                return found[0]
        found = self.highlights_at_cursor()
        if found:
            return found[0]
        sent = self.doc.sentences[self.article.cursor]
        return self._save_highlight(
            Highlight.from_span(self.doc.sha256, self.doc.text, sent.start, sent.end), new=True
        )

    @work
    async def action_annotate(self) -> None:
        from briefing.ui.screens.notes import NoteScreen  # TextArea: imported on first use

        h = self._highlight_for_edit()
        if h is None:
            return
        note = await self.push_screen_wait(NoteScreen(h.exact, h.note))
        if note is not None and note != h.note:
            self._save_highlight(dataclasses.replace(h, note=note), new=False)
            self.notify("note saved")

    @work
    async def action_edit_tags(self) -> None:
        from briefing.ui.screens.notes import TagsScreen

        h = self._highlight_for_edit()
        if h is None:
            return
        known = self.store.tags() if self.store is not None else []
        tags = await self.push_screen_wait(TagsScreen(list(h.tags), known))
        if tags is not None and tags != h.tags:
            self._save_highlight(dataclasses.replace(h, tags=tags), new=False)

    def action_all_highlights(self) -> None:
        from briefing.ui.screens.notes import AllHighlightsScreen

        if self.store is None:
            self.notify("no store: highlights are not kept this session")
            return
        titles = {d.sha: d.title for d in self.store.documents()}
        groups: dict[str, list[Highlight]] = {}
        for h in self.store.all_highlights():
            groups.setdefault(h.doc_sha, []).append(h)
        ordered = [(titles.get(sha, sha[:12]), hs) for sha, hs in groups.items()]
        self.push_screen(AllHighlightsScreen(sorted(ordered, key=lambda g: g[0].casefold())))

    # --- curation ------------------------------------------------------------------------

    def curated(self, result: Analysis) -> Analysis:
        from briefing.core.curation import apply

        return apply(result, self.curation, self.doc.text)

    def _save_curation(self) -> None:
        if self.store is not None:
            self.store.save_curation(self.doc.sha256, self.curation)
            self._report_store()
        if self.analysis is not None:
            self._fill_panes()

    def _change_curation(self, what: str, change: Callable[[Curation], None]) -> None:
        before = self.curation.copy()
        change(self.curation)
        self._save_curation()

        def undo() -> None:
            self.curation = before
            self._save_curation()

        self.push_undo(what, undo)

    def current_item(self) -> Item | None:
        if not self.panes_ready:
            return None
        for pane in ("clauses", "open_issues", "timeline", "quotes"):
            lst = self.pane(pane)
            if lst.has_focus:
                entry = lst.current_entry()
                return self.items_by_id.get(entry.key) if entry else None
        return None

    @work
    async def action_rename_item(self) -> None:
        from briefing.ui.screens.dialogs import PromptScreen

        item = self.current_item()
        if item is None:
            self.notify("select a clause, issue, event or quote first")
            return
        label = await self.push_screen_wait(PromptScreen("Label", item.text))
        if label and label.strip() and label.strip() != item.text:
            self._change_curation(
                "label edited", lambda c: c.edit_label(item, " ".join(label.split()))
            )

    def action_delete_item(self) -> None:
        if self.pane_has_focus("notes"):
            entry = self.pane("notes").current_entry()
            found = [h for h in self.highlights_list if entry and h.id == entry.key]
            if found:
                self._remove_highlight(found[0])
            return
        item = self.current_item()
        if item is None:
            return
        self._change_curation(f"{item.kind.replace('_', ' ')} deleted", lambda c: c.delete(item))

    def action_move_item(self) -> None:
        item = self.current_item()
        if item is None or item.kind not in ("clause", "open_issue"):
            self.notify("only clauses and open issues can be moved")
            return
        target: ItemKind = "open_issue" if item.kind == "clause" else "clause"
        self._change_curation(
            f"moved to {target.replace('_', ' ')}s", lambda c: c.move(item, target)
        )

    @work
    async def action_check_item(self) -> None:
        from briefing.core.curation import ISSUE_STATES
        from briefing.ui.screens.dialogs import PromptScreen

        item = self.current_item()
        if item is None or item.kind != "open_issue":
            self.notify("tick open issues in the Open issues pane")
            return
        states = list(ISSUE_STATES)
        current = self.curation.check(item.id)
        state = states[(states.index(current.state) + 1) % len(states)]
        reason = ""
        if state != "open":
            answer = await self.push_screen_wait(
                PromptScreen(f"{ISSUE_STATES[state]}: a short reason (optional)", current.reason)
            )
            if answer is None:
                return
            reason = " ".join(answer.split())
        self._change_curation(
            f"issue marked {ISSUE_STATES[state].lower()}",
            lambda c: c.set_check(item, state, reason),
        )  # type: ignore[arg-type]

    @work
    async def action_add_item(self, kind: ItemKind) -> None:
        from briefing.core.analysis.model import Evidence
        from briefing.ui.screens.dialogs import PromptScreen

        if self._not_ready() or not self.doc.sentences:
            return
        span = self.article.selection
        if span is None:
            sent = self.doc.sentences[self.article.cursor]
            span = (sent.start, sent.end)
        else:
            self.article.cancel_selection()
        start, end = span
        quote = self.doc.text[start:end]
        evidence = [Evidence(start, end, quote)]
        short = " ".join(quote.split())
        default = short if len(short) <= 80 else short[:79] + "…"
        answer = await self.push_screen_wait(
            PromptScreen(_ADD_TITLES[kind], "" if kind == "quote" else default)
        )
        if answer is None or not answer.strip():
            return
        extra: dict[str, str | None] = {}
        text = " ".join(answer.split())
        if kind == "quote":
            extra["speaker"] = text
            text = short
        if kind == "event":
            date = await self.push_screen_wait(
                PromptScreen(
                    "Date of the event (YYYY-MM-DD, YYYY-MM or YYYY)",
                    "",
                    _validate_partial_date,
                    "YYYY-MM-DD",
                )
            )
            if date is None:
                return
            extra["date"] = date.strip() or None
        self._change_curation(
            f"{kind.replace('_', ' ')} added",
            lambda c: c.add(kind, text, evidence, **extra),  # type: ignore[arg-type]
        )

    @work
    async def action_reset_curation(self) -> None:
        from briefing.ui.screens.dialogs import ConfirmScreen

        if self.curation.is_empty():
            self.notify("this document has no edits to reset")
            return
        if await self.push_screen_wait(
            ConfirmScreen("Throw away your edits to the panes of this document?")
        ):
            self._change_curation("panes reset", lambda c: _clear(c))


def _clear(c: Curation) -> None:
    from briefing.core.curation import Curation

    fresh = Curation()
    for f in dataclasses.fields(Curation):
        setattr(c, f.name, getattr(fresh, f.name))


def _validate_partial_date(value: str) -> str | None:
    from briefing.ui.screens.dialogs import validate_date

    v = value.strip()
    if not v:
        return None
    if len(v) == 4 and v.isdigit():
        return None
    if len(v) == 7:
        return validate_date(v + "-01")
    return validate_date(v)
