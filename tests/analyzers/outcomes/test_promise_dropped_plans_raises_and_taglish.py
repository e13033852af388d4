"""Promise to pay: a plan dropped by name ("forget the Tuesday plan"), an instruction to process nothing, a bare "hold
off", an agent cancelling the pending payment, a second thought opened by an interjection, a negation that gives a
reason rather than refusing, a subjectless "will pay" run on after a day, an amount bumped up, a plan proposed as a
gerund, and Taglish payment verbs."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run

WITHDRAWN = [
    # the arrangement named and dropped
    [(A, "Your balance of $75 is overdue."), (C, "fine, $75 on Tuesday"), (A, "Shall I text you a link?"),
     (C, "No. Forget about the Tuesday payment, I'm closing this account and complaining to the ombudsman")],
    # the agent told to process nothing
    [(A, "Your instalment of $60 bounced."), (C, "I can do it monday"), (A, "I'll book $60 for Monday then."),
     (C, "my refund hasn't come through so do not process anything yet")],
    # a bare "hold off" stops it
    [(A, "Your order payment of $33 failed."), (C, "ok I'll pay it friday"),
     (C, "hold off, the parcel is going back to the shop")],
    # the agent cancels the pending payment and names no other day
    [(A, "Your payment of $90 was declined."), (C, "I'll pay the $90 on Friday"),
     (C, "I'm sending the item back, please stop it"),
     (A, "No problem, I have cancelled the pending payment for Friday.")],
    # an interjection before the second thought
    [(A, "Your account is $120 behind."), (C, "I'll pay $120 on Monday"), (A, "Great, logged for Monday."),
     (C, "ugh sorry, can't do Monday, the wages are late")],
]


@pytest.mark.parametrize("turns", WITHDRAWN)
def test_a_promise_dropped_later_in_the_call_is_no_promise(turns: list) -> None:
    assert run(turns) is None


def test_asking_the_agent_to_hold_off_collections_keeps_the_promise() -> None:
    got = run([(A, "Your bill of £80 is overdue."),
               (C, "I will pay the £80 on 30/11. Please could you hold off sending letters until then.")], "GBP")
    assert amount_and_day(got) == (80.0, "2026-11-30")


def test_a_negation_that_gives_the_reason_for_a_new_day_moves_the_promise() -> None:
    got = run([(A, "You owe $50 from last month."), (C, "i can do fifty on friday"),
               (A, "ok fifty on friday"), (C, "oh wait friday im not paid till late can you make it monday instead")])
    assert amount_and_day(got) == (50.0, "2026-11-23")


def test_a_subjectless_will_pay_run_on_after_a_day_commits() -> None:
    got = run([(A, "Your $80 repayment is late."), (C, "no money now, paid on thursday will send the $80 then")])
    assert amount_and_day(got) == (80.0, "2026-11-19")


def test_an_amount_bumped_up_later_in_the_turn_is_the_final_word() -> None:
    got = run([(A, "You are $55 behind."),
               (C, "I'll pay $40 on the 25th. Actually I'll bump it up to $60 so the fee is covered too.")])
    assert amount_and_day(got) == (60.0, "2026-11-25")


def test_a_plan_proposed_as_a_gerund_counts_as_its_first_instalment() -> None:
    got = run([(A, "Your arrears are $900."),
               (C, "We propose paying $150 a month, beginning 4 December, until the balance is paid off.")])
    assert amount_and_day(got) == (150.0, "2026-12-04")


@pytest.mark.parametrize(("turns", "want"), [
    # "no salary yet, on the 20th I'll pay the 1,500", and the agent reads it back
    ([(A, "Your loan payment of ₱1,500 is overdue."), (C, "wala pa po sahod, sa 20 po magbabayad ako ng 1,500"),
      (A, "Noted po, ₱1,500 on Nov 20.")], (1500.0, "2026-11-20")),
    # "can I pay on Monday?" and the agent agrees
    ([(A, "Your ₱980 instalment is overdue."), (C, "pwede ko po bang bayaran sa monday? 980 po"),
      (A, "Yes po, noted ₱980 on Monday.")], (980.0, "2026-11-23")),
])
def test_taglish_payment_verbs_commit_and_offer(turns: list, want: tuple[float, str]) -> None:
    assert amount_and_day(run(turns, "PHP")) == want


def test_a_bare_total_the_agent_works_out_is_the_amount_a_bare_yes_repeats() -> None:
    got = run([(A, "hi it's about the thirty dollar bill you missed"),
               (C, "right i'll do the thirty and the reconnection charge next week on the 26th"),
               (A, "reconnection is fifteen dollars which makes forty five"), (C, "ok forty five on the 26th")])
    assert amount_and_day(got) == (45.0, "2026-11-26")


def test_a_certain_day_with_the_amount_still_unknown_is_a_promise_without_an_amount() -> None:
    got = run([(A, "Your account is $400 behind. What could you pay?"),
               (C, "I'll pay on the 27th without fail, I'm just not sure how much I'll have, it depends on tips")])
    assert amount_and_day(got) == (None, "2026-11-27")


def test_an_attempt_with_the_amount_unknown_stays_no_promise() -> None:
    assert run([(A, "Your account is $400 behind."),
                (C, "I'll try to pay something on the 27th, not sure how much, depends on tips")]) is None
