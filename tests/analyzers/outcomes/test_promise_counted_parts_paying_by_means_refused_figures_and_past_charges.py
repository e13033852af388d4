"""Promise to pay: equal parts paid together ("both missed ones" at "$40 each"), a payment named only by its means
("I'll pay with my debit card tomorrow"), a figure refused with "not the", a fee that is the bill itself, a fee the
agent says in spoken figures beside the log, and a charge the creditor already took told with its days."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize(("agent", "reply", "want"), [
    ("Two of your instalments were missed ($40.00 each). Can you catch up?", "ill pay both of them on friday",
     (80.0, "2026-11-20")),
    ("Three payments of $25 each are now overdue. When can you pay?", "I'll clear all three instalments on the 30th",
     (75.0, "2026-11-30")),
    ("You have 2 missed EMIs, each of $55. When can you pay?", "will pay the two missed payments next friday",
     (110.0, "2026-11-27")),
])
def test_equal_parts_paid_together_total_the_price_of_each(agent: str, reply: str,
                                                          want: tuple[float, str]) -> None:
    assert amount_and_day(run([(A, agent), (C, reply)])) == want


@pytest.mark.parametrize("reply", [
    "I'll pay with my debit card tomorrow",
    "ok will pay via paypal tomorrow evening",
    "I'll pay by bank transfer tomorrow",
])
def test_a_payment_named_only_by_its_means_pays_what_is_owed(reply: str) -> None:
    got = run([(A, "Your order of $89.50 didn't go through, the card was declined."), (C, reply)])
    assert amount_and_day(got) == (89.5, "2026-11-19")


@pytest.mark.parametrize("reply", [
    "I'll pay on Friday but not the $25",
    "I'll pay it Friday but not the $25.",
    "I will pay the renewal on Friday but not the $25 one",
    "Friday I'll pay, not a cent of the $25 though",
])
def test_a_figure_refused_with_not_is_not_paid_and_leaves_the_rest_of_the_total(reply: str) -> None:
    got = run([(A, "Your $60 renewal failed and a $25 reactivation charge applies. Total $85."), (C, reply)])
    assert amount_and_day(got) == (60.0, "2026-11-20")


@pytest.mark.parametrize("fee", ["membership fee", "subscription fee", "tuition fee"])
def test_a_fee_that_names_the_bill_itself_is_what_is_paid(fee: str) -> None:
    got = run([(A, f"Your $45 {fee} is overdue and a $15 late fee now applies."),
               (C, f"I'll pay the $45 {fee} on Friday, the late fee I'm disputing.")])
    assert amount_and_day(got) == (45.0, "2026-11-20")


@pytest.mark.parametrize("agent_log", [
    "okay sir twenty fifth november noted and sir late fee of two hundred will also apply",
    "okay madam noted for twenty fifth november and late fee of two fifty also applies",
])
def test_a_fee_the_agent_says_in_spoken_figures_beside_the_log_is_not_the_amount(agent_log: str) -> None:
    got = run([(A, "sir your emi of three thousand is pending since last week"),
               (C, "i will pay three thousand on twenty fifth salary comes on twenty fourth"),
               (A, agent_log),
               (C, "okay okay and please call after six pm only")], "INR")
    assert amount_and_day(got) == (3000.0, "2026-11-25")


@pytest.mark.parametrize("verb", ["You charged me", "You billed me", "I've been charged"])
def test_a_charge_the_creditor_already_took_names_no_day_to_pay(verb: str) -> None:
    assert run([(A, "Your payment of $39.99 was returned unpaid."),
                (C, f"{verb} $39.99 twice in October, on the 5th and on the 6th. Refund the duplicate first.")]) is None
