"""Promise to pay: a commitment taken back later in the same breath, a "the N" listed after a figure, the terms said
in a sentence after a bare "I'll pay", the full amount after a settlement figure, a share the agent works out, a
clipped "course!", a day asked for "instead", a figure said as half of a sum already named, a Taglish "sa" day and
"ang due", "by then", and bare parts that add up to the balance."""

from __future__ import annotations

import pytest

from analyzers.outcomes.dates import find_dates
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


@pytest.mark.parametrize("reply", [
    "ok ill pay the eighty on friday actually no hang on my wife does the bills i cant agree to that she'll ring you",
    "yes I'll pay $80 on Friday, wait no, I can't promise that, I'll call you back",
    "fine i will pay 80 dollars friday no hold on i dont know if the money will be there",
])
def test_a_commitment_taken_back_in_the_same_breath_is_no_promise(reply: str) -> None:
    assert run([(A, "there's $80 overdue on the account, can you pay it this week?"), (C, reply)]) is None


@pytest.mark.parametrize("reply", ["I'll pay $80 on Friday, actually no, make it Monday",
                                   "I'll pay $80 on Friday, wait no hang on, $90 on Friday"])
def test_a_take_back_that_names_new_terms_is_a_correction(reply: str) -> None:
    got = run([(A, "there's $80 overdue on the account, can you pay it this week?"), (C, reply)])
    assert got is not None


@pytest.mark.parametrize(("text", "days"), [
    ("I'll do the 46 and the 6 so $52", []),
    ("the 120 plus the 9 please", []),
    ("£15.50 and the 4 next week", []),
    ("I'll pay the 46 on the 6", ["2026-12-06"]),
    ("the 6th and the 20th", ["2026-12-06", "2026-11-20"]),
])
def test_a_bare_the_n_listed_after_a_figure_is_a_sum_not_a_day(text: str, days: list[str]) -> None:
    assert [str(d.value) for d in find_dates(text, WED) if d.value] == days


def test_a_late_fee_listed_with_the_payment_does_not_become_the_day() -> None:
    got = run([(A, "Your $46 repayment bounced and there's a $6 fee. When can you pay?"),
               (C, "next Tuesday when I'm paid. I'll do the 46 and the 6 so $52")])
    assert amount_and_day(got) == (52.0, "2026-11-24")


@pytest.mark.parametrize("reply", ["I'll pay by transfer. the 95 on the 27th, that's certain",
                                   "ok I will pay manually this time. 95 on friday for sure"])
def test_terms_said_after_a_bare_commitment_are_the_promise(reply: str) -> None:
    got = run([(A, "Your $95 payment was declined."), (C, "oh I changed banks, sorry"),
               (A, "No problem! Would you like to update your card or pay manually?"), (C, reply)])
    assert got is not None and got["amount"] == 95.0


@pytest.mark.parametrize("accept", [
    "I accept the settlement of Rs. 30,000. I will transfer the full amount on Friday.",
    "ok the settlement amount of 30,000 rupees is fine, i will pay it in full friday",
])
def test_the_full_amount_after_a_settlement_figure_is_the_settlement(accept: str) -> None:
    offer = "Your overdue is Rs. 45,000. We can offer a one-time settlement of Rs. 30,000."
    got = run([(A, offer), (C, accept)], "INR")
    assert amount_and_day(got) == (30000.0, "2026-11-20")


@pytest.mark.parametrize("offer", [
    "we can spread the arrears over four months so that would be one twenty a month extra",
    "we could split it into four payments, which comes to one twenty each",
])
def test_a_share_the_agent_works_out_is_not_divided_again(offer: str) -> None:
    got = run([(A, "the arrears are four hundred and eighty pounds"), (A, offer),
               (C, "ok ill do the first one twenty on friday")], "GBP")
    assert amount_and_day(got) == (120.0, "2026-11-20")


def test_a_clipped_of_course_takes_the_offer() -> None:
    got = run([(A, "Your £40 payment didn't go through. Want to pay now?"), (C, "can i do it fri? paid thurs"),
               (A, "Course! £40 on Friday 20th?")], "GBP")
    assert amount_and_day(got) == (40.0, "2026-11-20")


@pytest.mark.parametrize("ask", ["Oh wait, I'm working Friday and won't get to the bank, can we say Monday instead?",
                                 "hmm I forgot I'm travelling friday, could we go with Monday instead?"])
def test_a_day_asked_for_instead_moves_the_promise_once_taken(ask: str) -> None:
    got = run([(A, "Your £40 instalment was declined."), (C, "sorry! I'll pay the £40 on Friday"),
               (A, "Friday's fine."), (C, ask), (A, "Of course, I'll move it to Monday.")], "GBP")
    assert amount_and_day(got) == (40.0, "2026-11-23")


def test_a_figure_said_as_half_of_a_sum_already_named_is_money() -> None:
    got = run([(A, "this is about your outstanding of two hundred forty six dollars"), (C, "ya sorry"),
               (A, "can settle when"), (C, "i pay half first one hundred twenty three on friday can")], "SGD")
    assert amount_and_day(got) == (123.0, "2026-11-20")


def test_a_taglish_day_after_sa_and_a_figure_given_as_the_due_are_read() -> None:
    assert [str(d.value) for d in find_dates("sa thirtieth po", WED)] == ["2026-11-30"]
    got = run([(A, "good morning maam regarding po your loan ang due po ninyo is four thousand five hundred"),
               (C, "sorry po late ako"), (A, "kailan po kayo makakabayad"),
               (C, "sa twenty fifth po sure na yun the full four thousand five hundred")], "PHP")
    assert amount_and_day(got) == (4500.0, "2026-11-25")


def test_by_then_carries_the_day_named_in_the_sentence_before() -> None:
    got = run([(A, "Your $64.10 payment didn't go through."), (C, "ugh sorry"), (A, "When do you think?"),
               (C, "monday ok? I'll have the $64.10 by then for sure")])
    assert amount_and_day(got) == (64.1, "2026-11-23")


def test_bare_parts_that_add_up_to_the_balance_are_money() -> None:
    got = run([(A, "the account is three hundred dollars past due"), (C, "i can't do all that"),
               (A, "could we split it into two payments"), (C, "ok like one fifty now and one fifty later"),
               (A, "when's the first one"), (C, "friday i get paid thursday so friday for sure the one fifty")])
    assert amount_and_day(got) == (150.0, "2026-11-20")
