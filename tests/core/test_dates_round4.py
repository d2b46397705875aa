"""Date cues added in round 4: a month of last/this/next year, "the truce of May",
hours counted from the event before."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.core.analysis.dates import find_mentions, resolve

WED = dt.date(2009, 3, 18)  # a Wednesday


def only(text: str) -> tuple[str, str | None]:
    found = find_mentions(text)
    assert len(found) == 1, found
    res = resolve(found[0], WED, "past")
    assert res.valid
    return found[0].expression, res.date


@pytest.mark.parametrize(
    ("text", "expression", "date"),
    [
        ("a framework agreed in October last year ended", "in October last year", "2008-10"),
        ("the vote must be held by mid-July next year.", "by mid-July next year", "2010-07"),
        ("troops withdrew in January this year after", "in January this year", "2009-01"),
        ("a summit on April 2 next year in Rome", "on April 2 next year", "2010-04-02"),
    ],
)
def test_a_month_of_last_or_next_year_takes_that_year(
    text: str, expression: str, date: str
) -> None:
    assert only(text) == (expression, date)


def test_a_bare_month_with_a_year_word_is_a_date_and_a_name_is_not() -> None:
    assert only("elections due June next year") == ("June next year", "2010-06")
    # "May" the name stays a name even next to "last year".
    assert [m.expression for m in find_mentions("a speech by May last year")] == ["last year"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("abuses continued after the ceasefire of May, officials said", "2008-05"),
        ("the elections of November were disputed", "2008-11"),
    ],
)
def test_an_event_noun_of_a_month_dates_that_month(text: str, date: str) -> None:
    assert only(text)[1] == date


def test_a_month_after_of_without_an_event_noun_is_not_a_date() -> None:
    assert find_mentions("the Queen of May parade") == []


def test_hours_later_is_counted_from_the_event_before() -> None:
    m = find_mentions("Twelve hours later, the army stood down.")[0]
    assert (m.kind, m.unit, m.amount) == ("anchored", "hour", 12)
    assert resolve(m, dt.date(2009, 3, 16)).date == "2009-03-16"
    m = find_mentions("36 hours later the talks resumed.")[0]
    assert resolve(m, dt.date(2009, 3, 16)).date == "2009-03-17"


@pytest.mark.parametrize(
    ("text", "unit", "amount"),
    [
        ("stalled the following year", "year", 1),
        ("the previous month, talks", "month", -1),
        ("two years later, the dam", "year", 2),
        ("a month earlier, envoys", "month", -1),
        ("met them later in the day", "day", 0),
    ],
)
def test_periods_counted_from_the_event_before(text: str, unit: str, amount: int) -> None:
    m = find_mentions(text)[0]
    assert (m.kind, m.unit, m.amount) == ("anchored", unit, amount)


def test_the_next_year_is_not_counted_from_an_event() -> None:
    # "in the next year" usually means the coming twelve months, not a year after.
    assert all(m.kind != "anchored" for m in find_mentions("elections due in the next year"))
