"""Promise to pay: a figure the transcript garbled but whose currency was heard, a subjectless "will" after a term
of address, an "if not" that still pays, a figure echoed before the yes to the agent's check, and a day said only
as an idea beside a yes."""

from __future__ import annotations

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run

# The call starts on Wednesday 18 November 2026 in the customer's time zone.






def test_a_garbled_figure_with_its_currency_heard_still_commits_and_the_read_back_gives_the_amount() -> None:
    got = run([(A, "the card payment for your plan didn't go through last week"),
               (C, "ok i can put fit tee quid in on friday"),
               (A, "great so fifty pounds on friday the twentieth")], currency="GBP")
    assert amount_and_day(got) == (50.0, "2026-11-20")


def test_a_subjectless_will_after_a_term_of_address_is_a_commitment() -> None:
    got = run([(A, "Good day sir, your account is past due. Kindly settle to avoid penalties."),
               (C, "yes sir will pay the 2,000 on nov 25")], currency="PHP")
    assert amount_and_day(got) == (2000.0, "2026-11-25")


def test_an_if_not_about_a_favour_asked_keeps_a_promise_that_still_pays() -> None:
    got = run([(A, "Your balance is $420.00 including a $25 late fee."),
               (C, "I'll pay the full balance by the end of next week. Can you remove the late fee? If not, no "
                   "problem, I'll still pay it all.")])
    assert amount_and_day(got) == (420.0, "2026-11-27")


def test_an_if_not_with_another_plan_is_still_no_promise() -> None:
    got = run([(A, "Your balance is $420.00."),
               (C, "I'll pay the $420 on Monday if my refund lands. If not I'll cancel the account.")])
    assert got is None


def test_a_figure_echoed_before_the_yes_confirms_the_agents_check() -> None:
    got = run([(A, "can we sort the missed payment today"),
               (C, "yeah i will pay the missed payment on friday"),
               (A, "sorry was that sixty dollars"),
               (C, "sixty yeah six zero that covers the missed one and a little bit extra too")])
    assert amount_and_day(got) == (60.0, "2026-11-20")


def test_a_day_said_as_an_idea_beside_a_yes_does_not_move_the_agreed_day() -> None:
    got = run([(A, "Just to confirm: $35.00 tomorrow?"),
               (C, "yes. perhaps I'll order the 3rd mug as well if it's back in stock")])
    assert amount_and_day(got) == (35.0, "2026-11-19")
