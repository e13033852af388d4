"""What an agent turn contributes to a promise: a proposal the customer can say yes to, a read-back of the
terms, a bare statement of the debt, and the log of the final arrangement."""

from __future__ import annotations

import re
from datetime import date

from analyzers.document import SpeakerRole, Utterance
from analyzers.outcomes import cues
from analyzers.outcomes.dates import DateMention
from analyzers.outcomes.money import Money
from analyzers.outcomes.promise_candidates import (
    amounts_in,
    bare_amounts,
    coming_dates,
    dates_in,
    is_fee,
    states_balance,
)
from analyzers.outcomes.promise_phrases import (
    BALANCE,
    IDENTITY_QUESTION,
    INFORMS_OTHER,
    LOGGED,
    NO_MORE,
    PAST_EVENT,
    PLAN_AMOUNT,
    PROPOSES,
    REMAINDER,
    SECOND_THOUGHT,
)
from analyzers.outcomes.promise_record import PromiseConfig
from analyzers.outcomes.text_spans import NEGATION, SENTENCE_BREAK, clauses, last_sentence


def proposed_terms(u: Utterance, cfg: PromiseConfig, ref: date | None,
              recap: bool = False) -> tuple[list[Money], list[DateMention]]:
    """Amounts and dates in an agent utterance that talks about paying (or reads a promise back)."""
    if (not recap and IDENTITY_QUESTION.search(u.text)) or (INFORMS_OTHER.search(u.text) and "?" not in u.text):
        return [], []  # "just so you know, the last payment of 32.50 is still due on the 21st" asks for nothing
    # "I can't approve a partial payment today" proposes nothing: drop what negated clauses mention.
    negated = [(c.start + _negated_from(c.text, m.start()), c.end) for c in clauses(u.text)
               if (m := NEGATION.search(c.text))]
    amounts = [a for a in amounts_in(u.text, cfg)
               if not any(s <= a.start < e for s, e in negated)
               and not is_fee(u.text, a)]
    # "your checkout failed earlier today": the day of a past event proposes nothing; nor does the last of a list
    # of days read as one ("£30 on 11, 18 and 24 December")
    dates = [d for d in dates_in(u.text, ref, cfg)
             if d.value and not any(s <= d.start < e for s, e in negated)
             and not PAST_EVENT.search(u.text[max(0, d.start - 30): d.start]) and not _in_day_list(u.text, d)]
    if not amounts and (recap or PROPOSES.search(u.text)):
        # a fee is no proposal said without a currency either: "noted and sir late fee of two hundred will also apply"
        amounts = [a for a in bare_amounts(u.text, cfg) if not any(s <= a.start < e for s, e in negated)
                   and not is_fee(u.text, a)]
    # "How about $120 on the first?" proposes a payment without saying "pay".
    if recap or cues.PAY_TALK.search(u.text) or ("?" in u.text and amounts and dates) or (
            amounts and PROPOSES.search(u.text)):  # "We'd need at least £150. Could you manage that?"
        return amounts, dates
    return [], []


def _negated_from(clause: str, at: int) -> int:
    """Where a clause's negation starts to bear: the whole clause, except a consequence joined by "so" in unpunctuated
    speech ("can you pay the two thousand five hundred on saturday so late fee will not be charged")."""
    joins = [m.start() for m in re.finditer(r"\bso\b", clause[:at])]
    return joins[-1] if joins else 0


def reads_back(u: Utterance, cfg: PromiseConfig, ref: date | None) -> bool:
    """An agent turn naming an amount (or a bare number) and a coming day: a read-back the customer can confirm,
    "two hundred dollars on wednesday the twenty second"."""
    dates = coming_dates(u.text, ref, cfg)
    if not dates or BALANCE.search(u.text) or INFORMS_OTHER.search(u.text):
        return False
    amounts = amounts_in(u.text, cfg)
    if amounts and all(is_fee(u.text, a) for a in amounts):
        return False  # "a late fee of ₹250 applies after 15 Dec": a charge and the day it starts, no terms to confirm
    return bool(amounts or bare_amounts(u.text, cfg))


def states_debt(u: Utterance, cfg: PromiseConfig, ref: date | None) -> bool:
    """An agent turn that only tells the debt ("so the past due is one eighty nine ninety eight plus a fifteen dollar
    reactivation"): balance words, no question, no proposal and no coming day, so its "so" reads nothing back."""
    if "?" in u.text or PROPOSES.search(u.text) or not BALANCE.search(u.text):
        return False
    return not coming_dates(u.text, ref, cfg)


