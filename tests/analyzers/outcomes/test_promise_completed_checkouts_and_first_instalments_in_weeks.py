"""Promise to pay: an order or checkout completed as the payment (after going somewhere first), and the first
instalment of a plan made "in" a span of time counted from today."""

from __future__ import annotations

import pytest

from tests.analyzers.outcomes.promise_cases import A, C, amount_and_day, run


@pytest.mark.parametrize("said", ["I'll go back in and complete the $249 checkout on 12/9 when my paycheck clears",
                                  "I will finish the $249 order on 12/9",
                                  "I'll go online and finalise my $249 purchase on 12/9"])
def test_completing_an_unpaid_order_is_paying_it(said: str) -> None:
    got = run([(A, "We weren't able to process the payment for your order (total $249.00)."),
               (C, f"Sorry, my bank flagged it. I've cleared it with them now. {said}, if you can keep the items "
                   "held until then.")])
    assert amount_and_day(got) == (249.0, "2026-12-09")


@pytest.mark.parametrize("said", ["I'll complete the form on 12/9.", "I'll finish the call with my bank on 12/9."])
def test_completing_something_not_bought_pays_nothing(said: str) -> None:
    got = run([(A, "We weren't able to process the payment for your order (total $249.00)."), (C, said)])
    assert got is None


@pytest.mark.parametrize(("when", "day"), [("in two weeks", "2026-12-02"), ("in a week", "2026-11-25")])
def test_the_first_instalment_made_in_a_span_of_time(when: str, day: str) -> None:
    got = run([(A, "We can split the $179.00 into three payments."),
               (C, f"Three lots of $59.67 works. I'll make the first one {when}, and the others monthly after that.")])
    assert amount_and_day(got) == (59.67, day)
