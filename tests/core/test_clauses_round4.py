"""Clause cues added after the fourth blind set (gh-*): initialled texts, joint
declarations, ends of war declared, arrangements told in the past, attributions left out
of the evidence."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from briefing.core.analysis.clauses import extract_clauses
from briefing.core.analysis.model import Item
from briefing.core.document import document_from_text


def clauses(text: str) -> list[Item]:
    return extract_clauses(document_from_text(text))


def quotes(items: list[Item]) -> list[str]:
    return [item.evidence[0].quote for item in items]


def test_a_trailing_attribution_is_left_out_of_the_evidence() -> None:
    text = (
        "The two governments agreed on Sunday to a full exchange of detainees, the Qatari "
        "foreign minister said after hosting two days of talks in Doha with both delegations."
    )
    assert quotes(clauses(text)) == [
        "The two governments agreed on Sunday to a full exchange of detainees"
    ]


def test_an_attribution_that_carries_the_term_stays() -> None:
    # The cue is after the comma: nothing before it is a term, so the sentence stays.
    text = "Officials in both capitals, the envoy said, will reopen the consulates by June."
    assert quotes(clauses(text)) == [text]


def test_initialled_text_is_an_agreement() -> None:
    text = "The two foreign ministers initialled the text of a border treaty in Vienna."
    (item,) = clauses(text)
    assert "initialled" in item.cue


def test_a_signed_joint_declaration_and_its_terms() -> None:
    text = (
        "The presidents signed a joint declaration in the capital on Saturday. Under the "
        "declaration, the two states will reopen embassies, and rail links will be restored."
    )
    found = quotes(clauses(text))
    assert found[0].startswith("The presidents signed a joint declaration")
    assert "the two states will reopen embassies" in found[1]
    assert found[2] == "rail links will be restored."


def test_a_declaration_of_independence_is_not_the_agreement() -> None:
    text = "The 1991 declaration of independence calls for a unified homeland."
    assert clauses(text) == []


def test_a_multi_word_peace_accord_is_an_agreement() -> None:
    text = "The president and the rebel leader signed a peace and reconciliation accord."
    assert len(clauses(text)) == 1


def test_an_end_of_war_declared_is_an_agreement() -> None:
    text = "The two neighbours on Monday declared an end to thirty years of hostility."
    (item,) = clauses(text)
    assert item.cue.startswith("agreement announced")


def test_undertaken_is_an_agreement_verb() -> None:
    text = "The militia has undertaken to hand its heavy guns to the monitors."
    assert len(clauses(text)) == 1


def test_the_terms_of_a_draft_treaty_are_clauses() -> None:
    text = "Under the draft treaty, the two states renounce all claims to each other's land."
    assert len(clauses(text)) == 1


def test_a_draft_that_was_only_proposed_is_background() -> None:
    text = "A draft accord would have opened the border, but it was never put to a vote."
    assert clauses(text) == []


def test_an_arrangement_told_in_the_past_is_a_list_of_terms() -> None:
    text = (
        "Under the timetable announced by the mediators, the rebels were to leave the town "
        "first. The army was to pull back its tanks a day later. After a week the siege "
        "would be regarded as over."
    )
    assert len(clauses(text)) == 3


def test_a_joint_statement_governs_its_paragraph() -> None:
    text = (
        "Under a joint statement issued after the talks, both capitals will cut duties on "
        "grain. Both sides will make the changes by March 1."
    )
    assert len(clauses(text)) == 2


def test_a_truce_of_an_earlier_year_is_history() -> None:
    text = (
        "Officials signed a border accord on Tuesday, 12 March 2019. The talks began in "
        "earnest after the rebel leader declared a truce in December 2016."
    )
    found = quotes(clauses(text))
    assert len(found) == 1
    assert found[0].startswith("Officials signed a border accord")


def test_news_of_the_day_may_name_an_old_year() -> None:
    text = (
        "The president and the rebel leader yesterday signed a peace accord, ending a "
        "conflict that has flared since the end of the civil war in 1992."
    )
    doc = document_from_text(text)
    doc = replace(doc, meta=replace(doc.meta, published=dt.date(2019, 8, 7)))
    assert len(extract_clauses(doc)) == 1


def test_an_old_text_revived_by_a_term_is_not_history() -> None:
    text = "Under the accord, the two states will revive a transit agreement signed in 2001."
    doc = document_from_text(text)
    doc = replace(doc, meta=replace(doc.meta, published=dt.date(2023, 3, 10)))
    assert len(extract_clauses(doc)) == 1


def test_a_quoted_promise_in_the_future_is_not_a_term() -> None:
    text = (
        "Under the accord, the militia will hand over its rifles. "
        "‘Nobody in this valley will again take up arms,’ the governor said."
    )
    found = quotes(clauses(text))
    assert found == ["Under the accord, the militia will hand over its rifles."]


def test_a_quoted_term_that_names_the_deal_stays() -> None:
    text = "“Under this truce the convoys will cross every morning,” the envoy said."
    assert len(clauses(text)) == 1


def test_the_future_in_reported_speech_is_a_term() -> None:
    text = "The airline said it would resume flights to the island capital next week."
    (item,) = clauses(text)
    assert item.cue.startswith("agreed action in reported speech")


def test_a_reported_stance_towards_the_deal_is_not_a_term() -> None:
    text = "The militia said in a statement it would abide by the agreement."
    assert clauses(text) == []


def test_a_reported_prediction_is_not_a_term() -> None:
    text = "The minister said the opposition would lose the election in the spring."
    assert clauses(text) == []


def test_a_second_undertaking_in_the_present_is_its_own_term() -> None:
    text = (
        "The militia has undertaken to hand its mortars to the monitors, and both sides "
        "commit to settle disputes through the joint commission."
    )
    found = quotes(clauses(text))
    assert found == [
        "The militia has undertaken to hand its mortars to the monitors",
        "both sides commit to settle disputes through the joint commission.",
    ]


def test_what_a_party_is_to_become_is_a_term() -> None:
    text = (
        "Under the accord, the rebels will give up their guns. Once that is done, the "
        "movement is to exist only as a political party."
    )
    assert len(clauses(text)) == 2


def test_an_opinion_after_the_term_does_not_undo_it() -> None:
    text = (
        "The two armies signed a permanent truce in Geneva on Friday, a deal the mediator "
        "described as a turning point for the region."
    )
    assert quotes(clauses(text)) == ["The two armies signed a permanent truce in Geneva on Friday"]


def test_an_opinion_framing_the_whole_sentence_still_blocks_it() -> None:
    text = "The mediator described the truce as a turning point for the region."
    assert clauses(text) == []


def test_a_stated_intention_is_an_agreement_verb() -> None:
    text = "Both governments confirmed their intention to reopen the rail line."
    assert len(clauses(text)) == 1


def test_a_signing_date_is_a_term() -> None:
    text = "Under the deal, the accord will be formally signed in Lisbon on May 3."
    assert len(clauses(text)) == 1


def test_a_trailing_phrase_that_says_why_is_left_out_of_the_evidence() -> None:
    text = (
        "The government and the rebels signed a lasting peace accord in the capital on "
        "Tuesday, ending a decade of war."
    )
    assert quotes(clauses(text)) == [
        "The government and the rebels signed a lasting peace accord in the capital on Tuesday"
    ]


def test_a_long_trailing_phrase_keeps_the_whole_sentence() -> None:
    # Cutting would leave less than half the sentence: a reader citing all of it would
    # no longer match, so the sentence stays whole.
    text = (
        "The rebels signed a truce, ending a war that has killed tens of thousands of people "
        "across the three northern provinces since the army seized power."
    )
    assert quotes(clauses(text)) == [text]
