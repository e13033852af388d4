"""Promise to pay: a weekday said after the week it falls in ("end of next week friday") and said back bare, a figure
followed by "first thing", and evidence that shows the final figure when a correction later in the turn gave it."""

from __future__ import annotations

import pytest

from analyzers.outcomes.dates import find_dates
from analyzers.outcomes.promise_candidates import bare_amounts
from analyzers.outcomes.promise_record import PromiseConfig
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, evidence_excerpts, run


@pytest.mark.parametrize(("text", "day"), [
    ("fifty pounds by end of next week friday", "2026-11-27"),
    ("next week, on thursday", "2026-11-26"),
    ("next week friday", "2026-11-27"),
])
def test_a_weekday_after_next_week_is_that_weeks_day(text: str, day: str) -> None:
    assert [str(d.value) for d in find_dates(text, WED)] == [day]


def test_a_bare_weekday_said_back_to_end_of_next_week_friday_is_that_friday() -> None:
    got = run([(A, "the account's got arrears of a hundred and sixty pound"),
               (C, "i'll pay it end of next week the forty quid"),
               (A, "okay so forty pounds by end of next week friday"), (C, "yeah friday forty")], "GBP")
    assert amount_and_day(got) == (40.0, "2026-11-27")


@pytest.mark.parametrize(("text", "amount"), [
    ("ill redo it tomorrow morning the eighty nine ninety five first thing", 89.95),
    ("i'll pay the 50 first then the rest", 50.0),
])
def test_first_after_a_figure_is_no_part_of_it(text: str, amount: float) -> None:
    assert [a.amount for a in bare_amounts(text, PromiseConfig())] == [amount]


def test_a_spoken_price_paid_first_thing() -> None:
    got = run([(A, "the total was eighty nine ninety five with shipping"),
               (C, "okay ill redo it tomorrow morning the eighty nine ninety five first thing")], "CAD")
    assert amount_and_day(got) == (89.95, "2026-11-19")


def test_the_evidence_shows_the_final_figure_of_a_corrected_commitment() -> None:
    turns = [(A, "Dear Ms Harris,\n\nWe can accept a reduced settlement of £650.00 against the outstanding balance of "
                 "£1,034.20, provided payment is received in one lump sum."),
             (C, "Dear Daniel,\n\nThank you, that's a relief. I initially thought I could only manage £500 but my "
                 "brother has agreed to help, so I will pay the £650.00 in full on 18/12/2026.\n\nYours "
                 "sincerely,\nClaire Harris")]
    assert amount_and_day(run(turns, "GBP")) == (650.0, "2026-12-18")
    assert "£650.00" in evidence_excerpts(turns, "GBP")[1]
