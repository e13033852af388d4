"""Promise to pay: a number above 31 is no day of the month, and a number straight before another day is the amount;
a day number said before its month is no money; an ordinal before a figure with its currency counts payments;
"I'll make the first one on <day>" commits; a payment made before is not the one promised; "I will tell you the date"
names none; an agent's note that no arrangement was agreed, or the customer's "do what you gotta do", leaves no
promise; a later call or message put off in a sentence of its own defers only that sentence; and "I'll pay it" after a
plan pays its instalment."""

from __future__ import annotations

from analyzers.outcomes.dates import find_dates
from tests.analyzers.outcomes.promise_cases import WED, A, C, amount_and_day, run


def test_a_number_above_thirty_one_after_the_is_money_not_a_day() -> None:
    got = run([(A, "You're £35 behind on the account."), (C, "ill bung the 35 in on friday")], currency="GBP")
    assert amount_and_day(got) == (35.0, "2026-11-20")


def test_a_number_straight_before_another_day_is_the_amount() -> None:
    got = run([(A, "You're £25 behind on the account."), (C, "ill bung the 25 in on friday")], currency="GBP")
    assert amount_and_day(got) == (25.0, "2026-11-20")


def test_a_day_number_said_before_its_month_is_not_money() -> None:
    got = run([(A, "sir your emi is pending, please tell me when you will pay"),
               (C, "i will clear all the dues on tenth sir ten december confirm")], currency="INR")
    assert amount_and_day(got) == (None, "2026-12-10")


def test_an_ordinal_before_a_figure_with_its_currency_counts_payments() -> None:
    assert [d.text for d in find_dates("I will pay the first S$200 on 10 December", WED)] == ["10 December"]
    got = run([(A, "Your order of S$600 is on hold. How would you like to pay?"),
               (C, "I will pay the first S$200 on 10 December, then S$200 in January and February.")],
              currency="SGD")
    assert amount_and_day(got) == (200.0, "2026-12-10")


def test_making_the_first_one_on_a_day_commits_to_the_plans_instalment() -> None:
    got = run([(A, "The balance is $900, we can offer to split this into three monthly payments."),
               (C, "Thanks. I'd like to go with the three payments of $300. I'll make the first one on 1 December "
                   "and the rest on the 1st of January and February.")])
    assert amount_and_day(got) == (300.0, "2026-12-01")


def test_a_payment_made_before_is_not_the_amount_promised() -> None:
    got = run([(A, "The balance is $900. We can split it into three monthly payments."),
               (C, "Three payments of $300 works. I'll make the first payment on Friday. I paid $150 off it back in "
                   "September too, I hope that's included?")])
    assert amount_and_day(got) == (300.0, "2026-11-20")


def test_saying_the_date_will_be_told_later_names_no_day() -> None:
    assert run([(A, "sir it will take only one minute when will you make the payment"),
                (C, "call me after seven p m tomorrow i will tell you the date okay")], currency="INR") is None


def test_an_agents_note_that_no_arrangement_was_agreed_leaves_no_promise() -> None:
    assert run([(A, "the balance is two hundred and six pounds"), (C, "ill do thirty quid on friday and thats it"),
                (A, "we need at least fifty pounds a month for an arrangement"), (C, "i cant do fifty"),
                (A, "okay i'll have to note that we couldnt agree an arrangement")], currency="GBP") is None


def test_leaving_the_creditor_to_do_what_it_must_withdraws_the_offer() -> None:
    assert run([(A, "the balance is two hundred and six pounds"), (C, "ill do thirty quid on friday and thats it"),
                (A, "we need at least fifty pounds a month for an arrangement"),
                (C, "well i cant do fifty mate so just do what you gotta do")], currency="GBP") is None


def test_a_message_put_off_in_its_own_sentence_defers_only_that_sentence() -> None:
    got = run([(A, "Your overdue amount is PHP 4,800.00. When can you settle?"),
               (C, "Pwede po ba 1,500 muna on the 15th?"),
               (A, "Noted po. So PHP 1,500 on Dec 15 and the remaining on Dec 30?"),
               (C, "Yes po 1500 on 15th for sure. The 30th I'll message you pa po")], currency="PHP")
    assert amount_and_day(got) == (1500.0, "2026-12-15")


def test_paying_it_after_a_plan_pays_the_plans_instalment() -> None:
    got = run([(A, "your balance is £360 overdue"), (C, "could do like ninety a month for four months"),
               (A, "right okay"), (C, "ok i'll pay it friday")], currency="GBP")
    assert amount_and_day(got) == (90.0, "2026-11-20")
