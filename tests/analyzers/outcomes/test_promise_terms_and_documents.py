"""Promise to pay: contract terms are not days, digits read before "hundred", the rand read out as a letter,
settlements paid "in full", corrections of the amount, documents sent rather than money, and hedges and
withdrawals in other words."""

from __future__ import annotations

from datetime import date

import pytest

from analyzers.document import SpeakerRole
from analyzers.outcomes.dates import find_dates
from analyzers.outcomes.money import find_amounts
from analyzers.outcomes.numbers import parse_number
from tests.analyzers.outcomes.promise_cases import A, C, run


@pytest.mark.parametrize("text", ["you're on the 36-month plan", "the 12 month contract ends in june",
                                  "on the 18 month agreement"])
def test_a_term_is_not_a_day(text: str) -> None:
    assert find_dates(text, date(2026, 11, 18)) == []


def test_a_day_is_still_a_day() -> None:
    assert [d.value for d in find_dates("i'll pay on the 24th", date(2026, 11, 18))] == [date(2026, 11, 24)]


@pytest.mark.parametrize(("text", "value"), [("four two hundred", 4200.0), ("one two hundred", 1200.0),
                                              ("five hundred", 500.0), ("three hundred", 300.0)])
def test_digits_read_before_hundred(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_rand_read_out_as_a_letter() -> None:
    text = "your instalment of r two hundred and fifty nine is late and there's an r eighty fee"
    assert [(m.amount, m.currency) for m in find_amounts(text, "ZAR", "ZAR")] == [(259.0, "ZAR"), (80.0, "ZAR")]
    assert find_amounts("r u able to pay", "ZAR", "ZAR") == []


def test_the_instalment_the_agent_stated() -> None:
    got = run([(A, "your november instalment of r four hundred and ten bounced"),
               (C, "ja okay i'll pay the instalment on the thirtieth")], "ZAR")
    assert got is not None and (got["amount"], got["due_date"]) == (410.0, "2026-11-30")


def test_a_settlement_paid_in_full_is_the_settlement() -> None:
    got = run([(A, "Your balance is $2,310.00. We can accept $1,500.00 as a full and final settlement."),
               (C, "OK, I accept the $1,500 settlement and will pay it in full by the end of the month.")])
    assert got is not None and (got["amount"], got["due_date"]) == (1500.0, "2026-11-30")


def test_make_that_corrects_the_amount_later_in_the_message() -> None:
    got = run([(A, "Your account is $300 in arrears."),
               (C, "I can pay $100 on Friday.\n\nActually, my bonus came in, so I can make that $160 the same day.")])
    assert got is not None and (got["amount"], got["due_date"]) == (160.0, "2026-11-20")


@pytest.mark.parametrize("turns", [
    [(A, "We can't see your payment yet. Could you email the receipt to billing?"),
     (C, "I paid it on Monday. Sure, I'll do that this evening.")],
    [(A, "Your account shows $90 overdue."), (C, "I paid at the store last week, I'll send the pop now")],
])
def test_documents_sent_are_not_payments(turns: list[tuple[SpeakerRole, str]]) -> None:
    assert run(turns) is None


@pytest.mark.parametrize("turns", [
    [(A, "Your loan payment of $400 is overdue."),
     (C, "I shall try my level best to clear the $400 by the 25th, please bear with me.")],
    [(A, "Can you pay the $60 on Friday?"), (C, "ok friday"), (A, "Great, $60 on Friday 11/20."),
     (C, "nvm, rent came out, I'll call next week")],
])
def test_hedges_and_withdrawals(turns: list[tuple[SpeakerRole, str]]) -> None:
    assert run(turns) is None


def test_patois_drop_and_tousand() -> None:
    assert parse_number("six tousand two hundred") == 6200.0
    got = run([(A, "Your instalment of J$6,000 is overdue."),
               (C, "Mi will drop the 6 thousand on the 25th when mi get pay")], "JMD")
    assert got is not None and (got["amount"], got["due_date"]) == (6000.0, "2026-11-25")


def test_dropping_a_plan_is_not_a_payment() -> None:
    assert run([(A, "Your plan renews at $30 on the 25th."), (C, "I'll drop the plan on the 25th then")]) is None


def test_the_same_first_payment_moved_with_the_remainder_named_beside_it() -> None:
    got = run([(A, "You are $400 in arrears."), (C, "I can pay $200 by the end of the month and the rest in January."),
               (A, "Could it be before the 20th?"),
               (C, "Fine, I will pay the $200 on 12/18/2026 then. The remaining $200 will follow in January.")])
    assert got is not None and (got["amount"], got["due_date"]) == (200.0, "2026-12-18")


def test_a_plan_b_after_the_commitment_is_no_promise() -> None:
    assert run([(A, "Would you like to schedule the payment?"),
                (C, "I'll pay on Friday if my bonus lands. If not I'll just cancel the order.")]) is None


def test_if_not_sooner_keeps_the_day() -> None:
    got = run([(C, "I'll pay the $45 on Friday, if not sooner.")])
    assert got is not None and (got["amount"], got["due_date"]) == (45.0, "2026-11-20")


def test_an_amount_in_words_answers_how_much() -> None:
    got = run([(A, "You've two missed payments of $70."), (C, "ok i'll pay on friday"), (A, "friday, and how much"),
               (C, "seventy yeah the seventy")])
    assert got is not None and (got["amount"], got["due_date"]) == (70.0, "2026-11-20")


def test_pay_it_with_the_figure_named_in_the_same_breath() -> None:
    got = run([(A, "the weekly debit of thirty dollars failed twice so there's sixty owing"),
               (C, "i'll pay it today at lunch the sixty i'll do it in the app")])
    assert got is not None and (got["amount"], got["due_date"]) == (60.0, "2026-11-18")


def test_a_formal_commitment_in_a_letter() -> None:
    got = run([(A, "Dear Ms Otieno, your arrears are KES 9,000."),
               (C, "Dear team,\n\nI commit to paying KES 3,000 on Friday 20th November via M-Pesa.\n\nRegards")], "KES")
    assert got is not None and (got["amount"], got["currency"], got["due_date"]) == (3000.0, "KES", "2026-11-20")


def test_make_the_amount_payment_tonight() -> None:
    got = run([(A, "We couldn't renew your plan at $42.00."),
               (C, "I'll make the $42 payment tonight. Is there a fee?")])
    assert got is not None and (got["amount"], got["due_date"]) == (42.0, "2026-11-18")


def test_not_paying_anything_withdraws() -> None:
    assert run([(C, "will pay the 120 on 11/25"), (A, "That includes a $20 late fee."),
                (C, "then no. not paying anything until the fee is gone. dont set up anything")]) is None


def test_an_if_answered_in_the_same_breath() -> None:
    got = run([(A, "we can settle for nine hundred if it's paid by the end of the month"),
               (C, "um if i can do nine hundred by then yeah okay i'll do it nine hundred on the thirtieth")])
    assert got is not None and (got["amount"], got["due_date"]) == (900.0, "2026-11-30")


def test_trying_to_put_more_later_keeps_the_promise() -> None:
    got = run([(C, "i'll pay three hundred on the thirtieth"), (A, "three hundred on the thirtieth okay"),
               (C, "yes three hundred and then in january i will try put more")])
    assert got is not None and (got["amount"], got["due_date"]) == (300.0, "2026-11-30")


def test_then_is_the_payday_named_before_not_the_other_instalment() -> None:
    got = run([(A, "Two payments of $40 failed, so $80 is outstanding."),
               (C, "I get paid on the 25th so I'll pay one of them then, and the other $40 on the 4th")])
    assert got is not None and (got["amount"], got["due_date"]) == (40.0, "2026-11-25")


def test_the_day_of_a_failed_payment_is_no_proposal() -> None:
    got = run([(A, "Your checkout for $64.00 failed earlier today. Can I help?"),
               (C, "yeah I've got a $10 voucher too, does that apply?"),
               (A, "It was applied already, $64.00 is what's left."),
               (C, "ok I'll call my bank and redo the $64 payment tomorrow")])
    assert got is not None and (got["amount"], got["due_date"]) == (64.0, "2026-11-19")


def test_hundreds_with_oh_and_cents() -> None:
    assert parse_number("three oh five twenty") == 305.2
    got = run([(A, "you've two missed repayments so the arrears are three hundred and five dollars twenty"),
               (C, "i'll pay the whole lot on friday"),
               (A, "okay the full three oh five twenty on friday the twentieth"),
               (C, "yep friday")])
    assert got is not None and (got["amount"], got["due_date"]) == (305.2, "2026-11-20")


def test_iso_codes_of_smaller_currencies() -> None:
    assert [(m.amount, m.currency) for m in find_amounts("I can send JMD 6,500 and GHS 300", "USD", "USD")] == [
        (6500.0, "JMD"), (300.0, "GHS")]


def test_a_transfer_already_made_is_no_promise() -> None:
    assert run([(A, "Your repayment of $90 is overdue. How can I help?"),
                (C, "I transferred $90 this morning, here is the reference")]) is None


def test_a_call_back_to_sort_it_out_is_no_promise() -> None:
    assert run([(A, "Your payment of $120 is late. Can I help you set it up today?"),
                (C, "Can someone call me back Friday after 3? I'll sort it out then"),
                (A, "Sure, I've scheduled a call for Friday, November 20 between 3 and 5 pm."), (C, "ok")]) is None


def test_a_note_about_the_last_instalment_is_no_proposal() -> None:
    got = run([(A, "when could you make the second payment of forty"), (C, "i can do it in two weeks when i'm paid"),
               (A, "okay so forty dollars in two weeks wednesday the second of december"), (C, "yeah that's right"),
               (A, "lovely and just so you know the last payment of forty is still due on the twentieth"),
               (C, "yeah no bother")])
    assert got is not None and (got["amount"], got["due_date"]) == (40.0, "2026-12-02")


def test_a_day_then_the_amount_in_the_next_clause() -> None:
    got = run([(A, "I can see $84.20 overdue on your account."), (C, "can't do anything today, skint till payday"),
               (C, "friday though, the whole $84.20 for sure")])
    assert got is not None and (got["amount"], got["due_date"]) == (84.2, "2026-11-20")


def test_a_later_step_of_the_plan_is_not_the_first_payment() -> None:
    got = run([(A, "Your instalments of €150 are three months in arrears."),
               (C, "I propose paying €40 per month starting on 1 December, rising to €90 once I'm back full time.")],
              "EUR")
    assert got is not None and (got["amount"], got["due_date"]) == (40.0, "2026-12-01")


def test_a_wish_to_pay_and_its_reason_is_no_promise() -> None:
    assert run([(A, "Your EMI of Rs 3,100 due on 15 November is unpaid; a charge applies after 25 November."),
                (C, "I would like to pay but I lost my job this month. I will inform you once I get salary.")],
               "INR") is None


def test_cannot_say_for_sure_is_a_hedge() -> None:
    assert run([(A, "Your payment of $120 is overdue."),
                (C, "I'll pay the $120 once my refund lands, around the 25th, but I can't say for sure.")]) is None
