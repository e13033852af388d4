"""Promise to pay: a figure explained by its parts in brackets, a sum marked with "so", a till or paybill number read
out, an agent's "I'll note" log of a corrected figure, the simple present with a coming day, and a decision put off
where a yes was awaited."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("reply", [
    "I'll pay $65 (the $55 bill and the $10 late fee) on Friday.",
    "I will send $65.00 (that's $55.00 for the plan plus $10.00 for the fee) on Friday",
])
def test_parts_in_brackets_explain_the_figure_paid(reply: str) -> None:
    got = run([(A, "Your $55 payment failed and a $10 late fee was added."), (C, reply)])
    assert amount_and_day(got) == (65.0, "2026-11-20")


def test_a_figure_marked_with_so_after_its_parts_is_the_sum_paid() -> None:
    got = run([(A, "Your renewal of $40.50 bounced and the bank added a $12 charge."),
               (C, "ok i'll pay it friday, the 40.50 and the 12 so 52.50 yeah?"),
               (A, "Yes, $52.50 altogether.")])
    assert amount_and_day(got) == (52.5, "2026-11-20")


@pytest.mark.parametrize("where", ["Paybill 400200", "Till no. 556677", "till number 556677"])
def test_a_paybill_or_till_number_is_no_amount(where: str) -> None:
    got = run([(A, "Your subscription of KES 1,999 is unpaid."), (C, "I'll send 2,000 on Friday"),
               (A, f"Thank you. We can give you until Friday. {where}, account no. is your phone number."),
               (C, "Ok, Friday")], "KES")
    assert amount_and_day(got) == (2000.0, "2026-11-20")


def test_an_agent_saying_it_will_note_a_spoken_figure_logs_it() -> None:
    got = run([(A, "the last box didn't charge so it's fifty nine ninety nine"),
               (C, "yeah i can do sixty tomorrow after work"), (A, "okay so fifty nine ninety nine tomorrow"),
               (C, "oh fifty nine ninety nine okay yeah tomorrow night"),
               (A, "great i'll note fifty nine ninety nine for tomorrow")])
    assert amount_and_day(got) == (59.99, "2026-11-19")


@pytest.mark.parametrize(("reply", "day"), [
    ("Sorry, very busy. I settle it on the 25th, confirm", "2026-11-25"),
    ("ok i pay tomorrow ya", "2026-11-19"),
    ("I transfer on Friday, sure", "2026-11-20"),
])
def test_the_simple_present_with_a_coming_day_commits(reply: str, day: str) -> None:
    got = run([(A, "Your instalment is overdue. When can you settle?"), (C, reply)], "MYR")
    assert amount_and_day(got) == (None, day)


@pytest.mark.parametrize("reply", [
    "I pay on the 1st every month, this one was a bank error",
    "When I pay on the 25th will the fee go away?",
])
def test_a_habit_or_a_when_clause_in_the_present_commits_to_nothing(reply: str) -> None:
    assert run([(A, "Your instalment is overdue. When can you settle?"), (C, reply)], "MYR") is None


@pytest.mark.parametrize("reply", [
    "Oh there's a fee too? Hmm I'll look at my budget first and text you again",
    "maybe not yet, can I just message you when I know?",
    "let me think about it first",
])
def test_a_decision_put_off_where_a_yes_was_awaited_leaves_no_promise(reply: str) -> None:
    assert run([(A, "Your bill of $120 is overdue."), (C, "Can I pay $80 on Monday instead?"),
                (A, "Yes, I can set that up for Monday. A $5 fee applies. Shall I note it?"), (C, reply)]) is None
