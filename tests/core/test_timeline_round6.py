"""Timeline cues added in round 6: which dated words a selective analyst leaves out, and
where an event's evidence ends."""

from __future__ import annotations

import datetime as dt

from briefing.core.analysis.dates import find_mentions
from briefing.core.analysis.model import Item
from briefing.core.analysis.timeline import extract_timeline
from briefing.core.document import document_from_text

WED = dt.date(2024, 5, 15)  # a Wednesday


def timeline(text: str, published: dt.date | None = WED) -> list[Item]:
    return extract_timeline(document_from_text(text), published)


def quotes(items: list[Item]) -> list[str]:
    return [i.evidence[0].quote for i in items]


def dates(items: list[Item]) -> list[str | None]:
    return [i.date for i in items]


# --- what is left out -------------------------------------------------------------------


def test_a_denied_happening_is_not_an_event() -> None:
    items = timeline(
        "The two sides swapped 90 detainees on Monday. The militia gave no answer on Tuesday"
        " to the offer of a second round."
    )
    assert dates(items) == ["2024-05-13"]


def test_a_negation_does_not_hide_a_state_or_a_deadline() -> None:
    items = timeline(
        "The neighbours have had no diplomatic relations since 1998. The rebels will not"
        " disarm until June 30."
    )
    assert dates(items) == ["1998", "2024-06-30"]


def test_a_negation_of_another_verb_keeps_a_year_naming_a_thing() -> None:
    items = timeline(
        "The president will not sign until the assembly repeals the 1991 declaration of"
        " independence."
    )
    assert dates(items) == ["1991"]


def test_a_possessive_date_whose_clause_denies_is_left_out() -> None:
    items = timeline(
        "The government and the rebels signed a truce on Monday. Monday's truce does not"
        " cover the northern districts, where fighting goes on."
    )
    assert quotes(items) == ["The government and the rebels signed a truce on Monday"]


def test_the_making_of_an_earlier_agreement_is_background() -> None:
    items = timeline(
        "The envoys signed the accord on Tuesday. A previous truce signed in March 2019"
        " broke down within weeks, and earlier deals, including one agreed in 2016, fared"
        " no better."
    )
    assert dates(items) == ["2024-05-14"]


def test_what_became_of_an_earlier_agreement_is_still_news() -> None:
    items = timeline("A previous attempt at an exchange collapsed two weeks ago over the lists.")
    assert dates(items) == ["2024-05-01"]


def test_an_indefinite_year_dated_agreement_is_background() -> None:
    items = timeline(
        "A 1998 accord with another faction created the council. The 2015 ceasefire held"
        " for a year."
    )
    assert dates(items) == ["2015"]


def test_a_possessive_date_inside_a_dated_clause_only_names_a_thing() -> None:
    items = timeline(
        "On Monday the commission declared the mayor the winner of last October's vote."
    )
    assert dates(items) == ["2024-05-13"]


def test_quoted_rhetoric_about_tomorrow_is_not_an_event() -> None:
    items = timeline(
        "“Today they take our land, tomorrow they will ask for our homes,” a farmer said."
        " The pact takes effect tomorrow."
    )
    assert quotes(items) == ["The pact takes effect tomorrow"]
    assert dates(items) == ["2024-05-16"]


def test_a_bare_clock_time_inside_a_quotation_is_not_an_event() -> None:
    items = timeline(
        "“As of 7:00 am, the militia has fired 40 shells at the town,” the mayor said."
        " The truce began at 6 pm on Monday."
    )
    assert [(i.date, i.time) for i in items] == [("2024-05-13", "18:00")]


def test_a_promise_of_the_end_of_the_month_in_a_quotation_is_not_an_event() -> None:
    items = timeline(
        "The parties will sign the accord in Doha on May 29, the envoy said."
        " “If the truce holds, we will be ready to sign at the end of the month,” he added."
    )
    assert dates(items) == ["2024-05-29"]


def test_a_repeated_day_that_only_dates_who_spoke_is_left_out() -> None:
    items = timeline(
        "The rebels and the army accused each other on Tuesday of breaking the truce.\n\n"
        "“They shelled three villages,” the governor wrote on social media on Tuesday"
        " evening."
    )
    assert quotes(items) == [
        "The rebels and the army accused each other on Tuesday of breaking the truce"
    ]


