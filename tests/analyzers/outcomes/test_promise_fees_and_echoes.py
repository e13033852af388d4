"""Promise to pay: which figure is the customer's own (not a fee, not the debt beside it, not the amount given up),
a day already past, a call offered as the fallback, "do it" with a time after it, pence after "the", "a week
today", and a weekday said back to a read-back that dated it."""

from __future__ import annotations

from datetime import date

import pytest

from analyzers.document import SpeakerRole
from analyzers.outcomes.dates import find_dates
from analyzers.outcomes.money import find_amounts
from analyzers.outcomes.promise_commitment import commitment_span
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


@pytest.mark.parametrize(("turns", "want"), [
    # a fee named in the same sentence as the payment
    ([(A, "Your invoice of $240.00 is unpaid; a $20.00 admin charge applies after the 30th."),
      (C, "I will pay $240 on 11/27, so please don't add the $20 charge.")], (240.0, "2026-11-27")),
    # a fee named after the commitment, the payment a figure said before as money
    ([(A, "Your instalment of $74.50 is overdue. When do you think you can cover it?"),
      (C, "end of next week, the 74.50. Can you hold off the $8 late fees till then")], (74.5, "2026-11-27")),
    # the debt named beside the agreed settlement, the payment in a later sentence
    ([(A, "We can accept $600 in full and final settlement of the $950 balance if paid by 30 November."),
      (C, "Thanks for agreeing $600 against the outstanding $950. I'll make the payment by the end of the month.")],
     (600.0, "2026-11-30")),
])
def test_a_fee_or_the_debt_beside_the_payment_is_not_the_payment(turns: list[tuple[SpeakerRole, str]],
                                                                  want: tuple[float, str]) -> None:
    assert amount_and_day(run(turns)) == want


def test_a_fee_word_before_the_commitment_does_not_make_its_amount_a_fee() -> None:
    got = run([(A, "Your balance is $180, including a $25 late fee."),
               (C, "Please waive the late fees, I'll pay $155 on 11/25.")])
    assert amount_and_day(got) == (155.0, "2026-11-25")


def test_the_amount_given_up_is_not_the_promise_and_corrects_the_earlier_one() -> None:
    got = run([(A, "Your past due balance is $300."),
               (C, "I can pay $120 on 11/30 and the rest in December."),
               (C, "Correction: I can do $150 on 11/30 instead of $120. The remaining $150 in December.")])
    assert amount_and_day(got) == (150.0, "2026-11-30")


def test_a_day_already_past_in_the_agents_notice_is_no_day_to_pay() -> None:
    got = run([(A, "Your account shows an overdue amount of $410.00 as of November 10, 2026. Please settle at "
                   "your earliest convenience."),
               (C, "I'm confused. My monthly payment is $205 and I only missed one. Please send the statement.\n\n"
                   "Once I receive and check the breakdown I will settle the correct amount.")])
    assert got is None


def test_a_call_offered_as_the_fallback_takes_the_promise_back() -> None:
    got = run([(A, "your account is two payments behind, that's four hundred dollars"),
               (C, "i can pay two hundred on the twenty fifth if my overtime comes through"),
               (A, "and if it doesn't come through"), (C, "then i don't know i'll have to phone you")])
    assert got is None


def test_asking_to_be_called_tomorrow_is_no_promise() -> None:
    got = run([(A, "Hi Sam, your payment of $58.20 is past due. Reply PAY for a link."),
               (C, "at work rn"), (C, "can u call me tmrw and we can sort it out")])
    assert got is None


def test_do_it_then_a_time_of_day_is_no_figure() -> None:
    got = run([(A, "your instalment of forty dollars was due monday"),
               (C, "can i just do the forty today"), (A, "yep that's fine so forty dollars today"),
               (C, "yeah i'll do it on my lunch break about twelve thirty")])
    assert amount_and_day(got) == (40.0, "2026-11-18")


def test_pence_after_the_are_money_not_a_day() -> None:
    got = run([(A, "The £12.99 monthly renewal was declined this morning."),
               (C, "I'll do it friday, the 12.99")], "GBP")
    assert amount_and_day(got) == (12.99, "2026-11-20")


@pytest.mark.parametrize(("text", "day"), [("a week today", date(2026, 11, 25)),
                                           ("a week tomorrow", date(2026, 11, 26)),
                                           ("a week on friday", date(2026, 11, 27))])
def test_a_week_today(text: str, day: date) -> None:
    assert [d.value for d in find_dates(text, WED)] == [day]


def test_a_weekday_said_back_to_a_dated_read_back_means_that_date() -> None:
    got = run([(A, "you missed the last payment of ninety dollars"),
               (C, "i'll do the ninety then in a fortnight for sure"),
               (A, "okay ninety dollars on wednesday the second"), (C, "yep wednesday")], "AUD")
    assert amount_and_day(got) == (90.0, "2026-12-02")


@pytest.mark.parametrize("text, amount", [("R612.75", 612.75), ("R89,40", 89.4), ("R2,480.10", 2480.1)])
def test_the_rand_sign_keeps_the_cents_of_its_figure(text: str, amount: float) -> None:
    assert [m.amount for m in find_amounts(f"the fee of {text} is due", "USD", "ZAR")] == [amount]


def test_sending_over_the_proof_the_agent_asked_whether_you_have_is_no_promise() -> None:
    turns = [(A, "Your card bill shows $74.10 owing."), (C, "I settled that by bank transfer last week"),
             (A, "Right, have you got a receipt for it?"), (C, "it's in my inbox somewhere, I'll send it tomorrow")]
    assert run(turns) is None


def test_a_figure_said_after_the_whole_balance_is_the_total_promised() -> None:
    turns = [(A, "The premium of $480 was not paid, and a $35 returned-payment fee was added."),
             (C, "fine, I'll clear everything on Friday, so five one five")]
    assert amount_and_day(run(turns)) == (515.0, "2026-11-20")


@pytest.mark.parametrize("verb", ["make the bank transfer", "make an EFT deposit", "make the online transfer"])
def test_making_a_named_kind_of_transfer_is_a_commitment(verb: str) -> None:
    assert commitment_span(f"Thanks, I will {verb} on Friday.") is not None
