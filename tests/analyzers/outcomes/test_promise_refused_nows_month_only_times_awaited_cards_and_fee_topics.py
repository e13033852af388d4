"""Promise to pay: "now" inside a refusal, a month with no day, an ordinal in an idiom of order, a shout promised
back, "when I have it" after a card the customer awaits, and a turn that opens on a fee."""

from __future__ import annotations

from analyzers.outcomes.dates import find_dates
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


def test_now_inside_a_refusal_is_not_the_day_promised() -> None:
    got = run([(A, "Your payment of $120 is still outstanding."),
               (C, "i can't manage the whole thing right now um friday i can do sixty dollars")])
    assert amount_and_day(got) == (60.0, "2026-11-20")


def test_nothing_right_now_and_a_month_with_no_day_is_no_promise() -> None:
    assert run([(A, "Could you put down even $20 today?"),
                (C, "no sorry there's nothing right now, i'll send something in february when work picks up")]) is None


def test_a_month_with_its_day_said_before_it_stays_a_day() -> None:
    got = run([(A, "Your instalment of $300 is overdue."), (C, "i will pay the $300 on the twelfth in december")])
    assert amount_and_day(got) == (300.0, "2026-12-12")


def test_an_ordinal_in_an_idiom_of_order_is_no_day() -> None:
    assert find_dates("a charge I never agreed to in the first place", WED) == []
    assert find_dates("we'll try email in the first instance", WED) == []


def test_a_shout_promised_back_is_a_call_not_a_payment() -> None:
    assert run([(A, "The loan is $400 behind, could you pay something before the holidays?"),
                (C, "i need to go through it with my partner first"),
                (A, "ok so monday then"),
                (C, "yeah monday i'll give you a shout")]) is None


def test_when_i_have_it_after_an_awaited_card_keeps_the_day() -> None:
    got = run([(A, "Your subscription payment failed because the card expired."),
               (C, "My bank is sending me a replacement card. I'll pay what's due on the 1st when I have it, ok?"),
               (A, "Sure, I've noted the 1st.")])
    assert got is not None and got["due_date"] == "2026-12-01"


def test_when_i_have_it_with_nothing_awaited_stays_a_hedge() -> None:
    assert run([(A, "Your payment of $50 failed."), (C, "I'll pay the $50 on the 1st when I have it")]) is None


def test_a_turn_opening_on_the_fee_leaves_the_promise_standing() -> None:
    got = run([(A, "Your instalment of $90 is overdue and there is a late fee of $15."),
               (C, "ok i will pay the $90 on the 25th"),
               (A, "$90 on the 25th, and the late fee?"),
               (C, "that late fee i will speak to my bank first, i don't agree with it")])
    assert amount_and_day(got) == (90.0, "2026-11-25")
