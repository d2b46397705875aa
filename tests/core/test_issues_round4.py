"""Open-issue cues added after the fourth blind set (gh-*): preconditions, refusals,
absences said with common verbs, and evidence spans a reader would cite."""

from __future__ import annotations

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
        ("The pact does not lift the travel ban on the former ministers.", "absence"),
        ("The text does not give a date for the handover of the port.", "absence"),
        ("The memorandum contains no commitment on the return of the islands.", "absence"),
        ("The customs pledges are a wish list with no enforcement attached.", "absence"),
        ("The junta has not set a date for the vote it promised.", "absence"),
        ("There was no word on whether the airport would reopen.", "uncertainty"),
        (
            "The rebel commander said his men would not hand in their rifles until the army "
            "left the valley.",
            "condition",
        ),
        ("Ankara has refused to ratify the protocol unless the blockade ends.", "condition"),
        (
            "Witnesses said shelling was still being heard near the dam on Tuesday night.",
            "violation",
        ),
        ("The fishermen's union remained wary of the new quotas.", "doubt"),
        (
            "Opposition deputies accused the prime minister of giving away the northern pastures.",
            "doubt",
        ),
        ("Farmers said the capital had broken promises on water before.", "doubt"),
        ("The governor said his province would not accept the new boundary.", "doubt"),
        # (round 6: said in the report's words; a quoted doubt is no issue)
        ("A local priest called it a lull, not a peace.", "doubt"),
        ("Exiles welcomed the pact but worried that their relatives would be forgotten.", "doubt"),
        ("The interior minister threatened to quit the cabinet over the amnesty.", "doubt"),
        ("A taxi driver said: I will believe it when the checkpoints are gone.", "doubt"),
        ("A monitor said the plan left too many guns in the hills.", "doubt"),
        ("The swap left dozens of fishermen behind in the island's jails.", "absence"),
        (
            "Within two hours of the truce taking effect, villagers reported mortar fire.",
            "violation",
        ),
        ("Fresh clashes broke out near the dam on Sunday night.", "violation"),
        ("So far neither side has withdrawn a single tank from the pass.", "not yet done"),
        ("A vote on the valley's status, promised long ago, has never been held.", "not yet done"),
        ("Relatives said at least 40 fishermen remain in coastguard custody.", "not yet done"),
        (
            "The corridor only works if both sides pull back, and nobody is sure they will.",
            "uncertainty",
        ),
        ("Engineers said restarting the refinery could take up to six months.", "doubt"),
        (
            "The island asked the court to rule, a jurisdiction its neighbour does not recognise.",
            "doubt",
        ),
    ],
)
def test_round4_issue_cues(sentence: str, category: str) -> None:
    found = issues(sentence)
    assert len(found) == 1, sentence
    assert found[0].cue.split(":", 1)[0] == category


@pytest.mark.parametrize(
    "sentence",
    [
        # A truce that starts at a set time is a term, not a precondition.
        "The truce will not take effect until midnight on Friday.",
        # Giving up is a stance, not something the deal leaves out.
        "'We would not give up a single village,' the mayor said.",
        # Fighting that goes on while something else happens dates it.
        "The president said he would not sign trade deals while the fighting continued.",
        # "not a peace treaty" says what kind of text it is, not that it falls short.
        "The minister said it was a technical arrangement and not a peace treaty.",
        # The war's start, told as background.
        "The fighting erupted after a mine wounded three border guards on Wednesday.",
        # Worried about a third party, not about the deal.
        "Gulf states have long been worried about Iran's missiles.",
        # An explainer announcing its sections.
        "Here is what we know about the deal and what was left out.",
        "WHAT IS LEFT OUT?",
        # A short technical delay is a term's detail, not a doubt.
        "The inspectors' access request could take up to 24 days to process.",
    ],
)
def test_round4_cues_stay_quiet(sentence: str) -> None:
    assert issues(sentence) == [], sentence


def test_precondition_is_not_a_clause() -> None:
    text = (
        "The two leaders initialled the draft on Friday. The president has said his "
        "country will not sign the treaty until its neighbour changes its constitution."
    )
    assert not any("until" in c.evidence[0].quote for c in clauses(text))
    assert any("until its neighbour" in i.evidence[0].quote for i in issues(text))


def test_half_sentence_doubt_keeps_the_whole_sentence() -> None:
    # The doubt after "but" is close to half the sentence: citing all of it matches a
    # reader who marks either the sentence or its second half.
    text = (
        "The defence minister said Athens had accepted the deal but remained wary of what "
        "Ankara would do next."
    )
    (found,) = issues(text)
    assert found.evidence[0].quote == text
    # A short doubt after a long term is cited on its own.
    text = (
        "The defence minister said Athens had accepted the deal on fishing rights in the "
        "disputed waters off the three islands but remained wary."
    )
    (found,) = issues(text)
    assert found.evidence[0].quote == "but remained wary."


def test_short_quote_in_a_long_attribution_is_cited_alone() -> None:
    text = (
        "“It says nothing about refugees,” said Maria Duarte, a researcher who has followed the "
        "negotiations between the two governments for the regional security institute in "
        "the capital since they began."
    )
    (found,) = issues(text)
    assert found.evidence[0].quote == "It says nothing about refugees"


def test_quote_of_half_the_sentence_is_cited_with_its_speaker() -> None:
    text = "“A truce signed under such pressure says nothing about refugees,” said Lena Ortiz."
    (found,) = issues(text)
    assert found.evidence[0].quote == text


def test_a_short_lead_in_gives_way_to_the_point_it_announces() -> None:
    text = (
        "The accord was signed on Monday.\n\n"
        "Doubts remain, however. A breakaway faction has rejected the deal and vowed to "
        "fight on."
    )
    found = [i.evidence[0].quote for i in issues(text)]
    assert found == ["A breakaway faction has rejected the deal and vowed to fight on."]


def test_a_short_doubt_on_its_own_stays() -> None:
    text = "The accord was signed on Monday. Analysts were cautious. Markets rose."
    found = [i.evidence[0].quote for i in issues(text)]
    assert found == ["Analysts were cautious."]


def test_a_short_deferral_is_a_point_of_its_own() -> None:
    text = (
        "The thorniest questions were left for later. Critics said the deal was too vague "
        "to be enforced."
    )
    assert len(issues(text)) == 2
