"""Amounts said earlier in the conversation that a customer's turn refers back to: the balance, the minimum, the
instalment, "the same as last month", and the reading of a figure that matches what was said before."""

from __future__ import annotations

import re
from collections import Counter

from analyzers.document import SpeakerRole, Utterance
from analyzers.outcomes import cues
from analyzers.outcomes.dates import DateMention
from analyzers.outcomes.money import Money
from analyzers.outcomes.numbers import ORDINAL_WORDS_RX, parse_number
from analyzers.outcomes.promise_candidates import (
    amounts_in,
    amounts_said,
    bare_amounts,
    figures_in,
    in_span,
    said_as_total,
    states_balance,
)
from analyzers.outcomes.promise_counted_parts import counted_parts_total
from analyzers.outcomes.promise_pay_by_means import PAY_BY_MEANS
from analyzers.outcomes.promise_phrases import (
    BALANCE,
    DEFERRED,
    FEE,
    FIRST_ONE,
    FRACTION,
    FRACTIONS,
    FULL,
    INSTALMENT_OF,
    MINIMUM,
    PAY_IT_OBJECT,
    PLAN_AMOUNT,
    SAME_AS,
)
from analyzers.outcomes.promise_record import PromiseConfig
from analyzers.outcomes.promise_terms import plan_terms
from analyzers.outcomes.promise_worked_out_shares import SHARE_REACH, WORKED_OUT_SHARE


def bare_said_before(text: str, span: tuple[int, int] | None, utterances: list[Utterance], pos: int,
                      cfg: PromiseConfig) -> Money | None:
    """The first bare number in the commitment (or the whole turn) that an earlier turn said as money, or the sum
    the turn marks as its total."""
    lo, hi = span or (0, len(text))
    said = amounts_said(utterances[:pos], cfg)
    bare = bare_amounts(text[lo:hi], cfg)
    # "the sixty five and the fifteen so eighty altogether": the sum the customer adds up is what is paid, though
    # only its parts were said before
    totals = [b for b in bare if said_as_total(text[lo:hi], b)] if len(bare) >= 2 else []
    for b in totals[-1:] + bare:
        # not "the fifty you can put on next month"
        if (b.amount in said or b in totals) and not DEFERRED.match(text[b.end + lo:]):
            return Money(b.amount, b.currency, b.start + lo, b.end + lo, explicit_currency=False)
    return None


def as_said_before(amount: Money, utterances: list[Utterance], pos: int, cfg: PromiseConfig) -> Money:
    """ "fourteen-forty" reads as 14.40, but after "we can settle for $1,440" it is 1,440: prefer the reading that
    matches an amount said earlier in the conversation."""
    said: Counter[float] = Counter()  # in how many turns each amount was said
    for v in utterances[:pos]:
        said.update({a.amount for a in amounts_in(v.text, cfg)}
                    | {b.amount for b in bare_amounts(v.text, cfg)})
    earlier = set(said)
    if not amount.explicit_currency:
        # "just the 64.20" after "£64.20 is overdue": the currency it was said in
        named = [a for v in utterances[:pos] for a in amounts_in(v.text, cfg)
                 if a.explicit_currency and a.amount == amount.amount]
        if named:
            amount = Money(amount.amount, named[-1].currency, amount.start, amount.end, explicit_currency=False)
    less = round(amount.amount - 100, 2)
    if 100 < amount.amount < 200 and said[less] >= 2 and said[amount.amount] <= 1:
        # "first one eighty pound on the first" after "three payments of eighty" - "eighty i can do": the first
        # one, of eighty (agreed twice), not a hundred and eighty said once
        return Money(less, amount.currency, amount.start, amount.end, amount.explicit_currency)
    change = {a for a in earlier if a != int(a) and int(a) == amount.amount}
    if not amount.explicit_currency and amount.amount == int(amount.amount) and len(change) == 1:
        # "it's one forty nine oh five" - "i'll pay it saturday ... the one forty nine": a bare figure said without
        # the change of the one named before is that figure, cents and all
        return Money(change.pop(), amount.currency, amount.start, amount.end, amount.explicit_currency)
    if amount.amount >= 100:
        return amount
    scaled = round(amount.amount * 100, 2)
    if amount.amount not in earlier and scaled in earlier:
        return Money(scaled, amount.currency, amount.start, amount.end, amount.explicit_currency)
    others = earlier - {amount.amount}
    if (not amount.explicit_currency and amount.amount != int(amount.amount) and others
            and amount.amount * 10 < min(others) <= scaled <= max(others)):
        # "the lowest i can go is ten fifty" - "ten fifty fine" between a settlement of eleven hundred and a
        # thousand: a spoken pair a tenth of every other figure in the call, its hundreds reading among them, is
        # hundreds (1,050), not dollars and cents
        return Money(scaled, amount.currency, amount.start, amount.end, amount.explicit_currency)
    return amount


