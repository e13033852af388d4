"""Promise to pay: a weekday with a day number and no "the", a texted call-back ("ill msg u back"), crossed fingers
texted as an emoji, a "noted" to a late-fee notice, a promise cancelled in an email's words, a charge already taken
named beside a yes, and a split offered as a question in spoken figures."""

from __future__ import annotations

import pytest

from analyzers.outcomes.dates import find_dates
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


@pytest.mark.parametrize(("text", "day"), [
    ("two hundred on monday thirtieth", "2026-11-30"),
    ("so friday 27th then", "2026-11-27"),
    ("tuesday, twenty fourth works", "2026-11-24"),
])
def test_a_weekday_with_a_day_number_and_no_the_names_that_day(text: str, day: str) -> None:
    found = [d for d in find_dates(text, WED) if d.value]
    assert [d.value.isoformat() for d in found if d.value] == [day]


def test_a_weekday_before_an_ordinal_that_counts_something_else_stays_the_weekday() -> None:
    assert [d.text for d in find_dates("i'll pay friday first thing", WED)] == ["friday"]


def test_the_agents_read_back_of_weekday_and_day_number_is_the_day_confirmed() -> None:
    got = run([(A, "your overdue instalment is three hundred, can you pay"),
               (C, "ok i can pay three hundred on the twenty eighth"),
               (A, "okay three hundred on saturday twenty eighth"),
               (C, "sorry the bank is closed saturday, let me make it the thirtieth monday better"),
               (A, "okay no problem three hundred on monday thirtieth"),
               (C, "ya thirtieth confirm")], "SGD")
    assert amount_and_day(got) == (300.0, "2026-11-30")


@pytest.mark.parametrize("reply", [
    "partner does the bills, let me check w him tonight and ill msg u back tmrw",
    "wife does the bills, ill txt u back tonight",
    "hubby pays it, ill msg you tonight once hes home",
])
def test_a_texted_promise_to_message_back_is_no_promise(reply: str) -> None:
    assert run([(A, "Your $65 repayment didn't go through. When can you pay?"), (C, reply)], "AUD") is None


def test_crossed_fingers_texted_as_an_emoji_hedge_the_day() -> None:
    assert run([(A, "Your bill of $64.99 is overdue. Reply with a date to pay."),
                (C, "prob fri 🤞 will let u know"),
                (A, "Thanks, shall we note $64.99 on Friday?"),
                (C, "no dont, not sure yet")]) is None


def test_crossed_fingers_beside_a_promise_pledge_it() -> None:
    got = run([(A, "Your $80 payment bounced. When can you pay?"), (C, "friday, $80. promise 🤞")])
    assert amount_and_day(got) == (80.0, "2026-11-20")


def test_noted_to_a_late_fee_notice_agrees_no_payment() -> None:
    assert run([(A, "Your bill of ₹3,860 is overdue. When would you be able to pay?"),
                (C, "I will check with my wife and let you know"),
                (A, "Okay, please note a late fee of ₹250 applies after 30 Nov."),
                (C, "ok noted")], "INR") is None


@pytest.mark.parametrize("cancel", [
    "I regret that I will not be able to make this payment as I have lost my job.",
    "Due to a family emergency, kindly cancel my earlier commitment.",
])
def test_a_promise_cancelled_in_an_emails_words_is_no_promise(cancel: str) -> None:
    assert run([(A, "As per your email we have recorded your commitment to pay $1,000 on 30 November."),
                (C, f"Dear Sir,\n\nFurther to my earlier mail where I said I would pay $1,000 on the 30th, {cancel}"
                    "\n\nRegards")]) is None


@pytest.mark.parametrize("aside", ["I already got charged $15 twice.", "you charged me $15 last week too."])
def test_a_charge_already_taken_beside_a_yes_is_not_the_amount(aside: str) -> None:
    got = run([(A, "We can split the $450 into three payments of $150, the first on the 1st. Does that work?"),
               (C, f"Ok do it. Please make sure there are no more late fees, {aside}")])
    assert amount_and_day(got) == (150.0, "2026-12-01")


def test_a_split_asked_for_in_spoken_figures_and_taken_is_the_first_part() -> None:
    got = run([(A, "your past due is two thousand five hundred pesos ma'am"),
               (C, "okay po i'll pay the two thousand five hundred by end of the month"),
               (A, "can you do it earlier ma'am to avoid another charge"),
               (C, "can i split it po one thousand two hundred fifty on the twentieth and the other half on the "
                   "thirtieth"),
               (A, "yes ma'am that's okay")], "PHP")
    assert amount_and_day(got) == (1250.0, "2026-11-20")
