"""Cues added so that clauses and open issues hold on agreements nobody tuned for.

Every sentence here is written for the test; none comes from an evaluation article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.core.analysis.clauses import extract_clauses, extract_open_issues
from briefing.core.analysis.model import Item
from briefing.core.document import Document, document_from_text, load_document

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


def doc(text: str, published: dt.date | None = None) -> Document:
    d = document_from_text(text)
    d.meta.published = published
    return d


def quotes(items: list[Item]) -> list[str]:
    return [item.evidence[0].quote for item in items]


def holding(items: list[Item], fragment: str) -> Item | None:
    return next((it for it in items if fragment in it.evidence[0].quote), None)


# --- lists of terms --------------------------------------------------------------------


def test_items_of_a_list_after_an_announcing_line_are_clauses() -> None:
    text = (
        "Talks ended on Friday with a deal.\n\n"
        "The two parties committed to:\n\n"
        "- reopen the main crossing for goods;\n"
        "- free all detained journalists;\n"
        "- refrain from hostile broadcasts.\n\n"
        "The talks were held behind closed doors."
    )
    clauses = extract_clauses(doc(text))
    for term in ("reopen the main crossing", "free all detained", "refrain from hostile"):
        item = holding(clauses, term)
        assert item is not None, term
        assert item.cue == "term listed after: committed"
        # One item per bullet, without the bullet itself.
        assert not item.evidence[0].quote.startswith("-")
        assert item.evidence[0].quote.count(";") <= 1
    assert holding(clauses, "behind closed doors") is None


def test_bullets_run_into_one_paragraph_are_one_clause_each() -> None:
    text = (
        "The main terms of the accord:\n"
        "• Ships may call at both ports.\n"
        "• Each side names two inspectors.\n"
        "• Tariffs on fish fall to zero."
    )
    got = quotes(extract_clauses(doc(text)))
    assert got == [
        "Ships may call at both ports.",
        "Each side names two inspectors.",
        "Tariffs on fish fall to zero.",
    ]


def test_a_list_without_an_announcing_line_gives_no_terms() -> None:
    text = "Read more:\n\n• Floods hit the north\n\n• Markets fall on Monday"
    assert extract_clauses(doc(text)) == []


# --- clause cues -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The arrangement runs for 90 days and can be renewed.", "runs for"),
        ("The accord lasts two years.", "lasts"),
        ("The truce would be extended by a day for every ten captives freed.", "would be extended"),
        ("A joint commission is expected to convene within a week.", "expected to convene"),
        (
            "The armies said on Monday they had agreed to observe the truce strictly.",
            "agreed to",
        ),
        ("The envoy promised to help lift obstacles to fertiliser exports.", "promised to"),
    ],
)
def test_each_new_clause_cue_yields_a_clause(sentence: str, cue: str) -> None:
    items = extract_clauses(doc(sentence))
    assert len(items) == 1, items
    assert cue in items[0].cue
    assert extract_open_issues(doc(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The national army is to take control of the airports.", "take control"),
        ("Pilots will guide the ships through the mined channel.", "guide"),
    ],
)
def test_an_action_after_a_clause_continues_it(sentence: str, cue: str) -> None:
    lead = "The agreement commits both sides to stop hostile propaganda."
    items = extract_clauses(doc(f"{lead} {sentence}"))
    assert quotes(items) == [lead, sentence]
    assert cue in items[1].cue
    # Alone, with no agreement in view, the same words are not a term.
    assert extract_clauses(doc(sentence)) == []


def test_a_second_commitment_after_and_is_its_own_clause() -> None:
    text = (
        "The commanders agreed to review the line monthly, and reiterated that the hotline "
        "would be used to settle any incident."
    )
    got = quotes(extract_clauses(doc(text)))
    assert len(got) == 2
    assert got[1].startswith("reiterated that the hotline")


def test_a_relative_clause_is_not_cut_off_as_a_term() -> None:
    text = "The rebels pledged to gather in five camps, where observers will count them."
    assert quotes(extract_clauses(doc(text))) == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        # a vow to fight is not a commitment of the deal
        "Both commanders have vowed to defeat the other.",
        # an earlier agreement, however it is told
        "The two countries first agreed a truce along the border in 2003.",
        "Previous ceasefires announced since June collapsed within days.",
    ],
)
def test_hostile_vows_and_earlier_agreements_are_not_clauses(sentence: str) -> None:
    assert extract_clauses(doc(sentence, dt.date(2021, 2, 25))) == []


# --- open-issue cues -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Mediators said the sides had not discussed a political settlement.", "absence"),
        ("Elections were not on the agenda at the talks.", "absence"),
        ("The deal covers only some of the detainees.", "limited scope"),
        ("Relief trucks had not yet crossed the border by Friday.", "not yet done"),
        ("The rebels have yet to hand over their lists.", "not yet done"),
        ("The start date would be announced within 48 hours.", "deferral"),
        ("Officers will meet next week to work out the details of the pullback.", "deferral"),
        ("Questions also remain over who will pay for the repairs.", "uncertainty"),
        ("There was no sign of a return to wider talks.", "uncertainty"),
        ("Neither side has said whether the envoys will return.", "uncertainty"),
        ("Officials stressed that their position on the islands was unchanged.", "sticking point"),
        ("Residents reported heavy shelling in two districts on Sunday.", "violation"),
        ("Gunfire was heard in the capital hours after the signing.", "violation"),
        ("The two generals have each vowed to crush the other.", "doubt"),
        ("Farmers said the quota fell far short of their needs.", "doubt"),
        ("Unions called the offer too little, too late.", "doubt"),
    ],
)
def test_each_new_open_issue_cue_yields_an_issue(sentence: str, category: str) -> None:
    (item,) = extract_open_issues(doc(sentence, dt.date(2024, 6, 10)))
    assert item.cue.startswith(category), item.cue
    assert item.evidence[0].quote == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # "obstacles" that a term removes are not a sticking point
        "The envoy promised to help lift obstacles to fertiliser exports.",
        # fear negated
        "“They can go back to sea without fear,” the minister said.",
        # no sign of fighting is good news
        "There was no sign of fighting along the front on Tuesday.",
    ],
)
def test_words_that_only_look_like_issues_are_not_issues(sentence: str) -> None:
    assert extract_open_issues(doc(sentence, dt.date(2024, 6, 10))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # dated weeks before the report
        "Aid agencies fled when fighting erupted in the capital on April 15.",
        "A humanitarian truce declared in March broke down when fighting resumed in late April.",
        # an earlier agreement's gap is not this one's
        "The sides first signed a declaration on May 11, but it did not include a ceasefire.",
        # criticism of a past act that does not name the agreement
        "Ties froze in August 2019, after a move the neighbour rejected as illegal.",
    ],
)
def test_dated_history_is_not_an_open_issue(sentence: str) -> None:
    assert extract_open_issues(doc(sentence, dt.date(2024, 6, 10))) == []


def test_fighting_dated_in_the_days_of_the_report_is_an_issue() -> None:
    sentence = "Fighting resumed on June 8 near the dam, local officials said."
    (item,) = extract_open_issues(doc(sentence, dt.date(2024, 6, 10)))
    assert item.cue.startswith("violation")


def test_a_quote_backing_the_point_just_made_is_not_a_second_issue() -> None:
    text = (
        "Rights groups said the deal was silent on justice for the victims. "
        "“Without justice, any peace will be fragile,” said one researcher."
    )
    got = quotes(extract_open_issues(doc(text)))
    assert got == ["Rights groups said the deal was silent on justice for the victims."]


def test_a_dateline_with_a_region_and_date_is_left_out_of_the_evidence() -> None:
    text = "KAMBOLA, Ostavia, May 3 (Wire) - The rebels agreed to hand in their weapons."
    (item,) = extract_clauses(doc(text))
    assert item.evidence[0].quote == "The rebels agreed to hand in their weapons."


# --- articles written for the test -----------------------------------------------------

EXPECTED: dict[str, tuple[list[str], list[str], list[str]]] = {
    # name: (clauses, open issues, neither a clause nor an issue)
    "clauses-fishing-accord.txt": (
        [
            "signed an accord on Tuesday to share fishing grounds",
            "Each country may license up to 120 trawlers",
            "A bilateral commission will set annual catch limits",
            "Coastguards will share vessel positions",
            "The accord runs for five years",
            "expected to meet next month to work out the details",
        ],
        [
            "does not settle where the maritime border lies",
            "would be set too late",
            "expected to meet next month to work out the details",
            "fell far short",
            "Neither government has said whether",
        ],
        ["This is a good day", "without fear", "exchanged warning shots"],
    ),
    "clauses-militia-disarmament.txt": (
        [
            "commits the rebels to hand in their weapons",
            "The rebels pledged to gather their fighters in seven camps",
            "The government is to integrate up to 3,000",
            "A joint ceasefire commission is expected to convene",
            "The pact also grants an amnesty",
        ],
        [
            # "Many questions remain." only announces the next sentence's point.
            "The text does not say how the camps will be funded",
            "Clashes broke out in the northern hills hours after the signing",
            "The rebels have vowed to crush a splinter faction",
        ],
        ["We have chosen the path of peace", "An earlier truce signed in 2017"],
    ),
    "clauses-prisoner-exchange-background.txt": (
        [
            "Ukraine and Russia exchanged 200 prisoners of war",
            "Each side handed over 100 captured soldiers",
            "The bodies of 50 fallen soldiers will also be returned",
            "both countries had agreed to continue humanitarian exchanges",
        ],
        ["The deal does not cover civilians held in Russia"],
        [
            "photographs of the freed men",
            "Our heroes are home",
            "Earlier swaps were mediated",
            "staged regular rallies",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_articles_written_for_the_new_cues(name: str) -> None:
    d = load_document(ARTICLES / name, published=dt.date(2026, 3, 3))
    clauses, issues = extract_clauses(d), extract_open_issues(d)
    want_clauses, want_issues, neither = EXPECTED[name]
    for fragment in want_clauses:
        assert holding(clauses, fragment), f"clause missing: {fragment}"
    for fragment in want_issues:
        assert holding(issues, fragment), f"open issue missing: {fragment}"
    for fragment in neither:
        assert not holding(clauses, fragment), f"not a clause: {fragment}"
        assert not holding(issues, fragment), f"not an issue: {fragment}"
    assert len(clauses) == len(want_clauses)
    assert len(issues) == len(want_issues)


# --- second round: cues found on articles written by other helpers --------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The two ministers signed an accord that sets their sea border.", "accord that sets"),
        (
            "Washington signed an agreement with the rebels on Friday that lays out a timetable.",
            "lays out",
        ),
        (
            "The government and the rebels announced on Monday a final agreement to end the war.",
            "announced … to",
        ),
        ("The president ordered a bilateral ceasefire from midnight.", "ordered"),
        ("Both leaders agreed late on Saturday on how to implement the plan.", "agreed"),
    ],
)
def test_each_second_round_clause_cue_yields_a_clause(sentence: str, cue: str) -> None:
    (item,) = extract_clauses(doc(sentence))
    assert cue in item.cue


def test_a_paragraph_opened_by_under_the_deal_lists_its_future_terms() -> None:
    # (Round 6: the two paragraphs right after it may go on listing terms; a third does not.)
    text = (
        "Under the deal, the line follows the old cable route. The northern field will be "
        "developed by a joint company. Fishermen are worried about the catch.\n\n"
        "Markets were calm.\n\nTraders were calm too.\n\n"
        "The southern field will be sold next year."
    )
    got = quotes(extract_clauses(doc(text)))
    assert got == [
        "Under the deal, the line follows the old cable route.",
        "The northern field will be developed by a joint company.",
    ]


def test_one_subject_with_two_verbs_is_one_term() -> None:
    text = (
        "Under the agreement, the country will cut its centrifuges by half, and will not "
        "enrich above five per cent."
    )
    assert quotes(extract_clauses(doc(text))) == [text]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebel leader said the movement was committed to the deal.",
        "The senator called it a gift to the enemy and said releasing him will hurt.",
    ],
)
def test_stances_and_characterisations_are_not_terms(sentence: str) -> None:
    assert extract_clauses(doc(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("The president said his government had made no promise to free them.", "absence"),
        ("It says nothing about the future status of the region.", "absence"),
        ("The opposition leader said he would not be bound by it.", "absence"),
        ("The armed group is not a party to the accord.", "absence"),
        ("The deal left behind a former soldier held since 2018.", "absence"),
        ("Officials said the pullout would depend on conditions on the ground.", "condition"),
        ("Thousands of protesters gathered outside the parliament.", "doubt"),
        ("Party leaders said they would try to block it in the senate.", "doubt"),
        ("A former president leads the campaign against the accord.", "doubt"),
        ("Lawyers warned that the new court could let abusers go free.", "doubt"),
        ("Activists said the agreement risked rewarding the aggressor.", "doubt"),
    ],
)
def test_each_second_round_issue_cue_yields_an_issue(sentence: str, category: str) -> None:
    (item,) = extract_open_issues(doc(sentence, dt.date(2024, 6, 10)))
    assert item.cue.startswith(category), item.cue


def test_an_issue_in_a_quote_cites_the_quoted_words() -> None:
    # (Round 6: a doubt only voiced in a quote is no issue; an absence stated in one is.)
    text = (
        "“The deal says nothing about refugees,” said an aid worker who asked not to be "
        "named because she may not speak to the press."
    )
    (item,) = extract_open_issues(doc(text))
    assert item.evidence[0].quote == "The deal says nothing about refugees"


def test_an_issue_after_although_is_cut_from_the_term_before_it() -> None:
    text = "The two leaders agreed to open border posts, although neither leader signed the text."
    d = doc(text)
    assert quotes(extract_clauses(d)) == ["The two leaders agreed to open border posts"]
    (item,) = extract_open_issues(d)
    # The doubt is half the sentence: the whole sentence is cited (see _worth_narrowing).
    assert item.evidence[0].quote.endswith("although neither leader signed the text.")


def test_a_list_after_sets_out_that_is_read_as_terms() -> None:
    text = (
        "The accord, nearly 200 pages long, sets out that:\n\n"
        "- The militia will become a political party.\n"
        "- A special court will try crimes of the war."
    )
    got = quotes(extract_clauses(doc(text)))
    assert got == [
        "The militia will become a political party.",
        "A special court will try crimes of the war.",
    ]


def test_a_part_with_no_cue_of_its_own_stays_with_the_term_before_it() -> None:
    text = (
        "Under the accord, a special court will try war crimes; those who confess fully "
        "face lighter sentences."
    )
    assert quotes(extract_clauses(doc(text))) == [text]


def test_a_party_acting_in_return_is_a_term_of_its_own() -> None:
    text = (
        "Under the arrangement, the two prisoners were flown to a third country. Washington "
        "agreed to commute the rest of the pilot's sentence, while the president signed a "
        "pardon for the journalist."
    )
    got = quotes(extract_clauses(doc(text)))
    assert "Washington agreed to commute the rest of the pilot's sentence" in got
    assert "the president signed a pardon for the journalist." in got


@pytest.mark.parametrize(
    ("sentence", "is_clause"),
    [
        # protesters as the object of a term, not protesters in the street
        ("Under the deal, jailed protesters will be released within a week.", True),
        # weapons left behind are not people the deal left behind
        ("Under the deal, monitors will collect weapons left behind by the militias.", True),
        # a sanction for breaking the deal is not a failure to keep it
        ("Failure to respect the provisions could have consequences for their bids.", False),
        # a past truce that lasted is history, not a term
        ("The truce lasted only three days.", False),
        # an economy that depends on fishing is not a condition of the deal
        ("The island, whose economy depends on fishing, lies near the border.", False),
    ],
)
def test_look_alikes_of_issue_cues(sentence: str, is_clause: bool) -> None:
    d = doc(sentence)
    assert extract_open_issues(d) == []
    assert bool(extract_clauses(d)) is is_clause


def test_agreed_with_a_bare_weekday_is_an_agreement_verb() -> None:
    text = "Two regional rivals agreed Friday to restore diplomatic relations."
    (item,) = extract_clauses(doc(text))
    assert item.cue == "agreement verb: agreed friday to"
