"""Promise to pay: a request spliced on with a dash, "tomorrow" in the customer's home language, a weekday said back
to a date in apposition, a "never mind" that lets a refused favour go, a day the agent leaves open, payments seen to or
checkouts completed, a read-back filling the figure for the customer's day, a commitment timed by an event, and a part
added to the agreed payment with its sum after "so"."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014"])
def test_a_request_spliced_on_with_a_dash_leaves_the_statement_before_it_a_promise(dash: str) -> None:
    got = run([(A, "Your instalment of $64.20 is overdue and a $12 late fee was added."),
               (C, f"My bank blocked the debit. I'll pay the $64.20 on Friday {dash} could you remove the $12 fee?")])
    assert amount_and_day(got) == (64.2, "2026-11-20")


@pytest.mark.parametrize("word", ["kesho", "besok", "esok"])
def test_tomorrow_in_the_customers_home_language_is_tomorrow(word: str) -> None:
    got = run([(A, "Your loan repayment of KES 2,300 is overdue."), (C, f"Sawa, I will send 2300 {word} evening")],
              "KES")
    assert amount_and_day(got) == (2300.0, "2026-11-19")


def test_a_weekday_said_back_to_a_date_in_apposition_means_that_date() -> None:
    got = run([(A, "Your repayment of ₦40,000 is late."),
               (C, "I will pay 40k the Friday after next"),
               (A, "Alright. So ₦40,000 on Friday 27 November?"),
               (C, "Yes Friday, 40k")], "NGN")
    assert amount_and_day(got) == (40000.0, "2026-11-27")


@pytest.mark.parametrize("refusal", ["The late fee will still apply, sorry.",
                                     "I'm afraid we're unable to waive the fee."])
def test_never_mind_after_a_refused_favour_keeps_the_promise(refusal: str) -> None:
    got = run([(A, "Your November instalment of $52 was missed."),
               (C, "any chance you drop the late fee? ill pay the $52 friday"),
               (A, refusal),
               (C, "oh ok never mind")])
    assert amount_and_day(got) == (52.0, "2026-11-20")


def test_never_mind_with_no_favour_refused_still_takes_the_promise_back() -> None:
    assert run([(A, "Your November instalment of $52 was missed."),
                (C, "ill pay the $52 friday"),
                (A, "Thanks, shall I book that in?"),
                (C, "never mind")]) is None


@pytest.mark.parametrize(("left_open", "reply"), [
    ("The first payment can be set any day this month.", "ok then first one on the 25th, that's when my bonus lands"),
    ("The first payment can be scheduled for any day that suits you.", "first one on the 25th then"),
])
def test_a_day_the_agent_leaves_open_is_answered_by_a_verbless_day(left_open: str, reply: str) -> None:
    got = run([(A, "Hi, how can I help?"),
               (C, "my phone bill payment bounced, can i spread it out?"),
               (A, f"Yes, that would be $300.00 a month for three months. {left_open}"),
               (C, reply)])
    assert amount_and_day(got) == (300.0, "2026-11-25")


@pytest.mark.parametrize(("reply", "want"), [
    ("Our payroll runs late this month, so we will make sure the $410 is paid by the end of the month.",
     (410.0, "2026-11-30")),
    ("I'll ensure the $410 gets transferred on Friday.", (410.0, "2026-11-20")),
])
def test_seeing_to_it_that_the_money_is_paid_commits(reply: str, want: tuple[float, str]) -> None:
    got = run([(A, "Your invoice of $410.00 could not be charged."), (C, reply)])
    assert amount_and_day(got) == want


def test_completing_a_failed_order_on_a_day_commits_without_a_figure() -> None:
    got = run([(A, "Your checkout for the headphones was declined by your bank."),
               (C, "ugh. I'll switch cards, will complete the order on Friday after work"),
               (A, "Sure, your basket is saved until then.")])
    assert amount_and_day(got) == (None, "2026-11-20")


def test_a_read_back_of_the_customers_day_fills_the_figure_left_out() -> None:
    got = run([(A, "Your $27.50 subscription payment failed yesterday."),
               (C, "ah ok I'll pay Thursday"),
               (C, "wait actually friday works better"),
               (A, "Sounds good! $27.50 on Friday Nov 20 then.")])
    assert amount_and_day(got) == (27.5, "2026-11-20")


@pytest.mark.parametrize("reply", [
    "Once the dispute is closed I'll pay everything together. Please hold the late fee till then",
    "As soon as the dispute is closed I'll pay everything at once.",
])
def test_a_commitment_timed_by_an_event_sets_the_agents_day_aside(reply: str) -> None:
    assert run([(A, "I've opened a dispute for the $80 charge. Would you like to pay the undisputed $120 now?"),
                (C, reply)]) is None


def test_a_part_added_to_the_agreed_payment_with_its_sum_after_so_is_the_amount() -> None:
    got = run([(A, "the instalment of one hundred and eighty pounds is due and there's twenty still owing"),
               (C, "ok i can do the one eighty on friday"),
               (A, "ok one eighty friday and the twenty"),
               (C, "and the twenty as well so two hundred friday")], "GBP")
    assert amount_and_day(got) == (200.0, "2026-11-20")
