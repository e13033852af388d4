"""Promise to pay: a clock time hedged with a filler is no amount; an ordinal that counts payments is no day of the
month; a day under a negation is no day offered; a refusal opened by "then" or "in that case" takes back the offer
the agent turned down; "give you" a figure commits to paying it; an offer the agent logs without a yes is taken; a
yes to the remainder the agent named keeps the first payment; a charge named by its billing period is the bill; a day
said after a "no wait" repair moves the agreed day; a verbless amount and day beside a refused "not today" still
commits; an agent saying the figure back with a day, no cue word, is a read-back that fills the day; an ordinal
paid before a spoken figure ("pay the first eighty") counts the figure."""

from __future__ import annotations

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run

# The call starts on Wednesday 18 November 2026 in the customer's time zone.


def test_a_clock_time_after_a_filler_is_not_the_amount() -> None:
    got = run([(A, "your phone bill of forty five fifty bounced"),
               (C, "ill pay the forty five fifty in a bit tonight"),
               (A, "ok so tonight"),
               (C, "yep tonight for sure before like eleven")])
    assert amount_and_day(got) == (45.5, "2026-11-18")


def test_an_ordinal_before_a_noun_counts_payments_and_is_no_day() -> None:
    got = run([(A, "Your gym membership is $90 behind."),
               (C, "I can pay $30 in one week, then $30 every week after until it's paid"),
               (A, "Fine. $30 on the first bill, and I will set the rest as weekly."),
               (C, "great")])
    assert amount_and_day(got) == (30.0, "2026-11-25")


def test_a_day_under_a_negation_is_not_offered() -> None:
    got = run([(A, "Your streaming renewal of $12.99 failed."),
               (C, "I'll sort it eventually, not my focus today")])
    assert got is None


def test_a_refusal_opened_by_then_after_the_offer_is_turned_down_withdraws_it() -> None:
    got = run([(A, "Your catalogue account is £200 behind; what can you pay?"),
               (C, "I could manage £20 on Monday"),
               (A, "Sorry, we need at least £50 a month for an arrangement."),
               (C, "then i cant do it to be honest, let me have a think")], currency="GBP")
    assert got is None


def test_giving_the_agent_a_figure_on_a_day_is_a_commitment() -> None:
    got = run([(A, "Your loan is KES 12,000 in arrears."),
               (C, "I will give you 4000 on Friday, the rest at month end")], currency="KES")
    assert amount_and_day(got) == (4000.0, "2026-11-20")


def test_an_offer_the_agent_logs_without_a_yes_is_taken() -> None:
    got = run([(A, "Northway Energy: your bill of $146.20 is overdue. Text back a day to pay."),
               (C, "could u do the 27th? whole 146.20"),
               (A, "Hi Dana. $146.20 booked for 11/27. Msg STOP to end texts.")])
    assert amount_and_day(got) == (146.2, "2026-11-27")


def test_a_yes_to_the_remainder_the_agent_named_keeps_the_first_payment() -> None:
    got = run([(A, "you've got three forty five overdue on the phone contract"),
               (C, "i'll put three hundred through a fortnight from today"),
               (A, "right so three hundred two weeks from today and then the remaining forty five after that"),
               (C, "yeah forty five the week after that's fine")])
    assert amount_and_day(got) == (300.0, "2026-12-02")


def test_a_charge_named_by_its_billing_period_is_the_bill_not_a_fee() -> None:
    got = run([(A, "Your storage unit account owes $240.00, two months at $120.00."),
               (C, "I will pay the October charge of $120.00 on Monday and the rest later.")])
    assert amount_and_day(got) == (120.0, "2026-11-23")


def test_a_day_after_a_no_wait_repair_moves_the_agreed_day() -> None:
    got = run([(A, "your instalment is four hundred and ten pounds"),
               (C, "i'll pay the four ten on the first of next month"),
               (A, "the first of december then"),
               (C, "yes the first no wait the bank's shut, the second")], currency="GBP")
    assert amount_and_day(got) == (410.0, "2026-12-02")


def test_a_verbless_amount_and_day_beside_a_refused_today_still_commits() -> None:
    got = run([(A, "your gas account is sixty two dollars behind"),
               (C, "um i cant do it today i get paid monday so ill do it monday"),
               (A, "okay so monday not today"),
               (C, "no not today, monday the sixty two")])
    assert amount_and_day(got) == (62.0, "2026-11-23")


def test_the_agent_saying_the_figure_back_with_a_day_fills_a_day_the_transcript_lost() -> None:
    got = run([(A, "your plan is three payments behind, nine thousand rupees"),
               (C, "i will pay three thousand on the twen tee eth"),
               (A, "three thousand on november twenty sir")], currency="INR")
    assert amount_and_day(got) == (3000.0, "2026-11-20")


def test_an_ordinal_paid_before_a_spoken_figure_counts_the_figure() -> None:
    # "pay the first eighty": the ordinal is the object of the paying verb and counts a figure, not the 1st
    got = run([(A, "the arrears are $240, could we split that over a few months"),
               (C, "ok i can pay the first eighty on monday and the rest over the next two months")])
    assert amount_and_day(got) == (80.0, "2026-11-23")
