"""Promise to pay: a day and month written with a slash after the verb is no amount; a named weekday the customer
tells the agent not to put down withdraws the promise; an agent's "got it" reads the terms back; slang verbs for
putting money in ("chuck", "bung") commit with an amount; a doubt about the remainder leaves the part promised; a day
refused by the words after it ("tomorrow not possible") is not the day offered; "sending the $60 now" commits as
"I will pay" does; a figure with a thousands comma after a day ("$4,000 on Monday and 2,200") starts no list of days;
a spoken log ("twenty eight fifty noted") is read as the customer said the figure; "not today, friday for sure"
answers "could you pay today?"; and "actually I'll do both" takes the agent's read-back after it over the proposal."""

from __future__ import annotations

from analyzers.outcomes.money import find_amounts
from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


def test_a_slash_date_after_the_verb_is_not_money() -> None:
    assert find_amounts("i can send 11/30 no problem") == []


def test_an_agent_got_it_fills_the_amount_of_a_dated_commitment() -> None:
    got = run([(A, "Your payment of $58.40 is overdue. When can you pay?"),
               (C, "will pay 11/27 definitely"),
               (A, "Got it, $58.40 on 11/27.")])
    assert amount_and_day(got) == (58.4, "2026-11-27")


def test_refusing_the_named_weekday_withdraws_the_promise() -> None:
    assert run([(A, "Your $80 payment bounced."), (C, "I'll pay $80 Friday"), (A, "Great, Friday it is"),
                (C, "hold on, my wages are delayed, do not put friday")]) is None


def test_a_slang_verb_with_an_amount_commits() -> None:
    got = run([(A, "Your instalment of $35.40 was declined."), (C, "cant til payday sorry"), (A, "When's payday?"),
               (C, "friday. ill chuck the 35.40 on then"), (A, "Thanks, I've noted $35.40 for Friday.")])
    assert amount_and_day(got) == (35.4, "2026-11-20")


def test_doubting_the_remainder_keeps_the_part_promised() -> None:
    got = run([(A, "You're $520 behind on the loan."), (C, "I will pay $150 on Friday"),
               (A, "$150 Friday, and what about the remainder?"),
               (C, "the remainder dunno yet, maybe next month, i don't want to promise that")])
    assert amount_and_day(got) == (150.0, "2026-11-20")


def test_a_day_refused_after_it_is_not_the_day_offered() -> None:
    got = run([(A, "Your balance is $260. What can you do today?"),
               (C, "tomorrow not possible, but saturday I can do 90")])
    assert amount_and_day(got) == (90.0, "2026-11-21")


def test_a_payment_said_in_the_present_commits() -> None:
    got = run([(A, "Your repayment of $60 did not clear."), (C, "got paid this morning, sending the $60 now")])
    assert amount_and_day(got) == (60.0, "2026-11-18")


def test_a_thousands_figure_after_a_day_starts_no_list_of_days() -> None:
    got = run([(A, "Your loan is $6,200 in arrears."),
               (A, "So that's $4,000 on Monday and 2,200 on the 30th, yes?"), (C, "yes correct")])
    assert amount_and_day(got) == (4000.0, "2026-11-23")


def test_a_spoken_log_is_read_as_the_customers_figure() -> None:
    got = run([(A, "your bill of two thousand eight hundred fifty is overdue"),
               (C, "i will pay friday friday, two thousand eight fifty"),
               (A, "okay friday twenty eight fifty noted")])
    assert amount_and_day(got) == (2850.0, "2026-11-20")


def test_refusing_the_day_asked_about_and_naming_another_answers_the_question() -> None:
    ask = (A, "Your $72.10 repayment is overdue. Could you pay it today?")
    assert amount_and_day(run([ask, (C, "cant today i'm afraid. friday for sure")])) == (72.1, "2026-11-20")
    assert run([ask, (C, "Not today, sorry.")]) is None


def test_a_change_of_mind_takes_the_read_back_after_it_over_the_proposal_before_it() -> None:
    got = run([(A, "Two bills are open, $40.50 and $40.50, $81 altogether."),
               (C, "could I split them, one friday and one next month?"),
               (A, "Sure, $40.50 on Friday and $40.50 on December 18."),
               (C, "actually I'll do both on friday, easier"),
               (A, "Great, $81 on Friday then.")])
    assert amount_and_day(got) == (81.0, "2026-11-20")
