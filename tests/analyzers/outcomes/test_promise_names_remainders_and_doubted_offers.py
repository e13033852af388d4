"""Promise to pay: "end of next week" said at the weekend, texted negations without the apostrophe, a refusal to
commit to anything, an offer the customer doubts, "pay it" after an amount is promised, the remainder named
beside a settlement, and a number word hyphened to digits in a shop's name."""

from __future__ import annotations

from datetime import date

from analyzers.outcomes.dates import find_dates
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


def test_end_of_next_week_said_on_a_saturday_is_the_coming_friday() -> None:
    found = find_dates("I'll have it by the end of next week", date(2026, 11, 21))
    assert [d.value for d in found] == [date(2026, 11, 27)]


def test_a_texted_dont_without_apostrophe_withholds_the_day() -> None:
    got = run([(A, "Your bill of $75 is late. Shall I book Monday as your payment date?"),
               (C, "nah dont put me down for anything, not sure when my check clears")])
    assert got is None


def test_refusing_to_commit_to_anything_takes_the_promise_back() -> None:
    got = run([(A, "can we set a date for the sixty dollars"),
               (C, "ok i'll do the sixty on friday"),
               (C, "wait actually i'm not going to commit to anything until i see my statement")])
    assert got is None


def test_an_offer_the_customer_doubts_is_no_offer() -> None:
    got = run([(A, "When could you pay the $120?"),
               (C, "Hopefully I can pay it next week, maybe the 27th? Not sure yet though"),
               (A, "Okay, let us know once you know.")])
    assert got is None


def test_pay_it_after_a_promised_amount_moves_that_payment() -> None:
    got = run([(A, "Your instalment of $40.00 (order total $160.00) failed. Reply with a date you can pay."),
               (C, "I can pay the $40.00 on November 24."),
               (A, "Thanks, scheduled for November 24."),
               (C, "Could we move it? I'll pay it on the 26th instead."),
               (A, "Sure, moved to November 26.")])
    assert amount_and_day(got) == (40.0, "2026-11-26")


def test_the_remainder_named_beside_a_settlement_is_not_paid() -> None:
    got = run([(A, "We can accept $600 in full settlement of your $900 balance."),
               (C, "I accept the $600 and will send it on 25 November. Will the remaining $300 be waived?")])
    assert amount_and_day(got) == (600.0, "2026-11-25")


def test_a_number_word_hyphened_to_digits_is_a_name_not_a_figure() -> None:
    got = run([(A, "When can you pay?"),
               (C, "I'll pay it on Friday, I'll stop by 7-Eleven on the way")])
    assert amount_and_day(got) == (None, "2026-11-20")
