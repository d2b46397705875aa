"""Cues added after the third blind set (ge-*, gf-*): doubts and absences any report uses."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.core.analysis.clauses import extract_clauses, extract_open_issues
from briefing.core.analysis.model import Item
from briefing.core.document import document_from_text


def issues(text: str) -> list[Item]:
    return extract_open_issues(document_from_text(text))


def clauses(text: str) -> list[Item]:
    return extract_clauses(document_from_text(text))


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The mediator said the most difficult stage was still to come.", "uncertainty"),
        (
            "Clearing mines from a whole valley within weeks has never been attempted.",
            "uncertainty",
        ),
        ("The truce did not authorise the monitors to carry weapons.", "absence"),
        ("The envoy hopes to sign by spring, though the rebels have given no date.", "absence"),
        ("The accord leaves the border questions to a separate commission.", "absence"),
        ("The senate must still ratify the customs protocol.", "pending"),
        ("Talks on the pipeline have repeatedly stalled over transit fees.", "sticking point"),
        (
            "'There are serious practical challenges we must now overcome,' she said.",
            "sticking point",
        ),
        ("There is also unease among farmers about the water quotas.", "doubt"),
        ("The opposition leader, who held out for weeks, was clearly unhappy.", "doubt"),
        ("The main opposition party called it a bad agreement for the fishermen.", "doubt"),
        ("Hardliners in both capitals have vowed to challenge the accord in court.", "doubt"),
    ],
)
def test_new_issue_cues(sentence: str, category: str) -> None:
    found = issues(sentence)
    assert len(found) == 1, sentence
    assert found[0].cue.split(":", 1)[0] == category


@pytest.mark.parametrize(
    "sentence",
    [
        # a title before a name, not a doubt about the deal
        "The freed men included opposition critic Ivan Petrov and two journalists.",
        # denying a charge is background to a swap
        "She and her newspaper always rejected the charges against her.",
        # lifting a veto is a term of the deal
        "Ruritania will lift its veto on the membership talks.",
        # an idiom of relief, not doubt
        "I honestly did not think this day would ever come.",
    ],
)
def test_not_an_issue(sentence: str) -> None:
    assert issues(sentence) == []


def test_challenged_promise_is_not_a_clause() -> None:
    text = "Nationalists on both sides have promised to challenge the deal in the courts."
    assert clauses(text) == []
    assert len(issues(text)) == 1


# --- evidence narrowed to the clause that carries the issue -------------------------------


def test_concession_holds_the_issue() -> None:
    text = (
        "The premier hopes the pact can be signed before the summer, "
        "though the rebels have given no date."
    )
    found = issues(text)
    assert len(found) == 1
    assert found[0].evidence[0].quote == "though the rebels have given no date."


def test_relative_clause_after_the_cue_is_left_out() -> None:
    text = (
        "The accord also leaves unresolved the status of the northern dam and its reservoir, "
        "which both sides agreed to refer to a joint commission within a year."
    )
    found = issues(text)
    assert len(found) == 1
    quote = found[0].evidence[0].quote
    assert quote.startswith("The accord also leaves unresolved the status of the northern dam")
    assert "commission" not in quote


def test_short_tail_keeps_the_sentence() -> None:
    # cutting here would drop more than half the sentence: the whole sentence stays
    text = "Critics say it is vague, which worries the farmers who depend on the river for water."
    found = issues(text)
    assert len(found) == 1
    assert found[0].evidence[0].quote == text


def test_ongoing_dispute_over_a_dated_event_is_open() -> None:
    text = (
        "The two governments signed the truce on Sunday.\n\n"
        "They still disagree over who ordered the March 3 raid on the dam."
    )
    d = document_from_text(text)
    d.meta.published = dt.date(2025, 6, 2)  # the raid lies three months back
    found = extract_open_issues(d)
    assert [item.cue.split(":", 1)[0] for item in found] == ["sticking point"]


def test_let_off_the_hook_is_a_doubt() -> None:
    found = issues("Opposition groups said the accord let the junta off the hook.")
    assert len(found) == 1
    assert found[0].cue.split(":", 1)[0] == "doubt"


@pytest.mark.parametrize(
    "sentence",
    [
        "Any violations, the envoy said, would be referred to the joint commission.",
        "The minister dismissed such criticism as electioneering.",
        "By spring the rebels had been pushed back to the outskirts of the city.",
    ],
)
def test_hypotheses_rebuttals_and_battlefield_moves_are_not_issues(sentence: str) -> None:
    assert issues(sentence) == []


def test_threat_to_answer_any_violation_stays_an_issue() -> None:
    found = issues("The militia's spokesman said it would respond to any violation.")
    assert [item.cue.split(":", 1)[0] for item in found] == ["violation"]


def test_a_vote_pushed_back_is_still_a_deferral() -> None:
    found = issues("The referendum on the accord was pushed back to the autumn.")
    assert [item.cue.split(":", 1)[0] for item in found] == ["deferral"]


# --- clauses -------------------------------------------------------------------------------


def test_release_done_under_a_named_exchange_is_a_term() -> None:
    text = (
        "Ruritania freed two aid workers and a retired teacher on Monday "
        "in a three-way exchange brokered by Oman, officials said."
    )
    found = clauses(text)
    assert len(found) == 1
    assert found[0].cue.startswith("agreed term carried out")


def test_release_without_a_deal_is_not_a_term() -> None:
    assert clauses("Police freed two hostages from a farmhouse in a dawn raid on Monday.") == []


def test_questions_handed_to_another_forum_are_not_a_term() -> None:
    text = "The truce leaves the political questions to a separate conference due in May."
    assert clauses(text) == []
    assert [item.cue.split(":", 1)[0] for item in issues(text)] == ["absence"]
