"""Promise to pay: "the next ones" (later instalments, in the plural) leave the first payment's day standing; a hope
about money already paid ("I paid the fee last week so hopefully that's applied") does not hedge the promise beside
it; paying put after "maybe" is a possibility, not a promise; and an English verb opening a Taglish clause with "ko"
after it ("pay ko 2,100") commits as "I'll pay" does, while "my 13th month pay ko" names the customer's pay."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


def test_the_next_ones_are_later_instalments_and_keep_the_first_day() -> None:
    got = run([(A, "Your instalment of $200 is overdue, $600 left in total."), (C, "I'll pay the $200 on the 25th"),
               (A, "Okay, $200 on November 25."), (C, "and then the next ones i will pay on the 10th like before")])
    assert amount_and_day(got) == (200.0, "2026-11-25")


def test_a_hope_about_a_payment_made_earlier_does_not_hedge_the_promise() -> None:
    got = run([(A, "Your payment of $120 was declined."),
               (C, "I'll pay the $120 on Friday. I paid the $15 fee last week so hopefully that's been applied?")])
    assert amount_and_day(got) == (120.0, "2026-11-20")


@pytest.mark.parametrize("said", [
    "ok so maybe i'll send $40 on friday",
    "maybe ill send something on friday if my customers pay me",
    "Perhaps we can do $40 on Friday",
])
def test_paying_put_after_maybe_is_no_promise(said: str) -> None:
    assert run([(A, "Your balance of $90 is overdue."), (C, said)]) is None


def test_a_taglish_verb_with_ko_commits() -> None:
    got = run([(A, "Your amortization of PHP 2,100 is overdue."), (C, "sahod ko sa 30. pay ko 2,100 that day po"),
               (A, "Noted po, PHP 2,100 on Nov 30.")], currency="PHP")
    assert amount_and_day(got) == (2100.0, "2026-11-30")


def test_pay_ko_after_a_noun_is_the_customers_pay() -> None:
    assert run([(A, "Your amortization of PHP 2,100 is overdue."), (C, "my 13th month pay ko comes on the 30th")],
               currency="PHP") is None
