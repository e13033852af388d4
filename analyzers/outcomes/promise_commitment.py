"""Whether a customer turn commits to paying, and whether that commitment is hedged, conditional, taken back
or corrected within the turn; and whether a later turn withdraws an earlier one."""

from __future__ import annotations

import re

from analyzers.outcomes.dates import MONTHS, DateMention, find_dates
from analyzers.outcomes.money import CURRENCY_WORD, Money, find_amounts
from analyzers.outcomes.promise_asked_favours import without_asked_favours
from analyzers.outcomes.promise_awaited_things import waits_on_thing
from analyzers.outcomes.promise_candidates import bare_amounts, in_span
from analyzers.outcomes.promise_days_changed import DAY_REMADE
from analyzers.outcomes.promise_figures_put_down import FIGURE_PUT_DOWN
from analyzers.outcomes.promise_phrases import (
    AGREED_AFTER_IF,
    ALREADY_PAID,
    ALT_COMMIT,
    AMOUNT_ONLY_UNSURE,
    AMOUNT_VERBS,
    BEYOND,
    CALLBACK,
    CANCELS_PROMISE,
    COMMIT,
    CORRECTION,
    CROSSED_FINGERS,
    DEFERS_DECISION,
    DESPITE,
    DOUBT,
    DROPS_DAY,
    FRACTION,
    HEDGE,
    HYPOTHETICAL,
    IF_CONDITION,
    IF_NOT,
    MINIMUM,
    NEGATED_PAYING,
    NOT_NOW,
    NOTHING_PAID,
    OTHER_MONEY,
    PAID_EARLIER,
    REMAINDER,
    SAME_AS,
    SECOND_THOUGHT,
    SEND_PROOF,
    SOFT_HEDGE,
    VOUCHED,
    WHEN_CLAUSE,
    WISH_BUT,
    WITHDRAW,
)
from analyzers.outcomes.promise_record import Promise, PromiseConfig
from analyzers.outcomes.promise_refusals import ABOUT_FEE, FEE_REFUSED
from analyzers.outcomes.promise_seen_to import SEEN_TO
from analyzers.outcomes.promise_texted_doubts import TEXTED_DOUBT
from analyzers.outcomes.text_spans import NEGATION, SENTENCE_BREAK, clauses

# "do a manual payment", "make the transfer": a payment named as what is done.
_PAYMENT_OBJECT = re.compile(r"\s*(?:a|an|the|my|one)\s+(?:[\w-]+\s+)?(?:payment|transfer|deposit|repayment)\b",
                             re.IGNORECASE)


# A negated modal with its verb left out, followed by the next clause's subject: "i just can't | i can do 150";
# likewise a refusal complete in itself: "full eight four hundred is not possible | i can do half".
_STRANDED_NEGATION = re.compile(r"\b(?:can'?t|cannot|won'?t|couldn'?t|not\s+(?:possible|doable|feasible|an option)"
                                r"(?:\s+for\s+(?:me|us))?)\s+(?=(?:i|we)\b)", re.IGNORECASE)


