"""Promise to pay: a figure written with "k" wherever it stands, Nigerian Pidgin's "fit" (can) and its hedges, the
simple present with the amount before the day, money told as already moved, a correction followed by the rest, and
an instalment named by its place in the plan."""

from __future__ import annotations

import pytest

from analyzers.outcomes.money import find_amounts
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize(("text", "amount"), [
    ("the 15k. everything", 15000.0),
    ("12.5k on Monday", 12500.0),
    ("ok 20k", 20000.0),
])
def test_a_figure_written_with_k_is_thousands_without_a_payment_verb(text: str, amount: float) -> None:
    assert [a.amount for a in find_amounts(text)] == [amount]


def test_a_short_answer_in_k_completes_the_promise() -> None:
    got = run([(A, "Your phone instalment of N15,000 is 5 days overdue."), (C, "I go pay by monday latest"),
               (A, "Ok. Please confirm the amount you will pay on Monday"), (C, "the 15k. everything")], "NGN")
    assert amount_and_day(got) == (15000.0, "2026-11-23")


@pytest.mark.parametrize("reply", [
    "I fit pay one instalment first. 10k on Friday sure",
    # Pidgin's perfect "don": the talking is done, nothing waits on it
    "I fit pay one instalment first. 10k on Friday sure, i don talk to my oga for salary advance",
])
def test_pidgin_fit_is_can(reply: str) -> None:
    got = run([(A, "Outstanding is ₦30,000 (3 instalments of ₦10,000). When can you make a payment?"), (C, reply),
               (A, "Okay sir, ₦10,000 on Friday. Thank you")], "NGN")
    assert amount_and_day(got) == (10000.0, "2026-11-20")


@pytest.mark.parametrize("reply", ["I go pay 10k on Friday, i don talk to my oga for salary advance",
                                   "I will pay 10k on Friday, i don talk to my oga"])
def test_talking_to_someone_already_done_is_no_hedge(reply: str) -> None:
    # Pidgin's perfect "don": the asking is done, so the day does not wait on it
    got = run([(A, "Outstanding is ₦30,000. When can you make a payment?"), (C, reply)], "NGN")
    assert amount_and_day(got) == (10000.0, "2026-11-20")


@pytest.mark.parametrize("turns", [
    [(C, "I fit pay 20k on friday but e no sure o, make una no hold me")],
    [(C, "I fit pay 20k on friday"), (A, "Can we confirm Friday?"), (C, "I go try. If customer pay me I go send am")],
])
def test_pidgin_doubts_and_tries_are_no_promise(turns: list) -> None:
    assert run([(A, "Your N20,000 instalment is overdue. When will you pay?"), *turns], "NGN") is None


@pytest.mark.parametrize(("reply", "expected"), [
    ("okay lah i pay one hundred fifty on the thirtieth the rest next month can", (150.0, "2026-11-30")),
    ("ok i send 50 on friday", (50.0, "2026-11-20")),
    ("i pay 150 on the thirtieth", (150.0, "2026-11-30")),
])
def test_the_simple_present_with_the_amount_before_the_day_commits(reply: str, expected: tuple) -> None:
    # volunteered, not an answer to a question: the verb alone must commit
    got = run([(A, "the outstanding on your membership is two hundred ninety eight dollars"), (C, reply)], "SGD")
    assert amount_and_day(got) == expected


@pytest.mark.parametrize("reply", [
    "I do not owe €89. I'd also like the €89 you took in October refunded, since I cancelled on the 3rd.",
    "I refuse to pay this fee. My payment of €118.32 left my account on 2 November, and you also took the direct "
    "debit again on the 24th, so you've charged me twice.",
])
def test_money_told_as_already_moved_is_no_promise(reply: str) -> None:
    assert run([(A, "Your payment of €89.00 is outstanding. Please pay by 2 December."), (C, reply)], "EUR") is None


def test_a_correction_followed_by_the_rest_corrects_the_amount() -> None:
    got = run([(A, "Your renewal of S$129.00 could not be charged."), (C, "Noted. I'll pay S$129 on Friday."),
               (A, "Thank you. We have noted payment of S$129.00 this Friday."),
               (C, "Correction — I can only manage S$100 on Friday, the remaining S$29 in January. Sorry.")], "SGD")
    assert amount_and_day(got) == (100.0, "2026-11-20")


def test_an_instalment_named_by_its_place_in_the_plan_is_that_instalment() -> None:
    got = run([(A, "Your 2nd of 3 instalments for your order ($45.00) was declined today."),
               (C, "I'll pay the missed instalment on Friday, the 45.00, once I'm home")], "CAD")
    assert amount_and_day(got) == (45.0, "2026-11-20")
