"""Candidate amounts and days: amounts and days read with the detector's settings, bare numbers that can only be
money, fees and stated balances set aside, and the amount and day a commitment span picks among several."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from analyzers.document import SpeakerRole, Utterance
from analyzers.outcomes.dates import MONTHS, PUT_IN_FIGURE, DateMention, find_dates
from analyzers.outcomes.money import Money, find_amounts
from analyzers.outcomes.numbers import parse_number
from analyzers.outcomes.promise_arrivals import ARRIVAL_REACH, ARRIVES_BEFORE
from analyzers.outcomes.promise_covered_figures import COVERS_FIGURE
from analyzers.outcomes.promise_days_changed import DAY_RULED_OUT
from analyzers.outcomes.promise_figures_refused import BILL_ITSELF_FEE, REFUSED_FIGURE
from analyzers.outcomes.promise_funds_held import HELD_AFTER, HELD_BEFORE
from analyzers.outcomes.promise_loose_times import NOW_REFUSED
from analyzers.outcomes.promise_negotiation import AGENT_FIGURE_OFFERED
from analyzers.outcomes.promise_phrases import (
    ADDED_TO,
    AMOUNT_VERBS,
    BALANCE,
    BARE_WORDS,
    BILLED_PERIOD,
    CALLBACK,
    COMMIT,
    DEFERRED,
    FEE,
    FORGIVEN_REST,
    FULL,
    INSTEAD_OF,
    MONEY_ARRIVES,
    NOT_NOW,
    OTHER_PAYMENT,
    PAID_EARLIER,
    PAYDAY_BEFORE,
    REFUSED_AFTER,
    REFUSED_ALTERNATIVE,
    REMAINDER,
    SELF_REPAIR,
    SUMMED,
    THAT_DAY,
    TOTAL_AFTER,
    TOTAL_OF,
)
from analyzers.outcomes.promise_record import PromiseConfig
from analyzers.outcomes.promise_retractions import BUT_LATER, EARLIER_THOUGHT, THOUGHT_REACH
from analyzers.outcomes.text_spans import NEGATION, clauses

# A month named straight after a number makes the number its day; "may" and "march" are ordinary words too.
_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(m for m in MONTHS if m not in ('may', 'mar', 'march'))})\b", re.IGNORECASE)
# A day written month first: "december thirty", "dec 30".
_MONTH_FIRST = re.compile(rf"(?:{'|'.join(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", re.IGNORECASE)
# What may lie between an amount and the day it is paid: "the 25 tomorrow", "the 25 in on friday", "the 40 over Friday".
_BEFORE_ANOTHER_DAY = re.compile(r"\s+(?:(?:in|over|across|through|off)\s+)?(?:on\s+)?", re.IGNORECASE)


def amounts_in(text: str, cfg: PromiseConfig) -> list[Money]:
    """The amounts with a currency in a text, read with the configured currencies."""
    return [_past_month_day(text, a, cfg) for a in find_amounts(text, cfg.dollar_currency, cfg.default_currency)]


def _past_month_day(text: str, amount: Money, cfg: PromiseConfig) -> Money:
    """The amount read from after the day a month name takes: "on december thirty two thousand pesos" is 2,000 on the
    30th, not 32,000; the number words right after a month name are its day before they are money."""
    for d in dates_in(text, None, cfg):
        if d.start < amount.start < d.end and _MONTH_FIRST.match(d.text):
            rest = find_amounts(text[d.end: amount.end], cfg.dollar_currency, cfg.default_currency)
            if rest and rest[-1].end + d.end == amount.end:
                return Money(rest[-1].amount, amount.currency, rest[-1].start + d.end, amount.end,
                             amount.explicit_currency)
    return amount


def dates_in(text: str, ref: date | None, cfg: PromiseConfig) -> list[DateMention]:
    """The day mentions in a text, resolved against the reference day with the configured reading rules."""
    return find_dates(text, ref, month_first=cfg.month_first, next_weekday_rule=cfg.next_weekday_rule)


def coming_dates(text: str, ref: date | None, cfg: PromiseConfig) -> list[DateMention]:
    """The resolved days in a text that are not already past: only those can be a day to pay."""
    return [d for d in dates_in(text, ref, cfg) if d.value and (ref is None or d.value >= ref)]


def amounts_said(utterances: list[Utterance], cfg: PromiseConfig) -> set[float]:
    """Every amount with a currency said in these turns, and every bare figure an agent gave as the balance or total
    ("that would be three twenty four total"): what a later bare number can refer back to."""
    said = {a.amount for v in utterances for a in amounts_in(v.text, cfg)}
    # Spoken totals drop the currency; the balance word beside the figure, or a sum of the money just named
    # ("the fee's ten dollars so fifty two"), is what makes it money.
    said |= {b.amount for v in utterances if v.role == SpeakerRole.agent
             for b in bare_amounts(v.text, cfg) if states_balance(v.text, b) or (
                 SUMMED.search(v.text[max(0, b.start - 24): b.start])
                 and any(a.end <= b.start for a in amounts_in(v.text, cfg)))
             # "the lowest i can go is ten fifty": a figure offered in a negotiation is money too
             or AGENT_FIGURE_OFFERED.search(v.text[max(0, b.start - 40): b.start])}
    said |= {s for v in utterances for s in _added_figures(v, cfg)}
    return said | {f for v in utterances for f in _parts_of_said(v, said, cfg)}


def _parts_of_said(u: Utterance, said: set[float], cfg: PromiseConfig) -> set[float]:
    """Bare figures a turn splits a sum already said into ("three hundred eighty four dollars" - "like one ninety two
    now and one ninety two later"): parts that add up to money are money."""
    bare = bare_amounts(u.text, cfg)
    if len(bare) < 2 or round(sum(b.amount for b in bare), 2) not in said:
        return set()
    return {b.amount for b in bare}


def _added_figures(u: Utterance, cfg: PromiseConfig) -> set[float]:
    """Sums of figures a turn adds together ("the 2,500 plus the 150 penalty"): the total a customer may then say
    alone; an agent's bare figures count, as agents often drop the currency once it is known."""
    figures = figures_in(u.text, cfg) if u.role == SpeakerRole.agent else amounts_in(u.text, cfg)
    return {round(a.amount + b.amount, 2) for a, b in zip(figures, figures[1:], strict=False)
            if ADDED_TO.fullmatch(u.text[a.end:b.start])}


def figures_in(text: str, cfg: PromiseConfig) -> list[Money]:
    """The amounts in a text and its bare figures that overlap none of them, left to right."""
    named = amounts_in(text, cfg)
    bare = [b for b in bare_amounts(text, cfg) if not any(a.start <= b.start < a.end for a in named)]
    return sorted([*named, *bare], key=lambda m: m.start)


def bare_amounts(text: str, cfg: PromiseConfig) -> list[Money]:
    """Bare numbers that can only be the money: at least 10, outside any date mention."""
    return list(_bare_amounts_cached(text, cfg))


@lru_cache(maxsize=8192)
def _bare_amounts_cached(text: str, cfg: PromiseConfig) -> tuple[Money, ...]:
    # Cached because every turn's bare numbers are read again for each later turn that looks back at it.
    spans = [(d.start, d.end) for d in find_dates(text, None, month_first=cfg.month_first)]
    out = []
    for m in BARE_WORDS.finditer(text):
        s, e = m.span("num")
        if any(ds <= s < de or ds < e <= de for ds, de in spans):
            continue
        prev = text[max(0, s - 8):s].lower()
        if re.search(r"\b(?:ending(?: in)?|ends in|last (?:four|three|digits)|number|reference|ref|account|order|"
                     r"paybill|pay bill|till|biller|business)(?:\s+(?:no|number|code)\b\.?)?\s*$",
                     text[max(0, s - 24):s], re.IGNORECASE):
            continue  # "the number ending four four two", "Paybill 320320": an identifier read out, not money
        if re.search(r"(?:#[\w-]*|[A-Za-z]-)$", text[:s]):
            continue  # "order #PP-20931", "ref FL-88213": a number written into a code is an identifier
        if re.fullmatch(r"\d{3,}", m.group("num")) and (re.search(r"\d{3,}[ -]$", text[max(0, s - 8):s])
                                                       or re.match(r"[ -]\d{3,}", text[e:])):
            continue  # "reach us at 6123 4567": digit groups of a phone number, not money
        value = parse_number(m.group("num"))
        if value is None or re.search(r"\b(?:at|after|before|around|until|by)\s+(?:(?:like|about|around|um+|uh+|say|"
                                      r"maybe|roughly)\s+)*$", text[max(0, s - 30):s].lower()):
            continue  # "after five", "by ten", "before like ten": a time, however hedged, not money
        if value <= 12 and re.search(r"\b(?:half|half past|quarter past|quarter to)\s*$", text[max(0, s - 14):s],
                                     re.IGNORECASE):
            continue  # "i'll drop in about half ten": a clock time said the British way, not money (an hour is at
            # most twelve: "half four thousand two hundred" is a figure, half of what is owed)
        if value <= 31 and value == int(value) and re.search(r"\b(?:the|on)\s*$", prev) and not any(
                _BEFORE_ANOTHER_DAY.fullmatch(text[e:ds]) for ds, _ in spans if ds >= e) and not PUT_IN_FIGURE.match(
                text, max(0, text.lower().rfind("the", 0, s))):
            # "on the twenty" is a day said badly (but "the 12.99" has pence, which no day has); "ill bung the 25
            # in on friday": a number straight before another day is the amount, as the date reader has it
            continue
        if value <= 31 and value == int(value) and _MONTH_AFTER.match(text, e):
            continue  # "on tenth sir ten december": a day number said before its month (not "fifty december")
        if value >= 10:
            out.append(Money(round(value, 2), cfg.default_currency, s, e, explicit_currency=False))
    return tuple(out)


def figure_committed(text: str, span: tuple[int, int], cfg: PromiseConfig) -> Money | None:
    """The bare figure right after "do", "manage", "afford" or "put" in the commitment ("i can do like the thirty nine
    ninety nine"): what licensed reading the verb as a payment is the amount paid."""
    m = COMMIT.search(text, span[0], span[1])
    if m is None or (m.group("verb") or "").lower() not in AMOUNT_VERBS:
        return None
    if re.match(r"\s+(?:it|that|this|them)\b", text[m.end(): span[1]], re.IGNORECASE):
        return None  # "i'll do it on my lunch break about twelve thirty": "it" is the object, a later number a time
    bare = bare_amounts(text[m.end(): span[1]], cfg)
    if not bare or bare[0].start > 30 or re.search(r"[,.;!?]", text[m.end(): m.end() + bare[0].start]):
        return None  # "ill do it tonight b4 midnight, at work til 10": a later number is no object of "do"
    said = self_repaired(bare, text[m.end(): span[1]])
    if DEFERRED.match(text[said.end + m.end():]):
        return None  # "ill do an eft in the morning the fifty you can put on next months one": not paid now
    return Money(said.amount, said.currency, said.start + m.end(), said.end + m.end(), explicit_currency=False)


def self_repaired(figures: list[Money], text: str) -> Money:
    """The first figure as the speaker finally put it: each repair ("fifteen hundred no sorry one thousand five
    hundred and fifty") replaces the figure before it."""
    said = figures[0]
    for nxt in figures[1:]:
        if not SELF_REPAIR.fullmatch(text[said.end: nxt.start]):
            break
        said = nxt
    return said


def pick_amount(amounts: list[Money], span: tuple[int, int] | None, text: str | None = None) -> Money | None:
    """The amount inside the commitment span if any, else the last amount said (the one agreed last)."""
    if not amounts:
        return None
    if span:
        inside = [a for a in amounts if in_span(a.start, span)]
        if text is not None and len(inside) > 1:
            # "R1 350 by the end of the month, and then the remaining R400 in January": not the remainder
            first = [a for a in inside if not REMAINDER.search(text[max(0, a.start - 24): a.start])]
            inside = first or inside
        # "£150 on the 1st ... until the balance of £1,230 is cleared": the payment, not the balance
        paid = [a for a in inside if not (text is not None and states_balance(text, a, inside))]
        if paid or inside:
            return (paid or inside)[-1]
    explicit = [a for a in amounts if a.explicit_currency]
    return (explicit or amounts)[-1]


def paired_amount(amounts: list[Money], when: DateMention | None) -> Money | None:
    """Of several amounts in one turn, the one said just before the day (or the first, before any day)."""
    if when is None or len(amounts) < 2:
        return None
    before = [a for a in amounts if a.start < when.start]
    return before[-1] if before else amounts[0]


def in_span(at: int, span: tuple[int, int]) -> bool:
    """Whether a character position lies inside a span."""
    return span[0] <= at < span[1]


def pick_date(dates: list[DateMention], span: tuple[int, int] | None) -> DateMention | None:
    """The first resolved day inside the commitment span if any, else the first resolved day said."""
    resolved = [d for d in dates if d.value]
    if not resolved:
        return None
    if span:
        inside = [d for d in resolved if in_span(d.start, span)]
        if inside:
            return inside[0]
    return resolved[0]


def is_fee(text: str, amount: Money) -> bool:
    """Whether the amount is a fee or charge ("the S$15 charge", "a late fee of $10"), not a payment."""
    if BILL_ITSELF_FEE.match(text, amount.end):
        return False  # "the $45 subscription fee": the bill itself, named as a fee
    before = text[max(0, amount.start - 20): amount.start]
    # before the amount only a fee word that leads to it counts: not "waive the late fee I will pay $212.40"
    return bool(FEE.search(text[amount.end: amount.end + 30])
                or any(m.end() == len(before) and not BILLED_PERIOD.search(before[: m.start()])
                       for m in FEE.finditer(before)))


def _names_debt(text: str, amount: Money, others: list[Money]) -> bool:
    """Whether a balance word straight before the amount makes it the debt ("against the outstanding €1,240"),
    looking no further back than the amount before it."""
    lo = max([amount.start - 24, *(o.end for o in others if o.end <= amount.start)])
    return bool(BALANCE.search(text[max(0, lo): amount.start]))


def own_payment_amounts(text: str, span: tuple[int, int] | None, amounts: list[Money]) -> list[Money]:
    """The amounts a customer turn can be paying: never a fee ("the 189.50. Can you stop the $10 late fees") or a
    payment or charge made before, nor, while another figure remains, the debt named outside the commitment ("the
    settlement figure of €900 against the outstanding €1,240. I'll make the payment by the end of the month")."""
    def aside(a: Money) -> bool:
        # "I accept the €800 settlement and will transfer it ... Could you confirm the remaining €440 will be
        # written off?": what is left after the payment, named outside the commitment, is not being paid
        return not (span and in_span(a.start, span)) and (
            _names_debt(text, a, amounts) or bool(REMAINDER.search(text[max(0, a.start - 16): a.start])))
    def paid_before(a: Money) -> bool:
        # A payment made or a charge taken before is never a candidate, even as the only figure left: "I'll make the
        # first one on 1 December ... I paid €150 off it back in September too"; "Ok do it. ... I already got
        # charged $10 twice" pays what was proposed, not the $10
        return not (span and in_span(a.start, span)) and any(
            c.start <= a.start < c.end and PAID_EARLIER.search(c.text) for c in clauses(text))
    def whole(a: Money) -> bool:
        # "I will pay $240 of the $480 on the 15th": the figure after "of the" is the whole the part comes from
        return any(o.end <= a.start and re.fullmatch(r"\s+(?:out\s+)?of\s+(?:the|my|your|our|that)?\s*",
                                                       text[o.end: a.start], re.IGNORECASE) for o in amounts)
    def held(a: Money) -> bool:
        # "I've only got about £15 in there till payday. I'll pay it on the 4th": what the customer has now is why
        # the payment waits, not what is paid
        return bool(HELD_BEFORE.search(text[max(0, a.start - 40): a.start]) and HELD_AFTER.match(text, a.end))
    def covered(a: Money) -> bool:
        # "I will pay USD 100 on Monday, which should cover the KES 12,900": the debt the payment is meant to meet
        return any(o.end <= a.start for o in amounts) and bool(
            COVERS_FIGURE.search(text[max(0, a.start - 60): a.start]))
    unpaid = [a for a in amounts
              if not is_fee(text, a) and not whole(a) and not paid_before(a) and not held(a) and not covered(a)]
    paying = [a for a in unpaid if not aside(a)]
    return _outside_brackets(text, paying) or _outside_brackets(text, unpaid) or paying or unpaid


def _outside_brackets(text: str, amounts: list[Money]) -> list[Money]:
    """The amounts not inside brackets: "$97.50 (the $87.50 instalment plus the $10 late fee)" explains the figure
    paid by its parts, so the parts are no candidates while a figure stands outside."""
    return [a for a in amounts if text.rfind("(", 0, a.start) <= text.rfind(")", 0, a.start)]


def states_balance(text: str, amount: Money, others: list[Money] | None = None) -> bool:
    """Whether this amount describes the debt rather than proposes a payment: a balance word next to it, in its
    clause and not past another amount ("a settlement of $1,500 on the $2,740.18 balance": only the second)."""
    clause = next((c for c in clauses(text) if c.start <= amount.start < c.end), None)
    if clause is None or clause.question:
        return False
    lo, hi = max(clause.start, amount.start - 30), min(clause.end, amount.end + 30)
    for o in others or []:
        if o is not amount and o.end <= amount.start:
            lo = max(lo, o.end)
        if o is not amount and o.start >= amount.end:
            hi = min(hi, o.start)
    return bool(BALANCE.search(text[lo:hi]))


def given_up_amounts(text: str, amounts: list[Money]) -> set[float]:
    """The amounts a turn gives up for another ("$250 on 12/15 instead of $200") or puts off to a later bill
    ("the fifty you can put on next month's one"), or once thought of before a "but" and a later figure ("I first
    thought I could only manage £500 but ... I will pay the £650.00")."""
    return {a.amount for a in amounts if INSTEAD_OF.search(text[max(0, a.start - 15): a.start])
            or DEFERRED.match(text[a.end: a.end + 60]) or in_refused_alternative(text, a.start)
            or _thought_before_but(text, a, amounts)}


def _thought_before_but(text: str, amount: Money, amounts: list[Money]) -> bool:
    """Whether a figure lies in an earlier thought that a "but" and another, later figure replace."""
    if not EARLIER_THOUGHT.search(text[max(0, amount.start - THOUGHT_REACH): amount.start]):
        return False
    but = BUT_LATER.match(text, amount.end)
    return but is not None and any(b.start >= but.end() and b.amount != amount.amount for b in amounts)


# A payment joined to the call in one clause: "I'll ring you Friday and pay then".
_AND_PAY = re.compile(r"\band\s+(?:then\s+)?(?:pay|send|transfer|settle|clear)\b", re.IGNORECASE)


def call_day(text: str, d: DateMention) -> bool:
    """Whether a day is when a call is to happen: said after a call is asked for or booked in its clause ("call me
    back Thursday after 2pm to discuss", "We've scheduled a callback for Thursday 17 December"), with no paying
    after the call in the clause ("I'll ring you Friday and pay then"); the day of a call is no day to pay."""
    clause = next((c for c in clauses(text) if c.start <= d.start < c.end), None)
    if clause is None:
        return False
    call = CALLBACK.search(text, clause.start, d.start)
    return call is not None and not (COMMIT.search(text, call.end(), clause.end)
                                     or _AND_PAY.search(text, call.end(), clause.end))


def in_refused_alternative(text: str, at: int) -> bool:
    """Whether the position lies in an alternative the customer turns down ("rather than pay the full £1,248 now")."""
    return any(m.start() <= at < m.end() for m in REFUSED_ALTERNATIVE.finditer(text))


def refused_amounts(text: str, amounts: list[Money]) -> list[Money]:
    """The amounts a customer turn says "not" to: "I meant 540, not 450", "the $45 on Friday but not the $30"."""
    return [a for a in amounts if REFUSED_FIGURE.search(text[max(0, a.start - 40): a.start])]


def offered_amounts(text: str, amounts: list[Money], given_up: set[float]) -> list[Money]:
    """The amounts a customer turn can be offering to pay."""
    # an amount the customer says "not" to is no candidate; nor a later step of a plan
    # ("€50 per month ... rising to €100 once I'm back on full hours")
    # "$250 on 12/15 instead of $200": the amount given up is no candidate either
    refused = refused_amounts(text, amounts)
    return [a for a in amounts
            if a not in refused
            and a.amount not in given_up
            and not re.search(r"\b(?:rising|increasing|going up|stepping up)\s+to\s*$",
                              text[max(0, a.start - 20): a.start], re.IGNORECASE)]


def rest_left_to_pay(text: str) -> bool:
    """Whether a turn names a rest still to be paid after the first payment ("the other forty"), not one the
    creditor writes off ("€650 in full and final settlement ... The remaining €490 would then be written off")."""
    return bool(REMAINDER.search(FORGIVEN_REST.sub(" ", text)))


def remainder_amounts(text: str, cfg: PromiseConfig) -> set[float]:
    """The figures a turn names as what is left after the first payment: "and then the remaining sixty eight"."""
    figures = [*amounts_in(text, cfg), *bare_amounts(text, cfg)]
    return {a.amount for a in figures if REMAINDER.search(text[max(0, a.start - 20): a.start])}


def first_part_amounts(text: str, cfg: PromiseConfig) -> set[float]:
    """The figures a turn that names a rest names beside it as the part to pay now: "the minimum to stop the
    suspension is $140, and the remaining $46.40 can roll into your next bill" names $140."""
    return {a.amount for a in amounts_in(text, cfg)} - remainder_amounts(text, cfg)


def offered_dates(text: str, dates: list[DateMention], keep_arrivals: bool) -> list[DateMention]:
    """The days a customer turn can be offering to pay on; with `keep_arrivals` false (a day is already agreed),
    never the day money arrives."""
    # "wednesday is not possible thursday confirm": the "not" refuses the day before it, so puts no day after it
    # under a refusal
    ruled_out = [(d.end, m.end()) for d in dates if (m := DAY_RULED_OUT.match(text, d.end))]
    not_now = [m for m in NOT_NOW.finditer(text) if not any(a <= m.start() < b for a, b in ruled_out)]
    # "that day instead of Friday": the day given up is no candidate; "that day" is the one named before it
    def given_up(d: DateMention) -> bool:
        at = max(0, d.start - 25)
        return any(not any(a <= at + m.start() < b for a, b in ruled_out)
                   for m in INSTEAD_OF.finditer(text[at: d.start]))
    dates = [d for d in dates if not given_up(d)
             and not in_refused_alternative(text, d.start) and not call_day(text, d)
             # "i cannot pay now but on monday i will pay forty five": the day refused is no day offered
             and not any(m.start() <= d.start < m.end() for m in not_now)
             # "i can't do all of it right now uh next friday i can do 145": "now" sits in the refusal
             and not any(m.start() <= d.start < m.end() for m in NOW_REFUSED.finditer(text))
             and not OTHER_PAYMENT.search(text[max(0, d.start - 50): d.start])
             # "today nothing honestly, friday i can do 200", "monday not possible": the day refused after it
             and not REFUSED_AFTER.match(text[d.end:])
             # "wednesday is not possible thursday confirm": the day as the subject of its refusal
             and not any(a == d.end for a, _ in ruled_out)]
    if not keep_arrivals:
        # "ok actually make it 2,000, my sister will send me money on the 29th": the agreed day stands
        # "yeah i get paid the twenty third so that's fine": the customer's own payday moves it no more
        dates = [d for d in dates if not MONEY_ARRIVES.search(text[max(0, d.start - 40): d.start])
                 and not PAYDAY_BEFORE.search(text[max(0, d.start - 24): d.start])]
    return dates


def turn_day(text: str, span: tuple[int, int] | None, dates: list[DateMention]) -> DateMention | None:
    """The day a customer turn commits to, among the days it names."""
    # "get paid the 11th": the day money arrives is the promised day only when no other day is named
    # ... and so is the day something else arrives: "the new card should arrive by Wednesday, and I'll pay Friday"
    paydays = [d for d in dates if PAYDAY_BEFORE.search(text[max(0, d.start - 24): d.start])
               or ARRIVES_BEFORE.search(text[max(0, d.start - ARRIVAL_REACH): d.start])]
    when = pick_date([d for d in dates if d not in paydays], span) or pick_date(dates, span)
    # "I'll pay one month then, and the other £34.50 on the 24th", "fri ill pay 35 + the other 35 on the 30th": a
    # day after "the other" is another payment's, so the customer's own is the day said before the commitment.
    # "then" may point back to a payday; without it, a payday is only when the money comes, and the turn must pay
    # a first part before "the other" ("I will submit the remaining $64.17 on 12/8" pays only the remainder).
    if span and not any(d.value and in_span(d.start, span) and d not in paydays
                        and not REMAINDER.search(text[span[0]:d.start]) for d in dates):
        referred = THAT_DAY.search(text[span[0]:span[1]])
        earlier = [d for d in dates if d.value and d.start < span[0] and (referred or d not in paydays)]
        if earlier and (referred or any(in_span(d.start, span) and split_before(text, span[0], d.start)
                                        for d in dates)):
            when = earlier[-1]
    return when


def split_before(text: str, lo: int, at: int) -> bool:
    """Whether a remainder phrase before `at` follows a first figure paid in the same commitment ("35 + the other")."""
    rest = REMAINDER.search(text, lo, at)
    return rest is not None and BARE_WORDS.search(text, lo, rest.start()) is not None


def said_as_total(text: str, amount: Money) -> bool:
    """Whether the figure is marked as the sum of what was named ("total 4,940", "so eighty altogether", "the 89.99
    and the 15 so 104.99"): callers ask only where the turn names other figures for it to add up."""
    return bool(TOTAL_OF.search(text[max(0, amount.start - 16): amount.start]) or TOTAL_AFTER.match(text[amount.end:])
                or SUMMED.search(text[max(0, amount.start - 16): amount.start]))


def summed_total(text: str, span: tuple[int, int] | None, amounts: list[Money], cfg: PromiseConfig) -> Money | None:
    """A bare figure inside the commitment that the customer marks as the sum of an amount named before it ("I'll pay
    the 62.50 plus the fee so 72.50 next Tuesday"): the total is what is paid, in the named amount's currency. Only a
    figure larger than that amount is a sum of it."""
    if span is None:
        return None
    for b in bare_amounts(text[span[0]:span[1]], cfg):
        at = Money(b.amount, b.currency, b.start + span[0], b.end + span[0], explicit_currency=False)
        parts = [a for a in amounts if a.end <= at.start and a.amount < at.amount]
        if parts and not any(a.start <= at.start < a.end for a in amounts) and said_as_total(text, at):
            return Money(at.amount, parts[-1].currency, at.start, at.end, explicit_currency=False)
    return None


def turn_amount(text: str, span: tuple[int, int] | None, amounts: list[Money], dates: list[DateMention],
                when: DateMention | None) -> Money | None:
    """The amount a customer turn commits to, among the amounts it names, given the day chosen."""
    amount = pick_amount(amounts, span, text)
    totals = [a for a in amounts if said_as_total(text, a) and (span is None or in_span(a.start, span))]
    if totals and len(amounts) >= 2:
        amount = totals[-1]  # "4,350 along with the charge of 590, i.e. total 4,940": the sum
    if span and when is not None:
        # "$250 on the 15th and the remaining $310 on the 29th": the amount said with the first day
        inside = [a for a in amounts if in_span(a.start, span)]
        days = [d for d in dates if d.value and in_span(d.start, span)]
        if len(inside) >= 2 and len(days) >= 2 and when is days[0]:
            amount = paired_amount(inside, when) or amount
    if span and when is not None and not in_span(when.start, span) and not any(
            in_span(a.start, span) for a in amounts):
        # "- $400 on Friday 4 December - $390.20 on 18 December ... I'll pay by bank transfer": the commitment
        # names neither, so the amount is the one listed with the day it takes
        amount = paired_amount(amounts, when) or amount
    return amount


_SETTLEMENT_OF = re.compile(r"\bsettlement\s+(?:amount\s+|offer\s+|figure\s+)?(?:of\s+)?(?:is\s+)?\W{0,3}$",
                            re.IGNORECASE)


def promises_full_balance(text: str, amounts: list[Money]) -> bool:
    """Whether a customer turn promises the full balance ("I'll pay it in full")."""
    # "I can't do all of it" / "not the full balance" is a refusal of the full amount, not a promise of it.
    # "rather than pay the full £1,248 now": nor is the full amount in an alternative turned down
    full = any(not NEGATION.search(text[max(0, m.start() - 20): m.start()])
               and not in_refused_alternative(text, m.start()) for m in FULL.finditer(text))
    if full and any(re.match(r"\s*(?:full and final\s+)?settlement\b", text[a.end:a.end + 30], re.IGNORECASE)
                    or _SETTLEMENT_OF.search(text[max(0, a.start - 40): a.start]) for a in amounts):
        full = False  # "I accept the €900 settlement and I'll pay it in full": in full is the settlement
        # ... and so it is when the figure follows the word: "I accept the settlement of Rs. 42,000. I will transfer
        # the full amount on 10th December"
    return full
