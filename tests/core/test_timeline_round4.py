"""Timeline cues added in round 4: which words around a date are the event."""

from __future__ import annotations

import datetime as dt

from briefing.core.analysis.model import Item
from briefing.core.analysis.timeline import extract_timeline
from briefing.core.document import document_from_text

FRI = dt.date(2011, 7, 15)  # a Friday


def timeline(text: str, published: dt.date | None = FRI) -> list[Item]:
    return extract_timeline(document_from_text(text), published)


def quotes(items: list[Item]) -> list[tuple[str | None, str]]:
    return [(i.date, i.evidence[0].quote) for i in items]


def test_trailing_attribution_dates_the_words_before_it() -> None:
    items = timeline(
        "The rebels and the army agreed to stop fighting around the port and to swap"
        " prisoners, Norway's special envoy said Wednesday, though details were scarce."
    )
    assert len(items) == 1
    quote = items[0].evidence[0].quote
    assert items[0].date == "2011-07-13"
    assert quote.startswith("The rebels and the army agreed")
    assert quote.endswith("said Wednesday")


def test_a_long_report_before_the_attribution_keeps_the_words_next_to_it() -> None:
    report = " ".join(["the envoys agreed to open one more crossing"] * 5)
    items = timeline(f"{report.capitalize()}, the ministry said on Tuesday.")
    quote = items[0].evidence[0].quote
    assert quote.endswith("the ministry said on Tuesday")
    assert len(quote.split()) == 25


def test_a_saying_with_its_own_content_after_it_stays_short() -> None:
    items = timeline(
        "Fighting went on in the hills, and the commander said on Thursday that he would pull back."
    )
    assert [q.removeprefix("and ") for _, q in quotes(items)] == [
        "the commander said on Thursday that he would pull back"
    ]


def test_subject_before_an_inserted_clause_joins_its_verb() -> None:
    items = timeline(
        "A vote on the charter, which the council drafted, is to be held by mid-June next year."
    )
    assert quotes(items) == [
        (
            "2012-06",
            "A vote on the charter, which the council drafted, is to be held by mid-June next year",
        )
    ]


def test_subject_is_not_fetched_when_the_sentence_is_too_long() -> None:
    items = timeline(
        "Ortiz, a former colonel who ran the smuggling routes for most of the decade and"
        " later sold them to the cartels, was detained in Panama in 2008 and sentenced by"
        " a court in Miami in 2010 to life in prison."
    )
    assert [d for d, _ in quotes(items)] == ["2008", "2010"]
    assert not any(q.startswith("Ortiz") for _, q in quotes(items))


def test_a_short_relative_clause_takes_the_name_before_it() -> None:
    items = timeline("Governor-elect Ana Ruiz, who takes office Aug. 1, praised the accord.")
    assert quotes(items) == [("2011-08-01", "Governor-elect Ana Ruiz, who takes office Aug. 1")]


def test_a_relative_clause_after_a_full_clause_stands_alone() -> None:
    items = timeline(
        "The deal was brokered with the help of Oman, whose envoy flew to Sanaa on Monday."
    )
    assert quotes(items) == [("2011-07-11", "whose envoy flew to Sanaa on Monday")]


def test_when_after_a_date_adds_what_happened_that_day() -> None:
    items = timeline(
        "The siege began March 3, when militia fighters cut the road to the coast and"
        " shelled the airport for a week."
    )
    quote = items[0].evidence[0].quote
    assert quote.startswith("The siege began March 3, when militia")
    assert "shelled the airport" not in quote


def test_a_date_as_a_yardstick_is_not_an_event() -> None:
    items = timeline(
        "Prices remain far higher than they were at the start of the year. Exports fell"
        " more than in 2009."
    )
    assert items == []


