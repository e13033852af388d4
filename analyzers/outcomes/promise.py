"""Promise to pay: who committed to what amount by when, read from what the customer said or agreed to.

A promise is a customer's own commitment ("I'll pay $50 on Friday") or a customer's yes to the agent's
proposal ("Can you do $50 by Friday?" - "Yes, I can do that"). Negated and questioned clauses are not
promises ("I can't pay by Friday"), nor are hypotheticals the customer then doubts ("If I got paid I could do 50,
but I don't think so") or tries with no amount ("I'll try to pay something"). Amount and date come from the
commitment itself, then from the proposal it answers (never from the agent merely stating the balance), then from
the agent's read-back or the customer's next short answers; later commitments update earlier ones.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from analyzers.document import Evidence, SpeakerRole, Utterance
from analyzers.outcomes import cues
from analyzers.outcomes.dates import DateMention, echo_weekdays, find_dates
from analyzers.outcomes.money import Money, find_amounts
from analyzers.outcomes.numbers import parse_number
from analyzers.outcomes.promise_phrases import (
    ACCOUNT_TASK,
    AGENT_CANCELS,
    AGREED_AFTER_IF,
    ALREADY_PAID,
    ALT_COMMIT,
    ASKS_FOR_PROOF,
    BALANCE,
    BARE_NUMBER,
    BARE_WORDS,
    BEYOND,
    CALLBACK,
    COMMIT,
    CONDITIONAL,
    CORRECTION,
    DECLINES,
    DESPITE,
    DOUBT,
    FEE,
    FIRST_ONE,
    FRACTION,
    FRACTIONS,
    FULL,
    HEDGE,
    HYPOTHETICAL,
    IDENTITY_QUESTION,
    IF_CONDITION,
    IF_NOT,
    INFORMS_OTHER,
    INSTALMENT_OF,
    INSTEAD_OF,
    LOGGED,
    MAKE_THAT,
    MINIMUM,
    MONEY_ARRIVES,
    NEGATED_PAYING,
    NO_MORE,
    NOT_NOW,
    OFFER,
    OTHER_MONEY,
    OTHER_PAYMENT,
    PAST,
    PAST_EVENT,
    PAY_IT,
    PAY_IT_OBJECT,
    PAY_QUESTION,
    PAYDAY_BEFORE,
    PLAN_AMOUNT,
    PROPOSES,
    RECAP,
    REMAINDER,
    SALUTATION,
    SAME_AS,
    SECOND_THOUGHT,
    SELF_REPAIR,
    SEND_PROOF,
    SOFT_HEDGE,
    STRONG_RECAP,
    THANKS_CLOSING,
    THANKS_LEAD,
    THAT_DAY,
    TOTAL_OF,
    UNSURE,
    VAGUE_TIME,
    WHEN_CLAUSE,
    WISH_BUT,
    WITHDRAW,
)
from analyzers.outcomes.text_spans import NEGATION, clauses, evidence


@dataclass
class Promise:
    """What was promised, assembled across the utterances that state it."""

    amount: float | None = None
    currency: str | None = None
    due_date: date | None = None
    due_text: str | None = None
    full_balance: bool = False
    method: str | None = None
    plan: dict[str, object] = field(default_factory=dict)
    conditional: bool = False
    from_agreement: bool = False
    evidence: list[Evidence] = field(default_factory=list)

    def attributes(self) -> dict[str, object]:
        """Outcome attributes: amount, currency, due_date (ISO), and whatever else is known."""
        out: dict[str, object] = {
            "amount": self.amount,
            "currency": self.currency,
            "due_date": self.due_date.isoformat() if self.due_date else None,
        }
        if self.due_text:
            out["due_text"] = self.due_text
        if self.full_balance:
            out["full_balance"] = True
        if self.method:
            out["method"] = self.method
        if self.plan:
            out["plan"] = self.plan
        if self.conditional:
            out["conditional"] = True
        return out


@dataclass(frozen=True)
class PromiseConfig:
    dollar_currency: str = "USD"
    default_currency: str = "USD"
    month_first: bool = True
    next_weekday_rule: str = "following_week"
    context: int = 2  # utterances before/after a commitment searched for its amount, date and method


def _commitment(text: str) -> tuple[int, int] | None:
    """Span of the first un-negated, non-question commitment clause in a customer utterance."""
    for c in clauses(text):
        if c.question:
            continue
        m = COMMIT.search(c.text) or ALT_COMMIT.search(c.text)
        if not m or WHEN_CLAUSE.search(c.text[: m.start()]):
            continue  # "I'll message again when I can pay": the paying names a time, not a promise
        # The negation must bear on this commitment: "I can't pay all of it, I'll pay $40" negates the first part.
        # Only a negation right before the subject frames it ("no way I'll pay"); one further back belongs to
        # another clause ("I don't have it on me, I'll pay tomorrow").
        window = c.text[max(0, m.start() - 14, c.text.rfind(",", 0, m.start()) + 1): m.end()]
        window = NOT_NOW.sub(" ", window)  # "not today um I can do it Friday": the refusal is of today
        if NEGATION.search(window) or DOUBT.search(c.text[max(0, m.start() - 40): m.start()]):
            continue  # "I don't think, honestly, I can pay" carries its doubt across the commas
        verb = (m.groupdict().get("verb") or "").lower()
        if WISH_BUT.search(text[c.start + max(0, m.start() - 20): c.start + m.end() + 40]):
            continue  # "I would like to pay but currently I lost my job": a wish, then the reason it cannot be
        if verb.startswith("sort") and CALLBACK.search(text):
            continue  # "Can someone call me back Thursday? I'll sort it out then": the call is what is promised
        if verb in ("send", "get") and SEND_PROOF.match(c.text[m.end():]):
            continue  # "I can send you the screenshot": proof of a payment, not a payment
        if verb in ("do", "put", "manage", "afford") and not (
                find_amounts(c.text) or FRACTION.search(c.text) or MINIMUM.search(c.text) or SAME_AS.search(c.text)
                or _bare_amounts(c.text[m.end():], PromiseConfig())  # "I'll just do the whole one fifty"
                or re.search(r"\b(do|put|manage|afford) (that|it|this)\b", c.text, re.IGNORECASE)):
            continue
        rest = text[c.end:]
        if HYPOTHETICAL.search(c.text) and DOUBT.search(rest):
            continue  # "If I got paid I could do 50, but I don't think that's happening": an idea, not a promise
        if _taken_back(rest):
            continue  # "I can pay $119.90 on the 15th. Actually, hold on - ... I'm not paying anything until..."
        before_clause = re.split(r"(?<=[.!?])\s+", text[: c.start].strip())[-1] if c.start else ""
        if (_hedged(c.text[m.end():] + " " + rest) or HEDGE.search(c.text[: m.end()])
                or (HEDGE.search(before_clause) and not BEYOND.search(before_clause))):
            # "I really can't promise anything. I will pay when I get another job": the hedge said just before
            continue  # "I will try to pay by Saturday": an attempt, not a commitment
        if _conditional(text, c.start + m.start()) or IF_NOT.search(rest):
            # "if i can do eleven hundred ... yeah okay i'll do it eleven hundred on the thirty first": the doubt
            # answered in the same breath, then the commitment
            agreed = AGREED_AFTER_IF.search(c.text, m.end())
            later = _commitment(c.text[agreed.end():]) if agreed and not IF_NOT.search(rest) else None
            if agreed and later:
                return c.start + agreed.end() + later[0], c.start + agreed.end() + later[1]
            continue  # "I'll pay on Friday if the refund comes through. If not I'll cancel": a plan B, no promise
        cue = CORRECTION.search(text, c.end)
        later = _commitment(text[cue.end():]) if cue else None
        if cue and later:
            return later[0] + cue.end(), later[1] + cue.end()
        if cue:
            end = next((p.start() for p in re.finditer(r"[.!?\n]", text[cue.end():])), len(text) - cue.end())
            corrected = text[cue.end(): cue.end() + end]
            # "I'll send $400 on Dec 11. Sorry, I meant Dec 18": the corrected day, the amount as before;
            # "I can pay £200 on 30 November. Actually, ... I can make that £250 on the same date": the amount
            if find_dates(text[cue.end(): cue.end() + 40], None) or (
                    re.search(r"\bmake (?:it|that)\b", corrected, re.IGNORECASE) and find_amounts(corrected)):
                return cue.end(), cue.end() + end
        # From the subject on: "I'm paid on the 30th so I can pay on the 1st" promises the 1st.
        return c.start + m.start(), c.end
    return None


def _taken_back(rest: str) -> bool:
    """Whether the rest of the turn withdraws the commitment before it with no new one after ("I'm not paying
    anything until that's refunded"); refusing more than was promised ("can't pay anything more") keeps it."""
    m = WITHDRAW.search(rest)
    if m is None:
        return False
    return not BEYOND.search(rest[m.start(): m.end() + 20]) and _commitment(rest[m.end():]) is None


def _conditional(text: str, at: int) -> bool:
    """Whether the commitment at `at` hangs on an uncertain "if" earlier in its sentence ("if my refund comes
    through, I'll pay")."""
    lead = re.split(r"[.!?]\s", text[:at][-80:])[-1]  # "...in early December. Provided it clears I'll pay"
    found = list(IF_CONDITION.finditer(lead))
    # "if i can do eleven hundred by the end of the month yeah okay i'll do it": the customer settles the doubt
    return bool(found) and not AGREED_AFTER_IF.search(lead, found[-1].end())


def _hedged(text: str) -> bool:
    """Whether a hedge bears on the commitment itself (not on paying more than it)."""
    return any((SOFT_HEDGE.search(c.text) and not OTHER_MONEY.search(c.text))
               or (HEDGE.search(c.text) and not BEYOND.search(c.text)) for c in clauses(text))


def _withdraws(text: str) -> bool:
    """Whether a customer turn with no new commitment takes an earlier one back, or doubts it."""
    if WITHDRAW.search(text) or (_hedged(text) and not DESPITE.search(text)):
        return True
    if any(ALREADY_PAID.search(c.text) and not c.question for c in clauses(text)):
        return True  # "he paid already this morning": nothing is left to pay (not "did I already pay it?")
    # "Actually, I can't do that" - a second thought that negates paying; "I can't pay more" refuses more, not this.
    return bool(SECOND_THOUGHT.search(text)) and any(
        NEGATION.search(c.text) and (COMMIT.search(c.text) or NEGATED_PAYING.search(c.text))
        and not BEYOND.search(c.text) for c in clauses(text))


def _elliptical(text: str, ref: date | None, cfg: PromiseConfig,
                earlier: list[Utterance] | None = None) -> tuple[int, int] | None:
    """Span of a verbless clause naming an amount and a coming date: "Half of it, so 40 dollars, next Tuesday",
    or a bare number the conversation already named as money: "then it's just the 42.50 on the 4th"."""
    said: set[float] | None = None
    for c in clauses(text):
        if (c.question or NEGATION.search(c.text) or PAST.search(c.text) or BALANCE.search(c.text)
                or CALLBACK.search(c.text)  # "I'll call you on Monday to arrange payment of the $1,150"
                or _hedged(c.text) or _hedged(text[c.end:]) or _conditional(text, c.end) or _taken_back(text[c.end:])
                or re.search(r"\bwhen\s+(?:we|i)\s+(?:can|could|know|have|find)\b", c.text, re.IGNORECASE)):
            continue
        if not any(a.explicit_currency for a in find_amounts(c.text, cfg.dollar_currency, cfg.default_currency)):
            if said is None:
                said = {a.amount for v in earlier or [] for a in find_amounts(v.text, cfg.dollar_currency,
                                                                            cfg.default_currency)}
            if not any(b.amount in said for b in _bare_amounts(c.text, cfg)):
                continue
        dates = [d for d in find_dates(c.text, ref, month_first=cfg.month_first,
                                       next_weekday_rule=cfg.next_weekday_rule) if d.value]
        if dates and (ref is None or dates[0].value >= ref):  # type: ignore[operator]
            return c.start, c.end
        # "friday though, the whole $210.40 for sure": the day in the clause just before, in the same sentence
        lead = text[:c.start]
        lead = lead[max(lead.rfind("."), lead.rfind("!"), lead.rfind("?"), lead.rfind("\n")) + 1:]
        if lead.strip() and not find_amounts(lead, cfg.dollar_currency, cfg.default_currency) and not (
                NEGATION.search(lead) or PAST.search(lead)):
            before = [d for d in find_dates(lead, ref, month_first=cfg.month_first,
                                            next_weekday_rule=cfg.next_weekday_rule) if d.value]
            if before and (ref is None or before[-1].value >= ref):  # type: ignore[operator]
                return c.start - len(lead), c.end
    return None






def _answer(text: str, utterances: list[Utterance], pos: int, ref: date | None,
            cfg: PromiseConfig) -> tuple[int, int] | None:
    """Span of a verbless answer to the agent's payment question: "When can you pay?" - "Month-end, on the 25th."."""
    prev = next((v for v in reversed(utterances[:pos]) if v.role == SpeakerRole.agent), None)
    # "what if we did four payments of a hundred and fifty starting on the first" - "the first of december"
    proposes_amount = (prev is not None and len(text.split()) <= 6
                       and bool(re.search(r"\b(?:what if|how about|what about|we could|could we)\b", prev.text,
                                          re.IGNORECASE))
                       and bool(find_amounts(prev.text, cfg.dollar_currency, cfg.default_currency)
                                or _bare_amounts(prev.text, cfg)))
    if prev is None or not (PAY_QUESTION.search(prev.text) or proposes_amount) or _hedged(text):
        return None
    first = clauses(text)[:1]
    if not first or first[0].question or NEGATION.search(first[0].text) or PAST.search(first[0].text):
        return None
    c = first[0]
    dates = [d for d in find_dates(c.text, ref, month_first=cfg.month_first, next_weekday_rule=cfg.next_weekday_rule)
             if d.value and (ref is None or d.value >= ref)]
    amounts = find_amounts(c.text, cfg.dollar_currency, cfg.default_currency)
    return (c.start, c.end) if dates or amounts else None


def _offer(text: str, ref: date | None = None, cfg: PromiseConfig | None = None) -> tuple[int, int] | None:
    """Span of a customer's question offering a payment: "Can I pay $20 on Friday?", "$40 on the 3rd ok?",
    "I can do €90 end of the week?", "can you make that one fifty?"."""
    cfg = cfg or PromiseConfig()
    for c in clauses(text):
        if not c.question or NEGATION.search(c.text) or CALLBACK.search(c.text):
            continue  # "I'll call you back tomorrow to sort out the $230, ok?" offers a call, not a payment
        if OFFER.search(c.text) or COMMIT.search(c.text) or MAKE_THAT.search(c.text):
            return c.start, c.end
        amounts = find_amounts(c.text, cfg.dollar_currency, cfg.default_currency)
        dates = [d for d in find_dates(c.text, ref, month_first=cfg.month_first,
                                       next_weekday_rule=cfg.next_weekday_rule) if d.value]
        if amounts and dates:
            return c.start, c.end
    return None




def _affirms(text: str) -> bool:
    """A yes: agreeing words opening the reply, or the whole reply a short acknowledgement ("k", "ty", a thumbs up)."""
    text = SALUTATION.sub("", text)  # an email's "Hi Liam," comes before its "No problem at all"
    text = THANKS_LEAD.sub("", text)  # "Thanks Jodie, that's fine": the yes after the thanks
    first = clauses(text)[:1]
    if first and first[0].question:
        return False  # "ok so I'm good?" asks, it does not agree
    if first and cues.AFFIRM.search(first[0].text) and not NEGATION.search(first[0].text):
        return True
    if first and re.match(r"\s*(?:can(?:\s+can)?(?:\s+lah)?|noted|done)\s*(?:[,!.]|$)", first[0].text, re.IGNORECASE):
        return True  # "Can! Noted S$45.30 on 7 Dec", "Can, noted RM350" (Singapore and Malaysian English)
    return bool(cues.ACK.search(text.strip()))


def _proposal(u: Utterance, cfg: PromiseConfig, ref: date | None,
              recap: bool = False) -> tuple[list[Money], list[DateMention]]:
    """Amounts and dates in an agent utterance that talks about paying (or reads a promise back)."""
    if (not recap and IDENTITY_QUESTION.search(u.text)) or (INFORMS_OTHER.search(u.text) and "?" not in u.text):
        return [], []  # "just so you know, the last payment of 32.50 is still due on the 21st" asks for nothing
    # "I can't approve a partial payment today" proposes nothing: drop what negated clauses mention.
    negated = [(c.start + _negated_from(c.text, m.start()), c.end) for c in clauses(u.text)
               if (m := NEGATION.search(c.text))]
    amounts = [a for a in find_amounts(u.text, cfg.dollar_currency, cfg.default_currency)
               if not any(s <= a.start < e for s, e in negated)
               and not _is_fee(u.text, a)]
    # "your checkout failed earlier today": the day of a past event proposes nothing
    dates = [d for d in find_dates(u.text, ref, month_first=cfg.month_first, next_weekday_rule=cfg.next_weekday_rule)
             if d.value and not any(s <= d.start < e for s, e in negated)
             and not PAST_EVENT.search(u.text[max(0, d.start - 30): d.start])]
    if not amounts and (recap or PROPOSES.search(u.text)):
        amounts = [a for a in _bare_amounts(u.text, cfg) if not any(s <= a.start < e for s, e in negated)]
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


def _reads_back(u: Utterance, cfg: PromiseConfig, ref: date | None) -> bool:
    """An agent turn naming an amount (or a bare number) and a coming day: a read-back the customer can confirm,
    "two hundred dollars on wednesday the twenty second"."""
    dates = [d for d in find_dates(u.text, ref, month_first=cfg.month_first, next_weekday_rule=cfg.next_weekday_rule)
             if d.value and (ref is None or d.value >= ref)]
    if not dates or BALANCE.search(u.text) or INFORMS_OTHER.search(u.text):
        return False
    return bool(find_amounts(u.text, cfg.dollar_currency, cfg.default_currency) or _bare_amounts(u.text, cfg))




def _states_debt(u: Utterance, cfg: PromiseConfig, ref: date | None) -> bool:
    """An agent turn that only tells the debt ("so the past due is one eighty nine ninety eight plus a fifteen dollar
    reactivation"): balance words, no question, no proposal and no coming day, so its "so" reads nothing back."""
    if "?" in u.text or PROPOSES.search(u.text) or not BALANCE.search(u.text):
        return False
    dates = find_dates(u.text, ref, month_first=cfg.month_first, next_weekday_rule=cfg.next_weekday_rule)
    return not any(d.value and (ref is None or d.value >= ref) for d in dates)


def _logged(utterances: list[Utterance], pos: int, ref: date | None,
            cfg: PromiseConfig) -> tuple[Money, DateMention] | None:
    """The one amount and one coming day an agent logs after a promise ("Noted sir, ₹1,499 on Monday", "Sure,
    updated to $60 on 12/16"), when the customer does not object next: the arrangement as finally agreed."""
    u = utterances[pos]
    cue = LOGGED.search(u.text)
    if cue is None:
        return None
    # Only the sentence that logs: "I've set that up. The final $62.25 will still come out on December 23" logs
    # nothing about the 23rd.
    text = next((p for p in re.split(r"(?<=[.!?])\s+", u.text) if cue.group(0) in p), u.text)
    if "?" in text or NEGATION.search(text):
        return None
    amounts = [a for a in find_amounts(text, cfg.dollar_currency, cfg.default_currency)
               if not _states_balance(text, a) and not _is_fee(text, a)]
    if not amounts:
        # "okay i have two fifty on the thirtieth at nine a m": a spoken log names the figure without a currency
        # (not "noted and the remaining three hundred ... by the new year", another payment's)
        amounts = [b for b in _bare_amounts(text, cfg) if not _states_balance(text, b)
                   and not REMAINDER.search(text[max(0, b.start - 24): b.start])]
    dates = [d for d in find_dates(text, ref, month_first=cfg.month_first, next_weekday_rule=cfg.next_weekday_rule)
             if d.value and (ref is None or d.value >= ref)]
    if (len({a.amount for a in amounts}) == 1 and len(dates) > 1
            and PLAN_AMOUNT.search(text[max(0, amounts[0].start - 30): amounts[0].start])):
        return amounts[0], min(dates, key=lambda d: d.value)  # "three payments of $180 on 10 Dec, 24 Dec, 7 Jan"
    if len({a.amount for a in amounts}) != 1 or len({d.value for d in dates}) != 1:
        return None  # a plan read back, or nothing definite: the customer's own words stand
    reply = next((v for v in utterances[pos + 1:] if v.role == SpeakerRole.customer), None)
    if reply is not None and not NO_MORE.search(reply.text) and (
            SECOND_THOUGHT.search(reply.text) or re.match(r"\W*(?:no|nope|nah)\b", reply.text, re.IGNORECASE)):
        return None  # "no, I said the 16th": the correction that follows decides
    return amounts[0], dates[0]


def _bare_amounts(text: str, cfg: PromiseConfig) -> list[Money]:
    """Bare numbers that can only be the money: at least 5, outside any date mention."""
    return list(_bare_amounts_cached(text, cfg))


@lru_cache(maxsize=8192)
def _bare_amounts_cached(text: str, cfg: PromiseConfig) -> tuple[Money, ...]:
    spans = [(d.start, d.end) for d in find_dates(text, None, month_first=cfg.month_first)]
    out = []
    for m in BARE_WORDS.finditer(text):
        s, e = m.span("num")
        if any(ds <= s < de or ds < e <= de for ds, de in spans):
            continue
        prev = text[max(0, s - 8):s].lower()
        if re.search(r"\b(?:ending(?: in)?|ends in|last (?:four|three|digits)|number|reference|ref|account|order)\s*$",
                     text[max(0, s - 24):s], re.IGNORECASE):
            continue  # "the number ending four four two": an identifier read out, not money
        value = parse_number(m.group("num"))
        if value is None or re.search(r"\b(?:at|after|before|around|until|by)\s*$", prev):
            continue  # "after five", "by ten": a time, not money
        if value <= 31 and value == int(value) and re.search(r"\b(?:the|on)\s*$", prev):
            continue  # "on the twenty" is a day said badly (but "the 12.99" has pence, which no day has)
        if value >= 10:
            out.append(Money(round(value, 2), cfg.default_currency, s, e, explicit_currency=False))
    return tuple(out)


def _figure_committed(text: str, span: tuple[int, int], cfg: PromiseConfig) -> Money | None:
    """The bare figure right after "do", "manage", "afford" or "put" in the commitment ("i can do like the thirty nine
    ninety nine"): what licensed reading the verb as a payment is the amount paid."""
    m = COMMIT.search(text, span[0], span[1])
    if m is None or (m.group("verb") or "").lower() not in ("do", "put", "manage", "afford"):
        return None
    if re.match(r"\s+(?:it|that|this|them)\b", text[m.end(): span[1]], re.IGNORECASE):
        return None  # "i'll do it on my lunch break about twelve thirty": "it" is the object, a later number a time
    bare = _bare_amounts(text[m.end(): span[1]], cfg)
    if not bare or bare[0].start > 30 or re.search(r"[,.;!?]", text[m.end(): m.end() + bare[0].start]):
        return None  # "ill do it tonight b4 midnight, at work til 10": a later number is no object of "do"
    said = _self_repaired(bare, text[m.end(): span[1]])
    return Money(said.amount, said.currency, said.start + m.end(), said.end + m.end(), explicit_currency=False)


def _self_repaired(figures: list[Money], text: str) -> Money:
    """The first figure as the speaker finally put it: each repair ("fifteen hundred no sorry one thousand five
    hundred and fifty") replaces the figure before it."""
    said = figures[0]
    for nxt in figures[1:]:
        if not SELF_REPAIR.fullmatch(text[said.end: nxt.start]):
            break
        said = nxt
    return said


def _pick_amount(amounts: list[Money], span: tuple[int, int] | None, text: str | None = None) -> Money | None:
    """The amount inside the commitment span if any, else the last amount said (the one agreed last)."""
    if not amounts:
        return None
    if span:
        inside = [a for a in amounts if span[0] <= a.start < span[1]]
        if text is not None and len(inside) > 1:
            # "R1 350 by the end of the month, and then the remaining R400 in January": not the remainder
            first = [a for a in inside if not REMAINDER.search(text[max(0, a.start - 24): a.start])]
            inside = first or inside
        # "£150 on the 1st ... until the balance of £1,230 is cleared": the payment, not the balance
        paid = [a for a in inside if not (text is not None and _states_balance(text, a, inside))]
        if paid or inside:
            return (paid or inside)[-1]
    explicit = [a for a in amounts if a.explicit_currency]
    return (explicit or amounts)[-1]


def _last_sentence(text: str) -> str:
    parts = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if p]
    return parts[-1] if parts else text


