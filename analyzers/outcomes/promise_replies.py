"""Customer turns that promise without a commitment verb: a verbless amount and day, an answer to the agent's
payment question, an offer put as a question (its question mark sometimes dropped, or only a day asked about: "fri
ok?"), a better day put forward once a day is agreed, and a yes to what the agent proposed (with the days said beside
it that can move the agreed day)."""

from __future__ import annotations

import re
from datetime import date

from analyzers.document import SpeakerRole, Utterance
from analyzers.outcomes import cues
from analyzers.outcomes.dates import DateMention
from analyzers.outcomes.promise_agent_turns import proposed_terms, reads_back, states_debt
from analyzers.outcomes.promise_candidates import amounts_in, amounts_said, bare_amounts, coming_dates, dates_in
from analyzers.outcomes.promise_commitment import defers_decision, hedged, is_conditional, taken_back, withdraws
from analyzers.outcomes.promise_day_choices import CHOSEN_DAY
from analyzers.outcomes.promise_day_left_open import DAY_LEFT_OPEN
from analyzers.outcomes.promise_days_narrowed import asks_day_of_payment
from analyzers.outcomes.promise_days_referred_back import BY_THEN
from analyzers.outcomes.promise_days_swapped import DAY_SWAPPED
from analyzers.outcomes.promise_noted_hopes import NOTES_A_HOPE
from analyzers.outcomes.promise_phrases import (
    BALANCE,
    CALLBACK,
    CANCELS_PROMISE,
    COMMIT,
    CORRECTION,
    DAY_SUITS,
    DAY_WILL_DO,
    DEFERRED,
    ECHOED_FIGURE,
    FRACTION,
    FRACTIONS,
    IF_CONDITION,
    INSTEAD_OF,
    INVERTED_ASK,
    LOGGED,
    MAKE_THAT,
    NEXT_SCHEDULED,
    NOT_NOW,
    OFFER,
    PAST,
    PAY_QUESTION,
    PREFERRED_DAY,
    PROPOSES,
    SALUTATION,
    STRONG_RECAP,
    TENTATIVE,
    THANKS_CLOSING,
    THANKS_LEAD,
)
from analyzers.outcomes.promise_record import Promise, PromiseConfig
from analyzers.outcomes.promise_retractions import TAKES_BACK
from analyzers.outcomes.promise_too_hard import TOO_HARD
from analyzers.outcomes.text_spans import NEGATION, SENTENCE_BREAK, clauses, last_sentence


def elliptical_span(text: str, ref: date | None, cfg: PromiseConfig,
                earlier: list[Utterance] | None = None) -> tuple[int, int] | None:
    """Span of a verbless clause naming an amount and a coming date: "Half of it, so 40 dollars, next Tuesday",
    or a bare number the conversation already named as money: "then it's just the 42.50 on the 4th"."""
    said: set[float] | None = None
    for c in clauses(text):
        # "not tonight, next week friday the seventy five": the refusal is of tonight, not of the payment
        if (c.question or NEGATION.search(NOT_NOW.sub(" ", c.text)) or PAST.search(c.text) or BALANCE.search(c.text)
                or CALLBACK.search(c.text)  # "I'll call you on Monday to arrange payment of the $1,150"
                or TOO_HARD.search(c.text)  # "Paying $300 by Friday would be impossible for me": terms refused
                or CANCELS_PROMISE.search(c.text)  # "I said I would pay $1,000 on the 30th, kindly cancel my ..."
                or hedged(c.text) or hedged(text[c.end:]) or is_conditional(text, c.end)
                or taken_back(text[c.end:], names_day=bool(coming_dates(c.text, ref, cfg)))
                or defers_decision(text[c.end:])  # "... the forty friday but i gotta check with her first"
                or re.search(r"\bwhen\s+(?:we|i)\s+(?:can|could|know|have|find)\b", c.text, re.IGNORECASE)):
            continue
        if not any(a.explicit_currency for a in amounts_in(c.text, cfg)):
            if said is None:
                said = amounts_said(earlier or [], cfg)
            # "i pay half first one hundred twenty three on friday" after "your outstanding of two hundred forty six
            # dollars": a figure said as the share it names of a sum already said is that money too
            share = FRACTION.search(c.text)
            shares = {round(a * FRACTIONS[share.group("f").lower()], 2) for a in said} if share else set()
            if not any(b.amount in said or b.amount in shares for b in bare_amounts(c.text, cfg)):
                continue
        # "cannot today leh ... the two oh six thirty on the second": the day refused is not the day promised
        refused = NOT_NOW.search(c.text)
        start = refused.end() if refused else 0
        dates = [d for d in dates_in(c.text[start:], ref, cfg) if d.value]
        if dates and (ref is None or dates[0].value >= ref):  # type: ignore[operator]
            return c.start + start, c.end
        # "friday though, the whole $210.40 for sure": the day in the clause just before, in the same sentence
        lead = text[:c.start]
        if not BY_THEN.search(c.text):  # "end of the week grand? I'll have the €57.25 by then": the turn's last day
            lead = lead[max(lead.rfind("."), lead.rfind("!"), lead.rfind("?"), lead.rfind("\n")) + 1:]
        if lead.strip() and not amounts_in(lead, cfg) and not (
                NEGATION.search(lead) or PAST.search(lead)):
            before = [d for d in dates_in(lead, ref, cfg) if d.value]
            if before and (ref is None or before[-1].value >= ref):  # type: ignore[operator]
                return c.start - len(lead), c.end
    return None


