"""Promise to pay: a promise given up for a dispute with the customer's bank or a word that nothing is coming, a yes to
the agent noting only what the customer hopes to pay, and a payment told as money that "went off" or with its proof
attached."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run

_PROMISED = [(A, "Your repayment of $120 is now overdue. When can you pay?"), (C, "yeah sorry will pay the 120 friday"),
             (A, "Thanks, I'll pop that in for Friday.")]


@pytest.mark.parametrize("reply", [
    "actually that's the order that never showed up. not paying for it, I'm lodging a dispute with my bank instead so "
    "don't expect anything fri",
    "hang on, that's the order that never came. I'm filing a chargeback with my card company instead.",
    "just checked, that order never arrived. so don't expect any payment friday",
])
def test_a_dispute_with_the_bank_or_nothing_coming_takes_the_promise_back(reply: str) -> None:
    assert run([*_PROMISED, (C, reply)], "AUD") is None


@pytest.mark.parametrize("reply", [
    "ok and I want to dispute the late fee with you",
    "and after that don't expect anything more until january",
])
def test_a_fee_disputed_with_the_creditor_or_nothing_more_keeps_the_promise(reply: str) -> None:
    assert amount_and_day(run([*_PROMISED, (C, reply)], "AUD")) == (120.0, "2026-11-20")


@pytest.mark.parametrize("note", [
    "okay i'm gonna note that you might be able to do ninety around the twentieth",
    "alright so you're hoping to do ninety on the twentieth",
])
def test_a_yes_to_the_agent_noting_a_hope_is_no_promise(note: str) -> None:
    assert run([(A, "you're two payments behind, that's six hundred eighteen dollars past due"),
                (C, "today nothing man hopefully by like the twentieth i could do maybe ninety i don't know"),
                (A, note), (C, "yeah whatever")]) is None


@pytest.mark.parametrize("reply", [
    "Good morning,\n\nI instructed my bank to pay the R1,200 by EFT and it went off this morning at 07:02. Proof of "
    "payment attached. Please ensure the cover is not suspended.\n\nRegards,\nAnnelie",
    "The R1,200 has gone through this morning, please find attached the proof of payment.",
])
def test_money_that_went_off_or_has_its_proof_attached_is_no_promise(reply: str) -> None:
    assert run([(A, "Dear Mrs van der Merwe,\n\nYour premium of R1,200 for December is unpaid. Please make payment "
                    "to avoid suspension of cover."), (C, reply)], "ZAR") is None
