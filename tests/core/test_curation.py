"""Curation: the reader's corrections laid over the automatic analysis."""

from __future__ import annotations

import json

import pytest

from briefing.core.analysis.model import Actor, Analysis, Item, evidence, make_id
from briefing.core.curation import Curation, apply, reset

TEXT = (
    "The two sides agreed to a ceasefire from midnight on Friday. "
    "Joint patrols will begin on 15 March along the M4 highway. "
    "It was not clear who would monitor the truce. "
    "Erdogan said: 'We reserve the right to respond.' "
    "The status of the observation posts remains unresolved."
)


def ev(fragment: str, text: str = TEXT) -> list:  # type: ignore[type-arg]
    start = text.index(fragment)
    return [evidence(text, start, start + len(fragment))]


def item(kind: str, fragment: str, text: str = TEXT, **kw: object) -> Item:
    span = ev(fragment, text)
    return Item(
        id=make_id(kind, span[0].quote, span[0].start),
        kind=kind,  # type: ignore[arg-type]
        text=fragment,
        cue="auto",
        evidence=span,
        **kw,  # type: ignore[arg-type]
    )


def analysis(text: str = TEXT) -> Analysis:
    return Analysis(
        clauses=[
            item("clause", "a ceasefire from midnight on Friday", text),
            item("clause", "Joint patrols will begin on 15 March", text),
        ],
        open_issues=[item("open_issue", "It was not clear who would monitor the truce.", text)],
        timeline=[
            item("event", "midnight on Friday", text, date="2020-03-06", role="start"),
            item("event", "15 March", text, date="2020-03-15", role="start"),
        ],
        quotes=[item("quote", "'We reserve the right to respond.'", text, speaker="Erdogan")],
        actors=[Actor("Erdogan", "person", 1)],
        notes=["no publication date"],
    )


def texts(items: list[Item]) -> list[str]:
    return [i.text for i in items]


def test_empty_curation_gives_the_automatic_result() -> None:
    auto = analysis()
    assert apply(auto, Curation()) == auto
    assert reset().is_empty()


def test_edit_label_and_the_analysis_itself_is_untouched() -> None:
    auto = analysis()
    cur = Curation()
    cur.edit_label(auto.clauses[0], "Ceasefire from 00:01 on 6 March")
    out = apply(auto, cur)
    assert texts(out.clauses)[0] == "Ceasefire from 00:01 on 6 March"
    assert auto.clauses[0].text == "a ceasefire from midnight on Friday"
    assert out.clauses[0].evidence == auto.clauses[0].evidence


def test_delete_and_undo_with_a_copy() -> None:
    auto = analysis()
    cur = Curation()
    before = cur.copy()
    cur.delete(auto.quotes[0])
    assert apply(auto, cur).quotes == []
    cur = before  # undo
    assert len(apply(auto, cur).quotes) == 1


def test_move_between_clauses_and_open_issues() -> None:
    auto = analysis()
    cur = Curation()
    patrols = auto.clauses[1]
    cur.move(patrols, "open_issue")
    out = apply(auto, cur)
    assert texts(out.clauses) == ["a ceasefire from midnight on Friday"]
    assert texts(out.open_issues) == [
        "Joint patrols will begin on 15 March",
        "It was not clear who would monitor the truce.",
    ]  # in document order
    assert out.open_issues[0].kind == "open_issue"
    cur.move(patrols, "clause")  # moving back clears the edit
    assert cur.is_empty()
    with pytest.raises(ValueError, match="only clauses and open issues"):
        cur.move(auto.quotes[0], "clause")


def test_user_items_of_every_kind() -> None:
    auto = analysis()
    cur = Curation()
    posts = cur.add("open_issue", "Observation posts", ev("observation posts remains unresolved"))
    cur.add("clause", "Corridor along the M4", ev("along the M4 highway"))
    cur.add("event", "Talks resume", ev("15 March"), date="2020-03-10", role="deadline")
    cur.add("quote", "Right to respond", ev("We reserve the right"), speaker="Erdogan")
    out = apply(auto, cur)
    assert texts(out.clauses) == [
        "a ceasefire from midnight on Friday",
        "Joint patrols will begin on 15 March",
        "Corridor along the M4",
    ]
    assert texts(out.open_issues)[-1] == "Observation posts" and posts.id.startswith("u-")
    assert [e.date for e in out.timeline] == ["2020-03-06", "2020-03-10", "2020-03-15"]
    assert out.quotes[-1].speaker == "Erdogan" and out.quotes[-1].date is None
    cur.edit_label(posts, "Turkish observation posts")
    assert texts(apply(auto, cur).open_issues)[-1] == "Turkish observation posts"
    cur.delete(posts)
    assert "Turkish observation posts" not in texts(apply(auto, cur).open_issues)