def _bare_said_before(text: str, span: tuple[int, int] | None, utterances: list[Utterance], pos: int,
                      cfg: PromiseConfig) -> Money | None:
    """The first bare number in the commitment (or the whole turn) that an earlier turn said as money."""
    lo, hi = span or (0, len(text))
    said = {a.amount for v in utterances[:pos] for a in find_amounts(v.text, cfg.dollar_currency,
                                                                       cfg.default_currency)}
    for b in _bare_amounts(text[lo:hi], cfg):
        if b.amount in said:
            return Money(b.amount, b.currency, b.start + lo, b.end + lo, explicit_currency=False)
    return None


def _as_said_before(amount: Money, utterances: list[Utterance], pos: int, cfg: PromiseConfig) -> Money:
    """ "fourteen-forty" reads as 14.40, but after "we can settle for $1,440" it is 1,440: prefer the reading that
    matches an amount said earlier in the conversation."""
    said: Counter[float] = Counter()  # in how many turns each amount was said
    for v in utterances[:pos]:
        said.update({a.amount for a in find_amounts(v.text, cfg.dollar_currency, cfg.default_currency)}
                    | {b.amount for b in _bare_amounts(v.text, cfg)})
    earlier = set(said)
    if not amount.explicit_currency:
        # "just the 64.20" after "£64.20 is overdue": the currency it was said in
        named = [a for v in utterances[:pos] for a in find_amounts(v.text, cfg.dollar_currency, cfg.default_currency)
                 if a.explicit_currency and a.amount == amount.amount]
        if named:
            amount = Money(amount.amount, named[-1].currency, amount.start, amount.end, explicit_currency=False)
    less = round(amount.amount - 100, 2)
    if 100 < amount.amount < 200 and said[less] >= 2 and said[amount.amount] <= 1:
        # "first one eighty pound on the first" after "three payments of eighty" - "eighty i can do": the first
        # one, of eighty (agreed twice), not a hundred and eighty said once
        return Money(less, amount.currency, amount.start, amount.end, amount.explicit_currency)
    if amount.amount >= 100:
        return amount
    scaled = round(amount.amount * 100, 2)
    if amount.amount not in earlier and scaled in earlier:
        return Money(scaled, amount.currency, amount.start, amount.end, amount.explicit_currency)
    return amount