def test_title_case_dateline_is_not_an_event() -> None:
    text = (
        "Rebels and government sign truce\n\nBogotá, June 9. The two delegations signed on"
        " Friday a ceasefire that starts on July 6.\n\nMore talks follow in August."
    )
    items = timeline(text, dt.date(2023, 6, 9))
    assert [i.date for i in items] == ["2023-06-09", "2023-07-06", "2023-08"]
    assert not any(i.evidence[0].quote.startswith("Bogotá") for i in items)
    items = timeline(
        "KATHMANDU, November 22: The accord was signed on Tuesday.", dt.date(2006, 11, 22)
    )
    assert [i.date for i in items] == ["2006-11-21"]


def test_a_sentence_opening_with_a_weekday_is_not_a_dateline() -> None:
    items = timeline("Talks resumed\n\nOn Sunday, June 9. Nothing else.", dt.date(2024, 6, 10))
    assert [i.date for i in items] == ["2024-06-09"]


def test_hours_later_count_from_the_time_of_the_event_before() -> None:
    items = timeline(
        "The army was to stop firing at 8 pm on Tuesday. The rebels were to follow"
        " twelve hours later."
    )
    assert [(i.date, i.evidence[0].quote.split()[1]) for i in items] == [
        ("2011-07-12", "army"),
        ("2011-07-13", "rebels"),
    ]


def test_the_following_year_counts_from_the_date_before() -> None:
    items = timeline(
        "Talks opened in October 2008 under the old government but stalled the following"
        " year. A truce was agreed in March 2009, and two months later it collapsed."
    )
    assert [i.date for i in items] == ["2008-10", "2009", "2009-03", "2009-05"]
    assert items[1].evidence[0].quote == "but stalled the following year"


def test_later_in_the_day_is_the_day_told_before() -> None:
    items = timeline("The envoy landed on Monday. He met both ministers later in the day.")
    assert [i.date for i in items] == ["2011-07-11", "2011-07-11"]


def test_as_early_as_marks_a_month() -> None:
    items = timeline("A final deal could come as early as September, diplomats said.")
    assert [(i.date, i.evidence[0].quote) for i in items] == [
        ("2011-09", "A final deal could come as early as September")
    ]


def test_an_attributive_year_cites_its_noun_phrase() -> None:
    items = timeline(
        "The court convicted him over the 2009 killing of a reporter in a Lagos market"
        " square last spring. Armenia must drop the 1991 declaration of sovereignty,"
        " which Baku rejects."
    )
    assert quotes(items) == [
        ("1991", "the 1991 declaration of sovereignty"),
        ("2009", "the 2009 killing of a reporter in a Lagos"),
    ]


def test_a_dated_subordinate_clause_at_the_end_of_a_long_one_is_the_event() -> None:
    items = timeline(
        "At least 40 people have been killed and thousands have fled their villages on"
        " both sides of the disputed river valley since the shelling began on Thursday."
    )
    assert quotes(items) == [("2011-07-14", "since the shelling began on Thursday")]
    items = timeline(
        "The accord leaves the question of the disputed islands to a joint commission of"
        " five judges that is due to meet in Geneva in September."
    )
    assert quotes(items) == [
        ("2011-09", "joint commission of five judges that is due to meet in Geneva in September")
    ]


def test_tonight_in_a_quote_is_not_an_event_but_a_clock_time_is() -> None:
    items = timeline("'It stops the guns, which is what matters tonight,' one envoy said.")
    assert items == []
    items = timeline("“At 22.00 tonight the guns will fall silent,” the envoy said.")
    assert [(i.date, i.time) for i in items] == [("2011-07-15", "22:00")]


def test_a_report_with_its_own_date_is_not_taken_by_the_attribution() -> None:
    items = timeline("The two sides agreed on Tuesday to a truce, Oman's envoy said Wednesday.")
    assert quotes(items) == [
        ("2011-07-12", "The two sides agreed on Tuesday to a truce"),
        ("2011-07-13", "Oman's envoy said Wednesday"),
    ]