def moved_day_span(text: str, ref: date | None, cfg: PromiseConfig) -> tuple[int, int] | None:
    """Span of a verbless clause putting a coming day forward as the better one ("hmm actually thursday's better"),
    which, once a day is agreed, moves the promise to it."""
    if withdraws(text):
        # "the 24th is christmas eve i don't know if the transfer will go through ... let's say the 23rd": doubts
        # about the old day, then a day chosen that nothing after it doubts, move the promise to the day chosen
        return _chosen_day_span(text, ref, cfg)  # "On second thought I'd rather just cancel": taken back
    for c in clauses(text):
        if c.question or CALLBACK.search(c.text) or hedged(c.text) or is_conditional(text, c.end):
            continue
        # the preference bears on the day said next to it, not on anything else in the clause ("I'd rather cancel");
        # so does a refusal or a past: "friday im not paid till the weekend can you make that monday instead"
        # gives the reason against the old day and asks for the new one
        days = coming_dates(c.text, ref, cfg)
        # "the 25th no wait that's Christmas, the 24th then", "actually no wait, do the 8th": a day after a repair
        # (of the day before it in the clause, or of the day agreed before the turn) is preferred
        preferred = next((d for d in days if (PREFERRED_DAY.search(c.text[max(0, d.start - 12): d.end + 16])
                                              or CORRECTION.search(c.text[days[0].end if d is not days[0] else 0:
                                                                          d.start]))
                          and not NEGATION.search(c.text[max(0, d.start - 30): d.end + 16])
                          and not PAST.search(c.text[max(0, d.start - 30): d.end + 16])), None)
        if preferred is not None:
            # the span starts at the preferred day when the clause first names the day it replaces
            return c.start + (preferred.start if preferred is not days[0] else 0), c.end
    return None


def _chosen_day_span(text: str, ref: date | None, cfg: PromiseConfig) -> tuple[int, int] | None:
    """Span from the last coming day of a turn to its end, when the customer chooses that day ("let's say the
    twenty third") and takes nothing back after it."""
    days = coming_dates(text, ref, cfg)
    if not days or not CHOSEN_DAY.search(text[max(0, days[-1].start - 24): days[-1].start]):
        return None
    rest = text[days[-1].start:]
    if withdraws(rest) or NEGATION.search(rest) or "?" in rest:
        return None
    return days[-1].start, len(text)


def repaired_amount_span(text: str, ref: date | None, cfg: PromiseConfig,
                         agreed_day: date | None = None) -> tuple[int, int] | None:
    """Span of the one figure in a verbless turn that repairs the figure just promised ("sorry, $112.40 I mean, the
    whole instalment"), which, once a day is agreed, changes the promise's amount and keeps its day (said again or
    not: "make that $85, I forgot about the late fee. Same day, the 20th")."""
    named = [a for a in amounts_in(text, cfg) if a.explicit_currency]
    # "R450 on Wed then, not R400 like I said": a figure set against one turned down with "not" is itself a repair;
    # the "not" rejects the old figure, it negates no payment
    dropped = [a for a in named if INSTEAD_OF.search(text[max(0, a.start - 15): a.start])]
    for a in dropped:
        text = text[: a.start] + " " * (a.end - a.start) + text[a.end:]
        cut = INSTEAD_OF.search(text[: a.start])
        if cut is not None:
            text = text[: cut.start()] + " " * (cut.end() - cut.start()) + text[cut.end():]
    figures = [a for a in named if a not in dropped]
    if withdraws(text) or not (CORRECTION.search(text) or (dropped and figures)) or any(
            d.value != agreed_day for d in coming_dates(text, ref, cfg)):
        return None
    if len(figures) != 1 or any(c.question or NEGATION.search(c.text) or hedged(c.text) for c in clauses(text)):
        return None
    return figures[0].start, figures[0].end


