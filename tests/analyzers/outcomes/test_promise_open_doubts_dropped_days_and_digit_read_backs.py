"""Promise to pay: a doubt left open at the end of the commitment, a day that waits on money coming, a refused day
beside a call-back, what a payment "will leave", the part the agent asks for now beside the rest, a day dropped beside
a new one, and dollars read back digit by digit."""

from __future__ import annotations

import pytest

from analyzers.outcomes.numbers import parse_number
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("reply", [
    "I'll probably manage the $150, maybe by the 25th, but honestly I don't know yet.",
    "i can do 150 on the 25th but i cant say exact",
])
def test_a_doubt_left_open_makes_the_commitment_a_hope(reply: str) -> None:
    assert run([(A, "Your balance of $150 is overdue. When can you pay?"), (C, reply)]) is None


def test_a_payment_that_waits_on_money_coming_takes_no_day_from_the_agent() -> None:
    assert run([(A, "Your loan EMI of Rs 2,400 is overdue. Pay now to avoid a penalty."),
                (C, "salary still not there sir, will pay once it comes")], "INR") is None


def test_a_refused_day_beside_a_call_back_is_no_firm_day() -> None:
    assert run([(A, "Your premium of $90 is overdue."), (C, "Put me down for $90 on Friday"),
                (A, "Sure, Friday 20 November for $90."),
                (C, "Just looked, I won't have it Friday, the rent came out. I'll call you back.")]) is None


def test_what_a_payment_will_leave_is_the_rest_not_a_new_amount() -> None:
    got = run([(A, "You have $120 overdue."), (C, "ill pay 40 today"),
               (A, "Thanks, $40 today noted. That will leave $80."), (C, "ok ill do the 80 next month")])
    assert amount_and_day(got) == (40.0, "2026-11-18")


def test_taking_up_the_part_asked_for_now_beside_the_rest_changes_the_amount() -> None:
    got = run([(A, "Your balance is $300."), (C, "I can do $150 on Friday"),
               (A, "The least we can take is $200, and the remaining $100 can go on next month's bill."),
               (C, "alright, $200 Friday then")])
    assert amount_and_day(got) == (200.0, "2026-11-20")


def test_a_day_dropped_beside_a_new_one_moves_the_promise() -> None:
    got = run([(A, "Your account is $90 overdue."), (C, "Can I pay the $90 on Monday?"), (A, "Yes, Monday is fine."),
               (C, "Ok so Friday, the whole $90. Scrap Monday.")])
    assert amount_and_day(got) == (90.0, "2026-11-20")


@pytest.mark.parametrize(("said", "value"), [("four two five thirty", 425.30), ("one two three forty five", 123.45)])
def test_dollars_read_digit_by_digit_then_the_cents(said: str, value: float) -> None:
    assert parse_number(said) == pytest.approx(value)