def _paired_amount(amounts: list[Money], when: DateMention | None) -> Money | None:
    """Of several amounts in one turn, the one said just before the day (or the first, before any day)."""
    if when is None or len(amounts) < 2:
        return None
    before = [a for a in amounts if a.start < when.start]
    return before[-1] if before else amounts[0]


def _inside(at: int, span: tuple[int, int]) -> bool:
    return span[0] <= at < span[1]


def _pick_date(dates: list[DateMention], span: tuple[int, int] | None) -> DateMention | None:
    resolved = [d for d in dates if d.value]
    if not resolved:
        return None
    if span:
        inside = [d for d in resolved if span[0] <= d.start < span[1]]
        if inside:
            return inside[0]
    return resolved[0]


def _is_fee(text: str, amount: Money) -> bool:
    """Whether the amount is a fee or charge ("the S$15 charge", "a late fee of $10"), not a payment."""
    before = text[max(0, amount.start - 20): amount.start]
    # before the amount only a fee word that leads to it counts: not "waive the late fee I will pay $212.40"
    return bool(FEE.search(text[amount.end: amount.end + 30])
                or any(m.end() == len(before) for m in FEE.finditer(before)))


def _names_debt(text: str, amount: Money, others: list[Money]) -> bool:
    """Whether a balance word straight before the amount makes it the debt ("against the outstanding €1,240"),
    looking no further back than the amount before it."""
    lo = max([amount.start - 24, *(o.end for o in others if o.end <= amount.start)])
    return bool(BALANCE.search(text[max(0, lo): amount.start]))