# A figure given as a rate: "RM59.90/month", "$20 a month", "£5 per week".
_PER_PERIOD = re.compile(r"\s*(?:/\s*|per\s+|an?\s+|each\s+|every\s+)(?:month|mo|mth|week|wk|fortnight|year|yr)\b",
                         re.IGNORECASE)


def balance_amount(utterances: list[Utterance], upto: int, cfg: PromiseConfig) -> Money | None:
    """The balance the agent stated before a 'full balance' promise."""
    for u in reversed(utterances[:upto]):
        if u.role == SpeakerRole.agent and BALANCE.search(u.text):
            amounts = amounts_in(u.text, cfg)
            stated = [a for a in amounts if states_balance(u.text, a, amounts)]  # not "a minimum of $45"
            # "Your Premium subscription (RM59.90/month) has been unpaid for 2 months. Your outstanding is
            # RM119.80": a price per period is a rate, not the debt, when the turn states another figure
            stated = [a for a in stated if not _PER_PERIOD.match(u.text, a.end)] or stated
            # "3 months at 1,999, total 5,997 pending": the total, not one month's
            totals = [a for a in amounts if said_as_total(u.text, a)]
            if totals or stated or amounts:
                return (totals or stated or amounts)[0]
    return None


def amount_said_with(utterances: list[Utterance], upto: int, cfg: PromiseConfig, when: str) -> Money | None:
    """The amount an earlier turn gave for that period ("last month you paid $45")."""
    period = when if when != "before" else "last"
    for u in reversed(utterances[:upto]):
        at = u.text.lower().find(period)
        if at < 0:
            continue
        found = amounts_in(u.text, cfg)
        end = next((m.start() for m in re.finditer(r"[.!?]", u.text) if m.start() > at), len(u.text))
        after = [a for a in found if at <= a.start < end]  # "last month you paid $45": in the same sentence
        if after:
            return after[0]
        if found:
            return min(found, key=lambda a: abs(a.start - at))
    return None


def instalment_amount(utterances: list[Utterance], upto: int, cfg: PromiseConfig) -> Money | None:
    """The instalment amount stated earlier: an agent's "Your 1st instalment of $53.30 ... was not successful", or
    the figure either side gave a plan's frequency ("could do like ninety a month for four months")."""
    for u in reversed(utterances[:upto]):
        if u.role == SpeakerRole.agent:
            for a in amounts_in(u.text, cfg):
                if INSTALMENT_OF.search(u.text[max(0, a.start - 30): a.start]):
                    return a
        for a in figures_in(u.text, cfg):
            if any(rx.match(u.text[a.end:].lstrip()) for _, rx in cues.PLAN_FREQUENCY):
                return a
    return None


# An instalment's place in the plan, said before the count: "3rd of 4", "the second out of three", "last of 6".
_PLACE_IN_PLAN = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORDS_RX}|last|final)\s+(?:of|out of)\s+$",
                            re.IGNORECASE)