def test_open_issue_checklist() -> None:
    auto = analysis()
    issue = auto.open_issues[0]
    cur = Curation()
    assert cur.check(issue.id).state == "open"
    cur.set_check(issue, "resolved", "Russian military police will monitor (7 March)")
    saved = Curation.from_dict(json.loads(json.dumps(cur.to_dict())))
    assert saved.check(issue.id).state == "resolved"
    assert saved.check(issue.id).reason.startswith("Russian military police")
    cur.set_check(issue, "still_open", "no monitor named")
    assert cur.check(issue.id).state == "still_open"
    cur.set_check(issue, "open")
    assert cur.is_empty()
    with pytest.raises(ValueError):
        cur.set_check(issue, "maybe")  # type: ignore[arg-type]


def test_serialisation_round_trip() -> None:
    auto = analysis()
    cur = Curation(published="2020-03-05")
    cur.edit_label(auto.clauses[0], "Ceasefire")
    cur.delete(auto.quotes[0])
    cur.move(auto.clauses[1], "open_issue")
    cur.add("event", "Talks resume", ev("15 March"), date="2020-03-10")
    cur.set_check(auto.open_issues[0], "still_open", "no monitor")
    again = Curation.from_dict(json.loads(json.dumps(cur.to_dict())))
    assert again == cur
    assert apply(auto, again) == apply(auto, cur)
    copied = cur.copy()
    copied.labels.clear()
    assert cur.labels


def test_reanalysis_keeps_edits_and_items_whose_id_vanished() -> None:
    cur = Curation()
    old = analysis()
    cur.edit_label(old.open_issues[0], "Who monitors the truce?")
    cur.set_check(old.open_issues[0], "still_open", "unnamed")
    cur.delete(old.quotes[0])
    cur.edit_label(old.clauses[0], "Ceasefire at midnight")
    # The article gains a first line, so every automatic id (made from offsets) changes,
    # and the new analysis no longer finds the open issue at all.
    new_text = "UPDATED with Turkish reaction. " + TEXT
    fresh = analysis(new_text)
    assert not {i.id for i in fresh.items()} & {i.id for i in old.items()}
    fresh.open_issues = []
    out = apply(fresh, cur, new_text)

    # The edited clause is the same clause under a new id: edited once, not duplicated.
    assert texts(out.clauses) == ["Ceasefire at midnight", "Joint patrols will begin on 15 March"]
    span = out.clauses[0].evidence[0]
    assert new_text[span.start : span.end] == "a ceasefire from midnight on Friday"
    # The vanished open issue is kept as the user's, found again by its quote.
    kept = out.open_issues
    assert texts(kept) == ["Who monitors the truce?"]
    quote = kept[0].evidence[0]
    assert new_text[quote.start : quote.end] == "It was not clear who would monitor the truce."
    assert cur.check(kept[0].id).state == "still_open"
    # The deleted quote stays deleted under its new id.
    assert out.quotes == []
    # Undoing the delete shows it again.
    cur.undelete(old.quotes[0].id)
    assert len(apply(fresh, cur, new_text).quotes) == 1


def test_unedited_items_that_vanish_are_not_kept() -> None:
    cur = Curation()
    cur.edit_label(analysis().clauses[0], "Ceasefire")
    fresh = analysis()
    fresh.clauses = fresh.clauses[:1]
    assert texts(apply(fresh, cur).clauses) == ["Ceasefire"]


def test_user_item_evidence_follows_the_edited_text() -> None:
    cur = Curation()
    cur.add("clause", "Patrols", ev("Joint patrols will begin"))
    new_text = TEXT.replace("The two sides", "After talks in Moscow, the two sides")
    out = apply(analysis(new_text), cur, new_text)
    (patrols,) = [c for c in out.clauses if c.text == "Patrols"]
    span = patrols.evidence[0]
    assert new_text[span.start : span.end] == "Joint patrols will begin"
    gone = apply(analysis(new_text), cur, "Nothing of the kind.")
    (lost,) = [c for c in gone.clauses if c.text == "Patrols"]
    assert lost.evidence == []  # shown, but no longer pointing at a wrong sentence


def test_actors_and_notes_pass_through() -> None:
    auto = analysis()
    out = apply(auto, Curation(published="2020-03-05"))
    assert out.actors == auto.actors and out.actors[0] is not auto.actors[0]
    assert out.notes == auto.notes


@pytest.mark.parametrize(
    ("date", "time"),
    [
        ("2020-13-01", None),
        ("5 March", None),
        ("2020-02-30", None),
        ("2020-03-05", "25:00"),
        (None, "10:00"),
        ("2020-3-5", None),
    ],
)
def test_user_events_need_a_real_date(date: str | None, time: str | None) -> None:
    with pytest.raises(ValueError):
        Curation().add("event", "Talks", ev("15 March"), date=date, time=time)


def test_user_events_with_partial_dates_and_times() -> None:
    cur = Curation()
    for date, time in (("2020", None), ("2020-03", None), ("2020-03-06", "00:01")):
        assert cur.add("event", "x", ev("15 March"), date=date, time=time).date == date


def test_published_override() -> None:
    cur = Curation()
    cur.set_published("2020-03-05")
    assert cur.published == "2020-03-05" and not cur.is_empty()
    with pytest.raises(ValueError):
        cur.set_published("2020-03")
    cur.set_published(None)
    assert cur.is_empty()
