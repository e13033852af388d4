"""Promise to pay: the day something arrives beside the day to pay, a figure once thought of and then replaced, a
price per month beside the balance, the day a month name takes before a spoken figure, a repaired figure in the next
turn, "do a payment", the creole "me will pay", a teen then one digit ("the eighteen five"), and a turn that goes back
on the day agreed and leaves it to a later message."""

from __future__ import annotations

import pytest

from analyzers.outcomes.numbers import parse_number
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("reply, day", [
    ("My replacement card should arrive by Thursday, and I'll pay the $80 on Saturday.", "2026-11-21"),
    ("the loan pays out on friday so monday i will send the 80 dollars", "2026-11-23"),
    ("the refund lands on thursday, i'll pay $80 monday", "2026-11-23"),
])
def test_the_day_something_arrives_is_not_the_day_to_pay(reply: str, day: str) -> None:
    got = run([(A, "Your balance of $80 is overdue."), (C, reply)])
    assert amount_and_day(got) == (80.0, day)


@pytest.mark.parametrize("reply", [
    "At first I thought I could only do $300 but my sister is helping, so I will pay $450 on Friday.",
    "i was going to offer 300 dollars but i'll pay $450 on friday now that i got my bonus",
])
def test_a_figure_once_thought_of_gives_way_to_the_one_after_but(reply: str) -> None:
    got = run([(A, "We can accept $450 as a full settlement of the $900 balance."), (C, reply)])
    assert amount_and_day(got) == (450.0, "2026-11-20")


def test_a_price_per_month_is_not_the_balance_a_full_payment_pays() -> None:
    got = run([(A, "Your plan ($24.99/month) has been unpaid for three months. Your outstanding is $74.97."),
               (C, "Ok I'll pay the full amount on Friday.")])
    assert amount_and_day(got) == (74.97, "2026-11-20")


def test_the_number_after_a_month_name_is_its_day_before_money() -> None:
    got = run([(A, "Your payment of three thousand pesos is overdue."),
               (C, "i will pay the three thousand pesos on the twentieth"),
               (A, "okay so november twenty three thousand pesos"),
               (C, "yes twentieth")], "PHP")
    assert amount_and_day(got) == (3000.0, "2026-11-20")


def test_a_figure_repaired_in_the_next_turn_is_the_amount_promised() -> None:
    got = run([(A, "Your instalment of $86.50 didn't go through."),
               (C, "I'll pay $80 on Friday when my wages land."),
               (C, "sorry, $86.50 I mean, the full instalment")])
    assert amount_and_day(got) == (86.5, "2026-11-20")


def test_doing_a_payment_commits_though_its_figure_is_said_apart() -> None:
    got = run([(A, "Your instalment of $86.50 didn't go through."),
               (C, "I'll do a manual payment on Friday. $86.50")])
    assert amount_and_day(got) == (86.5, "2026-11-20")


def test_me_as_subject_commits() -> None:
    # Jamaican and other creoles put "me"/"mi" where English has "I"
    got = run([(A, "The payment of twelve thousand five hundred was due last week."),
               (C, "me can pay it monday")], "JMD")
    assert amount_and_day(got) == (12500.0, "2026-11-23")


@pytest.mark.parametrize("reply", [
    "actually sorry no, my rent comes out friday. I'll have to get back to you on it",
    "wait no, friday the car payment goes out. let me get back to u",
])
def test_going_back_on_the_day_and_leaving_it_to_a_later_message_is_no_promise(reply: str) -> None:
    assert run([(A, "Your account is $60 in arrears."), (C, "ill pay it friday"),
                (A, "Great, I'll note $60 for Friday."), (C, reply)]) is None


def test_putting_off_the_rest_to_a_later_message_keeps_the_part_promised() -> None:
    got = run([(A, "Your repayment of $300 is overdue."), (C, "I will pay $100 on Friday."),
               (A, "Noted $100 on Friday. For the balance of $200 can you give a date?"),
               (C, "Let me see how the month goes first, I will get back to you on that one")])
    assert amount_and_day(got) == (100.0, "2026-11-20")


@pytest.mark.parametrize("said, value", [("twelve five", 12500.0), ("eighteen five", 18500.0),
                                         ("twenty five", 25.0), ("eighteen fifty", 18.5)])
def test_a_teen_then_one_digit_is_thousands_and_hundreds_said_short(said: str, value: float) -> None:
    assert parse_number(said) == value


def test_a_short_said_large_figure_is_the_amount_promised() -> None:
    got = run([(A, "The payment of twelve thousand five hundred was due last week."),
               (C, "yes man, me will send the twelve five monday")], "JMD")
    assert amount_and_day(got) == (12500.0, "2026-11-23")
