"""A total the customer says after the agent added two figures, the first part's day in a split payment, digits read
one by one down to their zeros, and the plan whose first instalment is promised after it was floated with a hedge."""

from __future__ import annotations

import pytest

from analyzers.outcomes.money import find_amounts
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize(("turns", "want"), [
    # the agent adds the arrears and a charge without a currency; the customer names the sum alone
    pytest.param([(A, "the overdue amount is $480"),
                  (A, "can you settle by the 27th, so the four eighty plus the thirty five admin charge"),
                  (C, "ok five fifteen on the 27th then")], (515.0, "2026-11-27"), id="sum-of-figures-added"),
    pytest.param([(A, "you owe $90 + the $12 fee, could you pay on monday?"), (C, "yes 102 monday")],
                 (102.0, "2026-11-23"), id="sum-with-a-plus-sign"),
    # the customer adds the parts the agent named and marks the sum after it: the sum is paid, not the first part
    pytest.param([(A, "there's a hundred and ten outstanding plus a twenty five dollar returned payment charge"),
                  (C, "fine i'll send it saturday the hundred and ten and the twenty five so one thirty five "
                      "in total")],
                 (135.0, "2026-11-21"), id="sum-marked-after-the-figure"),
])
def test_a_total_of_figures_added_together_is_money(turns, want) -> None:
    assert amount_and_day(run(turns)) == want


@pytest.mark.parametrize(("turns", "want"), [
    # the first part's day is said before the commitment; the day after "the other" is the second part's
    pytest.param([(A, "Your $100 payment didn't go through."),
                  (C, "monday i can send 50 and the other 50 on the 28th")], (50.0, "2026-11-23"),
                 id="first-part-day-said-first"),
    # paying only the remainder: its own day stands, even with an earlier day said
    pytest.param([(A, "Your $100 payment didn't go through."),
                  (C, "I sent $60 yesterday. I will send the remaining $40 on the 28th.")], (40.0, "2026-11-28"),
                 id="only-the-remainder-keeps-its-day"),
])
def test_a_day_after_the_other_part_belongs_to_the_second_payment(turns, want) -> None:
    assert amount_and_day(run(turns)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("i can pay two four zero zero on friday", 2400.0),
    ("one zero seven five dollars", 1075.0),
])
def test_digits_read_one_by_one_keep_their_zeros(text: str, want: float) -> None:
    assert [m.amount for m in find_amounts(text)] == [want]


def test_a_hedged_plan_is_the_plan_of_its_first_instalment() -> None:
    got = run([(A, "the balance is $300, what would you be able to manage?"),
               (C, "hmm not sure, could maybe do sixty a week for five weeks"),
               (A, "that works for us, when can the first payment go out?"),
               (C, "alright i'll pay the first one on tuesday")])
    assert got is not None
    assert amount_and_day(got) == (60.0, "2026-11-24")
    assert got["plan"] == {"frequency": "weekly", "instalments": 5}
