"""The timeline pane: dated events with normalised dates, cited by clause."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.core.analysis.model import Item
from briefing.core.analysis.timeline import extract_timeline
from briefing.core.config import seed_path
from briefing.core.document import Document, document_from_text, load_document

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


def timeline(text: str, published: dt.date | None) -> list[Item]:
    return extract_timeline(document_from_text(text), published)


def article(name: str, published: dt.date | None) -> tuple[Document, list[Item]]:
    doc = load_document(ARTICLES / f"timeline-{name}.txt")
    return doc, extract_timeline(doc, published)


def dated(items: list[Item]) -> list[tuple[str | None, str | None, str]]:
    return [(i.date, i.time, i.evidence[0].quote) for i in items]


def find(items: list[Item], words: str) -> Item:
    hits = [i for i in items if words in i.evidence[0].quote]
    assert len(hits) == 1, (words, dated(items))
    return hits[0]


def test_seed_article_timeline() -> None:
    doc = load_document(seed_path())
    items = extract_timeline(doc, dt.date(2020, 3, 5))
    assert [(i.date, i.time, i.role) for i in items] == [
        ("2011", None, "start"),  # "the nine-year-old civil war"
        ("2019-12", None, "start"),  # "since December"
        ("2020-03-05", None, None),  # the meeting "on Thursday"
        ("2020-03-05", None, None),  # the attack "earlier on Thursday"
        ("2020-03-06", "00:01", "effective"),  # "At 00.01 tonight, as in, from midnight"
        ("2020-03-15", None, "effective"),  # "as of March 15"
    ]
    meeting = find(items, "emerged from the meeting")
    assert meeting.evidence[0].quote == (
        "Erdogan said as he emerged from the meeting on Thursday in Moscow"
    )
    truce = find(items, "00.01")
    assert truce.evidence[0].quote.startswith("At 00.01 tonight, as in, from midnight")
    assert "Erdogan said" not in truce.evidence[0].quote
    assert truce.expression == "At 00.01 tonight"
    assert "next day" in truce.cue and "put in place" in truce.cue
    assert "own weekday" in meeting.cue
    assert find(items, "since December").cue.endswith("role start from 'since'")
    for item in items:
        ev = item.evidence[0]
        assert doc.text[ev.start : ev.end] == ev.quote
        assert item.kind == "event" and item.cue and item.text


def test_a_promise_for_today_in_a_quote_is_not_an_event() -> None:
    items = timeline(
        "“The right decisions we will take here today will help ease concerns,” he said.",
        dt.date(2020, 3, 5),
    )
    assert items == []


def test_today_in_a_quote_is_the_speakers_day_not_an_event() -> None:
    # A quote is often printed a day or more after it was said; the narrative dates the
    # signing, the quote's "today" is rhetoric.
    items = timeline(
        "The accord was signed on Monday. “Today we signed a historic accord,” the minister"
        " said. 'We realised today that our two nations share one destiny,' he added.",
        dt.date(2021, 5, 4),
    )
    assert [i.date for i in items] == ["2021-05-03"]


def test_today_outside_quotes_still_dates_an_event() -> None:
    items = timeline(
        "Ministers will meet in Brussels today to discuss sending monitors.", dt.date(2021, 5, 4)
    )
    assert [i.date for i in items] == ["2021-05-04"]


def test_dateline_is_not_an_event() -> None:
    _, items = article("prisoner-swap", dt.date(2023, 12, 8))
    assert not any("9:15" in i.evidence[0].quote for i in items)
    assert all(i.time is None for i in items)


def test_prisoner_swap_dates() -> None:
    _, items = article("prisoner-swap", dt.date(2023, 12, 8))
    assert find(items, "exchanged 32 prisoners").date == "2023-12-07"
    assert find(items, "phone call").date == "2023-12-04"
    deadline = find(items, "by December 31")
    assert (deadline.date, deadline.role) == ("2023-12-31", "deadline")
    assert find(items, "15 January").date == "2024-01-15"  # future: the next January
    assert find(items, "talks in October").date == "2023-10"
    assert find(items, "September 2023").date == "2023-09"
    assert find(items, "two weeks ago").date == "2023-11-24"
    dates = [i.date for i in items]
    assert dates == sorted(dates, key=lambda d: d or "9999")


def test_truce_with_clock_times() -> None:
    _, items = article("hostage-truce", dt.date(2023, 11, 24))
    start = find(items, "took effect")
    assert (start.date, start.time, start.role) == ("2023-11-24", "07:00", "effective")
    end = find(items, "due to expire")
    assert (end.date, end.time, end.role) == ("2023-11-28", "07:00", "deadline")
    assert find(items, "announced early on Wednesday").date == "2023-11-22"
    assert find(items, "Mediators said yesterday").date == "2023-11-23"
    assert find(items, "October 7").date == "2023-10-07"
    assert not any("seventh week" in i.evidence[0].quote for i in items)


def test_nuclear_deal_deadlines() -> None:
    _, items = article("nuclear-deal", dt.date(2015, 4, 3))
    final = find(items, "no later than June 30, 2015")
    assert (final.date, final.role) == ("2015-06-30", "deadline")
    assert find(items, "Lausanne on Thursday").date == "2015-04-02"
    assert find(items, "November 2013").date == "2013-11"
    # A bare "next week" is a vague period a selective reader leaves off the timeline
    # (dates.resolve still reads it: tests/core/test_dates.py).
    assert not any(i.expression == "next week" for i in items)
    assert not any("15 years" in (i.expression or "") for i in items)


def test_trade_accord_mix() -> None:
    _, items = article("trade-accord", dt.date(2021, 5, 17))
    assert find(items, "14 May 2021").date == "2021-05-14"
    reopen = find(items, "from 1 June")
    assert (reopen.date, reopen.role) == ("2021-06-01", "effective")
    assert find(items, "in 2011").date == "2011"
    assert not any(i.expression == "last year" for i in items)  # a vague period
    assert find(items, "three days ago").date == "2021-05-14"
    assert find(items, "end of 2022").date == "2022"
    assert find(items, "scheduled for July").date == "2021-07"
    assert not any("decade-long" in i.evidence[0].quote for i in items)  # a past span


def test_without_published_date_relative_dates_stay_unresolved() -> None:
    _, items = article("prisoner-swap", None)
    assert find(items, "exchanged 32 prisoners").date is None
    assert find(items, "15 January").date is None  # no year is invented
    assert find(items, "September 2023").date == "2023-09"
    assert find(items, "in 2020").date == "2020"
    dates = [i.date for i in items]
    first_none = dates.index(None)
    assert all(d is None for d in dates[first_none:])  # unresolved ones last


def test_vague_expression_gives_way_to_a_precise_date_in_its_sentence() -> None:
    items = timeline(
        "On Feb. 19, Grossi said the plant had lost its backup line over a week ago.",
        dt.date(2026, 2, 27),
    )
    assert [(i.date, i.expression) for i in items] == [("2026-02-19", "On Feb. 19")]


def test_each_clause_is_its_own_event() -> None:
    items = timeline(
        "Since Sept. 1, 2022, IAEA personnel have been present at the plant, "
        "which has been under Russian control since March 2022.",
        dt.date(2026, 2, 27),
    )
    assert dated(items) == [
        ("2022-03", None, "which has been under Russian control since March 2022"),
        ("2022-09-01", None, "Since Sept. 1, 2022, IAEA personnel have been present at the plant"),
    ]
    assert {i.role for i in items} == {"start"}


def test_coordinated_clauses_split_at_and() -> None:
    items = timeline(
        "Under the agreement, a ceasefire will begin on Sunday and heavy weapons will be "
        "pulled back from the front line.",
        dt.date(2015, 2, 13),
    )
    assert dated(items) == [("2015-02-15", None, "a ceasefire will begin on Sunday")]


def test_durations_alone_are_not_events() -> None:
    assert timeline("They reached a deal after a tense 17 hours of negotiations.", None) == []


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no punctuation at all on Monday since March 2020 yesterday",
        "“an unbalanced quote on Friday, and ‘another on 3 May",
        "It happened on February 30 and on 32 March, in year 0, in 9999 and on 1 January 1.",
        "word " * 100_000 + "on Monday " + "word " * 1_000 + "since 2014.",
        "At 00.01 tonight " * 2_000,
    ],
)
def test_any_text_analyses_without_error(text: str) -> None:
    doc = document_from_text(text)
    for published in (None, dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date(2020, 2, 29)):
        for item in extract_timeline(doc, published):
            ev = item.evidence[0]
            assert doc.text[ev.start : ev.end] == ev.quote
            assert len(ev.quote.split()) <= 40


def test_impossible_dates_are_skipped() -> None:
    items = timeline("The talks ended on February 30 and resumed on 1 March.", dt.date(2020, 3, 5))
    assert [i.date for i in items] == ["2020-03-01"]


def test_bylines_and_wire_datelines_are_not_events() -> None:
    items = timeline(
        "By Jane Doe, March 5, 2020\n\nUpdated 18:40 GMT, 5 March 2020\n\n"
        "MOSCOW, March 5 (Reuters) - Russia and Turkey agreed on Thursday to halt fighting.\n\n"
        "Truce to start on Monday",
        dt.date(2020, 3, 5),
    )
    assert [(i.date, i.expression) for i in items] == [
        ("2020-03-05", "on Thursday"),
        ("2020-03-09", "on Monday"),
    ]


def test_passive_and_modal_verbs_do_not_read_as_past() -> None:
    items = timeline(
        "The agreement can be renewed when it expires in November. "
        "Officials said the talks moved to Moscow on Monday.",
        dt.date(2022, 7, 23),
    )
    assert [(i.date, i.expression) for i in items] == [
        ("2022-07-18", "on Monday"),
        ("2022-11", "in November"),
    ]


def test_the_saying_is_not_the_tense_of_what_is_said() -> None:
    items = timeline(
        "Officials said the vote is on Oct. 2. The accord will be put to a referendum on "
        "Oct. 9. He said on Thursday that talks had ended.",
        dt.date(2016, 9, 27),
    )
    assert [(i.date, i.expression) for i in items] == [
        ("2016-09-22", "on Thursday"),
        ("2016-10-02", "on Oct. 2"),
        ("2016-10-09", "on Oct. 9"),
    ]


_PIECES = st.sampled_from(
    [
        "on",
        "Monday",
        "since",
        "March",
        "15",
        "2020",
        "00.01",
        "tonight",
        "at",
        "midnight",
        "(2200 GMT)",
        "yesterday",
        "ago",
        "two",
        "days",
        "nine-year-old",
        "war",
        "February",
        "30",
        "32",
        "9999",
        "0",
        ",",
        ".",
        "“",
        "”",
        "‘",
        "’",
        "'",
        '"',
        "-",
        "—",
        "\n\n",
        "will",
        "said",
        "by",
        "the",
        "end",
        "of",
        "Sept.",
        "1,",
        "within",
        "48",
        "hours",
        "last",
        "next",
        "week",
        "as",
        "of",
        "from",
        "Feb",
        "27,",
        "6:40",
        "pm",
        "\u0000",
    ]
)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_PIECES, max_size=60), days=st.integers(-800_000, 2_900_000))
def test_random_date_soup_never_fails(words: list[str], days: int) -> None:
    doc = document_from_text(" ".join(words))
    published = dt.date(1, 1, 1) + dt.timedelta(days=max(0, min(days, 3_652_058)))
    for item in extract_timeline(doc, published if days >= 0 else None):
        ev = item.evidence[0]
        assert doc.text[ev.start : ev.end] == ev.quote
        assert item.date is None or len(item.date) in (4, 7, 10)


def test_clock_time_joins_the_day_of_its_clause() -> None:
    items = timeline("On Sunday, the truce starts at 6 pm.", dt.date(2020, 3, 5))
    assert [(i.date, i.time, i.role) for i in items] == [("2020-03-08", "18:00", "start")]
    assert "6 pm" in items[0].cue


def test_scheduled_present_tense_looks_forward() -> None:
    items = timeline("Talks resume on Monday in Geneva.", dt.date(2020, 3, 5))
    assert [i.date for i in items] == ["2020-03-09"]


def test_unresolved_events_in_one_clause_stay_apart() -> None:
    items = timeline("Talks resume on Monday and end on Friday.", None)
    assert [(i.date, i.expression) for i in items] == [(None, "on Monday"), (None, "on Friday")]


def test_since_after_a_superlative_is_a_comparison_not_an_event() -> None:
    items = timeline(
        "Russia freed 16 prisoners on Thursday, in the largest such exchange since 1986. "
        "The last troops have been there since March.",
        dt.date(2024, 8, 2),
    )
    assert [(i.date, i.expression) for i in items] == [
        ("2024-03", "since March"),
        ("2024-08-01", "on Thursday"),
    ]


def test_two_dates_in_one_clause_each_keep_their_side() -> None:
    items = timeline(
        "Iran and Saudi Arabia agreed on Friday to re-establish relations and reopen "
        "embassies by May 10, following talks in Beijing.",
        dt.date(2023, 3, 10),
    )
    assert dated(items) == [
        (
            "2023-03-10",
            None,
            "Iran and Saudi Arabia agreed on Friday to re-establish relations and reopen embassies",
        ),
        ("2023-05-10", None, "to re-establish relations and reopen embassies by May 10"),
    ]


def test_duration_bounds_are_not_events() -> None:
    # "within 90 days" counts from a start the report does not date (the signing, the
    # entry into force); analysts leave such bounds out of a timeline.
    items = timeline(
        "The two sides signed the accord on Monday. Troops will withdraw within 90 days, "
        "and a joint commission is to be set up within two months. Experts say clearing "
        "the mines in less than a year has never been done. Talks resume in two weeks.",
        dt.date(2024, 6, 12),
    )
    assert [(i.date, i.expression) for i in items] == [
        ("2024-06-10", "on Monday"),
        ("2024-06-26", "in two weeks"),
    ]


def test_the_same_day_skips_duration_bounds() -> None:
    # The day a "the same day" counts from is the last day told, not a bound's end.
    items = timeline(
        "The idea came from a remark on Sept. 9 that the arsenal could be handed over "
        "within a week. Moscow took it up the same day.",
        dt.date(2013, 9, 16),
    )
    assert find(items, "the same day").date == "2013-09-09"


def test_last_week_beside_a_later_day_is_its_own_event() -> None:
    items = timeline(
        "The country joined the convention last month, and its membership takes effect on Oct. 14.",
        dt.date(2013, 9, 16),
    )
    assert [(i.date, i.expression) for i in items] == [
        ("2013-08", "last month"),
        ("2013-10-14", "on Oct. 14"),
    ]


def test_a_bare_last_week_is_left_off_the_timeline() -> None:
    items = timeline(
        "The country joined the convention last week, and its membership takes effect on Oct. 14.",
        dt.date(2013, 9, 16),
    )
    assert [(i.date, i.expression) for i in items] == [("2013-10-14", "on Oct. 14")]


def test_today_as_nowadays_is_not_an_event() -> None:
    items = timeline(
        "The region today remains divided. The accord takes effect today.", dt.date(2021, 5, 4)
    )
    assert [(i.date, i.expression) for i in items] == [("2021-05-04", "today")]
    assert "takes effect" in items[0].evidence[0].quote


# --- generalization round: cues checked on sentences written for these tests ----------

SAT = dt.date(2022, 4, 2)  # a Saturday


def test_the_article_own_weekday_is_that_day_even_in_the_future() -> None:
    items = timeline("The ceasefire begins at 6 p.m. on Saturday, mediators said.", SAT)
    assert [(i.date, i.time) for i in items] == [("2022-04-02", "18:00")]
    assert "own weekday" in items[0].cue


def test_reported_speech_counts_forward_from_the_day_it_was_said() -> None:
    items = timeline("The army said on Tuesday it would pause its operations from Thursday.", SAT)
    assert [i.date for i in items] == ["2022-03-29", "2022-03-31"]
    assert "reported speech" in find(items, "Thursday").cue


def test_a_reporting_verb_with_a_dated_adjunct_is_past() -> None:
    # "said in a statement on Friday that ...": Friday is when it was said, even though
    # what was said is in the future.
    items = timeline(
        "The minister said in a statement on Friday that she would sign the accord.", SAT
    )
    assert [i.date for i in items] == ["2022-04-01"]


def test_an_adverb_between_auxiliary_and_participle_keeps_the_future() -> None:
    items = timeline(
        "The truce held, and officials said the pact would be formally signed on May 9.", SAT
    )
    assert [i.date for i in items] == ["2022-05-09"]


def test_headline_dates_restate_the_story() -> None:
    text = (
        "Rebels and government agree truce, vote set for June 5\n\n"
        "The two sides agreed on Friday to hold a referendum on June 5."
    )
    items = timeline(text, SAT)
    assert sorted(i.date for i in items if i.date) == ["2022-04-01", "2022-06-05"]
    assert all("vote set" not in i.evidence[0].quote for i in items)


def test_a_wire_dateline_with_region_and_any_agency_is_not_an_event() -> None:
    text = (
        "GENEVA, Switzerland, April 2 (Example Newswire) — The parties signed the "
        "prisoner exchange on Friday."
    )
    items = timeline(text, SAT)
    assert [i.date for i in items] == ["2022-04-01"]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The conflict began in the spring of 2011.", "2011"),
        ("New elections are planned for the summer of 2023.", "2023"),
        ("The accord expires at the end of 2025.", "2025"),
        ("The parliament must ratify the pact by the end of the year.", "2022"),
        ("Inspectors will report by the end of the month.", "2022-04"),
        ("Foreign troops must leave in the first week of August.", "2022-08"),
        ("The two hostages were held between 2014 and 2016.", "2014"),
    ],
)
def test_seasons_period_edges_and_ranges_are_dated(sentence: str, date: str) -> None:
    assert [i.date for i in timeline(sentence, SAT)] == [date]


def test_list_markers_are_not_part_of_the_evidence() -> None:
    text = (
        "Under the deal:\n\n- Prisoners will be freed by April 10.\n"
        "• Talks on a permanent truce begin on May 3.\n2. Sanctions end in June 2023."
    )
    items = timeline(text, SAT)
    assert [i.date for i in items] == ["2022-04-10", "2022-05-03", "2023-06"]
    assert all(i.evidence[0].quote[0].isalpha() for i in items)


def test_the_next_day_counts_from_the_event_told_before() -> None:
    text = (
        "Fighting erupted on Sept. 27. The next day, Armenia declared martial law.\n\n"
        "Two days later, a first truce was announced in Moscow."
    )
    items = timeline(text, dt.date(2020, 11, 10))
    assert [i.date for i in items] == ["2020-09-27", "2020-09-28", "2020-09-30"]
    assert "after 'on Sept. 27'" in find(items, "martial law").cue


def test_the_next_day_without_a_dated_event_before_is_not_dated() -> None:
    text = "Talks dragged on.\n\nThe next day the envoy left.\n\nNo one expected more."
    assert timeline(text, SAT) == []
    far = "It began on March 2.\n\nMore talks.\n\nStill more.\n\nThe next day the envoy left."
    assert [i.date for i in timeline(far, SAT)] == ["2022-03-02"]


def test_ferry_accord_generalization_cues() -> None:
    # A Saturday story: headline, a wire dateline with a region, a reported-speech
    # weekday, the story's own weekday, a list, seasons and days counted from an event.
    _, items = article("ferry-accord", dt.date(2022, 4, 9))
    assert all("first sailing set" not in i.evidence[0].quote for i in items)
    assert all(not i.evidence[0].quote.startswith(("VALLETTA", "April 8")) for i in items)
    assert find(items, "signed an accord on Friday").date == "2022-04-08"
    assert find(items, "in the capital on Friday").date == "2022-04-08"
    assert find(items, "on the same day").date == "2022-04-08"
    assert find(items, "from May 2").date == "2022-05-02"
    assert find(items, "by the end of the year").date == "2022"
    assert find(items, "first week of July").date == "2022-07"
    assert find(items, "summer of 2019").date == "2019"
    assert find(items, "winter of 2021").date == "2021"
    assert find(items, "14 August 2019").date == "2019-08-14"
    assert find(items, "The next day").date == "2019-08-15"
    assert find(items, "two days later").date == "2019-08-17"
    assert find(items, "end of the month").date == "2022-04"
    assert not any(i.evidence[0].quote.startswith("- ") for i in items)


def test_an_ed_word_after_a_determiner_is_an_adjective_not_the_past() -> None:
    items = timeline("Both fleets may work the shared grounds from 1 June.", SAT)
    assert [i.date for i in items] == ["2022-06-01"]


def test_only_a_dated_saying_anchors_the_weekdays_after_it() -> None:
    # Not reported speech: the Friday ahead of a Saturday story is next week's.
    items = timeline("The pact signed on Tuesday will take effect on Friday.", SAT)
    assert [i.date for i in items] == ["2022-03-29", "2022-04-08"]


def test_starting_at_a_time_on_a_weekday_looks_ahead() -> None:
    wed = dt.date(2021, 6, 16)
    items = timeline("Both sides agreed to a four-day pause starting at 7 a.m. on Thursday.", wed)
    assert [(i.date, i.time, i.role) for i in items] == [("2021-06-17", "07:00", "effective")]


def test_a_short_clause_with_a_verb_stands_alone() -> None:
    items = timeline(
        "Kosovo, a former province with a large minority, declared independence in 2008.",
        dt.date(2023, 3, 19),
    )
    assert dated(items) == [("2008", None, "declared independence in 2008")]


def test_a_dated_opening_without_a_verb_joins_the_clause_after_it() -> None:
    items = timeline(
        "At a news conference later Tuesday, the president announced that the drills would stop.",
        dt.date(2018, 6, 12),
    )
    assert dated(items) == [
        (
            "2018-06-12",
            None,
            "At a news conference later Tuesday, the president announced that the drills "
            "would stop",
        )
    ]


def test_a_cause_or_relative_clause_after_the_date_is_left_out() -> None:
    items = timeline(
        "Riyadh cut ties with Tehran in January 2016 after protesters stormed its embassy. "
        "Troops massed on the border over an attack on Aug. 21 that killed dozens.",
        dt.date(2023, 3, 10),
    )
    assert dated(items) == [
        ("2016-01", None, "Riyadh cut ties with Tehran in January 2016"),
        ("2022-08-21", None, "Troops massed on the border over an attack on Aug. 21"),
    ]


def test_said_on_a_day_that_keeps_what_was_said() -> None:
    items = timeline(
        "The ministry said on Friday that it would free 40 prisoners.", dt.date(2023, 3, 11)
    )
    assert dated(items) == [
        ("2023-03-10", None, "The ministry said on Friday that it would free 40 prisoners")
    ]


def test_two_events_of_one_clause_split_at_the_link_word() -> None:
    items = timeline(
        "The reporter was detained at the airport on February 17 and sentenced in August. "
        "The talks opened weeks after a truce took hold in October following air strikes "
        "in September.",
        dt.date(2022, 12, 8),
    )
    assert dated(items) == [
        ("2022-02-17", None, "The reporter was detained at the airport on February 17"),
        ("2022-08", None, "and sentenced in August"),
        ("2022-09", None, "following air strikes in September"),
        ("2022-10", None, "The talks opened weeks after a truce took hold in October"),
    ]


def test_a_day_named_again_as_a_modifier_is_the_same_event() -> None:
    # The second "Aug. 21" is a reference back, not a new event and not next year's day.
    items = timeline(
        "Troops massed on the border after a gas attack on Aug. 21. The two powers still "
        "disagree over who carried out the Aug. 21 attack. The inspectors' report on the "
        "Aug. 21 attack will be delivered on Monday.",
        dt.date(2013, 9, 16),
    )
    assert [(i.date, i.expression) for i in items] == [
        ("2013-08-21", "on Aug. 21"),
        ("2013-09-16", "on Monday"),
    ]


def test_a_year_before_an_event_noun_is_that_event() -> None:
    items = timeline(
        "The militia was founded by extremists linked to the 1994 genocide in Rwanda.",
        dt.date(2025, 6, 28),
    )
    assert [i.date for i in items] == ["1994"]


def test_a_date_before_a_relative_clause_stays_with_the_clause_before_it() -> None:
    items = timeline(
        "She was expected to land at a base in San Antonio, Texas, on Friday, where she "
        "will undergo medical checks.",
        dt.date(2022, 12, 8),
    )
    assert dated(items) == [
        (
            "2022-12-09",
            None,
            "She was expected to land at a base in San Antonio, Texas, on Friday",
        )
    ]


def test_a_purpose_after_the_date_is_left_out() -> None:
    items = timeline(
        "The two neighbours signed a peace agreement in Washington on Friday aimed at "
        "ending three decades of conflict.",
        dt.date(2025, 6, 28),
    )
    assert dated(items) == [
        (
            "2025-06-27",
            None,
            "The two neighbours signed a peace agreement in Washington on Friday",
        )
    ]
