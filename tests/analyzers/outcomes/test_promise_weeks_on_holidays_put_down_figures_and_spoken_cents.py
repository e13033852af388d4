"""Promise to pay: "two weeks today" and "a fortnight on Friday", holidays on fixed days ("new year's eve"), "12
thousand" said with the thousands in a word, a figure the agent is told to put down, the cents after a spoken figure
with the currency word dropped ("two hundred and four thirty"), a first action that carries its day and what it waits
on, and not having the money "right now"."""

from __future__ import annotations

from datetime import date

import pytest

from analyzers.outcomes.dates import find_dates
from analyzers.outcomes.numbers import parse_number
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


@pytest.mark.parametrize(("text", "day"), [
    ("so a hundred pounds two weeks today is that right", date(2026, 12, 2)),
    ("three weeks tomorrow", date(2026, 12, 10)),
    ("a fortnight on friday", date(2026, 12, 4)),
    ("a week today", date(2026, 11, 25)),
])
def test_weeks_counted_on_from_a_day_land_that_many_weeks_later(text: str, day: date) -> None:
    assert [d.value for d in find_dates(text, WED)] == [day]


@pytest.mark.parametrize(("text", "day"), [
    ("first 12 thousand on new year's eve", date(2026, 12, 31)),
    ("by christmas eve", date(2026, 12, 24)),
    ("on boxing day", date(2026, 12, 26)),
    ("new years day", date(2027, 1, 1)),
])
def test_a_holiday_on_a_fixed_day_names_that_day(text: str, day: date) -> None:
    assert [d.value for d in find_dates(text, WED)] == [day]


def test_a_plan_answered_with_its_first_figure_in_thousands_and_a_holiday() -> None:
    got = run([(A, "Your loan is behind JMD $48,000."), (C, "Mi can do 4 payments?"),
               (A, "We can do 4 x $12,000. When is the first?"),
               (C, "first 12 thousand on new year's eve, rest every month end")], "JMD")
    assert amount_and_day(got) == (12000.0, "2026-12-31")


@pytest.mark.parametrize(("words", "value"), [
    ("two hundred and four thirty", 204.3),
    ("three hundred and six fifty", 306.5),
    ("two hundred and four", 204.0),
])
def test_a_ten_after_a_lone_digit_past_the_hundreds_is_cents(words: str, value: float) -> None:
    assert parse_number(words) == value


def test_a_raised_figure_the_agent_is_told_to_put_down_is_the_promise() -> None:
    got = run([(A, "there's three hundred and forty euro behind on it"),
               (C, "i can give you a hundred and fifty in two weeks"), (A, "is there any chance of more than that"),
               (C, "ah go on then put down two hundred so in two weeks"), (A, "two hundred grand thanks")], "EUR")
    assert amount_and_day(got) == (200.0, "2026-12-02")


def test_put_down_as_a_maybe_records_no_figure() -> None:
    assert run([(A, "Your payment of JMD 8,500 is past due. Can we put Thursday down as the date?"),
                (C, "Put it down as a maybe. Mi nah promise")], "JMD") is None


def test_a_first_action_with_its_day_and_wait_then_paying_is_a_promise() -> None:
    got = run([(A, "Your last subscription payment was unsuccessful. Are you able to update the card?"),
               (C, "I'll put the new card in Wednesday when it arrives and pay it then, promise")])
    assert amount_and_day(got) == (None, "2026-11-25")


def test_not_having_the_money_right_now_sets_no_day() -> None:
    assert run([(A, "your loan of twelve thousand shillings is now forty days overdue"),
                (C, "bro i lost my job in october i don't have anything right now when i get something i will pay"),
                (A, "can we agree on even a small amount like one thousand"),
                (C, "i can't agree to something i don't have let me see in january")], "KES") is None
