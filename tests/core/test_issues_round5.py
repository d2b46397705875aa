"""Round 5 open-issue cues: deferred talks, guarded tone, who pays, unverified claims,
missing safeguards, earlier deals of the kind that failed; and doubts that are not doubts.

Every sentence here is written for the test; none comes from an evaluation article.
"""

from __future__ import annotations

import pytest

from briefing.core.analysis import clauses as c
from briefing.core.analysis.clauses import extract_clauses, extract_open_issues
from briefing.core.analysis.model import Item
from briefing.core.document import Document, document_from_text


def doc(text: str) -> Document:
    return document_from_text(text)


def quotes(items: list[Item]) -> list[str]:
    return [item.evidence[0].quote for item in items]


LEAD = "The two governments signed a fisheries truce on Monday in Dakar. "

ISSUES = [
    ("Negotiations on the quota for the disputed banks will resume next month.", "deferral"),
    ("Talks about compensation for seized boats are expected to begin in March.", "deferral"),
    ("The status of the northern lagoon will be decided by a joint panel in June.", "deferral"),
    ("The coastguard commander struck a more guarded note.", "doubt"),
    ("Observers asked who would pay for the patrol vessels the truce foresees.", "uncertainty"),
    ("Claims by both navies could not be independently verified.", "uncertainty"),
    ("Neither ministry's figures could be independently confirmed.", "uncertainty"),
    ("The ministry gave no indication that the truce would be extended.", "uncertainty"),
    ("It is not clear that the senate will back the quota rules.", "uncertainty"),
    ("The annex on catch limits has not been published.", "absence"),
    ("Fishing unions say they were not consulted before the signing.", "absence"),
    ("There will be no independent observers at the ports.", "absence"),
    ("The quota rules will require amendments to the maritime code.", "pending"),
    ("The quarrel could make it hard for the ministry to issue new permits.", "doubt"),
    ("Previous truces between the fleets collapsed within weeks.", "track record"),
    # other wordings of the same kinds
    ("Negotiations will continue on the licence fees later this year.", "deferral"),
    ("The navy chief sounded a note of caution on Tuesday about the patrols.", "doubt"),
    ("Diplomats wondered how the patrols would be paid for under the truce.", "uncertainty"),
    ("Reporters were unable to verify the casualty figures given by either side.", "uncertainty"),
    ("The annex on quotas remains secret, officials in both capitals said.", "absence"),
    ("No neutral observers will board the trawlers, the ministry said.", "absence"),
    ("The truce needs parliamentary approval in both countries.", "pending"),
]


@pytest.mark.parametrize(("sentence", "category"), ISSUES)
def test_each_new_cue_makes_an_open_issue(sentence: str, category: str) -> None:
    items = extract_open_issues(doc(LEAD + sentence))
    assert quotes(items) == [sentence]
    assert items[0].cue.startswith(category + ":")


NOT_ISSUES = [
    # a doubt denied, or left behind
    "“Nobody should doubt our resolve,” the admiral said.",
    "“We arrived with doubts, and we go home with hope,” the envoy told reporters.",
    "No one can doubt the commitment of both fleets.",
    "The minister said the signing had dispelled any doubts about the truce.",
    "“We had our doubts, but now we are confident,” a trawler captain said.",
    # a test framed, not a doubt about the deal
    "The first week of the truce is a test of whether the fleets can share the banks.",
    # a violation as the object of a term
    "A joint board will rule on disputed violations of the truce.",
    # one earlier truce, dated: history
    "A previous truce signed in 2009 collapsed within a year.",
]


@pytest.mark.parametrize("sentence", NOT_ISSUES)
def test_upbeat_or_framing_sentences_are_not_issues(sentence: str) -> None:
    text = "The two governments signed a fisheries truce on Monday in Dakar in 2024. " + sentence
    assert quotes(extract_open_issues(doc(text))) == []


def test_doubt_is_still_a_doubt_when_it_stays() -> None:
    sentence = "Fishermen doubt that the navies will respect the truce."
    assert quotes(extract_open_issues(doc(LEAD + sentence))) == [sentence]


def test_a_deferral_of_talks_is_also_a_term() -> None:
    sentence = "Talks on the quota for the disputed banks will resume next month."
    text = LEAD + sentence
    assert sentence in quotes(extract_open_issues(doc(text)))
    assert any(sentence in q for q in quotes(extract_clauses(doc(text))))


def test_talks_in_the_past_are_not_deferred() -> None:
    sentence = "Talks on the quota began in March and ended on Sunday."
    assert quotes(extract_open_issues(doc(LEAD + sentence))) == []


def test_round5_gates_never_hide_a_match() -> None:
    """Each new pattern only runs when the sentence has its gate words: every match in
    the sentences above must pass its own gates."""
    checked = 0
    for sentence, _ in ISSUES:
        low = c._lower(sentence)
        for (_, pattern, _), gates in zip(c._ISSUE_CUES, c._ISSUE_GATES, strict=True):
            for m in pattern.finditer(low):
                words = c._words_of(m.group())
                assert all(not g.isdisjoint(words) for g in gates), (pattern.pattern, m.group())
                checked += 1
    assert checked >= len(ISSUES)


def test_a_longer_lead_in_naming_only_critics_gives_way_to_its_point() -> None:
    lead_in = "But the truce has many critics along the coast."
    point = "Trawler owners accused the ministry of trading away the richest banks."
    items = extract_open_issues(doc(LEAD + lead_in + " " + point))
    assert quotes(items) == [point]


def test_a_short_doubt_with_a_claim_of_its_own_stays() -> None:
    claim = "Sceptics warn the new truce could go the same way."
    point = "Trawler owners accused the ministry of trading away the richest banks."
    items = extract_open_issues(doc(LEAD + claim + " " + point))
    assert quotes(items) == [claim, point]


@pytest.mark.parametrize(
    "sentence",
    [
        "The signing did little to ease fears among the trawler crews.",
        "The minister's speech failed to dispel doubts about the patrols.",
    ],
)
def test_a_doubt_not_removed_is_still_a_doubt(sentence: str) -> None:
    assert quotes(extract_open_issues(doc(LEAD + sentence))) == [sentence]