def _own_payment_amounts(text: str, span: tuple[int, int] | None, amounts: list[Money]) -> list[Money]:
    """The amounts a customer turn can be paying: never a fee ("the 189.50. Can you stop the $10 late fees"), nor,
    while another figure remains, the debt named outside the commitment ("the settlement figure of €900 against the
    outstanding €1,240. I'll make the payment by the end of the month")."""
    def aside(a: Money) -> bool:
        return not (span and span[0] <= a.start < span[1]) and _names_debt(text, a, amounts)
    unpaid = [a for a in amounts if not _is_fee(text, a)]
    paying = [a for a in unpaid if not aside(a)]
    return paying or unpaid


def _states_balance(text: str, amount: Money, others: list[Money] | None = None) -> bool:
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


def _balance_amount(utterances: list[Utterance], upto: int, cfg: PromiseConfig) -> Money | None:
    """The balance the agent stated before a 'full balance' promise."""
    for u in reversed(utterances[:upto]):
        if u.role == SpeakerRole.agent and BALANCE.search(u.text):
            amounts = find_amounts(u.text, cfg.dollar_currency, cfg.default_currency)
            stated = [a for a in amounts if _states_balance(u.text, a, amounts)]  # not "a minimum of $45"
            # "3 months at 1,999, total 5,997 pending": the total, not one month's
            totals = [a for a in amounts if TOTAL_OF.search(u.text[max(0, a.start - 16): a.start])]
            if totals or stated or amounts:
                return (totals or stated or amounts)[0]
    return None


