"""Promise to pay: a better day put forward once a day is agreed, a question asked without its question mark, a card
run or charged, the first instalment with its noun left out, "end of week" with no article, a payment already made,
currencies named in words, and a figure the agent totalled without a currency."""

from __future__ import annotations

from datetime import date

import pytest

from analyzers.outcomes.dates import find_dates
from analyzers.outcomes.money import find_amounts
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


@pytest.mark.parametrize("moved", ["hmm actually monday's better, that's payday. monday for sure",
                                   "oh wait, the 30th works best for me",
                                   "ah no sorry, rather the 30th if that's ok"])
def test_a_better_day_put_forward_moves_the_agreed_day(moved: str) -> None:
    got = run([(A, "Your $80 payment is overdue."), (C, "I can pay the $80 on friday"),
               (A, "Great, I'll note Friday the 20th"), (C, moved), (A, "No problem, $80 then.")])
    assert amount_and_day(got) == (80.0, "2026-11-23" if "monday" in moved else "2026-11-30")


def test_a_preference_that_is_not_about_the_day_moves_nothing() -> None:
    got = run([(A, "Your $80 payment is overdue."), (C, "I'll pay the $80 on the 30th"),
               (A, "Thanks, noted. Your next box on Monday will be charged too."),
               (C, "On second thought I'd rather cancel the subscription before Monday")])
    assert got is None


def test_on_second_thought_is_no_day() -> None:
    assert find_dates("On second thought, the 25th", WED)[0].value == date(2026, 11, 25)
    assert len(find_dates("On second thought, the 25th", WED)) == 1


def test_a_question_asked_without_its_question_mark_is_an_offer_the_agent_can_accept() -> None:
    got = run([(A, "the total due is eighty nine fifty, the checkout failed"),
               (C, "okay can you just run the card again friday for eighty nine fifty"),
               (A, "sure, we can do that")])
    assert amount_and_day(got) == (89.5, "2026-11-20")


def test_a_day_asked_for_without_its_question_mark_moves_the_promise_once_the_agent_agrees() -> None:
    got = run([(A, "We can settle for €800 if paid this month."), (C, "I'll pay €800 on the 20th"),
               (A, "Great, I'll set that up."), (C, "wait, could we do the 27th, that's when I'm paid"),
               (A, "Yes, the 27th is fine.")], "EUR")
    assert amount_and_day(got) == (800.0, "2026-11-27")


@pytest.mark.parametrize("reply", ["cool, I'll update the card and run it Friday",
                                   "ok I'll charge my card on Friday"])
def test_a_card_run_or_charged_is_the_failed_payment_made(reply: str) -> None:
    got = run([(A, "Your $14.99 renewal failed because the card expired."), (C, reply)])
    assert amount_and_day(got) == (14.99, "2026-11-20")


def test_the_first_with_its_noun_left_out_is_the_first_instalment() -> None:
    got = run([(A, "Your balance is $360."),
               (C, "Could I split it into three payments of $120? I will make the first on the 27th, "
                   "and the next two on 27 Dec and 27 Jan.")])
    assert amount_and_day(got) == (120.0, "2026-11-27")


def test_an_ordinal_followed_by_another_day_is_no_day() -> None:
    assert [d.value for d in find_dates("I'll make the first on the 27th", WED)] == [date(2026, 11, 27)]


@pytest.mark.parametrize(("text", "due"), [("will pay 12k by end of week", date(2026, 11, 20)),
                                           ("by end of next week", date(2026, 11, 27))])
def test_end_of_week_without_an_article_is_friday(text: str, due: date) -> None:
    assert [d.value for d in find_dates(text, WED)] == [due]


@pytest.mark.parametrize("paid", ["I made a payment of £75 on Monday by card. Please check your records.",
                                  "I've made the £75 payment on Monday already, please confirm"])
def test_a_payment_already_made_is_no_promise(paid: str) -> None:
    assert run([(A, "Your account shows arrears of £75.00."), (C, paid)], "GBP") is None


def test_a_payment_that_will_be_made_is_still_to_come() -> None:
    got = run([(A, "Your account shows arrears of £75.00."), (C, "A payment of £75 will be made on Monday.")], "GBP")
    assert amount_and_day(got) == (75.0, "2026-11-23")


@pytest.mark.parametrize(("text", "currency"), [("one hundred twenty ringgit", "MYR"), ("5000 naira", "NGN"),
                                                ("two hundred cedis", "GHS")])
def test_currencies_named_in_words(text: str, currency: str) -> None:
    found = find_amounts(text)
    assert len(found) == 1 and found[0].currency == currency and found[0].explicit_currency


def test_a_figure_the_agent_totalled_without_a_currency_is_money() -> None:
    got = run([(A, "you're past due one forty nine plus a late fee of fifteen"), (C, "okay so both of them then"),
               (A, "that would be one sixty four total"), (C, "okay one sixty four next monday i get paid friday")])
    assert amount_and_day(got) == (164.0, "2026-11-23")


@pytest.mark.parametrize("repair", ["oh sorry no, my wages land on the 27th, put it through on the 27th",
                                    "hang on no wait, the 27th suits"])
def test_a_turn_opening_with_a_repair_moves_the_agreed_day(repair: str) -> None:
    turns = [(A, "Your $61.20 payment bounced. When would you like us to retry the $61.20?"),
             (C, "can we do the 20th?"), (C, repair), (A, "Sure, I've set the retry for the 27th."), (C, "great")]
    assert amount_and_day(run(turns)) == (61.2, date(2026, 11, 27).isoformat())


@pytest.mark.parametrize("reply", ["can't today lah, salary comes on the 30th then the eighty four fifty on the 30th",
                                   "cannot now, the eighty four fifty on the 30th ok"])
def test_a_day_refused_with_a_bare_modal_is_not_the_day_promised(reply: str) -> None:
    turns = [(A, "You owe eighty four dollars fifty cents."), (A, "can you pay today"), (C, reply)]
    assert amount_and_day(run(turns)) == (84.5, "2026-11-30")
