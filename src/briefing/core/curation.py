"""The reader's corrections to the automatic analysis of one document.

A :class:`Curation` records what the user changed, by item id: edited labels, deleted
items, items moved between clauses and open issues, items the user added (with their
evidence), the open-issue checklist and an optional publication date. :func:`apply`
lays it over a fresh :class:`~briefing.core.analysis.model.Analysis`, so analysing again
never throws the user's work away. Automatic items the user edited are remembered whole;
if a later analysis no longer produces them they are kept as the user's own, found again
in the text by their evidence quote.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from briefing.core.analysis.model import Actor, Analysis, Evidence, Item, ItemKind
from briefing.core.anchors import locate

IssueState = Literal["open", "resolved", "still_open"]
#: Checklist states of an open issue and how the UI names them.
ISSUE_STATES: dict[str, str] = {
    "open": "Open",
    "resolved": "Resolved later",
    "still_open": "Still open",
}
KINDS: tuple[ItemKind, ...] = ("clause", "open_issue", "event", "quote")
MOVABLE: tuple[ItemKind, ...] = ("clause", "open_issue")
USER_PREFIX = "u-"


@dataclass(slots=True)
class IssueCheck:
    state: IssueState = "open"
    reason: str = ""


def _item_from_dict(data: dict[str, Any]) -> Item:
    kind = data["kind"]
    if kind not in KINDS:
        raise ValueError(f"unknown item kind {kind!r}")
    evidence = [Evidence(int(e["start"]), int(e["end"]), str(e["quote"])) for e in data["evidence"]]
    return Item(
        id=str(data["id"]),
        kind=kind,
        text=str(data["text"]),
        cue=str(data.get("cue", "")),
        evidence=evidence,
        date=data.get("date"),
        time=data.get("time"),
        role=data.get("role"),
        expression=data.get("expression"),
        speaker=data.get("speaker"),
    )


def _item_to_dict(item: Item) -> dict[str, Any]:
    return dataclasses.asdict(item)


def _clone(item: Item) -> Item:
    return copy.deepcopy(item)


@dataclass(slots=True)
class Curation:
    """User edits for one document. Empty means "the automatic result as is"."""

    labels: dict[str, str] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    moved: dict[str, ItemKind] = field(default_factory=dict)
    added: list[Item] = field(default_factory=list)
    checks: dict[str, IssueCheck] = field(default_factory=dict)
    published: str | None = None  # YYYY-MM-DD; the analysis should resolve dates against it
    originals: dict[str, Item] = field(default_factory=dict)

    # serialisation -----------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not (
            self.labels or self.deleted or self.moved or self.added or self.checks or self.published
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "labels": dict(self.labels),
            "deleted": list(self.deleted),
            "moved": dict(self.moved),
            "added": [_item_to_dict(i) for i in self.added],
            "checks": {k: {"state": c.state, "reason": c.reason} for k, c in self.checks.items()},
            "published": self.published,
            "originals": {k: _item_to_dict(i) for k, i in self.originals.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Curation:
        checks: dict[str, IssueCheck] = {}
        for key, value in dict(data.get("checks", {})).items():
            state = value.get("state", "open")
            if state in ISSUE_STATES:
                reason = str(value.get("reason", ""))
                checks[str(key)] = IssueCheck(cast(IssueState, state), reason)
        moved = {
            str(k): cast(ItemKind, v)
            for k, v in dict(data.get("moved", {})).items()
            if v in MOVABLE
        }
        published = data.get("published")
        return cls(
            labels={str(k): str(v) for k, v in dict(data.get("labels", {})).items()},
            deleted=[str(x) for x in data.get("deleted", [])],
            moved=moved,
            added=[_item_from_dict(i) for i in data.get("added", [])],
            checks=checks,
            published=str(published) if published else None,
            originals={
                str(k): _item_from_dict(v) for k, v in dict(data.get("originals", {})).items()
            },
        )

    def copy(self) -> Curation:
        """A deep copy (what an undo stack keeps)."""
        return Curation.from_dict(self.to_dict())

    # edits ------------------------------------------------------------------------------

    def _user_item(self, item_id: str) -> Item | None:
        for item in self.added:
            if item.id == item_id:
                return item
        return None

    def _remember(self, item: Item) -> None:
        if not item.id.startswith(USER_PREFIX) and item.id not in self.originals:
            self.originals[item.id] = _clone(item)

    def _forget_if_unused(self, item_id: str) -> None:
        tables = (self.labels, self.moved, self.checks)
        if all(item_id not in t for t in tables) and item_id not in self.deleted:
            self.originals.pop(item_id, None)

    def edit_label(self, item: Item, text: str) -> None:
        """Replace the item's label (its ``text``) with the user's wording."""
        own = self._user_item(item.id)
        if own is not None:
            own.text = text
            return
        self._remember(item)
        self.labels[item.id] = text

    def delete(self, item: Item) -> None:
        """Hide an automatic item, or drop an item the user added."""
        own = self._user_item(item.id)
        if own is not None:
            self.added.remove(own)
            self.checks.pop(item.id, None)
            return
        self._remember(item)  # to recognise it if a new analysis gives it another id
        if item.id not in self.deleted:
            self.deleted.append(item.id)
        for table in (self.labels, self.moved, self.checks):
            table.pop(item.id, None)

    def undelete(self, item_id: str) -> None:
        """Show a deleted automatic item again."""
        if item_id in self.deleted:
            self.deleted.remove(item_id)
            self._forget_if_unused(item_id)

    def move(self, item: Item, kind: ItemKind) -> None:
        """Move an item between clauses and open issues."""
        if kind not in MOVABLE or item.kind not in MOVABLE:
            raise ValueError("only clauses and open issues can be moved into each other")
        own = self._user_item(item.id)
        if own is not None:
            own.kind = kind
            return
        original = self.originals.get(item.id, item)
        if original.kind == kind:
            self.moved.pop(item.id, None)
            self._forget_if_unused(item.id)
            return
        self._remember(item)
        self.moved[item.id] = kind

    def add(
        self,
        kind: ItemKind,
        text: str,
        evidence: list[Evidence],
        *,
        date: str | None = None,
        time: str | None = None,
        role: str | None = None,
        expression: str | None = None,
        speaker: str | None = None,
    ) -> Item:
        """Add the user's own item citing ``evidence``; returns it (its id starts ``u-``)."""
        if kind not in KINDS:
            raise ValueError(f"unknown item kind {kind!r}")
        if kind == "event":
            _check_date(date, time)
        item = Item(
            id=USER_PREFIX + uuid.uuid4().hex[:10],
            kind=kind,
            text=text,
            cue="user",
            evidence=list(evidence),
            date=date if kind == "event" else None,
            time=time if kind == "event" else None,
            role=role if kind == "event" else None,
            expression=expression if kind == "event" else None,
            speaker=speaker if kind == "quote" else None,
        )
        self.added.append(item)
        return item

    def set_published(self, date: str | None) -> None:
        """Override the article's publication date (YYYY-MM-DD), or clear the override."""
        if date is not None:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                raise ValueError(f"not a date (YYYY-MM-DD): {date!r}") from None
            if len(date) != 10:
                raise ValueError(f"not a date (YYYY-MM-DD): {date!r}")
        self.published = date

    def set_check(self, item: Item, state: IssueState, reason: str = "") -> None:
        """Tick an open issue as resolved later / still open (``open`` clears it)."""
        if state not in ISSUE_STATES:
            raise ValueError(f"unknown checklist state {state!r}")
        if state == "open" and not reason:
            self.checks.pop(item.id, None)
            self._forget_if_unused(item.id)
            return
        self._remember(item)
        self.checks[item.id] = IssueCheck(state, reason)

    def check(self, item_id: str) -> IssueCheck:
        return self.checks.get(item_id, IssueCheck())