def _amount_said_with(utterances: list[Utterance], upto: int, cfg: PromiseConfig, when: str) -> Money | None:
    """The amount an earlier turn gave for that period ("last month you paid $45")."""
    period = when if when != "before" else "last"
    for u in reversed(utterances[:upto]):
        at = u.text.lower().find(period)
        if at < 0:
            continue
        found = find_amounts(u.text, cfg.dollar_currency, cfg.default_currency)
        end = next((m.start() for m in re.finditer(r"[.!?]", u.text) if m.start() > at), len(u.text))
        after = [a for a in found if at <= a.start < end]  # "last month you paid $45": in the same sentence
        if after:
            return after[0]
        if found:
            return min(found, key=lambda a: abs(a.start - at))
    return None


def _instalment_amount(utterances: list[Utterance], upto: int, cfg: PromiseConfig) -> Money | None:
    """The instalment amount an agent stated ("Your 1st instalment of $53.30 ... was not successful")."""
    for u in reversed(utterances[:upto]):
        if u.role != SpeakerRole.agent:
            continue
        for a in find_amounts(u.text, cfg.dollar_currency, cfg.default_currency):
            if INSTALMENT_OF.search(u.text[max(0, a.start - 30): a.start]):
                return a
    return None


def _stated_minimum(utterances: list[Utterance], upto: int, cfg: PromiseConfig) -> Money | None:
    """The minimum payment the agent stated before 'I can do the minimum'."""
    for u in reversed(utterances[:upto]):
        if u.role == SpeakerRole.agent and re.search(r"\bminimum\b", u.text, re.IGNORECASE):
            found = find_amounts(u.text[re.search(r"\bminimum\b", u.text, re.IGNORECASE).start():],  # type: ignore[union-attr]
                                 cfg.dollar_currency, cfg.default_currency)
            if found:
                return found[0]
    return None


