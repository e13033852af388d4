"""Promise to pay: a commitment repaired or dropped mid-breath with no sentence break, a total said after its parts
("plus the fee so 63.20"), the missed instalment, a round ten said twice, "the whole" figure, a bare day offered as
a question ("fri ok?") and taken ("Friday works!"), a day settled by naming it ("Wednesday it is"), "tonite" and
"Friday next week"."""

from __future__ import annotations

from datetime import date

import pytest

from analyzers.document import SpeakerRole
from analyzers.outcomes.dates import find_dates
from analyzers.outcomes.money import find_amounts
from analyzers.outcomes.numbers import parse_number
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


@pytest.mark.parametrize("reply, want", [
    # the repair is the final word ...
    ("i can do thirty on friday actually no you know what make it the whole ninety on friday", (90.0, "2026-11-20")),
    ("ill pay forty on monday no wait make it eighty on tuesday", (80.0, "2026-11-24")),
    # ... and a commitment dropped in the same breath is no promise
    ("ok i can pay it monday actually no forget it i want to cancel the membership", None),
])
def test_a_commitment_repaired_or_dropped_mid_breath(reply: str, want: tuple[float, str] | None) -> None:
    assert amount_and_day(run([(A, "You have $90 overdue, three payments of $30."), (C, reply)])) == want


def test_a_total_said_after_its_parts_is_what_is_paid() -> None:
    got = run([(A, "Your payment of $48.20 failed and a $15 late fee was added."),
               (C, "fine, I'll pay the 48.20 plus the fee so 63.20 on Friday")])
    assert amount_and_day(got) == (63.2, "2026-11-20")


@pytest.mark.parametrize("reply", [
    "ill pay the missed instalment on monday when I'm paid",
    "I'll make the failed payment on monday",
])
def test_the_instalment_that_failed_pays_its_amount(reply: str) -> None:
    got = run([(A, "Your 2nd instalment of $41.75 was declined this morning."), (C, reply)])
    assert amount_and_day(got) == (41.75, "2026-11-23")


@pytest.mark.parametrize("words, value", [
    ("sixty sixty", 60.0),  # a round ten said twice is a repeat ...
    ("eighty eighty", 80.0),
    ("ninety nine ninety nine", 99.99),  # ... not a price with its cents
    ("forty nine ninety nine", 49.99),
])
def test_a_round_ten_said_twice_is_the_figure_repeated(words: str, value: float) -> None:
    assert parse_number(words) == value


def test_the_whole_figure_after_a_paying_verb_is_money() -> None:
    assert [a.amount for a in find_amounts("make it the whole hundred and ten on thursday")] == [110.0]


@pytest.mark.parametrize("turns", [
    [(A, "Hi, your $45 payment is overdue."), (C, "sorry! tues ok?"), (A, "Tuesday works!")],
    [(A, "Hi, your $45 payment did not go through, and a $10 late fee applies."), (C, "would the 24th work?"),
     (A, "The 24th is fine.")],
])
def test_a_bare_day_offered_as_a_question_and_taken_pays_the_figure_named(
        turns: list[tuple[SpeakerRole, str]]) -> None:
    assert amount_and_day(run(turns)) == (45.0, "2026-11-24")


def test_a_day_offered_as_a_question_and_turned_down_is_no_promise() -> None:
    assert run([(A, "Hi, your $45 payment is overdue."), (C, "fri ok?"),
                (A, "Sorry, Friday is too late, we need it by Thursday.")]) is None


def test_a_day_settled_by_naming_it_logs_the_terms() -> None:
    got = run([(A, "Hi, your $45 payment did not go through."), (C, "can i pay on tuesday?"), (A, "Sure."),
               (C, "actually could we do wednesday instead"), (A, "No worries, Wednesday it is for the $45.")])
    assert amount_and_day(got) == (45.0, "2026-11-25")


@pytest.mark.parametrize("text", ["will pay b4 midnight tonite", "ill send it 2nite"])
def test_tonight_as_texted_is_today(text: str) -> None:
    assert [d.value for d in find_dates(text, WED)] == [WED]


@pytest.mark.parametrize("rule", ["following_week", "next_occurrence"])
def test_a_weekday_of_next_week_is_in_the_calendar_week_after(rule: str) -> None:
    # said on Wednesday 18 November: the week after runs Monday 23 to Sunday 29 November
    for text in ("by Friday next week", "fri next wk"):
        assert [d.value for d in find_dates(text, WED, next_weekday_rule=rule)] == [date(2026, 11, 27)]
