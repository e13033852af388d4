"""Promise to pay: an offer the agent agrees to while offering to note it, or checks before taking; "when exactly?"
asking the day of a payment offered; a request put as "ask if I can" beside a promise; a yes in own terms
to "can you commit to that?"; a day refused as the subject of "is not possible"; a day put right with "make it"."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("reply", ["That's fine, shall I note that?", "No problem - want me to put that down?",
                                   "Sure, would you like me to set that up?"])
def test_a_yes_that_offers_to_note_the_offer_takes_it(reply: str) -> None:
    got = run([(A, "Your premium of $60 was returned unpaid."), (C, "Could I pay the $60 in a fortnight?"),
               (A, reply), (C, "Yes please")])
    assert amount_and_day(got) == (60.0, "2026-12-02")


def test_only_offering_to_note_takes_nothing() -> None:
    assert run([(A, "Your premium of $60 was returned unpaid."), (C, "Could I pay the $60 in a fortnight?"),
                (A, "Shall I note that?")]) is None


def test_an_offer_checked_then_confirmed_is_taken() -> None:
    got = run([(A, "Your account is $80 past due."), (C, "can i do 40 on the 3rd and 40 on the 10th"),
               (A, "Just to confirm, the 3rd of December?"), (C, "yep dec 3 then dec 10"),
               (A, "Got it, $40 on 12/3 and $40 on 12/10.")])
    assert amount_and_day(got) == (40.0, "2026-12-03")


def test_an_offer_checked_then_doubted_is_not_taken() -> None:
    assert run([(A, "Your account is $80 past due."), (C, "can i do 40 on the 3rd"),
                (A, "Just to confirm, the 3rd of December?"), (C, "yeah maybe, not sure yet"),
                (A, "Got it.")]) is None


@pytest.mark.parametrize("ask", ["Sure, when exactly?", "ok which day?", "What date would that be?"])
def test_asking_only_which_day_asks_the_day_of_the_payment_offered(ask: str) -> None:
    got = run([(A, "Your instalment of $45 didn't go through."), (C, "can I pay next week? payday"),
               (A, ask), (C, "next week, friday. $45")])
    assert amount_and_day(got) == (45.0, "2026-11-27")


@pytest.mark.parametrize("extra", ["I also want to ask if I can lower the monthly amount to $100.",
                                   "I was wondering whether we could move the due date next month."])
def test_a_request_put_as_asking_if_i_can_does_not_hedge_the_promise(extra: str) -> None:
    got = run([(A, "Your plan is past due by $150.00."), (C, f"I will make the $150 payment on 12/9. {extra}")])
    assert amount_and_day(got) == (150.0, "2026-12-09")


def test_seeing_if_i_can_still_hedges() -> None:
    assert run([(A, "Your plan is past due by $150.00."),
                (C, "I will make the $150 payment on 12/9. I'll see if I can manage it.")]) is None


def test_a_yes_in_own_terms_to_can_you_commit_is_a_promise() -> None:
    got = run([(A, "your lease is three hundred dollars past due"), (C, "i might manage something maybe in two weeks"),
               (A, "can you commit to that"), (C, "yeah okay two weeks from today one fifty half of it")])
    assert amount_and_day(got) == (150.0, "2026-12-02")


def test_a_bare_yes_to_can_you_commit_to_a_hedge_is_no_promise() -> None:
    assert run([(A, "your lease is three hundred dollars past due"),
                (C, "i might manage something maybe in two weeks"), (A, "can you commit to that"),
                (C, "yeah")]) is None


@pytest.mark.parametrize("moved", ["no wait monday is not possible tuesday confirm i will pay two thousand",
                                   "sorry monday doesn't work, tuesday then, i will pay two thousand"])
def test_a_day_said_as_the_subject_of_its_refusal_is_not_the_day(moved: str) -> None:
    got = run([(A, "your emi of two thousand rupees is pending"), (C, "i will pay the emi two thousand on monday"),
               (A, "monday confirm sir"), (C, moved)], "INR")
    assert amount_and_day(got) == (2000.0, "2026-11-24")


def test_a_day_called_no_problem_stays() -> None:
    got = run([(A, "Your balance is $90."), (C, "I'll pay $90 on Friday, friday is no problem")])
    assert amount_and_day(got) == (90.0, "2026-11-20")


@pytest.mark.parametrize("repair", ["Sorry, I see the 6th is a Sunday, make it Monday the 7th.",
                                    "Hmm, that's a Sunday - make it the 7th."])
def test_a_day_put_right_with_make_it_is_the_final_word(repair: str) -> None:
    got = run([(A, "Your arrears are $400."), (C, f"I'll pay $200 on the 6th and the rest in January. {repair}")])
    assert amount_and_day(got) == (200.0, "2026-12-07")


def test_i_can_make_it_friday_is_not_a_repair() -> None:
    got = run([(A, "Your balance is $90."), (C, "I'll pay $90 on Thursday. I can make it Friday at the latest.")])
    assert got is not None and got["amount"] == 90.0


def test_when_exactly_after_no_talk_of_paying_asks_no_payment_day() -> None:
    assert run([(A, "Your instalment of $45 didn't go through."), (C, "I was let go from work"),
                (A, "Okay, when exactly?"), (C, "next week, friday")]) is None