def commitment_span(text: str) -> tuple[int, int] | None:
    """Span of the first un-negated, non-question commitment clause in a customer utterance."""
    for c in clauses(text):
        if c.question:
            continue
        m = (COMMIT.search(c.text) or ALT_COMMIT.search(c.text) or SEEN_TO.search(c.text)
             or FIGURE_PUT_DOWN.search(c.text))
        if not m or WHEN_CLAUSE.search(c.text[: m.start()]):
            continue  # "I'll message again when I can pay": the paying names a time, not a promise
        # The negation must bear on this commitment: "I can't pay all of it, I'll pay $40" negates the first part.
        # Only a negation right before the subject frames it ("no way I'll pay"); one further back belongs to
        # another clause ("I don't have it on me, I'll pay tomorrow").
        window = c.text[max(0, m.start() - 14, c.text.rfind(",", 0, m.start()) + 1): m.end()]
        # Speech runs clauses together unpunctuated: "i just can't i can do a hundred and fifty on friday" - a
        # negation left without its verb, straight before a new subject, closes a clause of its own.
        window = window[max((n.end() for n in _STRANDED_NEGATION.finditer(window)), default=0):]
        window = NOT_NOW.sub(" ", window)  # "not today um I can do it Friday": the refusal is of today
        if NEGATION.search(window) or DOUBT.search(c.text[max(0, m.start() - 40): m.start()]):
            continue  # "I don't think, honestly, I can pay" carries its doubt across the commas
        if CANCELS_PROMISE.search(c.text, m.end()):
            continue  # "where I said I would pay Rs 10,000 on 20th, I will not be able to make this payment"
        if NOTHING_PAID.match(c.text, m.end()):
            continue  # "I'll be paying nothing further on this": a refusal in a commitment's words
        # Speech repairs itself without a sentence break: "i could do fifty on thursday actually no you know what make
        # it the whole hundred and ten on thursday" commits to the repair, and "i can do it friday actually you know
        # what no forget it" to nothing
        repair = CORRECTION.search(c.text, m.end())
        if repair:
            repaired = commitment_span(c.text[repair.end():])
            if repaired:
                return c.start + repair.end() + repaired[0], c.start + repair.end() + repaired[1]
            if taken_back(c.text[repair.end():]):
                continue
        verb = (m.groupdict().get("verb") or "").lower()
        if WISH_BUT.search(text[c.start + max(0, m.start() - 20): c.start + m.end() + 40]):
            continue  # "I would like to pay but currently I lost my job": a wish, then the reason it cannot be
        if verb.startswith("sort") and CALLBACK.search(text):
            continue  # "Can someone call me back Thursday? I'll sort it out then": the call is what is promised
        # (the looser commitments name no verb group: "let me send you the POP" ends on its verb)
        last_word = m.group(0).split()[-1].lower() if m.group(0).split() else ""
        if (verb or last_word) in ("send", "get") and SEND_PROOF.match(c.text[m.end():]):
            continue  # "I can send you the screenshot": proof of a payment, not a payment
        # "I'll have 2 forms for you by Friday": a figure had ready is money only when the turn names an amount
        if verb in (*AMOUNT_VERBS, "have") and not (
                find_amounts(c.text) or FRACTION.search(c.text) or MINIMUM.search(c.text) or SAME_AS.search(c.text)
                or bare_amounts(c.text[m.end():], PromiseConfig())  # "I'll just do the whole one fifty"
                # "i can put for tea quid in next tuesday": a figure the transcript garbled, its currency still heard
                or CURRENCY_WORD.search(c.text[m.end():])
                # "I'll do a manual payment on the 4th": the payment itself is the object, its figure said apart
                or _PAYMENT_OBJECT.match(c.text, m.end())
                # ... "I'll just do both today", "can do the lot friday": the object is the amounts already named
                # (not "I want to put this behind me": an idiom for having done with the matter)
                or re.search(r"\b(do|put|manage|afford) (that|it|this|both|the lot|all of (?:it|them)|everything)\b"
                             r"(?!\s+behind\b)", c.text, re.IGNORECASE)):
            continue
        rest = own_payment_rest(text[c.end:])
        if HYPOTHETICAL.search(c.text) and DOUBT.search(rest):
            continue  # "If I got paid I could do 50, but I don't think that's happening": an idea, not a promise
        if taken_back(rest):
            continue  # "I can pay $119.90 on the 15th. Actually, hold on - ... I'm not paying anything until..."
        before_clause = SENTENCE_BREAK.split(text[: c.start].strip())[-1] if c.start else ""
        # "I'll definitely pay on the 30th, just don't know how much yet, it depends on overtime": the doubt after
        # the verb is about the amount, the day stays certain
        after = "" if AMOUNT_ONLY_UNSURE.search(text) else c.text[m.end():] + " " + rest
        # "we could do the two hundred but i gotta check with her first": the decision put off after the offer
        if (hedged(after) or defers_decision(after) or HEDGE.search(c.text[: m.end()])
                or (HEDGE.search(before_clause) and not BEYOND.search(before_clause))):
            # "I really can't promise anything. I will pay when I get another job": the hedge said just before
            continue  # "I will try to pay by Saturday": an attempt, not a commitment
        if is_conditional(text, c.start + m.start()) or (IF_NOT.search(rest) and not pays_anyway(rest)):
            # "if i can do eleven hundred ... yeah okay i'll do it eleven hundred on the thirty first": the doubt
            # answered in the same breath, then the commitment
            agreed = AGREED_AFTER_IF.search(c.text, m.end())
            later = commitment_span(c.text[agreed.end():]) if agreed and not IF_NOT.search(rest) else None
            if agreed and later:
                return c.start + agreed.end() + later[0], c.start + agreed.end() + later[1]
            continue  # "I'll pay on Friday if the refund comes through. If not I'll cancel": a plan B, no promise
        # "... on the 20th. Sorry, I see the 20th is a Sunday, make it Monday the 21st": a day put right with "make it"
        cue = CORRECTION.search(text, c.end) or DAY_REMADE.search(text, c.end)
        later = commitment_span(text[cue.end():]) if cue else None
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


