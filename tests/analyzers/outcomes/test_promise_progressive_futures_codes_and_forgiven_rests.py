"""Promise to pay: the future put in the progressive and "deposit" as a paying verb, numbers written into codes, a
payment made since the promise, a practical step versus a decision put off, a put-off answer about the rest, a yes
to a request for a message, a refusal put as "paying nothing", a rest the creditor writes off, and "put this
behind me"."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("reply", [
    "I accept the settlement of $1,400.00. I'll be transferring it in a fortnight once my super withdrawal clears.",
    "Thanks, we accept. We will be paying it in two weeks.",
])
def test_a_commitment_in_the_progressive_future_commits(reply: str) -> None:
    got = run([(A, "We are able to offer a one-off settlement of $1,400.00 to close the account in full."),
               (C, reply)])
    assert amount_and_day(got) == (1400.0, "2026-12-02")


def test_a_deposit_commits() -> None:
    got = run([(A, "Your instalment of $120 bounced and a $20 fee was added."),
               (C, "Anyway I will deposit the instalment along with the fee, total $140, on Friday via the link.")])
    assert amount_and_day(got) == (140.0, "2026-11-20")


@pytest.mark.parametrize("code", ["order #PP-20931", "reference FL-88213", "ticket #20931"])
def test_a_number_written_into_a_code_is_no_amount(code: str) -> None:
    got = run([(A, "Your card was declined for the $89.97 order."),
               (C, "my paycheck clears friday so ill put the 89.97 through that day for sure"),
               (A, f"Awesome, I've held {code} and noted payment on Friday.")])
    assert amount_and_day(got) == (89.97, "2026-11-20")


@pytest.mark.parametrize("news", [
    "actually hang on my partner just texted me she paid it this morning from our joint account",
    "oh wait he just sent it, I can see it on the app",
])
def test_a_payment_made_since_the_promise_leaves_nothing_promised(news: str) -> None:
    assert run([(A, "There's a missed payment of $120 from last week."),
                (C, "sorry i'll pay the hundred and twenty on friday"), (A, "great, friday the 20th"),
                (C, news)]) is None


@pytest.mark.parametrize("turns", [
    [(C, "I'll check the app first, then pay the 40 on Friday")],
    [(C, "I'll pay 40 Friday"), (A, "Great, $40 on Friday."), (C, "ok I'll check the app first")],
    [(C, "I'll pay 40 Friday"), (A, "Great, $40 on Friday."), (C, "ok I'll look at the app first")],
])
def test_a_practical_step_first_keeps_the_promise(turns: list) -> None:
    got = run([(A, "Your $40 payment is overdue."), *turns])
    assert amount_and_day(got) == (40.0, "2026-11-20")


@pytest.mark.parametrize("turns", [
    [(C, "I'll pay 40 Friday"), (A, "Great, $40 on Friday."), (C, "actually let me check with my wife first")],
    [(C, "I'll pay 40 Friday"), (A, "Great, $40 on Friday."),
     (C, "hmm I'll check my budget first and get back to you")],
    [(C, "i mean probably we could do the forty friday but i gotta check with her first let me call you back")],
])
def test_a_decision_put_off_leaves_no_promise(turns: list) -> None:
    assert run([(A, "Your $40 payment is overdue."), *turns]) is None


@pytest.mark.parametrize("question", [
    "Noted $25 on Friday. For the balance of $53.50 can you give a date?",
    "Noted $25 on Friday. And the rest, when can you do that?",
])
def test_putting_off_the_answer_about_the_rest_keeps_the_part_promised(question: str) -> None:
    got = run([(A, "Your repayment of $78.50 is 7 days overdue."), (C, "I will pay 25 on Friday latest"),
               (A, question), (C, "Let me see how the week goes first, I will get back to you on that one")])
    assert amount_and_day(got) == (25.0, "2026-11-20")


def test_a_yes_to_a_request_for_a_message_is_no_payment() -> None:
    assert run([(A, "Your weekly payment of $60 is two weeks behind."),
                (C, "i'll pay the $60 next week sometime"),
                (A, "Can you give me a day? I can only hold the account if there's a date on it."),
                (C, "not really, it depends on what shifts they give me. they post the schedule on friday"),
                (A, "Okay. Would you be able to message us on Friday once you see the schedule?"),
                (C, "yeah i can do that")]) is None


def test_a_refusal_put_as_paying_nothing_is_no_promise() -> None:
    # the guard on the progressive future: "I'll be paying" commits, "I'll be paying nothing" refuses
    assert run([(A, "Your account shows arrears of $75.00. Please pay by Friday or call us."),
                (C, "I paid $75 by bank transfer on 2 November. I'll be paying nothing further on this until you "
                    "check your records.")]) is None


def test_a_rest_written_off_is_no_later_instalment_of_the_settlement() -> None:
    got = run([(A, "The outstanding balance of $1,140.00 remains unpaid."),
               (C, "I want to put this behind me. I'm in a position to offer $600 in full and final settlement."),
               (A, "We are unable to accept $600, however we can accept $650 in full and final settlement provided "
                   "it is received by 30 November. The remaining $490 would then be written off."),
               (C, "Fine, $650 it is. I'll transfer it by the end of the month.")])
    assert amount_and_day(got) == (650.0, "2026-11-30")


def test_putting_the_matter_behind_one_is_no_payment() -> None:
    assert run([(A, "Your balance of $300 needs to be paid by Friday."),
                (C, "I want to put this behind me. Can you send me a statement first?")]) is None