def answer_span(text: str, utterances: list[Utterance], pos: int, ref: date | None,
            cfg: PromiseConfig) -> tuple[int, int] | None:
    """Span of a verbless answer to the agent's payment question: "When can you pay?" - "Month-end, on the 25th."."""
    prev = next((v for v in reversed(utterances[:pos]) if v.role == SpeakerRole.agent), None)
    # "what if we did four payments of a hundred and fifty starting on the first" - "the first of december"
    proposes_amount = (prev is not None and len(text.split()) <= 6
                       and bool(re.search(r"\b(?:what if|how about|what about|we could|could we)\b", prev.text,
                                          re.IGNORECASE))
                       and bool(amounts_in(prev.text, cfg)
                                or bare_amounts(prev.text, cfg)))
    # ... and "Sure, when exactly?" asks the day of the payment the customer just spoke of
    if prev is None or not (PAY_QUESTION.search(prev.text) or DAY_LEFT_OPEN.search(prev.text) or proposes_amount
                            or asks_day_of_payment(utterances, pos)) \
            or hedged(text):
        return None
    said_clauses = clauses(text)
    # "not today sorry 😩 next monday def": a first clause that only refuses the day asked about gives way to the next
    while len(said_clauses) > 1 and NOT_NOW.search(said_clauses[0].text) and not coming_dates(
            NOT_NOW.sub(" ", said_clauses[0].text), ref, cfg):
        said_clauses = said_clauses[1:]
    if not said_clauses or said_clauses[0].question:
        return None
    c = said_clauses[0]
    # "thursday say thursday no actually hang on friday is better": speech repairs its answer as it goes, and the
    # answer is what follows the last repair (blanked before it, keeping offsets), its "no" refusing nothing
    repairs = list(CORRECTION.finditer(c.text))
    start = repairs[-1].end() if repairs and coming_dates(c.text[repairs[-1].end():], ref, cfg) else 0
    # "not today, next monday def": the day asked about refused (blanked, keeping offsets), the answer is the day
    # after it; "not today, sorry" alone answers nothing
    said = NOT_NOW.sub(lambda m: " " * len(m.group(0)), " " * start + c.text[start:])
    if NEGATION.search(said) or PAST.search(said):
        return None
    dates = coming_dates(said, ref, cfg)
    amounts = amounts_in(said, cfg)
    return (c.start + start, c.end) if dates or amounts else None


def offer_span(text: str, ref: date | None = None, cfg: PromiseConfig | None = None) -> tuple[int, int] | None:
    """Span of a customer's question offering a payment: "Can I pay $20 on Friday?", "$40 on the 3rd ok?",
    "I can do €90 end of the week?", "can you make that one fifty?"."""
    cfg = cfg or PromiseConfig()
    if hedged(text):
        return None  # "maybe the 28th? But not sure yet": an offer the customer doubts is no offer to accept
    for c in clauses(text):
        swap = DAY_SWAPPED.search(c.text) if c.question else None
        if swap and not NEGATION.search(c.text, swap.start()) and not CALLBACK.search(c.text) and any(
                swap.start() <= d.start < swap.end() for d in dates_in(c.text, ref, cfg) if d.value):
            # "I'm away Friday and won't have the card, can we say Monday instead?": the day asked for, not the one
            # it replaces (the refusal before the ask is its reason)
            return c.start + swap.start(), c.end
        if not (c.question or INVERTED_ASK.match(c.text)) or NEGATION.search(c.text) or CALLBACK.search(c.text):
            continue  # "I'll call you back tomorrow to sort out the $230, ok?" offers a call, not a payment
        if OFFER.search(c.text) or COMMIT.search(c.text) or MAKE_THAT.search(c.text):
            return c.start, c.end
        # "can i split it po one thousand two hundred fifty on the fifteenth and the other half on the thirtieth":
        # a figure said in words, with no currency, offers as much as one written with it
        amounts = amounts_in(c.text, cfg) or list(bare_amounts(c.text, cfg))
        dates = [d for d in dates_in(c.text, ref, cfg) if d.value]
        if amounts and dates:
            return c.start, c.end
        if len(dates) == 1 and c.question and DAY_WILL_DO.match(c.text[: dates[0].start] + c.text[dates[0].end:]):
            return c.start, c.end  # "fri ok?": the day offered for the payment being talked about
    return None


def affirms(text: str) -> bool:
    """A yes: agreeing words opening the reply, or the whole reply a short acknowledgement ("k", "ty", a thumbs up)."""
    text = SALUTATION.sub("", text)  # an email's "Hi Liam," comes before its "No problem at all"
    text = THANKS_LEAD.sub("", text)  # "Thanks Jodie, that's fine": the yes after the thanks
    text = ECHOED_FIGURE.sub("", text)  # "forty yeah": the figure said back, then the yes
    first = clauses(text)[:1]
    if first and first[0].question:
        return False  # "ok so I'm good?" asks, it does not agree
    if first and cues.AFFIRM.search(first[0].text) and not NEGATION.search(first[0].text):
        return True
    if first and re.match(r"\s*(?:can(?:\s+can)?(?:\s+lah)?|noted|done)\s*(?:[,!.]|$)", first[0].text, re.IGNORECASE):
        return True  # "Can! Noted S$45.30 on 7 Dec", "Can, noted RM350" (Singapore and Malaysian English)
    return bool(cues.ACK.search(text.strip()))


