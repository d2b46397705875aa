"""Date expressions: what is found, and how it is normalised against the article date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.core.analysis.dates import Mention, find_mentions, resolve

THU = dt.date(2020, 3, 5)  # a Thursday


def one(text: str) -> Mention:
    found = find_mentions(text)
    assert len(found) == 1, found
    return found[0]


def when(text: str, published: dt.date | None = THU, tense: str | None = None) -> str | None:
    res = resolve(one(text), published, tense)  # type: ignore[arg-type]
    assert res.valid
    return res.date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Since Sept. 1, 2022, inspectors", "2022-09-01"),
        ("signed on 14 May 2021 in", "2021-05-14"),
        ("the 2019-11-30 statement", "2019-11-30"),
        ("since March 2022 the plant", "2022-03"),
        ("talks in 2015 between", "2015"),
        ("the 2015 Minsk agreement", "2015"),
        ("by the end of 2022", "2022"),
    ],
)
def test_explicit_dates_keep_their_own_precision(text: str, date: str) -> None:
    assert when(text) == date
    assert when(text, published=None) == date


@pytest.mark.parametrize(
    ("text", "tense", "date"),
    [
        ("met on Thursday", "past", "2020-03-05"),  # the article's own day
        ("met on Tuesday", "past", "2020-03-03"),
        ("will meet on Monday", "future", "2020-03-09"),
        # Wire copy names the day of publication by its weekday: that day, not a week on.
        ("will meet on Thursday", "future", "2020-03-05"),
        ("will meet next Thursday", "future", "2020-03-12"),
        ("met last Thursday", None, "2020-02-27"),
        ("meets next Friday", None, "2020-03-06"),
        ("earlier on Thursday", None, "2020-03-05"),
    ],
)
def test_weekdays_resolve_by_tense(text: str, tense: str | None, date: str) -> None:
    assert when(text, tense=tense) == date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("yesterday", "2020-03-04"),
        ("last night", "2020-03-04"),
        ("today", "2020-03-05"),
        ("tonight", "2020-03-05"),
        ("tomorrow", "2020-03-06"),
        ("two days ago", "2020-03-03"),
        ("next month", "2020-04"),
        ("last week", "2020-02"),
        ("last year", "2019"),
        ("within six months", "2020-09"),
    ],
)
def test_relative_expressions(text: str, date: str) -> None:
    assert when(text) == date


def test_small_hours_tonight_are_the_next_day() -> None:
    m = one("At 00.01 tonight the truce")
    res = resolve(m, THU, "future")
    assert (res.date, res.time) == ("2020-03-06", "00:01")
    assert m.expression == "At 00.01 tonight"


def test_clock_joins_its_day_and_reads_am_pm() -> None:
    m = one("at 7 a.m. local time on Friday")
    assert (m.hour, m.minute, m.weekday) == (7, 0, 4)
    assert resolve(m, THU, "past").date == "2020-02-28"
    assert one("Feb 27, 2026 6:40 pm").hour == 18


def test_numbers_that_look_like_times_are_not_times() -> None:
    assert find_mentions("a stretch 3.7 miles to the north") == []
    assert find_mentions("1,000,000 refugees and 2,020 tents") == []


@pytest.mark.parametrize(
    ("text", "tense", "date"),
    [
        ("as of March 15", None, "2020-03-15"),  # nearest: ten days ahead
        ("On Feb. 19, Grossi said", "past", "2020-02-19"),
        ("signed on March 20", "past", "2019-03-20"),  # past tense cannot be ahead
        ("will expire on Feb. 1", "future", "2021-02-01"),
        ("since December", None, "2019-12"),  # "since" looks back
        ("in December", "future", "2020-12"),
        ("by the end of March", None, "2020-03"),
    ],
)
def test_dates_without_a_year_take_the_sensible_year(text: str, tense: str, date: str) -> None:
    assert when(text, tense=tense) == date


def test_without_an_article_date_nothing_relative_is_guessed() -> None:
    for text in ("on Thursday", "yesterday", "as of March 15", "since December", "next week"):
        res = resolve(one(text), None, "past")
        assert res.valid and res.date is None, text


def test_age_of_an_ongoing_war_counts_back_to_its_start() -> None:
    m = one("the nine-year-old civil war that has plagued the country")
    assert m.kind == "duration"
    assert resolve(m, THU).date == "2011"
    assert resolve(m, None).date is None


def test_durations_without_an_anchor_are_not_dates() -> None:
    assert find_mentions("after a tense 17 hours of negotiations") == []
    assert find_mentions("two days of frantic land grabbing") == []
    assert find_mentions("a 30-day ceasefire") == []


def test_impossible_dates_are_invalid_not_errors() -> None:
    assert not resolve(one("on February 30"), THU).valid
    assert not resolve(one("on February 30, 2020"), THU).valid
    assert find_mentions("on 32 March") == []
    assert find_mentions("in 9999 and in year 0") == []
    assert resolve(one("yesterday"), dt.date(1, 1, 1)).date is None
    assert resolve(one("tomorrow"), dt.date(9999, 12, 31)).date is None


def test_names_with_weekdays_or_months_are_not_dates() -> None:
    assert find_mentions("the Good Friday Agreement holds") == []
    assert find_mentions("Theresa May said") == []
    assert find_mentions("protesters march on the capital") == []


def test_prefix_words_give_the_role() -> None:
    assert one("since March 2022").role == "start"
    assert one("as of March 15").role == "effective"
    assert one("from 1 June").role == "effective"
    assert one("no later than June 30, 2015").role == "deadline"
    assert one("by December 31").role == "deadline"
    assert one("on Thursday").role is None


def test_clock_in_two_time_zones_is_one_time_of_one_day() -> None:
    m = one("took effect at midnight (2200 GMT) on Saturday")
    assert (m.kind, m.hour, m.minute, m.weekday) == ("weekday", 0, 0, 5)


def test_year_before_an_event_noun_is_a_date() -> None:
    assert one("withdrew from the 2015 nuclear deal").year == 2015
    assert one("under the 1994 Budapest Memorandum").year == 2015 - 21
    assert find_mentions("the 2,000 troops of the 1990s") == []
    assert find_mentions("2015 people signed") == []


def test_hours_ahead_give_the_day_they_run_out() -> None:
    m = one("will be released within 48 hours")
    assert (m.role, resolve(m, THU).date) == ("deadline", "2020-03-07")
    assert find_mentions("after 17 hours of talks and in 12 hours of talks") == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("starting Monday", "2020-03-09"),
        ("effective Friday", "2020-03-06"),
        ("in mid-January", "2020-01"),
        ("late last year", "2019"),
        ("a decade ago", "2010"),
        ("on 5th March", "2020-03-05"),
        ("on Mar 5", "2020-03-05"),
    ],
)
def test_more_forms(text: str, date: str) -> None:
    assert (
        when(text, tense="future" if text.startswith(("starting", "effective")) else None) == date
    )


def test_for_marks_a_month_but_not_the_name_may() -> None:
    assert one("flights are scheduled for July").month == 7
    assert find_mentions("they waited for May to speak, a speech by May") == []
    assert one("elections are due in May").month == 5


def test_amounts_after_at_are_not_times() -> None:
    assert find_mentions("sold at 2.50 dollars, lent at 1.30 per cent") == []
    assert one("at 5.30 on Monday").hour == 5


def test_ages_need_a_count_and_an_event() -> None:
    assert find_mentions("a decades-old dispute") == []
    assert find_mentions("the 45-year-old journalist") == []
    assert resolve(one("a decade-old blockade"), THU).date == "2010"


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # No tense: the article's year, as news writes the year only for other years...
        ("the Jan. 5 deadline", dt.date(2016, 8, 25), "2016-01-05"),
        # ...except across New Year, when the neighbouring year's day is close.
        ("the Jan. 5 deadline", dt.date(2016, 12, 20), "2017-01-05"),
        ("the Dec. 30 raid", dt.date(2017, 1, 4), "2016-12-30"),
    ],
)
def test_month_day_without_tense_keeps_the_article_year(
    text: str, published: dt.date, date: str
) -> None:
    assert when(text, published=published) == date


def test_february_29_outside_leap_years_is_invalid_not_an_error() -> None:
    assert resolve(one("on Feb. 29"), dt.date(2022, 3, 1), None).valid is False
