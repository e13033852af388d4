"""Promise to pay: a price said after a bare "hundred", a promise retracted or its day scrapped, a call-back
after checking first, a request spliced on with a comma, Malay weekday names, "not sure when", phone numbers,
and an amount put off to a later bill."""

from __future__ import annotations

import pytest

from analyzers.outcomes.numbers import words_to_number
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize(("text", "value"), [("hundred and twelve fifty", 112.5),
                                             ("hundred and forty ninety nine", 140.99),
                                             ("hundred twelve", 112.0), ("hundred and fifty", 150.0)])
def test_a_bare_hundred_then_a_price_is_dollars_and_cents(text: str, value: float) -> None:
    assert words_to_number(text) == value


@pytest.mark.parametrize("taken_back", [
    "Sorry, I have to retract my last message. The parcel never came and I won't be paying until it does.",
    "Oh wait, my adviser says not to agree anything yet. So scrap the 27th, sorry",
    "hmm scratch friday, I'll sort something out next week",
])
def test_a_promise_retracted_or_its_day_scrapped_is_no_promise(taken_back: str) -> None:
    assert run([(A, "Your account is $200 past due."), (C, "I can pay the $80 on the 27th"),
                (A, "Thanks, noted."), (C, taken_back)]) is None


def test_a_call_back_after_checking_first_takes_the_promise_back() -> None:
    assert run([(A, "you've got sixty pounds outstanding"), (C, "yeah i'll pay it friday"),
                (A, "great so sixty on friday"),
                (C, "actually hang on no, let me check with the bank first and ring you back")], "GBP") is None


def test_a_request_spliced_on_with_a_comma_leaves_the_promise_a_statement() -> None:
    got = run([(A, "Your $60 instalment was declined, a $10 fee was added."),
               (C, "I'll pay the $60 on friday, could you take the fee off?")])
    assert amount_and_day(got) == (60.0, "2026-11-20")


@pytest.mark.parametrize(("day", "due"), [("Jumaat", "2026-11-20"), ("Isnin", "2026-11-23"), ("Khamis", "2026-11-19")])
def test_malay_weekday_names_are_days(day: str, due: str) -> None:
    got = run([(A, "Your instalment of RM120 is overdue."), (C, f"ok I will pay RM120 hari {day}")], "MYR")
    assert amount_and_day(got) == (120.0, due)


def test_paying_at_a_time_the_customer_is_not_sure_of_is_no_promise() -> None:
    assert run([(A, "Your balance of $900 is overdue."),
                (C, "I'll pay once I find work, I don't know when"),
                (A, "Could you manage even $50?"),
                (C, "Honestly right now no. I'll reach out when things change")]) is None


def test_the_digit_groups_of_a_phone_number_are_not_money() -> None:
    assert run([(A, "Your $75 payment failed. Would you like to pay now?"),
                (C, "I need to ask my wife first, I'll call back"),
                (A, "Sure, call us on 6123 4567. A $10 fee applies after the 30th."), (C, "ok noted thanks")]) is None


def test_an_amount_put_off_to_the_next_bill_is_not_the_amount_promised() -> None:
    got = run([(A, "the instalment is three forty nine and there's a fifty dollar fee"),
               (C, "fine"), (A, "can you pay the three forty nine"),
               (C, "yes friday i'll do a transfer in the morning the fifty you can add to next month's one")])
    assert amount_and_day(got) == (349.0, "2026-11-20")
