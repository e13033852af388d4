"""Promise to pay: a day told with what befell the customer, a day refused by the speaker's own "can't" after it, an
amount left open, money the customer only holds, a figure offered in a settlement negotiation and its spoken hundreds,
a day chosen after doubting the old one, a repaired figure with the same day said again, the agent asking when the
first instalment will be, and a document asked for a little earlier."""

from __future__ import annotations

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


def test_a_day_told_with_what_befell_the_customer_is_no_day_to_pay() -> None:
    assert run([(A, "Your payment of $120 is two weeks late. When can you pay?"),
                (C, "i cant pay anything right now"),
                (C, "got laid off on the 25th")]) is None


def test_a_day_refused_by_the_speakers_own_cant_after_it_is_no_day_to_pay() -> None:
    assert run([(A, "the loan is behind by forty thousand can you pay anything"),
                (C, "today i can't pay nothing, when i get work i will pay")], "JMD") is None


def test_an_amount_left_open_keeps_the_day_and_names_no_figure() -> None:
    got = run([(A, "Your balance of $640.00 is overdue."),
               (C, "I know about the balance. I'll send a payment on Monday, as much as I can manage then.")])
    assert amount_and_day(got) == (None, "2026-11-23")


def test_money_the_customer_only_holds_is_not_the_amount_paid() -> None:
    got = run([(A, "Your instalment of £38.20 failed. Would you like to pay the £38.20 now or choose a day?"),
               (C, "I've only got like £12 left till I get paid. I'll pay it on the 27th")], "GBP")
    assert amount_and_day(got) == (38.2, "2026-11-27")


def test_a_bare_figure_the_agent_offers_in_a_negotiation_is_money() -> None:
    got = run([(A, "the balance is twenty four hundred dollars, the best i can do is fourteen hundred"),
               (C, "fourteen hundred ok fourteen hundred on the thirtieth")])
    assert amount_and_day(got) == (1400.0, "2026-11-30")


def test_a_spoken_pair_among_hundreds_reads_as_hundreds() -> None:
    got = run([(A, "the balance is two thousand dollars and i can offer a settlement at thirteen hundred"),
               (C, "could you do twelve hundred"),
               (A, "the lowest i can go is twelve fifty"),
               (C, "twelve fifty fine, twelve fifty on the thirtieth")])
    assert amount_and_day(got) == (1250.0, "2026-11-30")


def test_a_day_chosen_after_doubting_the_old_one_moves_the_promise() -> None:
    got = run([(A, "the arrears are four hundred twenty dollars"),
               (C, "ok i'll pay the four hundred twenty on the twenty sixth"),
               (A, "okay the twenty sixth"),
               (C, "oh wait the twenty sixth is thanksgiving i don't know if the bank will process it, let's go "
                   "with the twenty fifth")])
    assert amount_and_day(got) == (420.0, "2026-11-25")


def test_a_repaired_figure_with_the_same_day_said_again_changes_the_amount() -> None:
    got = run([(A, "Your bill is $60.00 past due and a $5.00 late fee was added."),
               (C, "OK I'll pay $60 on the 24th"),
               (C, "Sorry, make that $65 with the fee. Still the 24th.")])
    assert amount_and_day(got) == (65.0, "2026-11-24")


def test_asking_when_the_first_instalment_will_be_is_a_payment_question() -> None:
    got = run([(A, "the balance is four hundred pounds"),
               (C, "i could manage forty pound a month"),
               (A, "okay forty a month, when would the first one be"),
               (C, "first one on the twenty seventh that's when my universal credit comes in"),
               (A, "lovely, forty pound on the twenty seventh then monthly")], "GBP")
    assert amount_and_day(got) == (40.0, "2026-11-27")


def test_send_it_after_a_document_asked_a_little_earlier_is_no_payment() -> None:
    assert run([(A, "we show the payment of $150 from November 2nd as missed"),
                (C, "no i paid that by transfer on the fifth"),
                (A, "okay do you have the confirmation number"),
                (C, "yes i can forward it, it went to your billing address"),
                (A, "okay please send that over and we'll locate it"),
                (C, "i'll send it tomorrow")]) is None
