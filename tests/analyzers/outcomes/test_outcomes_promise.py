"""Promise-to-pay extraction: amount, currency, due date (relative dates resolved in the customer's time zone),
negation, and agreement to the agent's proposal."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from analyzers.document import Document, InteractionMeta, SpeakerRole, Utterance
from analyzers.outcomes.currency import currencies
from analyzers.outcomes.dates import find_dates, reference_date
from analyzers.outcomes.money import find_amounts
from analyzers.outcomes.stage import Outcomes

WED = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("I can pay $50 on Friday", 50.0, "USD"),
        ("two hundred and fifty dollars", 250.0, "USD"),
        ("fifty bucks and twenty cents", 50.2, "USD"),
        ("£1,200.50 please", 1200.5, "GBP"),
        ("I'll send 35 euros", 35.0, "EUR"),
        ("USD 40", 40.0, "USD"),
        ("I can do one fifty on the 15th", 150.0, "USD"),  # spoken price: one-fifty = 150
        ("I'll pay 75 next week", 75.0, "USD"),  # bare amount after a payment verb
        ("I'll pay the two hundred on Monday", 200.0, "USD"),
        ("I'll send the remaining amount of 42.50 on Friday", 42.5, "USD"),  # bare decimal naming what is paid
        ("a payment of 120 would clear it", 120.0, "USD"),
        ("I can manage 30 this week", 30.0, "USD"),
        ("I'll pay the eighty-two fifty on Wednesday", 82.5, "USD"),  # two two-digit groups: dollars and cents
        ("I'll pay the nineteen ninety-nine tomorrow", 19.99, "USD"),
        ("I'll transfer the €49,99 on Thursday", 49.99, "EUR"),  # decimal comma
        ("€1.200,50 please", 1200.5, "EUR"),
        ("a payment of R1 250,00 on the 31st", 1250.0, "ZAR"),  # space thousands, decimal comma
        ("ok 29,90€ on the 5th", 29.9, "EUR"),  # symbol after the number
        ("i'll pay the one ninety nine ninety nine on sunday", 199.99, "USD"),  # hundreds, then dollars and cents
        ("ok forty five euro fifty on the first", 45.5, "EUR"),  # cents straight after the unit
        ("i can send $1.5k at the end of the month", 1500.0, "USD"),
        ("i'll do the four hundred twelve fifty tomorrow", 412.5, "USD"),
        ("yeah i'd say two hundred two hundred dollars", 200.0, "USD"),  # a spoken repeat
        ("i can make a payment of um of seventy five on wednesday", 75.0, "USD"),  # fillers
        ("I will pay J$18,000 on the 18th", 18000.0, "JMD"),  # a dollar with its country's prefix
        ("NZ$80 on fri", 80.0, "NZD"),
        ("R$150 amanhã", 150.0, "BRL"),
        ("I will pay 15k next friday", 15000.0, "USD"),  # thousands as "k" after a payment verb
        ("ok I pay RM150 on 28th", 150.0, "MYR"),
        ("KES 2,000 on the 30th", 2000.0, "KES"),
        ("I will pay GH₵450 by Thursday", 450.0, "GHS"),
        ("N15,000 or ₦15,000", 15000.0, "NGN"),
        ("then i pay the six four nine rand", 649.0, "ZAR"),  # digits read out one by one
        ("Outstanding balance: N42,500", 42500.0, "NGN"),  # naira and peso written with a plain letter
        ("your installment of P2,500 is overdue", 2500.0, "PHP"),
    ],
)
def test_amounts(text: str, amount: float, currency: str) -> None:
    found = find_amounts(text)
    assert found and found[0].amount == amount and found[0].currency == currency


@pytest.mark.parametrize("text", ["I can pay the 15th", "I'll pay in 3 days", "we spoke 2 weeks ago", "do one thing"])
def test_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tomorrow", date(2026, 11, 19)),
        ("on Friday", date(2026, 11, 20)),
        ("this Friday", date(2026, 11, 20)),
        ("next Friday", date(2026, 11, 27)),  # this week's Friday is still ahead, so next Friday is the one after
        ("next Monday", date(2026, 11, 23)),  # Monday is already next week
        ("by the fifteenth", date(2026, 12, 15)),  # the 15th has passed this month
        ("on the 25th", date(2026, 11, 25)),
        ("on the twenty-first", date(2026, 11, 21)),
        ("the first of next month", date(2026, 12, 1)),
        ("end of the month", date(2026, 11, 30)),
        ("end of next month", date(2026, 12, 31)),
        ("in two weeks", date(2026, 12, 2)),
        ("in a fortnight", date(2026, 12, 2)),
        ("first thing next month", date(2026, 12, 1)),
        ("i'll send it tmrw", date(2026, 11, 19)),
        ("fri ok?", date(2026, 11, 20)),
        ("a week from today", date(2026, 11, 25)),
        ("March 3rd", date(2027, 3, 3)),
        ("the 3rd of March", date(2027, 3, 3)),
        ("12/15", date(2026, 12, 15)),
        ("2027-01-05", date(2027, 1, 5)),
        ("Friday the 27th", date(2026, 11, 27)),
        ("pay the 15.99 on nov 24", date(2026, 11, 24)),
        # collections works the business week: the end of the week is Friday, not Saturday
        ("by the end of this week", date(2026, 11, 20)),
        ("end of next week", date(2026, 11, 27)),
    ],
)
def test_dates_resolve_against_the_interaction_date(text: str, expected: date) -> None:
    found = [d for d in find_dates(text, WED) if d.value]
    assert found and found[0].value == expected


@pytest.mark.parametrize(
    ("ref", "expected"),
    [(date(2026, 11, 20), date(2026, 11, 20)),  # said on Friday: today
     (date(2026, 11, 21), date(2026, 11, 27)),  # said on Saturday: this week's Friday is gone, so the coming one
     (date(2026, 11, 16), date(2026, 11, 20))],
)
def test_end_of_the_week_is_friday(ref: date, expected: date) -> None:
    assert find_dates("by the end of the week", ref)[0].value == expected


def test_next_weekday_rule_is_configurable() -> None:
    assert find_dates("next Friday", WED, next_weekday_rule="next_occurrence")[0].value == date(2026, 11, 20)


def test_reference_date_is_local_to_the_customer() -> None:
    # 03:30 UTC on the 30th is still the 29th in Los Angeles
    started = datetime(2027, 1, 30, 3, 30, tzinfo=UTC)
    assert reference_date(started, ["America/Los_Angeles"], None) == date(2027, 1, 29)
    assert reference_date(started, [], None) == date(2027, 1, 30)
    assert reference_date(None, [], date(2026, 1, 1)) == date(2026, 1, 1)


A, C = SpeakerRole.agent, SpeakerRole.customer


def run(turns: list[tuple[SpeakerRole, str]], **params: object) -> Document:
    doc = Document(
        meta=InteractionMeta(started_at=datetime(2026, 11, 18, 15, 0, tzinfo=UTC),
                             customer_timezones=["America/New_York"]),
        utterances=[Utterance(index=i, speaker=r.value, role=r, text=t) for i, (r, t) in enumerate(turns)],
        redacted=True,
    )
    return Outcomes(Outcomes.Params(**params))(doc)  # type: ignore[arg-type]


def promise(doc: Document) -> dict[str, object] | None:
    return next((o.attributes for o in doc.outcomes if o.category == "outcome.promise_to_pay"), None)


PROMISES = [
    pytest.param([(C, "I can pay $50 next Friday.")], (50.0, "USD", "2026-11-27"), id="own-words"),
    pytest.param([(A, "Could you make a payment of 100 dollars by the fifteenth?"), (C, "Yes, I can do that.")],
                 (100.0, "USD", "2026-12-15"), id="agrees-to-proposal"),
    pytest.param([(C, "I can't do Friday, but I can pay $75 on Monday.")], (75.0, "USD", "2026-11-23"),
                 id="negated-then-promise"),
    pytest.param([(A, "Your balance is $300."), (C, "I'll pay the full balance at the end of the month.")],
                 (300.0, "USD", "2026-11-30"), id="full-balance"),
    pytest.param([(C, "I'll pay you tomorrow."), (A, "How much?"), (C, "Forty dollars.")],
                 (40.0, "USD", "2026-11-19"), id="amount-in-later-answer"),
    pytest.param([(C, "Can I pay £20 on Friday?"), (A, "Yes, that's fine.")], (20.0, "GBP", "2026-11-20"),
                 id="customer-offer-accepted"),
    pytest.param([(C, "I'll pay $120 tomorrow."), (A, "Could you do a bit more?"), (C, "Okay, I'll pay $150 then.")],
                 (150.0, "USD", "2026-11-19"), id="later-commitment-updates"),
    # texted: no apostrophe, no currency sign, abbreviated month; "the 15.99" is an amount, not the 15th
    pytest.param([(A, "Reply with the date you plan to pay."), (C, "ill pay the 15.99 on nov 24")],
                 (15.99, "USD", "2026-11-24"), id="texted-informal"),
    pytest.param([(C, "im gonna pay 40 on friday")], (40.0, "USD", "2026-11-20"), id="texted-gonna"),
    # verbless commitment after a refusal of the whole amount, the amount after a restatement
    pytest.param([(A, "The outstanding total is $90."),
                  (C, "Not all of it this week. A third, so 30 dollars, this Thursday.")],
                 (30.0, "USD", "2026-11-19"), id="elliptical-after-restatement"),
    # amount and date given in separate answers: the date answer completes the amount commitment
    pytest.param([(A, "What could you afford?"), (C, "I could afford $60."), (A, "What day works?"),
                  (C, "Monday, when I'm paid.")], (60.0, "USD", "2026-11-23"), id="amount-then-date-answer"),
    pytest.param([(A, "Your card payment bounced."), (C, "I can pay the outstanding amount of 42.50 on Friday.")],
                 (42.5, "USD", "2026-11-20"), id="bare-decimal-named-amount"),
    pytest.param([(C, "I'll transfer $25 by the end of this week.")], (25.0, "USD", "2026-11-20"),
                 id="end-of-week-is-friday"),
    # refusing to pay more than promised leaves the promise standing
    pytest.param([(C, "I'll pay $40 on Friday."), (A, "Could you do the full $90?"),
                  (C, "No, sorry, I can't pay more than that.")], (40.0, "USD", "2026-11-20"),
                 id="refusing-more-keeps-promise"),
    pytest.param([(C, "I'll pay $40 on Friday, but I'm not sure I can do the rest this month.")],
                 (40.0, "USD", "2026-11-20"), id="hedge-about-the-rest-keeps-promise"),
    # withdrawn, then a new commitment: the new one stands
    pytest.param([(C, "I'll pay $60 on Friday."), (A, "Great."), (C, "Actually, scratch that, I can't do Friday."),
                  (A, "What about Monday?"), (C, "Yes, I'll pay the $60 on Monday.")], (60.0, "USD", "2026-11-23"),
                 id="withdrawn-then-recommitted"),
    pytest.param([(A, "The balance on your plan is $300."),
                  (C, "I can't pay all of it, I can do half of it on the 20th.")],
                 (150.0, "USD", "2026-11-20"), id="half-of-the-balance"),
    pytest.param([(C, "I'll pay $200 on Friday."), (A, "Okay, $200 Friday."),
                  (C, "Actually, could we make it $150 on Monday instead?"), (A, "Sure, $150 on Monday.")],
                 (150.0, "USD", "2026-11-23"), id="customer-changes-the-offer"),
    pytest.param([(A, "Your renewal was declined."), (C, "I'll update my card and pay the $34.99 tomorrow.")],
                 (34.99, "USD", "2026-11-19"), id="first-action-then-pay"),
    pytest.param([(C, "two hundred dollars on the 25th, that's when I get paid")], (200.0, "USD", "2026-11-25"),
                 id="get-paid-is-not-past"),
    # a full stop inside "$1.5k" is no clause boundary; a "yeah" to a statement of the debt accepts nothing
    pytest.param([(A, "Your account is $3,120 past due."), (C, "yeah i know, my contract ended"),
                  (C, "i can send $1.5k at the end of the month")], (1500.0, "USD", "2026-11-30"),
                 id="decimal-k-amount"),
    pytest.param([(C, "I can pay £100 on the 25th."), (A, "We'd need at least £150. Could you manage that?"),
                  (C, "Ok fine, £150 then, same day.")], (150.0, "GBP", "2026-11-25"), id="new-amount-same-day"),
    pytest.param([(C, "could i pay half next friday"), (A, "so that's 152 dollars on friday the 27th"),
                  (C, "yep that's right")], (152.0, "USD", "2026-11-27"), id="yes-to-a-read-back"),
    pytest.param([(C, "I don't have my card on me, I'll pay the $40 tomorrow.")], (40.0, "USD", "2026-11-19"),
                 id="negation-in-an-earlier-clause"),
    pytest.param([(C, "I'll pay $40 on Friday if that's okay.")], (40.0, "USD", "2026-11-20"),
                 id="if-thats-okay-is-politeness"),
    # the read-back the customer confirms is the promise, bare numbers included
    pytest.param([(A, "You're three hundred and fifty behind."), (C, "i could do like a hundred"),
                  (A, "to stop the late fees we'd need at least one seventy five"),
                  (C, "ugh fine one seventy five then"),
                  (A, "okay and when can you make that"), (C, "monday"), (A, "one seventy five monday the 23rd"),
                  (C, "mm hm")], (175.0, "USD", "2026-11-23"), id="negotiated-then-read-back"),
    pytest.param([(A, "So I have $140 on the 25th, is that right?"), (C, "no $114, half of 228 is 114 lol"),
                  (A, "Sorry, my mistake: $114 on the 25th."), (C, "yes")], (114.0, "USD", "2026-11-25"),
                 id="customer-corrects-the-read-back"),
    pytest.param([(A, "Your account has $120 past due."), (C, "$40 on the 3rd ok?"), (A, "Yes, $40 on Dec 3 works."),
                  (C, "ty")], (40.0, "USD", "2026-12-03"), id="texted-offer-accepted"),
    pytest.param([(A, "Could we set up a plan?"), (C, "ye can do $50 a week"),
                  (A, "When would the first $50 come out?"), (C, "starting monday"),
                  (A, "Sweet, $50 weekly starting Monday 23 Nov."), (C, "👍")], (50.0, "USD", "2026-11-23"),
                 id="plan-first-instalment"),
    pytest.param([(C, "i'll pay the three hundred on the 25th"), (A, "three hundred on the 25th, and the other forty?"),
                  (C, "the forty i'll do it the next check")], (300.0, "USD", "2026-11-25"),
                 id="remainder-is-a-later-instalment"),
    pytest.param([(C, "ok i'll take the 20% off, so $160 by friday")], (160.0, "USD", "2026-11-20"),
                 id="percent-is-no-date"),
    # no amount said: the currency is still the account's
    pytest.param([(A, "We couldn't take your payment."), (C, "will pay thurs")], (None, "USD", "2026-11-19"),
                 id="texted-without-subject"),
    pytest.param([(A, "Could you pay it today?"), (C, "not today um i can do the thirty nine ninety nine on friday")],
                 (39.99, "USD", "2026-11-20"), id="not-today-is-not-a-refusal"),
    pytest.param([(A, "Your balance is $210 and the minimum due is $35."), (C, "i can do the minimum on the 25th")],
                 (35.0, "USD", "2026-11-25"), id="the-minimum"),
    pytest.param([(A, "The bill is sixty two fifty."), (C, "i can pay it on monday the the sixty two fifty on monday")],
                 (62.5, "USD", "2026-11-23"), id="bare-amount-in-the-commitment"),
    pytest.param([(C, "$25 tmrw ok?"), (A, "All good, rescheduled for tomorrow 👍")], (25.0, "USD", "2026-11-19"),
                 id="texted-offer-all-good"),
    pytest.param([(A, "You're still $135 behind. Last month you paid $45 toward it, which really helped."),
                  (C, "I'll do the same as last month on the 25th.")], (45.0, "USD", "2026-11-25"),
                 id="same-as-last-month"),
    pytest.param([(A, "Your account is overdue by $132.40."), (C, "sorry. will pay what I owe on friday")],
                 (132.4, "USD", "2026-11-20"), id="what-i-owe"),
    pytest.param([(A, "You're two weeks behind, $310 total. Can we set up a payment?"),
                  (C, "ya sorry, next payout is the 24th"), (A, "How much can you send then?"),
                  (C, "I'll send $80 on payday, the rest by end of month")], (80.0, "USD", "2026-11-24"),
                 id="a-yes-does-not-take-the-balance"),
    pytest.param([(A, "Your account is in arrears by R3 240. When can you make a payment?"),
                  (C, "Month-end, on the 25th when I get paid."), (A, "And how much can you pay on the 25th?"),
                  (C, "R1 500. I can't do more than that this month.")], (1500.0, "ZAR", "2026-11-25"),
                 id="answers-to-payment-questions-rand"),
    pytest.param([(A, "Your invoice over 149,90 EUR is unpaid."),
                  (C, "I will transfer the open amount of 149,90 EUR until 30.11. to your account.")],
                 (149.9, "EUR", "2026-11-30"), id="dotted-date-and-decimal-comma"),
    pytest.param([(A, "Your payment of Rs. 24,870 is overdue."), (C, "Will pay Rs. 12,500 by tomorrow EOD")],
                 (12500.0, "INR", "2026-11-19"), id="rupees"),
    pytest.param([(A, "Can you do $250 by the 30th?"), (C, "The 30th is too soon. I can do $250 on the 4th."),
                  (A, "The latest I can accept for that amount is the 3rd."), (C, "Fine, the 3rd then.")],
                 (250.0, "USD", "2026-12-03"), id="fine-the-3rd-then"),
    pytest.param([(A, "We can settle the $2,400 balance for $1,440 if it's paid by December 15th."),
                  (C, "Okay. Yeah, I can do the fourteen-forty. I'll have it to you by the 15th.")],
                 (1440.0, "USD", "2026-12-15"), id="fourteen-forty-as-said-before"),
    pytest.param([(A, "Your balance is $2,740.18."), (C, "I can't pay that. Could you take fifteen hundred?"),
                  (A, "I can approve a settlement of $1,500 on the $2,740.18 balance, due by the 30th."),
                  (C, "Okay, deal. I'll pay it on the 30th.")], (1500.0, "USD", "2026-11-30"),
                 id="settlement-not-the-balance"),
    pytest.param([(C, "I can pay £150 on 1st December and £150 a month until the balance of £1,230 is cleared.")],
                 (150.0, "GBP", "2026-12-01"), id="instalment-not-the-balance-in-the-same-sentence"),
    pytest.param([(A, "The amount to bring it current is $600."), (C, "Can I just do $500 on the 3rd?"),
                  (A, "With $500 the account stays behind. We'd need the full $600."),
                  (C, "Okay fine, 600 then. On the 3rd.")], (600.0, "USD", "2026-12-03"), id="bargained-up"),
    pytest.param([(A, "The full balance owing is $612.40, including a minimum payment of $45.00."),
                  (C, "I'll pay the full balance on the 4th.")], (612.4, "USD", "2026-12-04"),
                 id="full-balance-not-the-minimum"),
    pytest.param([(C, "I can pay $250 on the 15th and the remaining $310 on the 29th.")],
                 (250.0, "USD", "2026-12-15"), id="plan-amount-said-with-the-first-day"),
    pytest.param([(C, "I will pay the EMI of Rs. 4,350 along with the charge of Rs. 590, i.e. total Rs. 4,940, on 5th "
                      "December.")], (4940.0, "INR", "2026-12-05"), id="the-total-of-two-amounts"),
    pytest.param([(C, "Wages land on Monday 23rd November instead. I will pay the $230 that day instead of Friday.")],
                 (230.0, "USD", "2026-11-23"), id="that-day-not-the-day-given-up"),
    pytest.param([(A, "Your balance is $186.40."), (C, "I'll clear the lot next Tuesday")],
                 (186.4, "USD", "2026-11-24"), id="the-lot-is-the-balance"),
    pytest.param([(C, "i can do a hundred and twenty on the 30th"), (A, "okay"),
                  (C, "no wait i'll just do the whole one fifty on the 30th so i'm caught up")],
                 (150.0, "USD", "2026-11-30"), id="raised-to-a-spoken-amount"),
    pytest.param([(C, "I can pay the $95 on Thursday"), (A, "Fine. There's a $10 late fee on the next one."),
                  (C, "ugh ok fine, just the 95 tho")], (95.0, "USD", "2026-11-19"), id="a-fee-is-not-proposed"),
    pytest.param([(C, "I will send the 2,000 on 30th when salary comes")], (2000.0, "USD", "2026-11-30"),
                 id="ordinal-without-the"),
    pytest.param([(C, "I will pay GH₵450 by Thursday."), (C, "Correction: I meant GH₵540, not 450. Still Thursday.")],
                 (540.0, "GHS", "2026-11-19"), id="corrected-amount"),
    pytest.param([(A, "when can you settle the two thousand five hundred"), (C, "i can pay on the fifteenth"),
                  (A, "december fifteen noted"), (C, "wait not fifteenth, make it the twentieth"),
                  (A, "okay two thousand five hundred on november twenty")], (2500.0, "USD", "2026-11-20"),
                 id="moved-day-said-as-a-cardinal"),
    pytest.param([(A, "Your instalment of S$45.30 is overdue."), (C, "Will pay the 45.30 on 7 Dec can?"),
                  (A, "Can! Noted S$45.30 on 7 Dec")], (45.3, "SGD", "2026-12-07"), id="singapore-can"),
    pytest.param([(A, "Two EMIs are pending."), (C, "one emi i will pay on the 30th"),
                  (A, "so four thousand nine ninety nine on the 30th sir"),
                  (C, "yes yes four thousand nine ninety nine on 30th confirm")], (4999.0, "USD", "2026-11-30"),
                 id="thousands-then-price-speak"),
    pytest.param([(C, "I will pay R1 350 by the end of the month, and then the remaining R400 in January.")],
                 (1350.0, "ZAR", "2026-11-30"), id="not-the-remainder"),
    pytest.param([(A, "That's 3 months at $19.99, total $59.97 pending."),
                  (C, "I'll clear the full dues in two weeks")],
                 (59.97, "USD", "2026-12-02"), id="the-total-not-one-month"),
    pytest.param([(C, "Can I pay the 69.98 this Friday?"), (A, "Sure, I can note Friday."),
                  (C, "actually hang on, I get paid Thursday so let's just say Thursday")],
                 (69.98, "USD", "2026-11-19"),
                 id="lets-just-say-another-day"),
    pytest.param([(C, "ill update card & pay the 15.99 sat 👍")], (15.99, "USD", "2026-11-21"),
                 id="sat-after-an-amount"),
    pytest.param([(C, "can u make it the 25th instead of the 20th? ill pay the $89 then for sure, get paid the 24th")],
                 (89.0, "USD", "2026-11-25"), id="then-is-the-moved-day-not-payday"),
    pytest.param([(C, "I get paid next Friday, I'll pay one fifty then.")], (150.0, "USD", "2026-11-27"),
                 id="then-is-payday-when-no-other-day"),
    pytest.param([(A, "madam when can you pay at least one emi"),
                  (C, "i will pay four thousand two hundred on twenty sixth morning through the app")],
                 (4200.0, "USD", "2026-11-26"), id="on-an-ordinal-in-words"),
    pytest.param([(C, "i can do the one twenty five on friday"), (A, "okay one twenty five on friday"),
                  (C, "actually you know what put me down for one thirty five so the late fee is covered too")],
                 (135.0, "USD", "2026-11-20"), id="put-me-down-for-a-spoken-amount"),
    pytest.param([(C, "Sure po, I'll settle the 2,450 on the 25th 😊 pwede po ba i-waive yung fee?")],
                 (2450.0, "USD", "2026-11-25"), id="an-emoji-ends-the-commitment"),
    pytest.param([(C, "I'll send the 3,500 on Friday"), (A, "And the 200 penalty?"),
                  (C, "That one I'll clear next month, Friday I can only manage the 3.5k")],
                 (3500.0, "USD", "2026-11-20"), id="decimal-thousands"),
    pytest.param([(C, "ok po 2,500 on the 15th"), (A, "Noted po: $2,500 on December 15th."), (C, "salamat po 🙏")],
                 (2500.0, "USD", "2026-12-15"), id="thanks-confirms-a-read-back"),
    pytest.param([(A, "So that's three payments of eighty, one a month."), (C, "right yeah eighty i can do"),
                  (A, "lovely so first one eighty pound on the first of december"), (C, "yeah sound")],
                 (80.0, "GBP", "2026-12-01"), id="first-one-eighty-is-the-first-of-eighty"),
    # the agent's log of the arrangement settles a correction made in passing; a plan read back or a "no" does not
    pytest.param([(C, "I'll send 300 on Friday"), (C, "oh sorry, 290 only"), (A, "Noted, $290 on Friday.")],
                 (290.0, "USD", "2026-11-20"), id="logged-after-a-passing-correction"),
    pytest.param([(C, "I'll pay $100 on Friday"), (A, "Noted: $100 on Friday and $100 on the 30th.")],
                 (100.0, "USD", "2026-11-20"), id="a-plan-logged-keeps-the-first"),
    pytest.param([(C, "I'll pay $80 on the 20th"), (A, "Updated to $80 on the 21st."), (C, "no, the 20th please")],
                 (80.0, "USD", "2026-11-20"), id="a-wrong-log-corrected"),
    pytest.param([(A, "We can offer to settle for $700 if paid by 12 December."),
                  (C, "Thank you. I accept and will pay it on 9 December.")], (700.0, "USD", "2026-12-09"),
                 id="accept-and-will-pay"),
    pytest.param([(C, "i can do eighty on the 25th"), (A, "the minimum is one twenty"),
                  (C, "fine make it one twenty on the 25th")], (120.0, "USD", "2026-11-25"), id="make-it-an-amount"),
    pytest.param([(C, "i'll pay the sixty dollars on twelve december")], (60.0, "USD", "2026-12-12"),
                 id="cardinal-day-before-the-month"),
    pytest.param([(C, "Can I pay 30 now and the rest later?"), (A, "Sure. When will the $30 be paid?"),
                  (C, "Friday morning")], (30.0, "USD", "2026-11-20"), id="answer-to-when-will-it-be-paid"),
    pytest.param([(A, "Your balance is £64.20, with the £64.20 overdue."),
                  (C, "Can I pay 64.20 plus the fee on the 3rd?"), (A, "I'll waive the fee if it's paid by then."),
                  (C, "Great, so just the 64.20 on the 3rd")], (64.2, "GBP", "2026-12-03"),
                 id="a-bare-amount-said-before-as-money"),
    pytest.param([(C, "I'll send $60 on Friday. Actually no, scratch that, I'll do $90 on Monday.")],
                 (90.0, "USD", "2026-11-23"), id="corrected-later-in-the-same-turn"),
    pytest.param([(A, "we can split it into two payments of ninety dollars when can you make the first one"),
                  (C, "first one on the twenty fifth and the other one after christmas"),
                  (A, "okay ninety dollars on the twenty fifth"), (C, "yah correct")],
                 (90.0, "USD", "2026-11-25"), id="answer-to-an-asr-question-without-a-mark"),
    pytest.param([(C, "will pay 3100 on the 28th"), (A, "With the late fee the total is $3,350. Can you pay that?"),
                  (C, "ok fine. 3350 on the 28th then")], (3350.0, "USD", "2026-11-28"),
                 id="thousands-typed-without-a-comma"),
    pytest.param([(C, "can do $30 on friday"), (A, "Noted, $30 for Friday; the remaining $25 goes with next month."),
                  (C, "actually make it $55, got paid extra this week"), (A, "Brilliant, $55 on Friday then.")],
                 (55.0, "USD", "2026-11-20"), id="raised-amount-keeps-the-agreed-day"),
    pytest.param([(C, "payday's Friday, I'll make a payment then"), (A, "How much will you pay?"),
                  (C, "not sure yet, depends on the bills, but definitely paying something Friday")],
                 (None, "USD", "2026-11-20"), id="hedged-amount-but-a-definite-day"),
    pytest.param([(C, "I'll retry the $45.99 on 12/1 with my other card")], (45.99, "USD", "2026-12-01"),
                 id="retry-a-declined-payment"),
    pytest.param([(C, "I will clear the $300 by month end, 100% confirmed")], (300.0, "USD", "2026-11-30"),
                 id="month-end-and-a-percentage"),
    pytest.param([(C, "ill pay the 25 quid today promise")], (25.0, "GBP", "2026-11-18"),
                 id="the-25-quid-is-not-the-25th"),
    pytest.param([(C, "Mi a go send the 4,000 on Friday")], (4000.0, "USD", "2026-11-20"), id="jamaican-a-go-send"),
    pytest.param([(A, "We can split it into two payments of $60. When would you like the first one"),
                  (C, "the 25th pls, the second one next month"), (A, "Ok, first $60 on the 25th."),
                  (C, "let me check and get back to you on the second one"), (A, "No worries, I'll lock in the 25th.")],
                 (60.0, "USD", "2026-11-25"), id="hedge-about-the-second-instalment-only"),
    pytest.param([(C, "wil pay the 89 tmrw arvo after my shift")], (89.0, "USD", "2026-11-19"), id="texted-wil-tmrw"),
    pytest.param([(C, "I'll pay $134.50 on the 24th"),
                  (A, "Perfect, I've set that up. The final $62.25 will still come out on December 23."),
                  (C, "ok thanks for your help")], (134.5, "USD", "2026-11-24"),
                 id="thanks-for-a-note-about-another-instalment"),
    pytest.param([(C, "Right so, I'll pay the €850 on the 20th."),
                  (A, "Sure, I'll email the letter today. Once the €850 is received by November 20 it's settled."),
                  (C, "Grand, thanks")], (850.0, "EUR", "2026-11-20"), id="the-agreed-day-not-the-letter-day"),
    pytest.param([(C, "I'll send $400 on Dec 11 and the balance in January.\n\nSorry, I meant Dec 18, my pay moved.")],
                 (400.0, "USD", "2026-12-18"), id="a-corrected-day-in-the-same-email"),
    pytest.param([(C, "Mi can do the 12 thousand Friday when the customers pay mi")], (12000.0, "USD", "2026-11-20"),
                 id="jamaican-mi-can-do"),
    pytest.param([(C, "Would it be possible to split the $540 into three equal payments? First one on the 25th."),
                  (A, "Hi Liam,\n\nNo problem at all. I've set up three payments of $180.00 on 25 November, "
                      "9 December and 23 December."), (C, "Legend, thanks")],
                 (180.0, "USD", "2026-11-25"), id="a-plan-logged-by-email"),
    pytest.param([(A, "Your payment of $64.17 failed. Reply with a date you can pay."), (C, "11/27 when i get paid")],
                 (64.17, "USD", "2026-11-27"), id="a-texted-date-for-the-failed-payment"),
    pytest.param([(A, "the lowest we can accept is seven twenty if it's paid by the end of the month"),
                  (C, "go on then seven hundred and twenty by the end of the month ill pay it")],
                 (720.0, "USD", "2026-11-30"), id="the-figure-said-before-pay-it"),
    pytest.param([(A, "Your renewal of ₹1,499 failed and an add-on of ₹850 is unpaid, so the total due is ₹2,349."),
                  (C, "fine. I'll pay what I owe on Monday")], (2349.0, "INR", "2026-11-23"),
                 id="what-i-owe-is-the-total"),
    pytest.param([(C, "cant do 40 rn sorry can i do 20 end of next week n the rest after"),
                  (A, "Yes that's fine. £20 end of next week and the remaining £20 by 18 Dec. Is that ok?"),
                  (C, "yh thats fine x")], (20.0, "GBP", "2026-11-27"), id="texted-offer-and-yh"),
    pytest.param([(A, "can you pay the two thousand five hundred on saturday so late fee will not be charged"),
                  (C, "haan okay sir saturday i will do it")], (2500.0, "USD", "2026-11-21"),
                 id="a-negated-consequence-leaves-the-proposal"),
    pytest.param([(A, "Your 1st instalment of $53.30 (3 x $53.30) was not successful."),
                  (C, "Ok I'll pay the first one this sat can? Pay day is fri"), (A, "Sure, Saturday is fine.")],
                 (53.3, "USD", "2026-11-21"),
                 id="the-first-one-is-the-instalment"),
    pytest.param([(C, "i can do the hundred and twenty five on friday"), (A, "okay one twenty five this friday"),
                  (C, "yeah friday for sure"),
                  (A, "perfect, i'll text a confirmation to the number ending four four two"),
                  (C, "alright thanks dana")], (125.0, "USD", "2026-11-20"),
                 id="digits-of-a-phone-number-are-not-money"),
    pytest.param([(A, "can you clear it by the fifth"), (C, "by the fifth i can manage like five thousand"),
                  (A, "okay so five thousand on the fifth of december"), (C, "yes on the fifth i will send"),
                  (A, "thank you and the remaining six thousand two hundred we can talk about after"),
                  (C, "okay thank you")], (5000.0, "USD", "2026-12-05"), id="thanks-after-the-remainder-is-mentioned"),
    pytest.param([(A, "We can split the €630 into three monthly payments of €210.00."),
                  (C, "Happy to go with that. I'll make the first transfer on the 1st, as that's when I'm paid."),
                  (A, "Thank you, that's set up. I've noted the first payment of €210.00 for 1 December.")],
                 (210.0, "EUR", "2026-12-01"), id="first-transfer-of-a-plan"),
    pytest.param([(A, "what if we did four payments of a hundred and fifty starting on the first"),
                  (C, "the first of december"), (A, "yes and then january first and february first"),
                  (C, "yeah okay that works")], (150.0, "USD", "2026-12-01"), id="a-day-answering-a-plan-proposal"),
    pytest.param([(C, "fine ill pay the 25 tmrw morning, around 9")], (25.0, "USD", "2026-11-19"),
                 id="the-25-before-tomorrow-is-money"),
    pytest.param([(A, "The renewal is $14.99."),
                  (C, "ok I'll put the new card in and pay it today, give me like 10 min")],
                 (14.99, "USD", "2026-11-18"), id="card-in-then-pay-it-not-ten-minutes"),
    pytest.param([(C, "I'll pay 2,000 on the 1st and the remaining 3,500 on the 15th"),
                  (A, "So KES 2,000 on 1 December and KES 3,500 on 15 December?"),
                  (C, "Yes. Plus the normal instalment on the 5th, I know")], (2000.0, "KES", "2026-12-01"),
                 id="another-payment-named-beside-the-promise"),
    pytest.param([(A, "Your instalment of £112.00 is overdue."),
                  (C, "can do £75 in a fortnight when im paid, is that ok?"), (A, "Thanks Sam, that's fine.")],
                 (75.0, "GBP", "2026-12-02"), id="the-yes-after-the-agent's-thanks"),
    pytest.param([(A, "Your payment of $45 didn't go through. When would you like to retry the $45?"),
                  (C, "can u do next friday? get paid thurs"), (A, "Yep, I can set that up for you")],
                 (45.0, "USD", "2026-11-27"), id="can-you-do-a-day-asks-the-agent"),
    pytest.param([(A, "your repayment of ninety dollars didn't come out and there's a late fee of ten"),
                  (C, "i'll chuck the ninety on it friday"), (A, "so friday the twentieth yeah"),
                  (C, "yep friday and i'll do the ten as well if i can but the ninety definitely")],
                 (90.0, "USD", "2026-11-20"), id="more-if-i-can-is-no-promise-of-more"),
    pytest.param([(C, "I'll pay $50 on Friday and more if I can")], (50.0, "USD", "2026-11-20"),
                 id="a-hope-of-more-keeps-the-promise"),
    pytest.param([(A, "Your balance is £312.60."),
                  (C, "I would like to propose paying £40 a month, starting on 12/23, until the £312.60 is cleared. "
                      "I can set up a standing order for the same date each month."),
                  (A, "We are happy to accept £40.00 per month starting 23 December 2026.")],
                 (40.0, "GBP", "2026-12-23"), id="the-creditor-accepts-the-instalment"),
    pytest.param([(A, "what can you do"), (C, "i can pay three hundred by the end of the month"), (A, "okay"),
                  (C, "actually make it three fifty three hundred and fifty by the end of the month"),
                  (A, "three hundred and fifty by the thirtieth of november no worries i'll pop that on")],
                 (350.0, "USD", "2026-11-30"), id="the-agent-pops-the-final-figure-on"),
    pytest.param([(A, "Two boxes went unpaid: $37.49 for Nov 1 and $37.49 for Nov 8, so $74.98 in total."),
                  (C, "I'll do it tonight when I get home, the full 74.98")],
                 (74.98, "USD", "2026-11-18"), id="the-full-figure-named"),
]


@pytest.mark.parametrize(("turns", "expected"), PROMISES)
def test_promise_extracted(turns: list[tuple[SpeakerRole, str]], expected: tuple[float, str, str]) -> None:
    got = promise(run(turns))
    assert got is not None
    assert (got["amount"], got["currency"], got["due_date"]) == expected


@pytest.mark.parametrize(
    "turns",
    [
        [(C, "I can't pay by Friday.")],
        [(C, "I don't think I can pay $200 on the first of next month.")],
        [(A, "Would you be able to pay 60 dollars by the fifteenth?"), (C, "No, I can't manage that.")],
        [(C, "I'm not going to pay this, it's not my debt.")],
        [(C, "I already paid $120 last week.")],
        [(C, "Can I pay $20 on Friday?"), (A, "No, we need the full amount.")],
        [(A, "Can you pay today?"), (C, "Not today, sorry.")],
        # a hypothetical offer the customer then doubts
        [(A, "Can you put something toward the $300?"),
         (C, "If my refund came through I would send 60 on Monday, but I doubt it will.")],
        # not firm: trying to pay "something", amount unknown; the agent's balance is not the promised amount
        [(A, "The $120 on your account is three weeks past due. Can you make a payment?"),
         (C, "I'll try and send something later, perhaps Friday, no idea how much though.")],
        [(C, "I paid 40 dollars last Tuesday.")],
        [(C, "I don't think, honestly, I can pay $200 on Friday.")],  # the doubt carries across the commas
        # withdrawn later in the call
        [(C, "I'll pay $50 on Friday."), (A, "Thank you, I'll note that."),
         (C, "Actually no, I can't do Friday after all, I'll call you back.")],
        [(C, "I can send $30 tomorrow."), (A, "Lovely."), (C, "Oh wait, I can't, my wages don't come in until later.")],
        # doubted, in the same turn or the next
        [(C, "I'll pay the $75 on the 5th... well, I'm not sure I'll have it by then.")],
        [(C, "I'll pay $75 on the 5th."), (A, "Okay."), (C, "Probably not, to be honest, no promises.")],
        # an amount with no day, only a vague time
        [(C, "I'll pay the $40 sometime next week.")],
        [(C, "I'll sort the 80 dollars out soon, don't worry.")],
        # "yes" to an identity question that mentions the amount; an agent declining the customer's offer
        [(A, "Am I speaking with Mrs Olsen about the $140 missed payment?"),
         (C, "Yes, but my husband pays the bills.")],
        [(C, "Could I pay $50 on Friday?"), (A, "Let me check. I'm sorry, I can't approve a partial payment today."),
         (C, "Okay.")],
        # conditional on something uncertain; unable to commit; "yeah" to a statement, not a proposal
        [(C, "if my tax refund comes through this week i'll pay the whole $540 on friday")],
        [(C, "i can probably do about 50 but honestly i can't commit to a date right now")],
        [(A, "Your minimum payment of $120 was missed."), (C, "yeah i get paid on the 30th but i don't know if "
                                                             "there'll be anything left")],
        # a callback at a time is not a payment; "cheers" to it agrees to nothing
        [(C, "i'm driving, can you call me back tomorrow after five"), (A, "sure i'll call you tomorrow after five"),
         (C, "cheers")],
        [(A, "Can you pay the $80 today?"), (C, "I will think about it.")],
        [(C, "why did i get an email? i paid it yesterday"), (A, "I see a pending payment of $89.50 from 11/17."),
         (C, "ok so im good?")],
        [(A, "If we receive $150 by the 30th, the account stays with us."),
         (C, "Okay, noted. I'll have to look at my finances and get back to you.")],
        [(A, "We could set up a plan of £40 a month. Would that work?"), (C, "Possibly, send me the details."),
         (A, "I'll email them now. Please call us back on Monday to confirm."), (C, "Will do.")],
        [(A, "Can I take the reference so I can put a 30-day hold on the account?"), (C, "Yes, it's on the letter.")],
        [(A, "Can you pay something before Friday?"), (C, "will sort it when i get paid, no idea when"),
         (A, "OK. If you can get us anything at all before Friday it stops the suspension."), (C, "yeah righto")],
        [(C, "i'll pay fifty on friday"), (A, "okay fifty on friday"),
         (C, "actually no wait i don't think i can commit to friday, i'll have to call you back")],
        # withdrawn in other words; a past failure date is no day to pay; "will try"; a call agreed, not a payment
        [(C, "put me down for fifty quid on friday"), (A, "okay fifty pounds on friday"),
         (C, "honestly don't put anything down i'll have to ring you back when i know what's what")],
        [(C, "I'll pay 1,500 on Friday"), (A, "Noted, 1,500 on Friday."),
         (C, "Sorry, cancel the Friday, family emergency. I'll message again when I can pay.")],
        [(A, "The payment of $89.67 failed on Dec 15. Could you let us know when you can pay?"),
         (C, "I'll definitely pay it, I'll sort it out after the holidays")],
        [(C, "I will try to pay something before Christmas, probably $100 or so, but I honestly can't say when.")],
        [(A, "Can we arrange a payment, even R300?"), (C, "Maybe next week, I can't promise anything."),
         (A, "Okay. Can I schedule a follow-up call for Wednesday?"), (C, "sure")],
        [(A, "Your instalment of S$380 is overdue."),
         (C, "I'll check with her tonight and get back to you by Friday on when we can pay the $380.")],
        [(A, "When can you make the payment?"),
         (C, "see i will try to pay by saturday maybe five thousand or so but i cannot confirm right now")],
        [(A, "There's 612 euro outstanding."), (C, "I'm sorting out a loan to cover it."),
         (A, "okay and when do you think"), (C, "i'll call you back thursday once i've spoken to the credit union")],
        [(A, "Would you like to update your card and pay now?"),
         (C, "Not right now. Hopefully I'll be able to pay something next week, I'll see how I'm fixed.")],
        [(A, "Can you let us know when you can pay?"),
         (C, "should be able to do the $50 on the 15th hopefully, just waiting to hear about extra shifts")],
        [(A, "Can we agree on a date for a payment of $8,000?"),
         (C, "Hopefully by the 20th I can do the 8,000. It depends if my customer pays me.")],
        [(A, "When will you pay?"), (C, "I no fit give exact day. Once customer pay me I go pay. Maybe Wednesday "
                                        "maybe Thursday")],
        # no day to pay; a promise taken back in a later message
        [(A, "Your past-due balance is $347."), (C, "Once you correct the bill I'll pay the $59 for December.")],
        [(C, "I'll pay the $200 on the 10th."), (C, "Please disregard my earlier email. I'm disputing the charges and "
                                                 "won't be making a payment.")],
        # the customer keeps the timing open, or takes the commitment back in Jamaican English
        [(A, "Could I book in the $40 for tomorrow at nine?"), (C, "no don't put me down, I'll pay it when I can")],
        [(C, "ok i'll send the 5000 on friday"), (C, "no wait, mi cyaan promise dat, mi haffi check first")],
        [(C, "I will surely try to pay by month end, not promising though")],
        [(A, "A late fee of $10 applies if it isn't paid by 22 Nov."), (C, "ok noted, will see how"),
         (A, "Would you like to set a payment date?"), (C, "not now thx")],
        [(C, "I'll call you on Monday to arrange payment of the $1,150.")],
        [(C, "i can do the thirty on monday"), (A, "monday lovely and the twelve pound fee"),
         (C, "no, you lot owe me a refund, im not paying the thirty either till that's sorted")],
        [(A, "Could you pay R300 on Monday?"), (C, "ok I'll see what I can do")],
        [(C, "alright erm i'll do fifty quid on friday"), (A, "lovely fifty pound on friday"),
         (C, "actually no scrap that i need to talk to me partner first")],
        [(A, "Could you pay KES 500 this Friday?"),
         (C, "I really can't promise anything. I will pay when I get another job, I am looking every day")],
        [(A, "Invoice KP-20931 for $168.00 remains unpaid."), (C, "No. I'm not paying for a service I never received."),
         (A, "I'll raise a dispute. Could you send the footage to our support address?"),
         (C, "Fine. I will send it tonight.")],
        [(C, "I will pay the 400 cedis on Friday by MoMo"), (A, "Thank you sir, I will note Friday."),
         (C, "Sorry ignore what I said. My salary has delayed again, I can't give you any date now")],
        [(A, "there's forty euro still showing as outstanding"), (C, "ah no i paid that this morning on the app"),
         (A, "do you have a reference"), (C, "i can send you the screenshot if you want"),
         (A, "that's grand, i'll note that you've paid it this morning")],
        [(A, "Your payment of $89 failed; the plan will be suspended on 30 November if it isn't received."),
         (C, "Noted. I will make payment once my salary is credited, sometime this month.")],
        [(A, "your account is $162 overdue"), (C, "can you ring me back thursday, we can sort it out then")],
        [(C, "My refund lands early December. Provided it clears I should be able to pay $200 on the 15th, but I "
             "don't want to promise anything yet.")],
        # Taglish "I can't make the 15th", and an agent who calls the arrangement off
        [(C, "pwede po ba sa 15 ko na bayaran ang ₱1,500"), (A, "Sige po, ₱1,500 on the 15th noted."),
         (C, "ma'am sorry po, hindi ko po kaya sa 15, message na lang po ako")],
        [(C, "I'll pay the $90 on Friday"), (A, "Thanks. Given what you've told me I'll cancel the Friday arrangement "
                                                "and put a hold on the account for 30 days.")],
        [(A, "There's a past due amount of one hundred forty five dollars and twelve cents."),
         (C, "i paid it this morning, reference c four seven two, one forty five twelve went out at eight")],
        [(C, "I can do $40 on the 28th"), (A, "The lowest arrangement we can accept is $75."),
         (C, "then I can't do anything for now, I'll wait till next year and see")],
        # a payment someone else already made, a guess about one's means, a proposal turned down
        [(A, "Your instalment of $88 was declined this morning."), (C, "Ok I'll pay $88 on Sat"),
         (A, "Great, noted Sat!"), (C, "Wait my husband just told me he paid already this morning. Can check?")],
        [(A, "okay can you tell me when you will pay the eight thousand"),
         (C, "i think i can get it next week but i am waiting for my chama, they meet on saturday")],
        [(A, "You're €214.35 in arrears. Could we agree a payment date?"),
         (C, "hopefully by the 20th, I'm waiting on a refund"),
         (A, "Would you like me to set up €214.35 for the 20th?"),
         (C, "I'd rather not set anything up until I actually have it. I'll pay online once it lands")],
    ],
)
def test_no_promise(turns: list[tuple[SpeakerRole, str]]) -> None:
    assert promise(run(turns)) is None


def test_promise_carries_evidence_method_and_plan() -> None:
    doc = run([(A, "Shall we set up a payment plan?"),
               (C, "Yes, I can pay fifty dollars a month by debit card starting the 1st of next month.")])
    out = next(o for o in doc.outcomes if o.category == "outcome.promise_to_pay")
    assert out.attributes["method"] == "card"
    assert out.attributes["plan"] == {"frequency": "monthly"}
    assert out.detector == "promise_to_pay" and out.detector_version
    ev = out.evidence[0]
    assert ev.utterance == 1 and ev.speaker_role == C and "fifty dollars" in ev.excerpt
    assert doc.utterances[1].text[ev.char_start:ev.char_end] == ev.excerpt



def test_the_agents_log_of_the_promise_is_evidence_once() -> None:
    doc = run([(A, "Ma'am, PHP 1,100 is overdue, with the late charge PHP 1,180."),
               (C, "pasensya po, sahod ko sa 28. bayad ko po 1,180 sa 28 po"),
               (A, "Noted po, PHP 1,180 on Nov 28. Salamat!")], default_currency="PHP")
    out = next(o for o in doc.outcomes if o.category == "outcome.promise_to_pay")
    assert [e.utterance for e in out.evidence] == [1, 2]


@pytest.mark.parametrize("text", ["i'm paid every other week so in two weeks i'll send the $60",
                                  "we get paid monthly, after 2 months i can pay $60 on the 30th"])
def test_a_pay_cycle_and_a_wait_are_no_plan(text: str) -> None:
    doc = run([(A, "You owe $60."), (C, text)])
    out = next(o for o in doc.outcomes if o.category == "outcome.promise_to_pay")
    assert "plan" not in out.attributes

@pytest.mark.parametrize(
    ("zones", "default", "dollar", "expected"),
    [
        (["Australia/Perth"], None, None, ("AUD", "AUD")),
        (["America/Toronto"], None, None, ("CAD", "CAD")),
        (["Europe/London"], None, None, ("USD", "GBP")),
        (["Europe/Madrid"], None, None, ("USD", "EUR")),
        (["America/New_York", "America/Toronto"], None, None, ("USD", "USD")),  # zones disagree: no guess
        ([], None, None, ("USD", "USD")),
        (["Australia/Sydney"], "USD", None, ("USD", "USD")),  # the tenant's setting wins over the zone
        (["Europe/London"], "GBP", "CAD", ("CAD", "GBP")),
    ],
)
def test_currencies_from_settings_then_time_zone(zones: list[str], default: str | None, dollar: str | None,
                                                  expected: tuple[str, str]) -> None:
    assert currencies(zones, default, dollar) == expected


def test_dollars_said_to_an_australian_customer_are_aud() -> None:
    doc = Document(meta=InteractionMeta(started_at=datetime(2026, 11, 18, 1, 0, tzinfo=UTC),
                                        customer_timezones=["Australia/Sydney"]),
                   utterances=[Utterance(index=0, speaker="customer", role=C, text="I'll pay $80 on Friday.")],
                   redacted=True)
    got = promise(Outcomes()(doc))
    assert got is not None and (got["amount"], got["currency"], got["due_date"]) == (80.0, "AUD", "2026-11-20")


def test_bare_amounts_use_the_tenant_currency() -> None:
    got = promise(run([(C, "I'll pay 75 on Friday.")], default_currency="GBP"))
    assert got is not None and got["currency"] == "GBP"


def test_agent_balance_is_not_the_promised_amount() -> None:
    got = promise(run([(A, "Your $210 is a month overdue. When can you make a payment?"),
                       (C, "I'll pay on Friday.")]))
    assert got is not None and got["amount"] is None and got["due_date"] == "2026-11-20"


def test_refusing_the_full_amount_is_not_a_full_balance_promise() -> None:
    got = promise(run([(A, "The balance is $90."), (C, "I can't pay all of it, I'll pay $40 on Monday.")]))
    assert got is not None and got["amount"] == 40.0 and "full_balance" not in got