# A sentence opening on another bill or part of the debt: "November I'll pay off before Christmas if I can", "The
# rest I'll try to clear in January".
_OTHER_BILL_TOPIC = re.compile(rf"^\W*(?:(?:and|but|as for|as to|then)\W+)*(?:{REMAINDER.pattern}|(?:the\s+)?"
                               rf"(?:{'|'.join(m for m in MONTHS if len(m) > 3)})\b)", re.IGNORECASE)


def own_payment_rest(rest: str) -> str:
    """The rest of a turn after a commitment, up to a sentence that opens on another bill and commits to it: the
    hedge or "if" of "November I'll pay off before Christmas if I can" bears on November's payment, not on the
    "$210 on Monday 14 December" promised before it."""
    at = 0
    for sentence in SENTENCE_BREAK.split(rest):
        at = rest.index(sentence, at)
        if _OTHER_BILL_TOPIC.match(sentence) and COMMIT.search(sentence):
            return rest[:at]
        at += len(sentence)
    return rest


# Taking a refused favour in good part: "If not, I understand", "if not no worries", "if not that's fine".
_TAKES_NO_WELL = re.compile(r"\W*(?:i (?:totally |completely |fully )?understand|"
                            r"(?:that'?s|thats|it'?s) (?:fine|ok(?:ay)?|alright|understandable)|"
                            r"no worries|no problem|no prob|fair enough|all good)\b", re.IGNORECASE)


def pays_anyway(rest: str) -> bool:
    """Whether the plan B after "if not" is to pay as promised ("could you waive the fee? If not, no worries, I'll
    still pay it all"): the "if not" hangs on a favour asked, not on the payment, when the alternative commits to
    paying and names no other day."""
    cue = IF_NOT.search(rest)
    if cue is None:
        return False
    alternative = rest[cue.end():]
    if _TAKES_NO_WELL.match(alternative):
        return True  # "Could the late fees be removed? If not I understand": the favour refused changes nothing
    return commitment_span(alternative) is not None and not find_dates(alternative, None)


def _withdrawal(text: str) -> re.Match[str] | None:
    """The first phrase taking a commitment back, passing over refusals of a fee alone ("I'm not paying the $7 late
    fee though"), which leave the payment of the debt promised."""
    return next((m for m in WITHDRAW.finditer(text) if not FEE_REFUSED.match(text, m.end())), None)


def taken_back(rest: str, names_day: bool = False) -> bool:
    """Whether the rest of the turn withdraws the commitment before it with no new one after ("I'm not paying
    anything until that's refunded"); refusing more than was promised ("can't pay anything more") keeps it. After a
    commitment that `names_day`, dropping a day only drops the old one ("Ok so Wednesday, the full €120. Scratch
    Monday.")."""
    m = _withdrawal(rest)
    if m is None or (names_day and DROPS_DAY.match(rest, m.start())):
        return False
    return not BEYOND.search(rest[m.start(): m.end() + 20]) and commitment_span(rest[m.end():]) is None


def is_conditional(text: str, at: int) -> bool:
    """Whether the commitment at `at` hangs on an uncertain "if" earlier in its sentence ("if my refund comes
    through, I'll pay")."""
    lead = re.split(r"[.!?]\s", text[:at][-80:])[-1]  # "...in early December. Provided it clears I'll pay"
    found = list(IF_CONDITION.finditer(lead))
    # "if i can do eleven hundred by the end of the month yeah okay i'll do it": the customer settles the doubt
    return bool(found) and not AGREED_AFTER_IF.search(lead, found[-1].end())


def hedged(text: str) -> bool:
    """Whether a hedge bears on the commitment itself (not on paying more than it)."""
    def hedge_words(clause: str) -> str:
        # "I already paid the $25 copay so hopefully that's accounted for": a hope about a payment already made
        # bears on its crediting, not on the promise; so does one about any payment the customer says they made
        # ("I paid the €20 deposit already so hopefully that's taken off?", "I paid the fee last week so hopefully")
        paid = ALREADY_PAID.search(clause) or PAID_EARLIER.search(clause)
        # "I'm getting a new card mailed to me. I'll pay on the 1st when I have it": the wait is for the card
        clause = waits_on_thing(text, clause)
        # "I also want to ask if I can lower the monthly amount": a request beside the promise, not a hedge on it
        clause = without_asked_favours(clause)
        return SOFT_HEDGE.sub(" ", clause) if paid else clause
    return bool((CROSSED_FINGERS.search(text) or TEXTED_DOUBT.search(text)) and not VOUCHED.search(text)) or any(
        (SOFT_HEDGE.search(t) and not OTHER_MONEY.search(t)) or (HEDGE.search(t) and not BEYOND.search(t))
        or TEXTED_DOUBT.search(t) for t in (hedge_words(c.text) for c in clauses(text)))