def test_the_first_day_given_by_an_attribution_is_kept() -> None:
    items = timeline("“The guns are silent,” the governor told reporters on Tuesday.")
    assert dates(items) == ["2024-05-14"]


# --- dates ------------------------------------------------------------------------------


def test_midnight_between_two_days_is_the_start_of_the_second() -> None:
    text = "Forces were told to hold fire until midnight between Sunday and Monday."
    mentions = find_mentions(text)
    assert [m.expression for m in mentions] == ["until midnight between Sunday and Monday"]
    items = timeline(text, dt.date(2024, 5, 18))  # a Saturday
    assert [(i.date, i.time, i.role) for i in items] == [("2024-05-20", "00:00", "deadline")]


# --- evidence ---------------------------------------------------------------------------


def test_evidence_leaves_out_what_a_deal_is_meant_to_do() -> None:
    items = timeline(
        "The government and the front yesterday signed a final agreement meant to end"
        " four decades of rebellion in the south."
    )
    assert quotes(items) == ["The government and the front yesterday signed a final agreement"]


def test_evidence_ends_at_the_date_before_a_coordinated_phrase() -> None:
    items = timeline(
        "The text pulls together a framework signed in October 2012 and four annexes"
        " negotiated over the following months."
    )
    assert quotes(items) == ["The text pulls together a framework signed in October 2012"]


def test_a_range_of_years_is_not_cut_at_its_and() -> None:
    items = timeline("The war killed around a million people between 1977 and 1992.")
    assert items[0].evidence[0].quote.endswith("between 1977 and 1992")


# --- second batch (after the released blind batches) ----------------------------------


def test_a_clock_time_without_a_day_in_a_past_story_is_not_an_event() -> None:
    items = timeline(
        "The leaders yesterday reached an agreement. The deal was announced shortly after"
        " 5pm by the chairman, hours after the midnight deadline had passed."
    )
    assert dates(items) == ["2024-05-14"]


def test_a_clock_time_at_which_something_takes_effect_is_kept() -> None:
    items = timeline("The truce will take effect from 6 pm, the mediators said.")
    assert [(i.date, i.time) for i in items] == [("2024-05-15", "18:00")]


def test_a_possessive_naming_the_deal_dated_before_is_not_a_second_event() -> None:
    items = timeline(
        "The parties yesterday reached an agreement on the border. The road to"
        " yesterday's deal has been long. Under yesterday's exchange, 40 prisoners went home."
    )
    assert quotes(items) == [
        "The parties yesterday reached an agreement on the border",
        "Under yesterday's exchange, 40 prisoners went home",
    ]


def test_earlier_rounds_dated_in_their_own_noun_phrase_are_background() -> None:
    items = timeline(
        "The two leaders signed the declaration on Monday. Two earlier rounds of mediation"
        " in July and August failed to narrow the gap."
    )
    assert dates(items) == ["2024-05-13"]


def test_an_earlier_truce_ended_by_an_event_is_still_that_event() -> None:
    items = timeline(
        "The group returned to violence, having ended an earlier truce with a bomb in"
        " London in February 1996."
    )
    assert dates(items) == ["1996-02"]


def test_since_a_clause_after_a_superlative_measures() -> None:
    items = timeline(
        "The sides began freeing prisoners on Monday, the biggest step since the war began"
        " eight years ago."
    )
    assert dates(items) == ["2024-05-13"]


def test_a_verbless_clause_takes_the_tense_of_its_sentence() -> None:
    # Published on a Wednesday: the coming Sunday, not the last one.
    items = timeline(
        "The kingdom will also free the fighters it holds, with flights to the capital from"
        " the border city on Sunday."
    )
    assert dates(items) == ["2024-05-19"]


def test_evidence_ends_before_a_relative_clause_about_the_object() -> None:
    items = timeline(
        "The leaders of the province yesterday reached an agreement that both governments"
        " believe can end thirty years of violence."
    )
    assert quotes(items) == ["The leaders of the province yesterday reached an agreement"]


def test_a_relative_clause_after_a_preposition_is_cut_before_the_preposition() -> None:
    items = timeline(
        "European leaders yesterday sealed an agreement with Turkey under which migrants"
        " will be sent back."
    )
    assert quotes(items) == ["European leaders yesterday sealed an agreement with Turkey"]


