"""Promise to pay: a bare "Noted!" after the terms logs them, a day left open or out of the customer's hands is a
guess, proof sent with "let me" is no payment, any kind of fee named after a figure is a fee, a yes naming the rest
leaves the first part standing, the part taken up said without a currency, "if not I understand" after a favour
asked, and clock times are no figures."""

from __future__ import annotations

import pytest

from analyzers.outcomes.promise_phrases import BARE_NUMBER
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


def test_a_bare_noted_after_the_terms_logs_the_moved_day() -> None:
    got = run([(A, "Your 2nd instalment of $150.00 didn't go through."),
               (C, "Sorry, my card hit the limit. I'll pay the $150 on Friday."),
               (A, "Great, I'll set a reminder for Friday."),
               (C, "Oh wait, payday moved to next Monday. Can we say Monday instead? Same amount."),
               (A, "Sure, $150 on Monday, 23 Nov. Noted!"),
               (C, "Thanks")], "SGD")
    assert amount_and_day(got) == (150.0, "2026-11-23")


@pytest.mark.parametrize("reply", [
    "I'll pay when my client pays me, probably late November. Could be the 25th, could be later, I don't control it",
    "I'll pay the $200 on the 25th, but the payout date is out of my hands",
])
def test_a_day_left_open_or_out_of_the_customers_hands_is_no_promise(reply: str) -> None:
    assert run([(A, "Your loan has arrears of KES 5,400. Can we agree a date?"), (C, reply)], "KES") is None


def test_proof_sent_with_let_me_is_no_payment() -> None:
    assert run([(A, "Your premium of R450 is unpaid. Kindly make payment today to keep your cover active."),
                (C, "Morning. I paid the R450 yesterday by EFT, let me send you the POP"),
                (A, "Thank you, I'll forward this to allocations.")], "ZAR") is None


def test_any_kind_of_fee_named_after_a_figure_is_no_amount_agreed() -> None:
    got = run([(A, "Your Nov bill of $95.00 is now 14 days overdue."),
               (C, "sorry been away. will pay the $95 tmrw once my pay's in"),
               (A, "Thanks, noted for tomorrow. Reminder: a $10 reconnection fee applies if the service is suspended."),
               (C, "all good cheers")], "NZD")
    assert amount_and_day(got) == (95.0, "2026-11-19")


def test_a_yes_that_names_the_rest_leaves_the_first_part_standing() -> None:
    got = run([(A, "Hi Tyler, your bill of $118.60 is past due."),
               (C, "cant rn. k i can do $60 friday morning b4 work"),
               (A, "Thanks Tyler. We've noted a $60 payment for Friday. A balance of $58.60 will remain."),
               (C, "ya ill get the rest on the 30th prob")])
    assert amount_and_day(got) == (60.0, "2026-11-20")


def test_the_first_part_taken_up_in_words_without_a_currency_moves_the_amount() -> None:
    got = run([(A, "your payment of three hundred twelve dollars came back, what are you able to put down"),
               (C, "i can do a hundred on the uh the twentieth"),
               (C, "no you know what put down one twenty five i'll have the overtime by then"),
               (A, "okay one hundred twenty five dollars on november twentieth and then we'll talk about the rest"),
               (C, "yep one twenty five on the twentieth")], "CAD")
    assert amount_and_day(got) == (125.0, "2026-11-20")


@pytest.mark.parametrize("after", ["If not I understand.", "If not, no worries.", "if not that's fine"])
def test_taking_a_refused_favour_in_good_part_keeps_the_promise(after: str) -> None:
    got = run([(A, "The current balance owing is $412.50. Please contact us to arrange payment."),
               (C, f"I will pay the full balance in two weeks, I'm just waiting for a cheque to clear. "
                   f"Could the late fees be removed as a one-time courtesy? {after}")], "CAD")
    assert amount_and_day(got) == (412.5, "2026-12-02")


def test_a_clock_time_is_no_bare_figure() -> None:
    assert BARE_NUMBER.search("Paid from Capitec at 15:42") is None