# Checking a thing first ("I'll check the app first") is a step on the way to paying; checking with someone, thinking
# it over or promising to come back with an answer puts the decision off.
_PRACTICAL_CHECK = re.compile(r"^(?:check|look at)\b(?!\s+with\b)", re.IGNORECASE)
_COMES_BACK = re.compile(r"\b(?:get back to|(?:text|message|ring|call|let)\s+(?:you|u|ye)\b|when i know)",
                         re.IGNORECASE)


def defers_decision(text: str) -> bool:
    """Whether a turn puts the decision to pay off ("let me talk to my wife first", "I'll look at my budget first and
    text you again"), not merely a practical step before paying ("ok I'll check the app first")."""
    m = DEFERS_DECISION.search(text)
    if m is None:
        return False
    return not _PRACTICAL_CHECK.match(m.group(0)) or bool(CALLBACK.search(text) or _COMES_BACK.search(text))


_ABOUT_REMAINDER = re.compile(rf"^\W*(?:(?:and|but|as for|as to|about|for|ok(?:ay)?|well|um+|uh+)\W+)*"
                              rf"(?:{REMAINDER.pattern})", re.IGNORECASE)
_NEGATED_REACH = 24  # characters after a negation within which the paying verb it negates must come


def withdraws(text: str) -> bool:
    """Whether a customer turn with no new commitment takes an earlier one back, or doubts it."""
    # "the rest i gotta see, maybe the week after, i don't wanna promise that": a turn that opens on the remainder
    # doubts the remainder, not the part already promised (as "I can't pay more" below refuses only more)
    # ... and one that opens on a fee puts off or refuses the fee ("that charges i will talk to the branch first")
    if not (_ABOUT_REMAINDER.match(text) or ABOUT_FEE.match(text)) and (_withdrawal(text) or defers_decision(text)
                                             or (hedged(text) and not DESPITE.search(text))):
        return True
    if any(ALREADY_PAID.search(c.text) and not c.question for c in clauses(text)):
        return True  # "he paid already this morning": nothing is left to pay (not "did I already pay it?")
    # "Actually, I can't do that" - a second thought that negates paying; "I can't pay more" refuses more, not this.
    # The negation must bear on the paying: "wait friday im not paid till the weekend, can you make that monday"
    # gives a reason and asks for another day.
    return bool(SECOND_THOUGHT.search(text)) and any(
        (neg := NEGATION.search(c.text)) and (COMMIT.search(c.text) or NEGATED_PAYING.search(
            c.text[neg.start(): neg.end() + _NEGATED_REACH]))
        and not BEYOND.search(c.text) for c in clauses(text))


def corrects_promise(text: str, span: tuple[int, int] | None, promise: Promise | None, amounts: list[Money],
                     dates: list[DateMention], given_up: set[float]) -> bool:
    """Whether a customer's commitment (`span` of `text`) corrects the promise made before it rather than adding a
    later instalment to it."""
    # "Correction - I can only manage S$100 on Friday, the remaining S$29 in January": a rest named after the new
    # figure is what that figure leaves, so the turn still corrects (not "actually the rest I'll pay on the 20th")
    first = next((a for a in amounts if span and in_span(a.start, span)), None)
    corrects = bool(span and CORRECTION.search(text[: span[0] + 12])
                    and not REMAINDER.search(text, 0, first.start if first else len(text)))
    # "I will pay the £250 on 18/12 then. The remaining £230 will follow in January": the same first payment
    # on a new day, the remainder named beside it
    corrects = corrects or bool(span and promise is not None and promise.amount is not None and any(
        in_span(a.start, span) and a.amount == promise.amount for a in amounts)
        and any(in_span(d.start, span) and not REMAINDER.search(text[span[0]:d.start])
                for d in dates if d.value))
    # "I can do $250 on 12/15 instead of $200. The remaining $97 in January": the promised amount given up
    return corrects or bool(promise is not None and promise.amount in given_up)