def _check_date(date: str | None, time: str | None) -> None:
    """Dates as the analysis writes them: YYYY, YYYY-MM or YYYY-MM-DD; times HH:MM."""
    if date is not None:
        parts = date.split("-")
        widths = [len(p) for p in parts]
        ok = widths in ([4], [4, 2], [4, 2, 2]) and all(p.isdigit() for p in parts)
        if ok:
            try:
                dt.date(
                    int(parts[0]),
                    int(parts[1]) if len(parts) > 1 else 1,
                    int(parts[2]) if len(parts) > 2 else 1,
                )
            except ValueError:
                ok = False
        if not ok:
            raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {date!r}")
    if time is not None:
        try:
            parsed = dt.time.fromisoformat(time)
        except ValueError:
            parsed = None
        if parsed is None or len(time) != 5:
            raise ValueError(f"not a time (HH:MM): {time!r}")
        if date is None:
            raise ValueError("a time needs a date")


# --- merging ------------------------------------------------------------------------------

_LIST_OF: dict[ItemKind, str] = {
    "clause": "clauses",
    "open_issue": "open_issues",
    "event": "timeline",
    "quote": "quotes",
}


def _first_start(item: Item) -> int:
    return item.evidence[0].start if item.evidence else 1 << 62


def _when(item: Item) -> tuple[int, str, str]:
    return (0, item.date, item.time or "") if item.date else (1, "", "")


