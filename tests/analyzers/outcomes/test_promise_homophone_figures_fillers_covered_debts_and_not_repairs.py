"""Promise to pay: "two" written as "too" before a scale word, a filler before a summed total, a debt the payment is
said to cover, and a new figure set against the old one with "not"."""

from __future__ import annotations

import pytest

from analyzers.outcomes.money import find_amounts
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize(("text", "want"), [("i can do too hundred then", 200.0),
                                            ("maybe too thousand five hundred dollars", 2500.0)])
def test_too_before_a_scale_word_is_two(text: str, want: float) -> None:
    assert [m.amount for m in find_amounts(text)] == [want]


def test_too_elsewhere_is_no_number() -> None:
    assert find_amounts("me too, a hundred times over") == []


def test_a_transcribed_too_hundred_is_the_promised_figure() -> None:
    got = run([(A, "your renewal for three hundred forty nine failed"),
               (C, "i cant do that now i can do too hundred then on the twentieth")])
    assert amount_and_day(got) == (200.0, "2026-11-20")


@pytest.mark.parametrize("filler", ["like", "um", "uh"])
def test_a_filler_before_the_sum_keeps_it_the_total(filler: str) -> None:
    got = run([(A, "the last charge for sixty nine ninety nine was declined and there's a five dollar late fee"),
               (C, f"friday i can do the sixty nine ninety nine plus the fee so {filler} seventy four ninety nine")])
    assert amount_and_day(got) == (74.99, "2026-11-20")


@pytest.mark.parametrize("covers", ["which should cover the", "that will cover the", "to cover the"])
def test_the_debt_a_payment_is_said_to_cover_is_not_paid(covers: str) -> None:
    got = run([(A, "Your subscription (KES 12,900 per year) could not be renewed."),
               (C, f"Our card is in USD. I will pay USD 100 on Monday 30 November, {covers} KES 12,900.")], "KES")
    assert got is not None and (got["amount"], got["currency"], got["due_date"]) == (100.0, "USD", "2026-11-30")


def test_cover_naming_the_payment_itself_still_pays_it() -> None:
    got = run([(A, "Your balance of $300 is overdue."), (C, "I can cover 150 on Friday")])
    assert amount_and_day(got) == (150.0, "2026-11-20")


@pytest.mark.parametrize("repair", ["Ok ok R450 on Fri then, not R400 like I said",
                                    "R450 not R400, sorry", "fine, R450 Friday instead of R400"])
def test_a_figure_set_against_the_old_one_repairs_the_promise(repair: str) -> None:
    got = run([(A, "Your instalment of R450 bounced. When can you pay?"), (C, "I'll pay R400 on Fri"),
               (A, "The instalment is R450 though"), (C, repair)], "ZAR")
    assert amount_and_day(got) == (450.0, "2026-11-20")


def test_a_figure_merely_refused_repairs_nothing() -> None:
    got = run([(A, "Your instalment of R450 bounced. When can you pay?"), (C, "I'll pay R400 on Fri"),
               (A, "Can you do R450?"), (C, "not R450, sorry")], "ZAR")
    assert amount_and_day(got) == (400.0, "2026-11-20")
