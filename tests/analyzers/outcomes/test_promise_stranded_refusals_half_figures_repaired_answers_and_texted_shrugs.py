"""Promise to pay: a refusal complete in itself ("the full amount is not possible") before a new commitment, a figure
after "half" too big to be a clock time, an answer repaired as it is said ("monday no actually tuesday"), an agent
asking which day suits with the question mark lost, and doubt texted as "idk", "dunno" or a shrug emoji."""

from __future__ import annotations

import pytest

from analyzers.outcomes.promise_candidates import bare_amounts
from analyzers.outcomes.promise_record import PromiseConfig
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("reply", [
    "see full six thousand is not possible i can do three thousand rupees on friday",
    "the whole amount is not doable for me we can pay three thousand rupees on friday",
])
def test_a_refusal_complete_in_itself_leaves_the_commitment_after_it_standing(reply: str) -> None:
    got = run([(A, "sir your emi of six thousand rupees is overdue, when can you pay"), (C, reply)], "INR")
    assert amount_and_day(got) == (3000.0, "2026-11-20")


@pytest.mark.parametrize(("text", "figures"), [
    ("i can do half two thousand on friday", [2000.0]),
    ("i'll drop in about half ten", []),
])
def test_half_before_a_number_is_a_clock_time_only_when_the_number_is_an_hour(text: str, figures: list[float]) -> None:
    assert [m.amount for m in bare_amounts(text, PromiseConfig())] == figures


@pytest.mark.parametrize("reply", [
    "monday no actually tuesday suits me better",
    "monday say monday no wait tuesday is better, tuesday",
])
def test_an_answer_repaired_as_it_is_said_is_the_day_after_the_repair(reply: str) -> None:
    got = run([(A, "Your $60 payment failed. What day can you pay it?"), (C, reply)])
    assert amount_and_day(got) == (60.0, "2026-11-24")


@pytest.mark.parametrize("ask", ["okay sixty dollars is grand, what day would suit", "fine, which date works best"])
def test_asking_which_day_suits_asks_for_the_day_to_pay(ask: str) -> None:
    got = run([(A, "your bill of one hundred dollars is overdue"), (C, "i cant do the hundred i could do sixty"),
               (A, ask), (C, "tuesday is better for me cause thats when the wages go into my account so tuesday")])
    assert amount_and_day(got) == (60.0, "2026-11-24")


@pytest.mark.parametrize("reply", ["prob can do 50 fri idk", "can do 50 fri dunno", "50 on fri 🤷"])
def test_doubt_texted_as_idk_or_a_shrug_leaves_the_payment_open(reply: str) -> None:
    assert run([(A, "Your $50 instalment is past due. Reply with a payment date."), (C, reply)]) is None


def test_a_texted_payment_without_the_doubt_still_promises() -> None:
    got = run([(A, "Your $50 instalment is past due. Reply with a payment date."), (C, "can do 50 fri")])
    assert amount_and_day(got) == (50.0, "2026-11-20")
