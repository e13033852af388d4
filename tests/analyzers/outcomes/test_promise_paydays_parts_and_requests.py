"""Promise to pay: income named as arriving is no day to pay, a part said "of" the whole, a clock time said the British
way, a hope about a payment already made, requests and polite tags spliced onto a promise, a fee put on a later
instalment, the plan's schedule told, a texted repair, a moved day with the reason against the old one, a list of
days read as one, a collection the customer authorises, and a first part named before "the
remainder" that fills in the agreed day."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


def test_income_named_as_arriving_is_not_the_day_promised() -> None:
    got = run([(A, "The arrears are $900."),
               (C, "$900 by the end of the month, I'll do it, I receive my pension on the 25th")])
    assert amount_and_day(got) == (900.0, "2026-11-30")


def test_a_payday_said_after_a_day_is_agreed_moves_nothing() -> None:
    got = run([(A, "You're $70 behind."), (C, "i can do $70 on the 27th"), (A, "so $70 on the 27th"),
               (C, "yep i get paid the 26th so no problem")])
    assert amount_and_day(got) == (70.0, "2026-11-27")


def test_a_part_said_of_the_whole_is_the_payment() -> None:
    got = run([(A, "There is $300 overdue."), (C, "I can send $150 of the $300 on Friday and the rest next month.")])
    assert amount_and_day(got) == (150.0, "2026-11-20")


@pytest.mark.parametrize("time", ["about half eleven", "at quarter past twelve"])
def test_a_clock_time_said_the_british_way_is_no_amount(time: str) -> None:
    got = run([(A, "Your account is a few weeks behind."),
               (C, f"i'll clear what i owe on friday, i'll pop into the branch {time}")])
    assert got is not None and amount_and_day(got) == (None, "2026-11-20")


def test_a_hope_about_a_payment_already_made_does_not_hedge_the_promise() -> None:
    got = run([(A, "The balance is $180."),
               (C, "I will pay the $180 by 11/27. I already paid the deposit last week so hopefully that shows up.")])
    assert amount_and_day(got) == (180.0, "2026-11-27")


def test_a_request_spliced_on_with_a_comma_leaves_the_promise_a_statement() -> None:
    got = run([(A, "Your $60 payment is late."), (C, "I can pay $60 on Friday, could the interest be frozen?")])
    assert amount_and_day(got) == (60.0, "2026-11-20")


def test_a_polite_tag_question_leaves_the_promise_a_statement() -> None:
    got = run([(A, "There is €80 overdue."),
               (C, "I'll pay €40 in three weeks and the remaining €40 in January if that's ok?")], "EUR")
    assert amount_and_day(got) == (40.0, "2026-12-09")


def test_a_fee_put_on_a_later_instalment_leaves_the_amount_promised() -> None:
    got = run([(A, "Your instalment of ninety five dollars bounced on monday."),
               (C, "i'll pay the ninety five dollars tomorrow"),
               (A, "tomorrow okay and there's a twelve dollar dishonour fee too"),
               (C, "yep fine stick that on the next instalment")])
    assert amount_and_day(got) == (95.0, "2026-11-19")


def test_thanks_for_the_schedule_told_is_no_promise() -> None:
    got = run([(A, "Your instalment of $40 shows as missed."), (C, "I paid it already yesterday"),
               (A, "I see it now. Your next instalment of $40.00 will be taken on 2 December."), (C, "ok thank you")])
    assert got is None


def test_a_texted_repair_without_its_subject_corrects_the_amount() -> None:
    got = run([(A, "You owe $85 in arrears."), (C, "ill pay 58 on monday"), (C, "oops meant 85")])
    assert amount_and_day(got) == (85.0, "2026-11-23")


def test_a_reason_against_the_old_day_still_moves_the_day() -> None:
    got = run([(A, "Your $50 is overdue."), (C, "i can do the $50 on friday"), (A, "ok friday the 20th"),
               (C, "oh no friday my wages won't be in can you switch it to monday instead")])
    assert amount_and_day(got) == (50.0, "2026-11-23")


def test_a_list_of_days_read_as_one_is_not_the_day_agreed() -> None:
    got = run([(A, "You have $75 overdue."), (C, "I'll pay $25 on the 20th, $25 on the 27th and $25 on the 30th"),
               (A, "Great, so $25 on 20, 27 and 30 November."), (C, "yes that's right")])
    assert amount_and_day(got) == (25.0, "2026-11-20")


def test_a_collection_the_customer_authorises_is_a_promise() -> None:
    got = run([(A, "We could not collect your $33.50 instalment."),
               (C, "Sorry about that. You can retry the missed instalment of $33.50 on Monday 23 November, the money "
                   "will be there.")])
    assert amount_and_day(got) == (33.5, "2026-11-23")


@pytest.mark.parametrize("question", ["so when will the first instalment go out", "when can the payment come in"])
def test_a_question_with_the_payment_as_its_subject_asks_for_a_day(question: str) -> None:
    turns = [(A, f"Okay, $45 a month works, {question}"), (C, "the 27th yeah")]
    assert amount_and_day(run(turns)) == (45.0, "2026-11-27")


def test_a_first_part_named_before_the_rest_fills_in_the_agreed_day() -> None:
    # the figure was misheard the first time; the customer's answer names the first part before "the remainder"
    # later, so it is the amount for the agreed day, not a later instalment
    got = run([(A, "you're showing £210 past due on the account"), (C, "right i can pay fitty on the tenth"),
               (A, "sorry was that fifty pounds on the tenth of december"),
               (C, "yeah fifty on the tenth and then i'll clear the remainder in january")], "GBP")
    assert amount_and_day(got) == (50.0, "2026-12-10")