_LIST_BEFORE = re.compile(r"(?<![\d/.$£€-])\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:,|&|\band\b)\s*\d{1,2}(?:st|nd|rd|th)?)*"
                          r"\s*(?:,|&|\band\b)\s*$", re.IGNORECASE)
# ... never a figure with a thousands comma after it ("5,000 Saturday and 3,500 by the 31st": the second payment)
_LIST_AFTER = re.compile(r"\s*(?:,|&|\band\b)\s*\d{1,2}(?:st|nd|rd|th)?\b(?![.,/:-]\d|\s*(?:%|am|pm|[ap]\.m))",
                         re.IGNORECASE)


def _in_day_list(text: str, d: DateMention) -> bool:
    """Whether a day ends or starts a list of days sharing its month ("on 11, 18 and 24 December", "December 11,
    18 and 24"), which the date reader takes for one day."""
    return bool(_LIST_BEFORE.search(text[:d.start]) or _LIST_AFTER.match(text[d.end:]))


def logged_terms(utterances: list[Utterance], pos: int, ref: date | None,
            cfg: PromiseConfig) -> tuple[Money, DateMention] | None:
    """The one amount and one coming day an agent logs after a promise ("Noted sir, ₹1,499 on Monday", "Sure,
    updated to $60 on 12/16"), when the customer does not object next: the arrangement as finally agreed."""
    u = utterances[pos]
    cue = LOGGED.search(u.text)
    if cue is None:
        return None
    # Only the sentence that logs: "I've set that up. The final $62.25 will still come out on December 23" logs
    # nothing about the 23rd.
    parts = SENTENCE_BREAK.split(u.text)
    at = next((i for i, p in enumerate(parts) if cue.group(0) in p), None)
    text = u.text if at is None else parts[at]
    if at and len(text.split()) <= 2:
        # "Sure, $150 on Monday, 21 Dec. Noted!": a bare "Noted!" logs the terms said just before it
        text = f"{parts[at - 1]} {text}"
    if "?" in text or NEGATION.search(text):
        return None
    amounts = [a for a in amounts_in(text, cfg)
               if not states_balance(text, a) and not is_fee(text, a)]
    if not amounts:
        # "okay i have two fifty on the thirtieth at nine a m": a spoken log names the figure without a currency
        # (not "noted and the remaining three hundred ... by the new year", another payment's)
        # (nor "tenth december noted and sir late fee of two hundred will also apply": a fee, spoken or written)
        amounts = [b for b in bare_amounts(text, cfg) if not states_balance(text, b) and not is_fee(text, b)
                   and not REMAINDER.search(text[max(0, b.start - 24): b.start])]
    dates = coming_dates(text, ref, cfg)
    if (len({a.amount for a in amounts}) == 1 and len(dates) > 1
            and PLAN_AMOUNT.search(text[max(0, amounts[0].start - 30): amounts[0].start])):
        # "three payments of $180 on 10 Dec, 24 Dec, 7 Jan": the first payment (every coming day is resolved)
        return amounts[0], min(dates, key=lambda d: d.value or date.max)
    if len({a.amount for a in amounts}) != 1 or len({d.value for d in dates}) != 1 or any(
            _in_day_list(text, d) for d in dates):
        # a plan read back ("£30 on 11, 18 and 24 December": one month closing a list of days), or nothing
        # definite: the customer's own words stand
        return None
    reply = next((v for v in utterances[pos + 1:] if v.role == SpeakerRole.customer), None)
    if reply is not None and not NO_MORE.search(reply.text) and (
            SECOND_THOUGHT.search(reply.text) or re.match(r"\W*(?:no|nope|nah)\b", reply.text, re.IGNORECASE)):
        return None  # "no, I said the 16th": the correction that follows decides
    return amounts[0], dates[0]


def asks_about_rest(u: Utterance, promised: float | None, cfg: PromiseConfig) -> bool:
    """Whether an agent turn ends asking about what is left beyond the part promised ("Noted ₦25,000 on Friday. For
    the balance of ₦53,500 can you give a date?"): a customer putting that answer off puts off the rest, not the
    part. The balance counts as the rest only when named at another figure than the one promised."""
    asked = last_sentence(u.text)
    if "?" not in asked or promised is None:
        return False
    if REMAINDER.search(asked):
        return True
    named = [a.amount for a in amounts_in(asked, cfg)]
    return bool(BALANCE.search(asked)) and bool(named) and promised not in named
