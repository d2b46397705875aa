"""Cues added after the second blind set: wording that news reports of any agreement use."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.analysis.clauses import extract_clauses, extract_open_issues
from briefing.core.analysis.model import Item
from briefing.core.document import Document, document_from_text, load_document


def doc(text: str) -> Document:
    return document_from_text(text)


def quotes(items: list[Item]) -> list[str]:
    return [item.evidence[0].quote for item in items]


def holding(items: list[Item], fragment: str) -> Item | None:
    for item in items:
        if any(fragment in ev.quote for ev in item.evidence):
            return item
    return None


# --- open issues -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The harder questions about the port were set aside.", "deferral"),
        ("The most divisive points were left for later.", "deferral"),
        ("Negotiators will meet again next month to discuss the remaining issues.", "deferral"),
        ("The thorniest matter, the fate of the militia, is not in the text.", "sticking point"),
        ("The two governments have not reached agreement on the water quotas.", "sticking point"),
        ("Yet the accord leaves the question of refugees unanswered.", "absence"),
        ("Officials gave no details of how the prisoners would be chosen.", "absence"),
        ("The new commission has no power to enforce its rulings.", "absence"),
        ("Lawyers said the wording of the annex was vague.", "doubt"),
        ("Experts question whether the inspectors will get access to the sites.", "doubt"),
        ("Farmers objected to the quotas written into the pact.", "doubt"),
        ("The opposition party said it would not recognise the agreement.", "doubt"),
        ("The clause on elections was watered down at the last minute.", "doubt"),
    ],
)
def test_each_round2_open_issue_cue_yields_an_issue(sentence: str, category: str) -> None:
    items = extract_open_issues(doc(sentence))
    assert len(items) == 1, quotes(items)
    assert items[0].cue.startswith(category), items[0].cue


@pytest.mark.parametrize(
    "sentence",
    [
        # A violation reported, monitored or dating something is not one that happened.
        "A joint committee will receive reports of violations along the line.",
        "Troops are to return to the positions they held before fighting broke out in May.",
        # A general rule stated in a quote is not a gap in this agreement.
        "“Any plan that does not tackle the causes of the war will fail,” the envoy said.",
        # Not objecting is a term given, not an objection.
        "Under the plan, Belgrade will not object to the new members joining.",
        # Money set aside for a purpose is a term, not a question deferred.
        "Two billion dollars were set aside for rebuilding the border towns.",
    ],
)
def test_round2_look_alikes_are_not_open_issues(sentence: str) -> None:
    assert extract_open_issues(doc(sentence)) == []


def test_a_clause_before_a_dash_aside_is_a_term_and_the_aside_an_issue() -> None:
    text = (
        "Under the plan, monitors will be allowed to take extra security steps – a phrase "
        "that the opposition fears will be used to keep soldiers in the villages."
    )
    d = doc(text)
    clause = holding(extract_clauses(d), "monitors will be allowed")
    assert clause is not None
    assert "fears" not in clause.evidence[0].quote
    issues = extract_open_issues(d)
    assert len(issues) == 1
    assert "a phrase that the opposition fears" in issues[0].evidence[0].quote


def test_a_doubt_in_a_new_clause_after_but_is_cited_alone() -> None:
    text = (
        "The interior minister said the ministry would coordinate the returns, but he gave "
        "no details of how families would be screened."
    )
    issues = extract_open_issues(doc(text))
    assert len(issues) == 1
    assert "but he gave no details" in issues[0].evidence[0].quote


def test_a_doubt_sharing_the_subject_keeps_the_whole_sentence() -> None:
    text = "Villagers welcomed the truce but doubted it would last."
    issues = extract_open_issues(doc(text))
    assert quotes(issues) == [text]


# --- clauses -----------------------------------------------------------------------------


def test_a_truce_taking_effect_under_a_proposal_is_a_clause() -> None:
    text = "Under the Qatari proposal, the truce took effect at 6 p.m. local time."
    items = extract_clauses(doc(text))
    assert quotes(items) == [text]
    assert items[0].cue.startswith("under the agreement: under the qatari proposal")


def test_a_truce_named_after_the_verb_is_not_the_subject() -> None:
    text = "The shelling began at dawn, hours before the truce talks opened."
    assert extract_clauses(doc(text)) == []


def test_a_truce_named_only_as_a_time_is_not_a_clause() -> None:
    text = "Crowds filled the squares after the truce began, waving flags."
    assert extract_clauses(doc(text)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "“This is a truce that lets the militia regroup,” a senator wrote.",
        "“This accord opens a new chapter for our peoples,” the president said.",
    ],
)
def test_characterising_the_deal_is_not_a_term(sentence: str) -> None:
    assert extract_clauses(doc(sentence)) == []


def test_appointments_after_a_term_are_terms() -> None:
    text = (
        "Under the deal, a joint council of nine members will run the country. "
        "The civilian bloc will nominate a prime minister, who will appoint the cabinet."
    )
    items = extract_clauses(doc(text))
    assert holding(items, "The civilian bloc will nominate a prime minister") is not None


def test_must_in_a_paragraph_opened_by_under_the_plan_is_a_term() -> None:
    text = (
        "Under the plan, both sides pledged to stop shooting. Rebel units must return to "
        "their barracks."
    )
    items = extract_clauses(doc(text))
    assert holding(items, "Rebel units must return to their barracks") is not None


def test_a_long_subject_after_and_starts_its_own_term() -> None:
    text = (
        "Under the accord, the navy will lift its blockade of the harbour, and the fishing "
        "area off the northern coast will be widened to nine miles."
    )
    items = extract_clauses(doc(text))
    assert len(items) == 2, quotes(items)
    assert items[1].evidence[0].quote.startswith("the fishing area")


def test_an_after_which_clause_stays_with_its_term() -> None:
    text = (
        "Under the deal, a general will chair the council for the first year, after which "
        "a civilian will take over for two years."
    )
    items = extract_clauses(doc(text))
    assert quotes(items) == [text]


# --- an article of our own with the round-2 cues and their look-alikes --------------------

ARTICLE = Path(__file__).resolve().parent.parent / "articles" / "clauses-round2-river-truce.txt"
ARTICLE_CLAUSES = [
    "agreed Sunday to an indefinite truce",
    "Under the mediators' proposal, the truce took effect at noon",
    "The northern militia will pull its fighters back to the ring road",
    "the checkpoints along the eastern bank of the river will be handed",
    "Both groups must hand in their heavy weapons",
    "after which an elected board will take over",
    "A monitoring team will receive reports of violations",
]
ARTICLE_ISSUES = [
    "The harder questions were set aside.",
    "Who owns the customs revenue is not settled",
    "a task that aid groups fear it cannot carry out",
    "but he gave no details of where the money would come from",
]


def test_own_round2_article() -> None:
    d = load_document(ARTICLE)
    clauses = extract_clauses(d)
    issues = extract_open_issues(d)
    for fragment in ARTICLE_CLAUSES:
        assert holding(clauses, fragment) is not None, f"clause missing: {fragment}"
    for fragment in ARTICLE_ISSUES:
        assert holding(issues, fragment) is not None, f"open issue missing: {fragment}"
    # The rest is opinion, a time anchor or history: no more items than annotated.
    assert len(clauses) == len(ARTICLE_CLAUSES), quotes(clauses)
    assert len(issues) == len(ARTICLE_ISSUES), quotes(issues)