def test_a_relative_clause_about_the_subject_stays() -> None:
    items = timeline(
        "On Friday afternoon, the leaders of two countries that have fought two wars stood"
        " side by side."
    )
    assert quotes(items)[0].endswith("stood side by side")


def test_who_reported_it_joins_a_saying_across_an_apposition() -> None:
    items = timeline(
        "A senior rebel official, Ahmed Saleh, confirmed on Tuesday that the group would"
        " stop firing."
    )
    assert quotes(items)[0].startswith("A senior rebel official, Ahmed Saleh, confirmed")


def test_other_verbs_after_an_apposition_stand_alone() -> None:
    items = timeline("Eritrea, a former province, won independence in 1993.")
    assert quotes(items) == ["won independence in 1993"]


def test_a_dated_subordinate_clause_with_a_pronoun_subject() -> None:
    items = timeline(
        "Parliament is to pass legislation putting the deal into law when it reconvenes June 6."
    )
    assert quotes(items) == ["when it reconvenes June 6"]


def test_a_date_before_and_a_new_verb_closes_the_clause_before_it() -> None:
    items = timeline(
        "The rebels seized Goma, the capital of the province, in late January and took"
        " Bukavu in February."
    )
    assert next((i.date, i.evidence[0].quote) for i in items) == (
        "2024-01",
        "The rebels seized Goma, the capital of the province, in late January",
    )


def test_a_month_day_after_a_past_request_is_the_nearest_one() -> None:
    items = timeline(
        "The jailed leader called on the group to disarm and dissolve on May 2.",
    )
    assert dates(items) == ["2024-05-02"]
    items = timeline("The rebels agreed on Monday to hand over their weapons by June 30.")
    assert dates(items) == ["2024-05-13", "2024-06-30"]


# --- third batch (after the released batch go) ------------------------------------------


def test_set_off_is_past_not_set_to() -> None:
    # Published 15 May 2024: the arrest on May 8 set off the escalation a week ago.
    items = timeline("His arrest in the city on May 8 set off the latest escalation.")
    assert dates(items) == ["2024-05-08"]


def test_shut_is_a_past_form() -> None:
    items = timeline(
        "The crossing reopened on Tuesday to let fuel into the power station, which shut"
        " down on Saturday."
    )
    assert dates(items) == ["2024-05-11", "2024-05-14"]


def test_a_month_day_of_that_year_takes_the_year_told_before() -> None:
    items = timeline(
        "The fighters crossed the border in April 2021. The president was killed on April 20"
        " of that year while visiting troops on the front line."
    )
    assert [(i.date, i.evidence[0].quote) for i in items] == [
        ("2021-04", "The fighters crossed the border in April 2021"),
        (
            "2021-04-20",
            "The president was killed on April 20 of that year while visiting troops on the"
            " front line",
        ),
    ]


def test_a_tally_since_a_date_is_not_an_event() -> None:
    items = timeline(
        "The group has fought four wars with Israel since 2008. Checkpoints closed since"
        " 2021 will reopen."
    )
    assert dates(items) == ["2021"]


def test_the_worst_round_since_a_dated_war_measures() -> None:
    items = timeline(
        "The truce ended the worst round of fighting in the coastal enclave since the 11-day"
        " war of May 2021."
    )
    assert items == []


def test_vague_years_and_weeks_are_left_off_but_their_edges_stay() -> None:
    items = timeline(
        "The offensive led to his death last year. Talks would continue this week. An"
        " election is due next year. The last troops must leave by the end of the year."
        " The swap was agreed last month."
    )
    assert [(i.date, i.expression) for i in items] == [
        ("2024", "by the end of the year"),
        ("2024-04", "last month"),
    ]


def test_a_detail_of_a_count_is_not_an_event() -> None:
    items = timeline(
        "Israeli strikes killed 44 people on Friday, including several children in the camp"
        " on Saturday. Among the freed was a politician held by the rebels since 2015."
    )
    assert dates(items) == ["2015", "2024-05-10"]


def test_a_deal_named_again_by_the_day_it_was_made_is_not_a_second_event() -> None:
    items = timeline(
        "The truce came into force at 11:30pm on Sunday.\n\n"
        "Under the agreement announced late on Sunday, both sides committed to stop firing."
    )
    assert quotes(items) == ["The truce came into force at 11:30pm on Sunday"]