def plan_share(utterances: list[Utterance], upto: int, cfg: PromiseConfig) -> tuple[float, Money] | None:
    """The total and one instalment of the plan the latest earlier turn counting payments laid out with no instalment
    figure ("The balance is $300. Would three payments work?", "we can split the 300 into three payments"): the
    total split evenly, which is what "the first one" pays."""
    for u in reversed(utterances[:upto]):
        count = cues.PLAN_COUNT.search(u.text)
        n = parse_number(count.group("n")) if count else None
        if count is None or n is None or n < 2:
            continue
        if _PLACE_IN_PLAN.search(u.text, 0, count.start()):
            return None  # "Your 3rd of 4 instalments ($64.50) was declined": the figure is that one instalment
        figures = figures_in(u.text, cfg)
        if any(PLAN_AMOUNT.search(u.text[max(0, a.start - 30): a.start])
               or (a.start > count.end() and WORKED_OUT_SHARE.search(u.text[max(0, a.start - SHARE_REACH): a.start]))
               or any(rx.match(u.text[a.end:].lstrip()) for _, rx in cues.PLAN_FREQUENCY) for a in figures):
            return None  # "three payments of $100", "ninety a month": the instalment is said, not worked out
            # ("over four months so that would be one fifty five" is said too: the agent did the sum)
        total = figures[0] if figures else balance_amount(utterances, upto, cfg)
        if total is None:
            return None
        return total.amount, Money(round(total.amount / n, 2), total.currency, total.start, total.end,
                                   explicit_currency=total.explicit_currency)
    return None


def plan_said_before(utterances: list[Utterance], upto: int) -> dict[str, object]:
    """The plan laid out in the latest earlier turn that laid one out: what "the first one" is the first of."""
    for u in reversed(utterances[:upto]):
        # an agent's frequency alone ("your monthly renewal") describes the bill, so only its plan words count
        plan = plan_terms([u.text] if u.role == SpeakerRole.customer else ["", u.text])
        if plan:
            return plan
    return {}


def plan_instalment_said_last(utterances: list[Utterance], upto: int, cfg: PromiseConfig) -> Money | None:
    """The instalment of a plan laid out in the latest earlier turn that named a figure ("could do ninety a month
    for four months"), unless that turn states the balance: what a later "I'll pay it friday" pays."""
    for u in reversed(utterances[:upto]):
        figures = figures_in(u.text, cfg)
        if not figures:
            continue
        if any(states_balance(u.text, a, figures) for a in figures):
            return None  # "you owe $360, that's $90 a month over four": "it" may still be the whole
        return next((a for a in figures if any(rx.match(u.text[a.end:].lstrip()) for _, rx in cues.PLAN_FREQUENCY)),
                    None)
    return None


def stated_minimum(utterances: list[Utterance], upto: int, cfg: PromiseConfig) -> Money | None:
    """The minimum payment the agent stated before 'I can do the minimum'."""
    for u in reversed(utterances[:upto]):
        if u.role == SpeakerRole.agent and (word := re.search(r"\bminimum\b", u.text, re.IGNORECASE)):
            found = amounts_in(u.text[word.start():], cfg)
            if found:
                return found[0]
    return None


