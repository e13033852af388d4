"""Promise to pay: a promise taken back later in the same message, a day someone else's money arrives, a debt
stated with "so" that reads nothing back, a first action with its own time, pesos said in words, "a fifteen",
"sat morning", a retried payment, a spoken figure the agent logs, the figure after the verb do, and a plan the customer
says not to treat as a commitment."""

from __future__ import annotations

from datetime import date

import pytest

from analyzers.outcomes.dates import find_dates
from analyzers.outcomes.money import find_amounts
from analyzers.outcomes.numbers import parse_number
from tests.analyzers.outcomes.promise_cases import WED, A, C, run


def test_a_promise_taken_back_later_in_the_message_is_no_promise() -> None:
    assert run([(A, "Your account is $119.90 in arrears."),
                (C, "Ok I can pay $119.90 on the 15th when I get paid.\n\nActually, hold on - you've taken $59.95 "
                    "twice in October. I'm not paying anything until that's refunded.")], "AUD") is None


@pytest.mark.parametrize("reply", [
    "I had meant to pay $60 on Monday to get this moving. Please do not treat this as a commitment until my adviser "
    "has seen the bill.",
    "i meant to do 60 on monday. dont take that as a promise tho, need to check the statement first",
])
def test_a_plan_denied_the_force_of_a_promise_is_no_promise(reply: str) -> None:
    assert run([(A, "Your account is $240 overdue."), (C, reply)]) is None


def test_refusing_anything_more_keeps_the_promise() -> None:
    got = run([(A, "Your account is $300 past due."),
               (C, "I'll pay $50 on Friday, I can't pay anything more than that")])
    assert got is not None and (got["amount"], got["due_date"]) == (50.0, "2026-11-20")


def test_the_day_someone_else_sends_money_moves_no_agreed_day() -> None:
    got = run([(A, "Your instalment of ₱2,000 was not debited."), (C, "I can pay 1,500 on the 30th po"),
               (A, "Would you be able to pay the full ₱2,000?"),
               (C, "ok actually make it 2,000, my sister will send me money on the 29th")], "PHP")
    assert got is not None and (got["amount"], got["due_date"]) == (2000.0, "2026-11-30")


def test_a_debt_stated_with_so_is_not_read_back_for_a_yes() -> None:
    got = run([(A, "so the past due is one eighty nine ninety eight plus a fifteen dollar reactivation"),
               (C, "okay see thats the card that got stolen"), (A, "we can take a new card whenever you're ready"),
               (C, "i get paid on the fourth i can do uh ninety five on the fourth and then the rest the week after"),
               (A, "okay so ninety five on the fourth and the remaining one oh nine ninety eight the week after"),
               (C, "yeah ninety five on the fourth for sure")])
    assert got is not None and (got["amount"], got["due_date"]) == (95.0, "2026-12-04")


def test_a_first_action_with_its_own_time_then_paying() -> None:
    got = run([(A, "the device balance on your account is one hundred forty nine ninety nine"),
               (C, "so i'll call the bank at nine that morning and and pay the one forty nine ninety nine on the first "
                   "by noon")], "CAD")
    assert got is not None and (got["amount"], got["due_date"]) == (149.99, "2026-12-01")


@pytest.mark.parametrize(("default", "currency"), [("PHP", "PHP"), ("MXN", "MXN"), ("USD", "PHP")])
def test_pesos_said_in_words(default: str, currency: str) -> None:
    found = find_amounts("i can give one thousand five hundred pesos", default, default)
    assert [(a.amount, a.currency) for a in found] == [(1500.0, currency)]


@pytest.mark.parametrize(("text", "value"), [("a fifteen", 15.0), ("an eighty", 80.0), ("a hundred", 100.0),
                                             ("a hundred and fifty", 150.0), ("one fifteen", 115.0)])
def test_an_article_is_one_only_before_a_scale(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "value"), [("three fifty three hundred and fifty", 350.0),
                                             ("two twenty five two hundred and twenty five", 225.0),
                                             ("fifty three hundred", 5300.0), ("three hundred and fifty", 350.0)])
def test_a_price_said_short_then_in_full_is_one_figure(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "expected"), [("ill pay it sat morning", [date(2026, 11, 21)]),
                                                ("sun arvo works", [date(2026, 11, 22)]),
                                                ("i sat down with my partner", [])])
def test_sat_and_sun_before_a_part_of_the_day(text: str, expected: list[date]) -> None:
    assert [d.value for d in find_dates(text, WED)] == expected


def test_a_retried_payment_is_the_one_that_failed() -> None:
    got = run([(A, "Your order is on hold because the card payment of $86.40 was declined."),
               (C, "ok ill call the bank and redo the payment tonight"), (A, "Great, the order stays reserved."),
               (C, "perfect. doing it tonight then")])
    assert got is not None and (got["amount"], got["due_date"]) == (86.4, "2026-11-18")


def test_the_agent_logs_a_spoken_figure_after_a_self_correction() -> None:
    got = run([(A, "i see a past due of five hundred dollars that's two months at two fifty each"),
               (C, "so i can do to fifty on the thirtieth uh two fifty sorry on the thirtieth"),
               (A, "okay i have two fifty on the thirtieth at nine a m anything else"),
               (C, "no that's it thank you")])
    assert got is not None and (got["amount"], got["due_date"]) == (250.0, "2026-11-30")


def test_the_remainder_an_agent_notes_is_not_the_logged_payment() -> None:
    got = run([(A, "youre showing four fifty past due"), (C, "i can do one fifty this friday"),
               (A, "okay one fifty on friday"), (C, "yeah friday"),
               (A, "alright noted and the remaining three hundred wed want by the new year")])
    assert got is not None and (got["amount"], got["due_date"]) == (150.0, "2026-11-20")


@pytest.mark.parametrize(("reply", "expected"), [
    ("no not all of it um i can do like the one month the thirty nine ninety nine on the fifteenth",
     (39.99, "2026-12-15")),
    ("yes pls. ill do it tonight b4 midnight, at work til 10", (119.97, "2026-11-18")),
])
def test_the_figure_after_do_before_the_sum_the_agent_asked_for(reply: str, expected: tuple[float, str]) -> None:
    got = run([(A, "that's thirty nine ninety nine times three, $119.97"),
               (A, "are you able to take care of the $119.97 today"), (C, reply)])
    assert got is not None and (got["amount"], got["due_date"]) == expected
