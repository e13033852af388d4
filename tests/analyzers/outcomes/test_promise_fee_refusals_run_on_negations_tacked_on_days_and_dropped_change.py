"""Promise to pay: words taken back ("take back what I said"), a fee refused beside a promised payment, a negation
run on into the next clause, "sat" tacked on as a clause of its own, slang verbs before a spoken figure, a figure
said short as the subject of the money moving, cents under ten said with "oh", and a figure said without its change."""

from __future__ import annotations

from datetime import date

import pytest

from analyzers.outcomes.dates import find_dates
from analyzers.outcomes.numbers import parse_number
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


@pytest.mark.parametrize("withdrawal", [
    "Sorry, I have to take back what I said earlier. The money won't be there on the 30th.",
    "i need to take back my promise, the money won't be there on the 30th",
])
def test_words_taken_back_in_a_later_turn_leave_no_promise(withdrawal: str) -> None:
    assert run([(A, "Your account is $600 overdue."), (C, "I'll pay $300 on the 30th."),
                (A, "Thank you, we have noted $300 for the 30th."), (C, withdrawal)]) is None


@pytest.mark.parametrize("refusal", ["I'm not paying the $7 late fee though.",
                                     "but i'm not paying that late fee, the app logged me out",
                                     "I won't be paying any penalty."])
def test_a_fee_refused_beside_the_payment_keeps_the_promise(refusal: str) -> None:
    got = run([(A, "Your installment of $89.00 was not collected and a $7.00 late fee has been applied."),
               (C, f"I'm going to pay the $89 installment on December 4th. {refusal}")])
    assert amount_and_day(got) == (89.0, "2026-12-04")


def test_refusing_to_pay_at_all_still_takes_the_promise_back() -> None:
    assert run([(A, "Your installment of $89.00 was not collected."),
                (C, "I'm going to pay the $89 installment on December 4th. Actually no, I'm not paying anything "
                    "until the app is fixed.")]) is None


@pytest.mark.parametrize("reply", [
    "okay look i can't do six hundred i just can't i can do a hundred and fifty on friday that's it",
    "i cannot we can do a hundred and fifty on friday",
])
def test_a_negation_left_without_its_verb_closes_its_own_clause(reply: str) -> None:
    got = run([(A, "the balance past due right now is six hundred twelve forty"), (C, reply)])
    assert amount_and_day(got) == (150.0, "2026-11-20")


@pytest.mark.parametrize(("text", "found"), [
    ("ok go on £35 then, sat", True),
    ("£35 then, sun. thanks", True),
    ("we sat, sun was out", False),  # "sun" begins a clause that goes on: the word, not the day
    ("i sat, then paid", False),
])
def test_sat_or_sun_as_a_clause_of_its_own_ending_the_sentence_is_a_day(text: str, found: bool) -> None:
    days = find_dates(text, WED)
    assert bool(days and days[-1].value in (date(2026, 11, 21), date(2026, 11, 22))) is found


def test_a_corrected_figure_with_sat_tacked_on_is_the_promise() -> None:
    got = run([(A, "Your Dec instalment of £45 bounced. When can you pay?"), (C, "hiya can do £25 sat if thats ok"),
               (A, "Could you stretch to the full £45? Otherwise a £5 fee applies"), (C, "ffs ok go on £35 then, sat"),
               (A, "Ok £35 Saturday, thanks")], "GBP")
    assert amount_and_day(got) == (35.0, "2026-11-21")


@pytest.mark.parametrize("verb", ["chuck", "bung"])
def test_a_spoken_figure_after_a_slang_paying_verb_is_the_amount(verb: str) -> None:
    got = run([(A, "all good so we've got two sixty outstanding including the late fee"),
               (C, f"yeah nah i can't do the whole two sixty right now eh but i'll {verb} a hundred on it wednesday")],
              "NZD")
    assert amount_and_day(got) == (100.0, "2026-11-25")


@pytest.mark.parametrize(("text", "is_day"), [
    ("Yes. The 8 will go through before 3 o'clock", False),
    ("the 20 should be sent from my other account", False),
    ("the 8th will go through", True),  # an ordinal keeps its day
    ("the 20 works for me", True),
])
def test_a_bare_figure_as_the_subject_of_money_moving_is_no_day(text: str, is_day: bool) -> None:
    assert bool(find_dates(text, WED)) is is_day


def test_a_figure_said_short_confirming_the_payment_moves_no_day() -> None:
    got = run([(A, "Your loan account is $15,500 in arrears. Can we arrange a payment?"),
               (C, "Mi get paid today so I can do 8,000 today, and the other 7,500 end of next week"),
               (A, "Ok so $8,000 today and the $7,500 by Friday next week?"),
               (C, "Yes. The 8 will go through before 3 o'clock")], "JMD")
    assert amount_and_day(got) == (8000.0, "2026-11-18")


@pytest.mark.parametrize(("words", "value"), [("one forty nine oh five", 149.05), ("twelve oh five", 12.05),
                                              ("a hundred oh five", 105.0), ("two oh six", 206.0),
                                              ("two oh six fourteen", 206.14)])
def test_cents_under_ten_said_with_oh(words: str, value: float) -> None:
    assert parse_number(words) == value


def test_a_figure_said_without_its_change_is_the_figure_named_before() -> None:
    got = run([(A, "so your payment of a hundred forty nine dollars and change is late it's one forty nine oh five"),
               (C, "not tonight but i'll pay it saturday like first thing saturday the one forty nine"),
               (A, "so one forty nine oh five on saturday"), (C, "saturday yep")], "CAD")
    assert amount_and_day(got) == (149.05, "2026-11-21")


def test_a_figure_stated_in_full_keeps_its_own_value() -> None:
    got = run([(A, "your balance is one forty nine oh five"), (C, "I'll pay $149 on saturday")], "CAD")
    assert amount_and_day(got) == (149.0, "2026-11-21")