def _plan(texts: list[str]) -> dict[str, object]:
    """Plan terms; a frequency alone counts only in the customer's words (texts[0]), since an agent's
    "your monthly renewal" describes the bill, not the promise."""
    plan: dict[str, object] = {}
    joined = " ".join(texts)
    if cues.PLAN_WORDS.search(joined) or any(rx.search(texts[0]) for _, rx in cues.PLAN_FREQUENCY):
        for name, rx in cues.PLAN_FREQUENCY:
            if rx.search(joined):
                plan["frequency"] = name
                break
        m = cues.PLAN_COUNT.search(joined)
        if m:
            n = parse_number(m.group("n"))
            if n:
                plan["instalments"] = int(n)
    return plan


def _method(texts: list[str]) -> str | None:
    for text in texts:
        for name, rx in cues.METHODS:
            if rx.search(text):
                return name
    return None


def find_promise(utterances: list[Utterance], ref: date | None, cfg: PromiseConfig | None = None) -> Promise | None:
    """The promise to pay made in a conversation, or None when the customer committed to nothing."""
    cfg = cfg or PromiseConfig()
    promise: Promise | None = None
    for pos, u in enumerate(utterances):
        if u.role != SpeakerRole.customer:
            if promise is not None and AGENT_CANCELS.search(u.text) and not NEGATION.search(u.text) and all(
                    d.value == promise.due_date for d in find_dates(u.text, ref, month_first=cfg.month_first,
                                                                    next_weekday_rule=cfg.next_weekday_rule)):
                promise = None  # the agent cancels the arrangement and sets no other day
                continue
            logged = _logged(utterances, pos, ref, cfg) if promise is not None and promise.due_date else None
            if promise is not None and logged is not None:
                # The agent's log of the final arrangement settles a correction the customer made in passing
                # ("1500 on monday" - "sorry 1499 only na" - "Noted sir, ₹1,499 on Monday").
                promise.amount, promise.currency = logged[0].amount, logged[0].currency
                promise.due_date, promise.due_text = logged[1].value, logged[1].text
                promise.evidence.append(evidence(u))
            continue
        if UNSURE.search(u.text) and not find_amounts(u.text, cfg.dollar_currency, cfg.default_currency):
            continue  # no amount named and none known yet: an intention, not a promise
        if CALLBACK.search(u.text) and not find_amounts(u.text, cfg.dollar_currency, cfg.default_currency):
            if promise is not None and (_withdraws(u.text) or NEGATION.search(u.text)):
                promise = None  # "I can't do Friday after all, I'll call you back when I know"
            continue  # "thursday i'll ring ye": a call promised, not a payment
        span = _commitment(u.text) or _elliptical(u.text, ref, cfg, utterances[:pos])
        answered = span is None and (span := _answer(u.text, utterances, pos, ref, cfg)) is not None
        if span is None and promise is not None and _withdraws(u.text):
            promise = None  # taken back; a later commitment in the call can still make a new one
            continue
        agreed = False
        before = [v for v in utterances[max(0, pos - cfg.context): pos] if v.role == SpeakerRole.agent]
        after = [v for v in utterances[pos + 1: pos + 1 + cfg.context] if v.role == SpeakerRole.agent]
        if span is None:
            offer = _offer(u.text, ref, cfg)
            if offer is not None and after and _affirms(after[0].text):
                span = offer  # "Can I pay £20 on Friday?" - "Yes, that's fine."
            elif before and _affirms(u.text) and not _hedged(u.text):
                recap = (bool(STRONG_RECAP.search(before[-1].text)) and not _states_debt(before[-1], cfg, ref)
                         ) or _reads_back(before[-1], cfg, ref)
                names_own = promise is not None and (
                    find_amounts(u.text, cfg.dollar_currency, cfg.default_currency)
                    or any(d.value for d in find_dates(u.text, ref, month_first=cfg.month_first,
                                                       next_weekday_rule=cfg.next_weekday_rule)))
                if not (recap or PROPOSES.search(before[-1].text) or names_own):
                    continue  # "yeah" to a statement ("your account is $300 past due") accepts nothing
                p_amounts, p_dates = _proposal(before[-1], cfg, ref, recap=recap)
                if not (p_amounts or p_dates or names_own):
                    continue
                if (promise is not None and promise.due_date is not None and not names_own
                        and "?" not in before[-1].text and THANKS_CLOSING.search(u.text)
                        and promise.due_date not in {d.value for d in p_dates}):
                    continue  # "I've set that up. The final $62.25 comes out on the 23rd." - "ok thanks for your
                    # help": thanks for a statement about another instalment, not agreement to a new arrangement
                if not (p_amounts or names_own or cues.PAY_TALK.search(before[-1].text)):
                    continue  # "call us back on Monday to confirm" - "will do": a callback, not a payment
                if not (p_amounts or names_own) and CALLBACK.search(_last_sentence(before[-1].text)):
                    continue  # "Can I schedule a follow-up call for Wednesday?" - "sure"
            else:
                continue
            agreed = True
        # "I meant 540, not 450": an amount the customer says "not" to is no candidate; nor a later step of a plan
        # ("€50 per month ... rising to €100 once I'm back on full hours")
        # "$250 on 12/15 instead of $200": the amount given up is no candidate either
        in_turn = find_amounts(u.text, cfg.dollar_currency, cfg.default_currency)
        given_up = {a.amount for a in in_turn if INSTEAD_OF.search(u.text[max(0, a.start - 15): a.start])}
        own_amounts = [a for a in in_turn
                       if not re.search(r"\bnot\s*$", u.text[max(0, a.start - 6): a.start], re.IGNORECASE)
                       and a.amount not in given_up
                       and not re.search(r"\b(?:rising|increasing|going up|stepping up)\s+to\s*$",
                                         u.text[max(0, a.start - 20): a.start], re.IGNORECASE)]
        own_amounts = _own_payment_amounts(u.text, span, own_amounts)
        own_dates = find_dates(u.text, ref, month_first=cfg.month_first, next_weekday_rule=cfg.next_weekday_rule)
        if before:
            own_dates = echo_weekdays(own_dates, find_dates(before[-1].text, ref, month_first=cfg.month_first,
                                                            next_weekday_rule=cfg.next_weekday_rule))
        sends = span and re.search(r"\b(?:send|email|forward|do) (?:it|that|them)\b", u.text[span[0]:span[1]], re.I)
        if sends and before and ASKS_FOR_PROOF.search(before[-1].text):
            continue  # "Could you send the footage?" - "I will send it tonight": a document, not a payment
        if (promise is not None and promise.due_date is not None and not agreed and not own_amounts
                and not cues.PAY_TALK.search(u.text) and before
                and ACCOUNT_TASK.search(_last_sentence(before[-1].text))):
            continue  # "add the new card now?" - "I'll do that in the app tonight": not a new day to pay
        # "that day instead of Friday": the day given up is no candidate; "that day" is the one named before it
        own_dates = [d for d in own_dates if not INSTEAD_OF.search(u.text[max(0, d.start - 15): d.start])
                     and not OTHER_PAYMENT.search(u.text[max(0, d.start - 50): d.start])]
        if promise is not None and promise.due_date is not None:
            # "ok actually make it 2,000, my sister will send me money on the 29th": the agreed day stands
            own_dates = [d for d in own_dates if not MONEY_ARRIVES.search(u.text[max(0, d.start - 40): d.start])]
        # "get paid the 11th": the day money arrives is the promised day only when no other day is named
        paydays = [d for d in own_dates if PAYDAY_BEFORE.search(u.text[max(0, d.start - 24): d.start])]
        amount = _pick_amount(own_amounts, span, u.text)
        when = _pick_date([d for d in own_dates if d not in paydays], span) or _pick_date(own_dates, span)
        # "I'll pay one month then, and the other £34.50 on the 24th": a day after "the other" is another payment's
        if span and THAT_DAY.search(u.text[span[0]:span[1]]) and not any(
                d.value and span[0] <= d.start < span[1] and d not in paydays
                and not REMAINDER.search(u.text[span[0]:d.start]) for d in own_dates):
            earlier = [d for d in own_dates if d.value and d.start < span[0]]
            when = earlier[-1] if earlier else when
        totals = [a for a in own_amounts if TOTAL_OF.search(u.text[max(0, a.start - 16): a.start])
                  and (span is None or span[0] <= a.start < span[1])]
        if totals and len(own_amounts) >= 2:
            amount = totals[-1]  # "4,350 along with the charge of 590, i.e. total 4,940": the sum
        if span and when is not None:
            # "$250 on the 15th and the remaining $310 on the 29th": the amount said with the first day
            inside = [a for a in own_amounts if span[0] <= a.start < span[1]]
            days = [d for d in own_dates if d.value and span[0] <= d.start < span[1]]
            if len(inside) >= 2 and len(days) >= 2 and when is days[0]:
                amount = _paired_amount(inside, when) or amount
        if span and when is not None and not _inside(when.start, span) and not any(
                _inside(a.start, span) for a in own_amounts):
            # "- $400 on Friday 4 December - $390.20 on 18 December ... I'll pay by bank transfer": the commitment
            # names neither, so the amount is the one listed with the day it takes
            amount = _paired_amount(own_amounts, when) or amount
        if amount is None and not own_amounts:
            # "yep 80 fri then 80 every fortnight", "just the 95 tho": a bare number the conversation has
            # already named as money is the customer's amount, before anything the agent proposed
            amount = _bare_said_before(u.text, span, utterances, pos, cfg)
        if amount is None and not own_amounts and span and not agreed and not answered:
            # "i can do like the one month the thirty nine ninety nine on the fifteenth": the figure the customer
            # commits to, before the larger sum the agent asked for
            amount = _figure_committed(u.text, span, cfg)
        ev = [evidence(u, *(span or (0, len(u.text))))]
        # The proposal this answers, then the agent's read-back, fill what the customer left out.
        recaps = [v for v in after if RECAP.search(v.text)]
        # "Would you like me to set up €214.35 for the 20th?" - "I'd rather not set anything up until...": a
        # proposal turned down fills nothing in
        sources = ([] if DECLINES.search(u.text) else before[-1:]) + recaps
        for src in sources:
            if amount is not None and when is not None:
                break
            s_amounts, s_dates = _proposal(src, cfg, ref, recap=src in recaps or bool(RECAP.search(src.text))
                                           or _reads_back(src, cfg, ref))
            # "shows an overdue amount of PHP 5,640.00 as of November 28": a day already past is no day to pay
            s_dates = [d for d in s_dates if ref is None or d.value >= ref]  # type: ignore[operator]
            if src not in recaps and not PAY_IT.search(src.text):
                # An agent stating the balance ("$95 is two weeks overdue") has not proposed that amount, unless
                # the yes answers "would you be able to pay it by Friday?".
                s_amounts = [a for a in s_amounts if not _states_balance(src.text, a, s_amounts)]
            used = False
            src_when = _pick_date(s_dates, None)
            if when is None and promise is not None and promise.due_date is not None:
                # "I'll email the letter today. Once the €850 is received on or before 18/12...": the day agreed
                src_when = next((d for d in s_dates if d.value == promise.due_date), src_when)
            if when is None and src_when is not None and (agreed or not VAGUE_TIME.search(u.text)):
                # "I will make payment once my salary is credited, sometime this month" keeps its vagueness: the
                # agent's suspension deadline is not the customer's day
                when, used = src_when, True
            if amount is None and s_amounts:
                # "two hundred on Thursday and two fifty on the 30th": the amount said with that turn's day
                amount, used = _paired_amount(s_amounts, src_when) or _pick_amount(s_amounts, None), True
            if used:
                ev.append(evidence(src))
        if amount is None or when is None:
            # "I'll pay you tomorrow." - "How much?" - "Forty dollars.": short customer answers complete it.
            for v in utterances[pos + 1: pos + 1 + 2 * cfg.context]:
                if (v.role != SpeakerRole.customer or len(v.text.split()) > 12 or NEGATION.search(v.text)
                        or CALLBACK.search(v.text)):
                    continue
                v_amounts = find_amounts(v.text, cfg.dollar_currency, cfg.default_currency)
                v_dates = [d for d in find_dates(v.text, ref, month_first=cfg.month_first,
                                                 next_weekday_rule=cfg.next_weekday_rule) if d.value]
                if amount is None and not v_amounts:
                    # an answer to "how much?" may be a bare number: "The full 500."
                    bare = BARE_NUMBER.search(v.text)
                    if bare and float(bare.group(0).replace(",", "")) >= 5:
                        v_amounts = [Money(float(bare.group(0).replace(",", "")), cfg.default_currency,
                                           bare.start(), bare.end(), explicit_currency=False)]
                    elif not bare and not v_dates:
                        v_amounts = list(_bare_amounts(v.text, cfg))[:1]  # "eighty yeah the eighty"
                if amount is None and v_amounts:
                    amount = v_amounts[0]
                    ev.append(evidence(v))
                if when is None and v_dates:
                    when = v_dates[0]
                    ev.append(evidence(v))
        # "I can't do all of it" / "not the full balance" is a refusal of the full amount, not a promise of it.
        full = any(not NEGATION.search(u.text[max(0, m.start() - 20): m.start()]) for m in FULL.finditer(u.text))
        if full and any(re.match(r"\s*(?:full and final\s+)?settlement\b", u.text[a.end:a.end + 30], re.IGNORECASE)
                        for a in own_amounts):
            full = False  # "I accept the €900 settlement and I'll pay it in full": in full is the settlement
        named = _bare_said_before(u.text, span, utterances, pos, cfg) if span and not own_amounts else None
        if full and span and FULL.search(u.text[span[0]:span[1]]) and not any(
                span[0] <= a.start < span[1] for a in own_amounts) and named is None:
            # (but "the full 74.98" names the figure the conversation already gave as money)
            amount = _balance_amount(utterances, pos, cfg) or amount  # "I'll pay the full balance": the balance
        if amount is None and full:
            amount = _balance_amount(utterances, pos, cfg)
        if amount is None and span and PAY_IT_OBJECT.search(u.text[span[0]:span[1]]):
            # "I'll pay it today in my lunch break, the hundred and ten": the figure the customer names
            named = [a for a in _bare_amounts(u.text[span[0]:span[1]], cfg) if a.amount >= 20]
            amount = named[0] if len(named) == 1 else None
        if amount is None and before and (answered or (span and PAY_IT_OBJECT.search(u.text[span[0]:span[1]]))):
            # "Your payment of $64.17 failed. Reply with a date you can pay." - "12/11 when i get paid"
            asked = {a.amount: a for a in find_amounts(before[-1].text, cfg.dollar_currency, cfg.default_currency)
                     if not FEE.search(before[-1].text[a.end: a.end + 30])}
            if len(asked) == 1:
                amount = next(iter(asked.values()))
        if amount is None and when is not None and span and not own_amounts:
            # "seven hundred and twenty by the end of the month ill pay it": the figure said before "pay it"
            said = _bare_amounts(u.text[: span[0]], cfg)
            if said:
                amount = said[-1]
        if amount is None and span and FIRST_ONE.search(u.text[span[0]:span[1]]):
            amount = _instalment_amount(utterances, pos, cfg)
        if amount is None and when is not None and span and PAY_IT_OBJECT.search(u.text[span[0]:span[1]]):
            amount = _balance_amount(utterances, pos, cfg)  # "I'll put it through again tonight": the order total
        if amount is None and span and MINIMUM.search(u.text[span[0]:span[1]]):
            amount = _stated_minimum(utterances, pos, cfg)
        same = SAME_AS.search(u.text[span[0]:span[1]]) if span and amount is None else None
        if same:
            amount = _amount_said_with(utterances, pos, cfg, same.group("when").lower())
        if amount is None and span and own_amounts == []:
            # "I can pay it on Monday, the sixty two fifty": a bare number inside the commitment
            bare = [a for a in _bare_amounts(u.text[span[0]:span[1]], cfg)]
            if bare:
                b = bare[0]
                amount = Money(b.amount, b.currency, b.start + span[0], b.end + span[0], explicit_currency=False)
        share = FRACTION.search(u.text[span[0]:span[1]]) if span else None
        if amount is None and share:
            balance = _balance_amount(utterances, pos, cfg)
            if balance is not None:
                amount = Money(round(balance.amount * FRACTIONS[share.group("f").lower()], 2), balance.currency,
                               share.start() + span[0], share.end() + span[0])  # type: ignore[index]
        if amount is None and when is None and not full:
            continue
        if agreed and when is None and (promise is None or promise.due_date is None):
            continue  # a bare "yes" to something that named no day is not a promise to pay (a new amount for
            # an already agreed day is: "we'd need £150" - "ok fine, £150 then")
        if when is None and (promise is None or promise.due_date is None) and VAGUE_TIME.search(
                u.text[span[0]:span[1]] if span else u.text):
            continue  # an amount "sometime next week" with no day agreed: an intention, not a promise (once a
            # day is agreed, "make it £60, got overtime this week" changes the amount for that day)
        corrects = bool(span and CORRECTION.search(u.text[: span[0] + 12]) and not REMAINDER.search(u.text))
        # "I will pay the £250 on 18/12 then. The remaining £230 will follow in January": the same first payment
        # on a new day, the remainder named beside it
        corrects = corrects or bool(span and promise is not None and promise.amount is not None and any(
            span[0] <= a.start < span[1] and a.amount == promise.amount for a in own_amounts)
            and any(span[0] <= d.start < span[1] and not REMAINDER.search(u.text[span[0]:d.start])
                    for d in own_dates if d.value))
        # "I can do $250 on 12/15 instead of $200. The remaining $97 in January": the promised amount given up
        corrects = corrects or bool(promise is not None and promise.amount in given_up)
        if promise is not None and promise.due_date is not None and not agreed and not corrects and (
                REMAINDER.search(u.text) or (before and REMAINDER.search(before[-1].text))):
            continue  # "and the other forty?" - "I'll do it next check": a later instalment, the first stands
            # (but "actually make it £60" after "the remaining £44.50 can go next month" corrects the first)
        if amount is not None:
            amount = _as_said_before(amount, utterances, pos, cfg)
        promise = promise or Promise()
        if amount is not None:
            promise.amount, promise.currency = amount.amount, amount.currency
        if when is not None:
            promise.due_date, promise.due_text = when.value, when.text
        promise.full_balance = promise.full_balance or full
        promise.from_agreement = agreed
        promise.conditional = bool(span and CONDITIONAL.search(u.text[: span[1]]))
        context = [v.text for v in utterances[max(0, pos - cfg.context): pos + 1 + cfg.context]]
        promise.method = _method([u.text, *context]) or promise.method
        promise.plan = _plan([u.text, *(s.text for s in sources)]) or promise.plan
        promise.evidence.extend(e for e in ev if e.utterance not in {x.utterance for x in promise.evidence})
    if promise is not None and promise.due_date is None:
        return None  # "once you correct the bill I'll pay the $59": no day to pay is no promise to pay
    return promise


def confidence(p: Promise) -> float:
    """How sure the detector is: both amount and date extracted from the customer's own words is best."""
    score = 0.5 + 0.2 * (p.amount is not None) + 0.2 * (p.due_date is not None)
    if p.from_agreement:
        score -= 0.05
    if p.conditional:
        score -= 0.15
    return round(max(0.1, min(0.95, score)), 2)
