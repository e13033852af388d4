"""Promise to pay: a figure repaired as it is said, a hedge about the balance with no article, a proposal put off,
an agent told not to note the day, every commitment held back, a callback offered as a question, "end month",
"Can," as a yes, and the amount listed with the day a commitment takes."""

from __future__ import annotations

from datetime import date

import pytest

from analyzers.outcomes.dates import find_dates
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


def test_a_figure_repaired_as_it_is_said_is_the_figure_promised() -> None:
    got = run([(A, "there's two thousand four hundred outstanding on the account"),
               (C, "what i can manage is twelve hundred sorry one thousand two hundred and fifty on friday")])
    assert amount_and_day(got) == (1250.0, "2026-11-20")


def test_a_hedge_about_the_balance_without_an_article_keeps_the_promise() -> None:
    got = run([(A, "sir when can you pay the six thousand"), (C, "i will pay three thousand on friday"),
               (A, "okay three thousand on friday and the rest"), (C, "balance next month i will try")], "INR")
    assert amount_and_day(got) == (3000.0, "2026-11-20")


@pytest.mark.parametrize("reply", ["leave it for now, I'll pay through the app once the money's in",
                                   "let's hold off, I'll pay through the app once the money's in"])
def test_a_proposal_put_off_fills_in_no_day(reply: str) -> None:
    assert run([(A, "Your $80 payment is overdue. When can you pay?"), (C, "maybe around the 25th, not sure"),
                (A, "Shall I put the 25th down as your payment date?"), (C, reply)]) is None


@pytest.mark.parametrize("reply", ["no wait, dont log it, my brother hasn't paid me back",
                                   "please don't put a date, i will call when i know"])
def test_telling_the_agent_not_to_note_the_day_takes_the_promise_back(reply: str) -> None:
    assert run([(A, "can you pay two thousand on friday"), (C, "ok friday i will pay two thousand"),
                (A, "okay noting two thousand on friday"), (C, reply)], "INR") is None


def test_refusing_to_agree_to_anything_takes_the_promise_back() -> None:
    assert run([(A, "Your £45 repayment is late."), (C, "Fine, I'll pay £45 on Monday."),
                (A, "Please note a £12 charge was added last week."),
                (C, "Then I'm not agreeing to anything until the charge is removed.")], "GBP") is None


def test_a_callback_offered_as_a_question_is_no_offer_to_pay() -> None:
    assert run([(A, "Your $150 instalment is overdue. Can you pay it today?"),
                (C, "I need to ask my husband, I'll call you back on Friday to sort out the $150, okay?"),
                (A, "Sure, our lines are open until 6pm.")]) is None


@pytest.mark.parametrize(("text", "expected"), [("end month", date(2026, 11, 30)),
                                                ("end next month", date(2026, 12, 31))])
def test_end_month_without_of(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(f"I'll send it {text}", WED)] == [expected]


def test_the_month_end_said_without_of_is_the_day_promised() -> None:
    got = run([(A, "When can you make a payment?"), (C, "I will send 2,500 end month when my salary comes.")], "KES")
    assert amount_and_day(got) == (2500.0, "2026-11-30")


def test_can_with_a_comma_accepts_an_offer() -> None:
    got = run([(A, "Your bills total RM600 overdue."), (C, "i bank in RM300 this friday can?"),
               (A, "Can, noted. Balance pls settle next month")], "MYR")
    assert amount_and_day(got) == (300.0, "2026-11-20")


def test_the_amount_listed_with_the_day_a_commitment_takes() -> None:
    got = run([(A, "Your invoice of $900 remains unpaid."),
               (C, "I can't pay the $900 at once. My plan:\n- $350 on 27 November\n- $275 on 11 December\n"
                   "- $275 on 8 January\n\nI'll pay by bank transfer each time.")])
    assert amount_and_day(got) == (350.0, "2026-11-27")
