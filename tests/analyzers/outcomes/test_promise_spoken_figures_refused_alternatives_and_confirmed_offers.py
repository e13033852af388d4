"""Promise to pay: "one" before a counted noun and "an" inside a spoken figure; a figure had ready "for you"; "no
bother" after a day; "now" after the figure; an alternative turned down with "rather than"; the day of a call; a
refusal put in the future and a message withdrawn; "don't know yet when"; a hedge about another bill; a doubt
conceded about the amount only; the customer's own offer confirmed later; "bung the 25 in" with no day after it;
"the first one" of a total split evenly; and a day refused before the commitment."""

from __future__ import annotations

import pytest

from analyzers.outcomes.money import find_amounts
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize(("text", "amount"), [
    ("saturday i will pay four thousand five hundred one emi for sure", 4500.0),
    ("i can pay three hundred one payment now and one later", 300.0),
    ("i'll have a hundred an twenty euro for you", 120.0),
    ("two hundred an fifty pounds on friday", 250.0),
])
def test_one_before_a_counted_noun_and_an_inside_a_spoken_figure(text: str, amount: float) -> None:
    assert [a.amount for a in find_amounts(text)] == [amount]


def test_a_figure_had_ready_for_the_creditor_by_a_day_is_a_promise() -> None:
    got = run([(A, "the account is two hundred euro behind, what can we do"),
               (C, "i'll have a hundred an twenty euro for ye by friday no bother")], currency="EUR")
    assert amount_and_day(got) == (120.0, "2026-11-20")


@pytest.mark.parametrize("said", ["i'll have a look for you by friday", "i'll have twenty forms for you by friday"])
def test_having_something_for_you_that_is_no_money_is_no_promise(said: str) -> None:
    assert run([(A, "the account is two hundred euro behind"), (C, said)]) is None


def test_now_straight_after_the_figure_is_today_before_the_other_part_on_a_later_day() -> None:
    got = run([(A, "Your £80 instalment is overdue."), (C, "I can pay £40 now and the other £40 on Monday.")],
              currency="GBP")
    assert amount_and_day(got) == (40.0, "2026-11-18")


def test_an_alternative_turned_down_and_the_day_of_a_call_make_no_promise() -> None:
    assert run([(A, "Your account is now £900.00 in arrears. Please contact us."),
                (C, "I'd like to set up a payment plan rather than pay the full £900 now. Could you call me back "
                    "Friday after 3pm? I can maybe manage £30 a month."),
                (A, "Thank you. We've booked a call for Friday 20 November after 3pm.")], currency="GBP") is None


@pytest.mark.parametrize("later", [
    "Hi again. Having thought it over I'm not going to pay that yet, the charge looks wrong to me.",
    "Hi again. Please treat my earlier message as withdrawn until the charge is explained.",
])
def test_a_refusal_put_in_the_future_or_a_message_withdrawn_takes_the_promise_back(later: str) -> None:
    assert run([(A, "There is an outstanding balance of €60.00 on your account."),
                (C, "I'll pay the €60 on Friday."), (C, later)], currency="EUR") is None


def test_not_knowing_yet_when_the_money_comes_is_no_day() -> None:
    assert run([(A, "Your instalment of $90 is overdue."), (C, "I'll pay on Friday"),
                (A, "Thanks, I'll note $90 on Friday."),
                (C, "Sorry, don't put Friday. I'll pay when my bonus comes, I don't know yet when it will be paid")
                ]) is None


def test_a_hedge_about_another_bill_in_its_own_sentence_does_not_reach_back() -> None:
    got = run([(A, "Your account is overdue by $300 for September and October."),
               (C, "I can do $150 on Monday 23 November, that covers September. October I'll pay off before "
                   "Christmas if I can.")])
    assert amount_and_day(got) == (150.0, "2026-11-23")


def test_a_doubt_conceded_about_the_amount_only_keeps_the_day() -> None:
    got = run([(A, "Your balance of $410.20 is past due. When can we expect payment?"),
               (C, "I will make a payment toward the balance by November 30th, though I'm not sure yet how much it "
                   "will be.")])
    assert amount_and_day(got) == (None, "2026-11-30")


def test_confirming_the_day_of_ones_own_offer_pays_what_was_offered() -> None:
    # "20/11" is no date read month first; the agent's check and the customer's yes settle which way it reads
    got = run([(A, "The remaining balance of S$250 is still pending."), (C, "Can I pay the S$250 on 20/11?"),
               (A, "Sure, just to confirm that's Friday, 20 November?"), (C, "Yes Friday 20 Nov. Will transfer in the "
                                                                            "morning")], currency="SGD")
    assert amount_and_day(got) == (250.0, "2026-11-20")


@pytest.mark.parametrize("said", ["friday ill bung the 25 in", "ill bung the 25 in friday"])
def test_a_number_between_a_putting_verb_and_its_particle_is_the_money(said: str) -> None:
    got = run([(A, "You're £25 behind on the account."), (C, said)], currency="GBP")
    assert amount_and_day(got) == (25.0, "2026-11-20")


@pytest.mark.parametrize("proposal", [
    "we can split the 300 into three payments",
    "The balance is $300. Would three payments work?",
    "You owe $300. We could do it in three instalments.",
])
def test_the_first_one_of_a_total_split_evenly_pays_its_share(proposal: str) -> None:
    got = run([(A, proposal), (C, "ok I'll make the first one on friday")])
    assert amount_and_day(got) == (100.0, "2026-11-20")


def test_no_and_a_word_for_trouble_after_the_day_reassures_rather_than_refuses() -> None:
    got = run([(A, "the account is behind by fifty pounds"), (C, "i'll pay the fifty pounds friday no bother")],
              currency="GBP")
    assert amount_and_day(got) == (50.0, "2026-11-20")


def test_the_day_the_agent_books_a_call_for_is_no_day_to_pay() -> None:
    assert run([(A, "Your balance is $50."), (C, "I'll pay the $50."),
                (A, "Thanks. We've scheduled a callback for Friday 20 November.")]) is None
    assert run([(A, "Your balance is $50."),
                (C, "I'll pay the $50. Could you call me back Friday to take it?")]) is None


def test_a_call_and_the_payment_joined_on_one_day_keep_the_day() -> None:
    got = run([(A, "Your balance is $50."), (C, "I'll ring you Friday and pay the $50 then")])
    assert amount_and_day(got) == (50.0, "2026-11-20")


@pytest.mark.parametrize("refused", ["today", "now"])
def test_the_day_refused_before_the_commitment_is_not_the_day_offered(refused: str) -> None:
    got = run([(A, "your balance is fifty dollars"),
               (C, f"i cannot pay {refused} but on monday i will pay forty five")])
    assert amount_and_day(got) == (45.0, "2026-11-23")