def takes_offer(text: str) -> bool:
    """Whether the agent's reply takes the customer's offer: a yes, or the arrangement logged without one
    ("Thanks Mike. $312.00 scheduled for 12/18")."""
    said = clauses(text)
    named = dates_in(said[0].text, None, PromiseConfig()) if said else []
    if named and re.fullmatch(r"\W*", said[0].text[: named[0].start]) and DAY_SUITS.match(said[0].text, named[0].end):
        return True  # "Friday works!": the day offered, named as fine
    return affirms(text) or (any(LOGGED.search(c.text) and not c.question for c in said)
                             and not any(NEGATION.search(c.text) for c in said))


def accepts_proposal(text: str, proposal: Utterance, promise: Promise | None, ref: date | None,
                     cfg: PromiseConfig) -> bool:
    """Whether a customer's yes (`text`, already known to affirm without a hedge) accepts a payment the agent's
    turn just before it proposed or read back, or names the customer's own new amount or day for an existing
    promise."""
    recap = (bool(STRONG_RECAP.search(proposal.text)) and not states_debt(proposal, cfg, ref)
             ) or reads_back(proposal, cfg, ref)
    names_own = promise is not None and (
        amounts_in(text, cfg)
        or any(d.value for d in dates_in(text, ref, cfg)))
    if not (recap or PROPOSES.search(proposal.text) or names_own):
        return False  # "yeah" to a statement ("your account is $300 past due") accepts nothing
    p_amounts, p_dates = proposed_terms(proposal, cfg, ref, recap=recap)
    if not (p_amounts or p_dates or names_own):
        return False
    if NOTES_A_HOPE.search(proposal.text) and not names_own:
        return False  # "i'm gonna note that you might be able to do ninety" - "yeah whatever": the hope confirmed
    if DEFERRED.search(text) and not names_own:
        return False  # "there's a $10 late fee too" - "yeah fine chuck that on the next one": nothing paid now
    if promise is None and THANKS_CLOSING.search(text) and NEXT_SCHEDULED.search(last_sentence(proposal.text)):
        return False  # "Your next payment of $63.25 is due Dec 19." - "ok thanks": told the schedule, agreed nothing
    if (promise is not None and promise.due_date is not None and not names_own
            and "?" not in proposal.text and THANKS_CLOSING.search(text)
            and promise.due_date not in {d.value for d in p_dates}):
        return False  # "I've set that up. The final $62.25 comes out on the 23rd." - "ok thanks for your
        # help": thanks for a statement about another instalment, not agreement to a new arrangement
    if not (p_amounts or names_own or cues.PAY_TALK.search(proposal.text)):
        return False  # "call us back on Monday to confirm" - "will do": a callback, not a payment
    if not (p_amounts or names_own) and CALLBACK.search(last_sentence(proposal.text)):
        return False  # "Can I schedule a follow-up call for Wednesday?" - "sure"
    return True


def _sentences(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of a text."""
    start, out = 0, []
    for sentence in SENTENCE_BREAK.split(text):
        start = text.index(sentence, start)
        out.append((start, start + len(sentence)))
        start += len(sentence)
    return out


def firm_beside_callback(text: str, ref: date | None, cfg: PromiseConfig) -> bool:
    """Whether a turn that promises a call also names a coming day in a sentence of its own ("Yes po 1500 on 15th for
    sure. The 30th I'll message you"): the call puts off only what its own sentence is about."""
    # ... but a sentence that refuses its day ("I won't have it Thursday. ... I'll call you back") names no day to pay
    # ... nor one that goes back on the day agreed ("actually sorry no, ... car insurance comes out thurs")
    return any(not CALLBACK.search(text[a:b]) and not NEGATION.search(text[a:b]) and not TAKES_BACK.match(text[a:b])
               and coming_dates(text[a:b], ref, cfg) for a, b in _sentences(text))


def firm_days(text: str, dates: list[DateMention]) -> list[DateMention]:
    """The days of a yes reply that can move the day agreed: not those in a sentence put as an idea, hanging on
    an "if" ("yep. maybe add the 2nd hoodie too if it's still in stock") or left to a later call or message, which the
    yes does not commit to."""
    # ... nor those in a sentence that puts the payment off to a later message: "The 30th I'll message you pa po"
    loose = [(a, b) for a, b in _sentences(text)
             if TENTATIVE.search(text[a:b]) or IF_CONDITION.search(text[a:b]) or CALLBACK.search(text[a:b])]
    return [d for d in dates if not any(a <= d.start < b for a, b in loose)]