def _relocated(item: Item, text: str | None) -> Item:
    """The item with its evidence found again in ``text`` (lost evidence is dropped)."""
    if text is None:
        return item
    kept: list[Evidence] = []
    for ev in item.evidence:
        if text[ev.start : ev.end] == ev.quote:
            kept.append(ev)
            continue
        span = locate(ev.quote, text, ev.start)
        if span is not None:
            kept.append(Evidence(span[0], span[1], text[span[0] : span[1]]))
    item.evidence = kept
    return item


def apply(analysis: Analysis, curation: Curation, text: str | None = None) -> Analysis:
    """The automatic ``analysis`` with ``curation`` laid over it (inputs are not changed).

    ``text`` is the document's current text: when given, evidence of items the user added
    (or kept from an earlier analysis) is found again in it by quote.
    """
    deleted = set(curation.deleted)
    lists: dict[str, list[Item]] = {name: [] for name in _LIST_OF.values()}

    def place(item: Item) -> None:
        if item.id in curation.labels:
            item.text = curation.labels[item.id]
        if item.id in curation.moved and item.kind in MOVABLE:
            item.kind = curation.moved[item.id]
        lists[_LIST_OF[item.kind]].append(item)

    automatic = analysis.items()
    alias = _aliases(automatic, curation)
    for item in automatic:
        copy_ = _clone(item)
        copy_.id = alias.get(item.id, item.id)
        if copy_.id not in deleted:
            place(copy_)
    present = {item.id for item in automatic} | set(alias.values())
    extra: list[Item] = []
    for item_id, original in curation.originals.items():
        if item_id not in present and item_id not in deleted:
            extra.append(_relocated(_clone(original), text))
    extra.extend(_relocated(_clone(item), text) for item in curation.added)

    for item in extra:
        place(item)
    for name in ("clauses", "open_issues", "quotes"):
        lists[name].sort(key=_first_start)
    lists["timeline"] = _merge_timeline(lists["timeline"], {i.id for i in extra})
    return Analysis(
        clauses=lists["clauses"],
        open_issues=lists["open_issues"],
        timeline=lists["timeline"],
        quotes=lists["quotes"],
        actors=[copy.deepcopy(a) for a in analysis.actors if isinstance(a, Actor)],
        notes=list(analysis.notes),
    )


def _signature(item: Item) -> tuple[str, tuple[str, ...]]:
    return item.kind, tuple(ev.quote for ev in item.evidence)


def _aliases(automatic: list[Item], curation: Curation) -> dict[str, str]:
    """New automatic ids that are an edited item under another id (same kind and quotes).

    Item ids depend on offsets, so an edit above an item renames it; its edits follow it.
    """
    present = {item.id for item in automatic}
    lost = {k: v for k, v in curation.originals.items() if k not in present}
    if not lost:
        return {}
    free: dict[tuple[str, tuple[str, ...]], list[Item]] = {}
    for item in automatic:
        if item.id not in curation.originals:
            free.setdefault(_signature(item), []).append(item)
    alias: dict[str, str] = {}
    for old_id, original in lost.items():
        candidates = free.get(_signature(original))
        if candidates:
            alias[candidates.pop(0).id] = old_id
    return alias


def _merge_timeline(events: list[Item], inserted: set[str]) -> list[Item]:
    """Keep the analyser's order and slot the user's events in by date."""
    base = [e for e in events if e.id not in inserted]
    for event in (e for e in events if e.id in inserted):
        key = _when(event)
        at = next((i for i, e in enumerate(base) if _when(e) > key), len(base))
        base.insert(at, event)
    return base


def reset() -> Curation:
    """The empty curation: the document shows the automatic result again."""
    return Curation()
