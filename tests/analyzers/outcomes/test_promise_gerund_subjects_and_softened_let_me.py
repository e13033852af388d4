"""Promise to pay: a sentence whose subject is paying ("Paying $300 in one go is hard") describes the payment and
commits to nothing, so the commitment that follows it gives the terms; and "let me just do the eighty", a
commitment softened by "just", changes the figure offered before it."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("reply", [
    "Paying $300 in one go is hard this month. Can I split it into 3 payments of $100? I will make the first "
    "payment on Friday, then the rest monthly.",
    "paying it all at once would be tough for me. i'll make the first payment of $100 on friday",
    "Paying the $300 now isn't doable. I will make the first payment of $100 on Friday.",
])
def test_a_sentence_about_paying_is_not_the_commitment(reply: str) -> None:
    assert amount_and_day(run([(A, "Your balance of $300.00 is overdue."), (C, reply)])) == (100.0, "2026-11-20")


@pytest.mark.parametrize("reply", [
    "Paying $300 by Friday would be impossible for me right now.",
    "paying it all on friday is just too much",
])
def test_paying_as_a_subject_alone_is_no_promise(reply: str) -> None:
    assert run([(A, "Your balance of $300.00 is overdue."), (C, reply)]) is None


@pytest.mark.parametrize("change", [
    "actually you know what let me just do the eighty so it's cleared",
    "no wait let me just pay the eighty so it's done",
])
def test_let_me_just_commits_to_the_changed_figure(change: str) -> None:
    got = run([(A, "calling about the eighty dollar balance on your account"),
               (C, "um so i was thinking i could do fifty"), (A, "okay"), (C, change), (A, "great when"),
               (C, "on friday")])
    assert amount_and_day(got) == (80.0, "2026-11-20")


def test_im_paying_with_its_subject_is_still_a_payment_under_way() -> None:
    got = run([(A, "Your balance of $40 is overdue."), (C, "I'm paying the 40 tonight, just so you know.")])
    assert amount_and_day(got) == (40.0, "2026-11-18")