def amount_referred_back(utterances: list[Utterance], pos: int, cfg: PromiseConfig, *, span: tuple[int, int] | None,
                         own_amounts: list[Money], amount: Money | None, when: DateMention | None, full: bool,
                         answered: bool, asked_in: Utterance | None, promised: bool = False) -> Money | None:
    """The amount of the customer's commitment at `pos` once its references are read: "the full balance", "pay it",
    "the first one", "the minimum", "the same as last month", "half", or a figure the conversation already named
    (`asked_in` is the agent turn the customer answers, if any; `promised` when an amount is already promised)."""
    text = utterances[pos].text
    named = bare_said_before(text, span, utterances, pos, cfg) if span and not own_amounts else None
    whole = FULL.search(text, span[0], span[1]) if full and span else None
    if whole and span and not any(in_span(a.start, span) for a in own_amounts) and named is None:
        # (but "the full 74.98" names the figure the conversation already gave as money, and "the whole lot then
        # one three three five" the total the customer worked out, fees and all)
        totalled = [b for b in bare_amounts(text[whole.end(): span[1]], cfg) if b.amount >= 20]
        amount = (Money(totalled[0].amount, totalled[0].currency, totalled[0].start + whole.end(),
                        totalled[0].end + whole.end(), explicit_currency=False) if totalled
                  else balance_amount(utterances, pos, cfg) or amount)  # "I'll pay the full balance": the balance
    if amount is None and full:
        amount = balance_amount(utterances, pos, cfg)
    if amount is None and span and PAY_IT_OBJECT.search(text[span[0]:span[1]]):
        # "I'll pay it today in my lunch break, the hundred and ten": the figure the customer names
        figures = [a for a in bare_amounts(text[span[0]:span[1]], cfg) if a.amount >= 20]
        amount = figures[0] if len(figures) == 1 else None
    if amount is None and asked_in is not None and (
            answered or (span and PAY_IT_OBJECT.search(text[span[0]:span[1]]))):
        # "Your payment of $64.17 failed. Reply with a date you can pay." - "12/11 when i get paid"
        asked = {a.amount: a for a in amounts_in(asked_in.text, cfg)
                 if not FEE.search(asked_in.text[a.end: a.end + 30])}
        if len(asked) == 1:
            amount = next(iter(asked.values()))
    if amount is None and when is not None and span and not own_amounts:
        # "seven hundred and twenty by the end of the month ill pay it": the figure said before "pay it"
        said = bare_amounts(text[: span[0]], cfg)
        if said:
            amount = said[-1]
    if span and FIRST_ONE.search(text[span[0]:span[1]]) and not own_amounts:
        # "we can split the 300 into three payments" - "I'll make the first one on friday": a third of it, not the
        # whole the agent named
        share = plan_share(utterances, pos, cfg)
        if amount is None:
            amount = instalment_amount(utterances, pos, cfg) or (share[1] if share else None)
        elif share is not None and amount.amount == share[0]:
            amount = share[1]
    if amount is None and when is not None and span and not promised and (
            PAY_IT_OBJECT.search(text[span[0]:span[1]]) or PAY_BY_MEANS.search(text[span[0]:span[1]])):
        # once an amount is promised, "I'll pay it on the 12th" moves that payment: "it" is no longer the balance;
        # after a plan was the last word on the amount ("could do ninety a month for four months"), "it" is its
        # instalment, as "the first one" is
        amount = (plan_instalment_said_last(utterances, pos, cfg)
                  or balance_amount(utterances, pos, cfg))  # "I'll put it through again tonight": the order total
    if amount is None and span and not own_amounts:
        amount = counted_parts_total(text, span, utterances, pos, cfg)  # "both missed ones" at "$31.25 each"
    if amount is None and span and MINIMUM.search(text[span[0]:span[1]]):
        amount = stated_minimum(utterances, pos, cfg)
    same = SAME_AS.search(text[span[0]:span[1]]) if span and amount is None else None
    if same:
        amount = amount_said_with(utterances, pos, cfg, same.group("when").lower())
    if amount is None and span and own_amounts == []:
        # "I can pay it on Monday, the sixty two fifty": a bare number inside the commitment
        inside = bare_amounts(text[span[0]:span[1]], cfg)
        if inside:
            b = inside[0]
            amount = Money(b.amount, b.currency, b.start + span[0], b.end + span[0], explicit_currency=False)
    share = FRACTION.search(text[span[0]:span[1]]) if span else None
    if amount is None and share:
        balance = balance_amount(utterances, pos, cfg)
        if balance is not None:
            amount = Money(round(balance.amount * FRACTIONS[share.group("f").lower()], 2), balance.currency,
                           share.start() + span[0], share.end() + span[0])  # type: ignore[index]
    return amount


def amount_less_refused(amount: Money | None, refused: list[Money], utterances: list[Utterance], pos: int,
                        cfg: PromiseConfig) -> Money | None:
    """What is paid when the customer names no figure of their own but refuses one ("I'll pay it Friday but not the
    $25" after "your $60 renewal ... a $25 reactivation charge ... Total $85"): the total less the refused part, when
    that rest is a figure the conversation already named; otherwise the amount as it was."""
    total = amount or balance_amount(utterances, pos, cfg)
    if total is None or not refused:
        return amount
    rest = round(total.amount - sum({r.amount for r in refused}), 2)
    if rest > 0 and rest in amounts_said(utterances[:pos], cfg):
        return Money(rest, total.currency, total.start, total.end, explicit_currency=total.explicit_currency)
    return amount
