"""Promise to pay: who committed to what amount by when, read from what the customer said or agreed to.

A promise is a customer's own commitment ("I'll pay $50 on Friday") or a customer's yes to the agent's
proposal ("Can you do $50 by Friday?" - "Yes, I can do that"). Negated and questioned clauses are not
promises ("I can't pay by Friday"), nor are hypotheticals the customer then doubts ("If I got paid I could do 50,
but I don't think so") or tries with no amount ("I'll try to pay something"). Amount and date come from the
commitment itself, then from the proposal it answers (never from the agent merely stating the balance), then from
the agent's read-back, the customer's own earlier offer for the same day, or the customer's next short answers; later
commitments update earlier ones.

This module walks the conversation turn by turn and chooses the final promise. The readings it combines live
beside it: promise_commitment (does a turn commit, hedge, withdraw or correct), promise_replies (verbless
answers, offers, moved days and yeses), promise_agent_turns (proposals, read-backs and logs), promise_candidates
(amounts and days in a turn), promise_history (amounts said earlier), promise_terms (method and plan) and
promise_phrases (the wording, with smaller phrase families beside it: promise_open_amounts, promise_funds_held,
promise_negotiation, promise_day_choices, promise_life_events, promise_seen_to, promise_day_left_open,
promise_favours_dropped, promise_event_times, promise_added_parts, promise_loose_times, promise_awaited_things,
promise_checked_offers, promise_commit_asked, promise_days_narrowed, promise_days_changed, promise_asked_favours,
promise_figures_put_down and
others). Promise, PromiseConfig and confidence live in promise_record and are re-exported here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from analyzers.document import SpeakerRole, Utterance
from analyzers.outcomes import cues
from analyzers.outcomes.dates import DateMention, echo_weekdays
from analyzers.outcomes.money import Money
from analyzers.outcomes.promise_added_parts import added_total
from analyzers.outcomes.promise_agent_turns import asks_about_rest, logged_terms, proposed_terms, reads_back
from analyzers.outcomes.promise_candidates import (
    amounts_in,
    bare_amounts,
    call_day,
    dates_in,
    figure_committed,
    first_part_amounts,
    given_up_amounts,
    offered_amounts,
    offered_dates,
    own_payment_amounts,
    paired_amount,
    pick_amount,
    pick_date,
    promises_full_balance,
    refused_amounts,
    remainder_amounts,
    rest_left_to_pay,
    split_before,
    states_balance,
    summed_total,
    turn_amount,
    turn_day,
)
from analyzers.outcomes.promise_checked_offers import agrees_then_offers_to_note, taken_after_check
from analyzers.outcomes.promise_commit_asked import ASKS_TO_COMMIT
from analyzers.outcomes.promise_commitment import commitment_span, corrects_promise, hedged, withdraws
from analyzers.outcomes.promise_event_times import timed_by_event
from analyzers.outcomes.promise_favours_dropped import lets_favour_go
from analyzers.outcomes.promise_history import (
    amount_less_refused,
    amount_referred_back,
    as_said_before,
    bare_said_before,
    plan_said_before,
)
from analyzers.outcomes.promise_loose_times import month_only
from analyzers.outcomes.promise_open_amounts import OPEN_AMOUNT
from analyzers.outcomes.promise_phrases import (
    ACCOUNT_TASK,
    AGENT_CANCELS,
    AGENT_NO_AGREEMENT,
    ALREADY_PAID,
    AMOUNT_ONLY_UNSURE,
    ASKS_FOR_CONTACT,
    ASKS_FOR_PROOF,
    BARE_NUMBER,
    CALLBACK,
    CONDITIONAL,
    CORRECTION,
    DECLINES,
    FIRST_ONE,
    PAY_IT,
    PAYMENT_NAMED,
    RECAP,
    UNSURE,
    VAGUE_TIME,
)
from analyzers.outcomes.promise_record import Promise, PromiseConfig, confidence
from analyzers.outcomes.promise_replies import (
    accepts_proposal,
    affirms,
    answer_span,
    elliptical_span,
    firm_beside_callback,
    firm_days,
    moved_day_span,
    offer_span,
    repaired_amount_span,
    takes_offer,
)
from analyzers.outcomes.promise_retractions import TAKES_BACK, TAKES_BACK_MID_TURN
from analyzers.outcomes.promise_terms import payment_method, plan_terms
from analyzers.outcomes.text_spans import NEGATION, covering, evidence, last_sentence

__all__ = ["Promise", "PromiseConfig", "confidence", "find_promise"]


def _vague(text: str, span: tuple[int, int] | None) -> bool:
    """Whether a customer turn sets a time too loose to be a day to pay ("sometime next week"), or its commitment
    names only a month ("i'll pay something in january"; a month said elsewhere may be past: "cancelled in
    september")."""
    return bool(VAGUE_TIME.search(text) or (span and month_only(text[span[0]:span[1]])))


def _after_agent_turn(promise: Promise | None, utterances: list[Utterance], pos: int, ref: date | None,
                     cfg: PromiseConfig) -> Promise | None:
    """The promise as it stands after an agent turn: cancelled, settled by the agent's log, or unchanged."""
    u = utterances[pos]
    if promise is not None and AGENT_CANCELS.search(u.text) and not NEGATION.search(u.text) and all(
            d.value == promise.due_date for d in dates_in(u.text, ref, cfg)):
        return None  # the agent cancels the arrangement and sets no other day
    if promise is not None and AGENT_NO_AGREEMENT.search(u.text):
        return None  # "we need at least fifty a month" - "i cant do fifty" - "i'll note we couldnt agree an
        # arrangement": the offer was turned down, so no promise stands
    logged = logged_terms(utterances, pos, ref, cfg) if promise is not None and promise.due_date else None
    if promise is not None and logged is not None:
        # The agent's log of the final arrangement settles a correction the customer made in passing
        # ("1500 on monday" - "sorry 1499 only na" - "Noted sir, ₹1,499 on Monday").
        # A spoken log is read as the customer's figure was: "thirty six twenty" after "three thousand six twenty"
        said = as_said_before(logged[0], utterances, pos, cfg)
        promise.amount, promise.currency = said.amount, said.currency
        promise.due_date, promise.due_text = logged[1].value, logged[1].text
        if all(e.utterance != u.index for e in promise.evidence):
            promise.evidence.append(evidence(u))  # the log may already be evidence as the read-back of the promise
    return promise


def _filled_by_agent(text: str, span: tuple[int, int] | None, sources: list[Utterance], recaps: list[Utterance],
                     amount: Money | None, when: DateMention | None, agreed_day: date | None, agreed: bool,
                     ref: date | None, cfg: PromiseConfig) -> tuple[Money | None, DateMention | None, list[Utterance]]:
    """Amount and day completed from the agent turns a customer turn answers (`sources`: the proposal, then the
    read-backs in `recaps`), with the turns that supplied them."""
    used_turns: list[Utterance] = []
    for src in sources:
        if amount is not None and when is not None:
            break
        s_amounts, s_dates = proposed_terms(src, cfg, ref, recap=src in recaps or bool(RECAP.search(src.text))
                                       or reads_back(src, cfg, ref))
        # "shows an overdue amount of PHP 5,640.00 as of November 28": a day already past is no day to pay
        s_dates = [d for d in s_dates if ref is None or d.value >= ref]  # type: ignore[operator]
        s_dates = [d for d in s_dates if not call_day(src.text, d)]  # "We've scheduled a callback for Thursday"
        if src not in recaps and not PAY_IT.search(src.text):
            # An agent stating the balance ("$95 is two weeks overdue") has not proposed that amount, unless
            # the yes answers "would you be able to pay it by Friday?".
            s_amounts = [a for a in s_amounts if not states_balance(src.text, a, s_amounts)]
        used = False
        src_when = pick_date(s_dates, None)
        if when is None and agreed_day is not None:
            # "I'll email the letter today. Once the €850 is received on or before 18/12...": the day agreed
            src_when = next((d for d in s_dates if d.value == agreed_day), src_when)
        if when is None and src_when is not None and (agreed or not _vague(text, span)):
            # "I will make payment once my salary is credited, sometime this month" keeps its vagueness: the
            # agent's suspension deadline is not the customer's day
            when, used = src_when, True
        if amount is None and s_amounts:
            # "two hundred on Thursday and two fifty on the 30th": the amount said with that turn's day
            amount, used = paired_amount(s_amounts, src_when) or pick_amount(s_amounts, None), True
        if used:
            used_turns.append(src)
    return amount, when, used_turns


def _offered_before(utterances: list[Utterance], pos: int, when: DateMention, ref: date | None,
                    cfg: PromiseConfig) -> tuple[Money, Utterance] | None:
    """The one amount the customer offered in an earlier turn for the same day ("Can I pay the S$320 on 7/12?" -
    "just to confirm that's Monday, 7 December?" - "Yes Monday 7 Dec. Will PayNow in the morning"), with that turn:
    a commitment that confirms the day of the customer's own offer pays what was offered. A day written as "7/12"
    is the day confirmed whichever way round it reads."""
    either_way = (cfg, replace(cfg, month_first=not cfg.month_first))
    for v in reversed(utterances[max(0, pos - cfg.context): pos]):
        span = offer_span(v.text, ref, cfg) if v.role == SpeakerRole.customer else None
        if span is None:
            continue
        offered = v.text[span[0]:span[1]]
        amounts = {a.amount: a for a in amounts_in(offered, cfg)}
        readings = [{d.value for d in dates_in(offered, ref, c) if d.value} for c in either_way]
        return (next(iter(amounts.values())), v) if len(amounts) == 1 and {when.value} in readings else None
    return None


def _completed_by_short_answers(utterances: list[Utterance], pos: int, amount: Money | None,
                                when: DateMention | None, ref: date | None,
                                cfg: PromiseConfig) -> tuple[Money | None, DateMention | None, list[Utterance]]:
    """Amount and day completed from the customer's next short answers, with the turns that supplied them."""
    used_turns: list[Utterance] = []
    # "I'll pay you tomorrow." - "How much?" - "Forty dollars.": short customer answers complete it.
    for v in utterances[pos + 1: pos + 1 + 2 * cfg.context]:
        if (v.role != SpeakerRole.customer or len(v.text.split()) > 12 or NEGATION.search(v.text)
                or CALLBACK.search(v.text)):
            continue
        v_amounts = amounts_in(v.text, cfg)
        v_dates = [d for d in dates_in(v.text, ref, cfg) if d.value]
        if amount is None and not v_amounts:
            # an answer to "how much?" may be a bare number: "The full 500."
            digits = BARE_NUMBER.search(v.text)
            if digits and float(digits.group(0).replace(",", "")) >= 5:
                v_amounts = [Money(float(digits.group(0).replace(",", "")), cfg.default_currency,
                                   digits.start(), digits.end(), explicit_currency=False)]
            elif not digits and not v_dates:
                v_amounts = list(bare_amounts(v.text, cfg))[:1]  # "eighty yeah the eighty"
        if amount is None and v_amounts:
            amount = v_amounts[0]
            used_turns.append(v)
        if when is None and v_dates:
            when = v_dates[0]
            used_turns.append(v)
    return amount, when, used_turns


def _rest_put_off(utterances: list[Utterance], pos: int, promise: Promise, cfg: PromiseConfig) -> bool:
    """Whether a customer turn that puts off or doubts answers the agent's question about the rest ("For the balance
    of ₦53,500 can you give a date?" - "Let me see how the week goes first"): the part promised stands."""
    prior = next((v for v in reversed(utterances[:pos]) if v.role == SpeakerRole.agent), None)
    return prior is not None and not ALREADY_PAID.search(utterances[pos].text) and asks_about_rest(
        prior, promise.amount, cfg)


def _lets_favour_go(utterances: list[Utterance], pos: int) -> bool:
    """Whether a customer turn's "never mind" lets go of the favour the agent just refused ("The late fee will apply
    after 8 Dec, sorry." - "ok never mind"): the promise made beside the favour stands."""
    prior = next((v for v in reversed(utterances[:pos]) if v.role == SpeakerRole.agent), None)
    return prior is not None and lets_favour_go(utterances[pos].text, prior.text)


def _names_terms(text: str, ref: date | None, cfg: PromiseConfig) -> bool:
    """Whether a commitment names a day or a figure of its own."""
    return bool(dates_in(text, ref, cfg) or amounts_in(text, cfg) or bare_amounts(text, cfg))


def _taken_back_mid_turn(text: str, span: tuple[int, int], ref: date | None, cfg: PromiseConfig) -> bool:
    """Whether the commitment is taken back later in the same turn by a refusal or deferral naming no new terms."""
    back = TAKES_BACK_MID_TURN.search(text, span[0] + 1)
    if back is None:
        return False
    rest = text[back.end():]
    if _names_terms(rest, ref, cfg):
        return False  # "actually no, make it thursday": a correction, not a withdrawal
    return bool(NEGATION.search(rest) or CALLBACK.search(rest))


def find_promise(utterances: list[Utterance], ref: date | None, cfg: PromiseConfig | None = None) -> Promise | None:
    """The promise to pay made in a conversation, or None when the customer committed to nothing."""
    cfg = cfg or PromiseConfig()
    promise: Promise | None = None
    for pos, u in enumerate(utterances):
        if u.role != SpeakerRole.customer:
            promise = _after_agent_turn(promise, utterances, pos, ref, cfg)
            continue
        if UNSURE.search(u.text) and not amounts_in(u.text, cfg) and not AMOUNT_ONLY_UNSURE.search(u.text):
            continue  # no amount named and none known yet: an intention, not a promise (unless the day is certain)
        if CALLBACK.search(u.text) and not amounts_in(u.text, cfg) and not firm_beside_callback(u.text, ref, cfg):
            if promise is not None and (withdraws(u.text) or NEGATION.search(u.text) or TAKES_BACK.match(u.text)) \
                    and not _rest_put_off(utterances, pos, promise, cfg):
                promise = None  # "I can't do Friday after all, I'll call you back when I know"
            continue  # "thursday i'll ring ye": a call promised, not a payment
        span = commitment_span(u.text) or elliptical_span(u.text, ref, cfg, utterances[:pos])
        if span is not None and _taken_back_mid_turn(u.text, span, ref, cfg):
            continue
        answered = span is None and (span := answer_span(u.text, utterances, pos, ref, cfg)) is not None
        if span is None and promise is not None and promise.due_date is not None:
            # "hmm actually thursday's better": the agreed day moves; "sorry, $112.40 I mean": its amount does
            span = moved_day_span(u.text, ref, cfg) or repaired_amount_span(u.text, ref, cfg, promise.due_date)
        # "and the thirty too so three oh five monday": a part added to the agreed payment, the sum said after "so"
        added = added_total(u.text, ref, cfg, promise.due_date, promise.amount) if (
            span is None and promise is not None) else None
        if added is not None:
            span = added.start, len(u.text)
        if span is None and promise is not None and withdraws(u.text):
            if _rest_put_off(utterances, pos, promise, cfg) or _lets_favour_go(utterances, pos):
                continue
            promise = None  # taken back; a later commitment in the call can still make a new one
            continue
        agreed = own_terms = False
        before = [v for v in utterances[max(0, pos - cfg.context): pos] if v.role == SpeakerRole.agent]
        after = [v for v in utterances[pos + 1: pos + 1 + cfg.context] if v.role == SpeakerRole.agent]
        if span is None:
            offer = offer_span(u.text, ref, cfg)
            # "That's fine, shall I note that?" agrees; "Just to confirm, the 3rd?" - "ya" - "Got it" takes it too
            if offer is not None and after and (takes_offer(after[0].text) or agrees_then_offers_to_note(after[0].text)
                                                or taken_after_check(utterances, pos)):
                span = offer  # "Can I pay £20 on Friday?" - "Yes, that's fine."
                # "your $45 payment didn't go through" - "fri ok?": a day offered with no figure pays the one the
                # agent named, as an answer to the agent would
                answered = not amounts_in(u.text, cfg) and not bare_amounts(u.text, cfg)
            elif before and ASKS_TO_COMMIT.search(before[-1].text) and affirms(u.text) and not hedged(u.text) and (
                    dates_in(u.text, ref, cfg) or amounts_in(u.text, cfg) or bare_amounts(u.text, cfg)):
                # "is that something you can commit to" - "yeah okay two weeks from today two forty": a yes in the
                # customer's own terms commits to them
                span, own_terms = (0, len(u.text)), True
            elif not (before and affirms(u.text) and not hedged(u.text)
                      and accepts_proposal(u.text, before[-1], promise, ref, cfg)):
                continue
            agreed = not own_terms
        in_turn = amounts_in(u.text, cfg)
        given_up = given_up_amounts(u.text, in_turn)
        own_amounts = own_payment_amounts(u.text, span, offered_amounts(u.text, in_turn, given_up))
        own_dates = dates_in(u.text, ref, cfg)
        if before:
            own_dates = echo_weekdays(own_dates, dates_in(before[-1].text, ref, cfg), before[-1].text)
        sends = span and re.search(r"\b(?:send|email|forward|do) (?:it|that|them)\b", u.text[span[0]:span[1]], re.I)
        if sends and before and ASKS_FOR_PROOF.search(before[-1].text):
            continue  # "Could you send the footage?" - "I will send it tonight": a document, not a payment
        if sends and before and not PAYMENT_NAMED.search(before[-1].text) and any(
                v.role == SpeakerRole.agent and ASKS_FOR_PROOF.search(v.text)
                for v in utterances[max(0, pos - 2 * cfg.context): pos]):
            continue  # "do you have the reference number" - "i can email it" - "please send that over" - "ill send it
            # tonight": the agent's last ask refers back to the document asked for a little earlier
        asked = last_sentence(before[-1].text) if before else ""
        if sends and not own_amounts and ASKS_FOR_CONTACT.search(asked) and not PAYMENT_NAMED.search(asked):
            continue  # "Would you be able to message us on Sunday?" - "yeah i can do that": a message, not a payment
        if (promise is not None and promise.due_date is not None and not agreed and not own_amounts
                and not cues.PAY_TALK.search(u.text) and before
                and ACCOUNT_TASK.search(last_sentence(before[-1].text))):
            continue  # "add the new card now?" - "I'll do that in the app tonight": not a new day to pay
        own_dates = offered_dates(u.text, own_dates, keep_arrivals=promise is None or promise.due_date is None)
        if agreed:
            own_dates = firm_days(u.text, own_dates)
        when = turn_day(u.text, span, own_dates)
        amount = summed_total(u.text, span, own_amounts, cfg) or turn_amount(u.text, span, own_amounts, own_dates, when)
        amount = amount or added
        if amount is None and not own_amounts:
            # "yep 80 fri then 80 every fortnight", "just the 95 tho": a bare number the conversation has
            # already named as money is the customer's amount, before anything the agent proposed
            # ... read from the whole turn when the commitment itself names no day or figure ("I'll pay manually.
            # the 118 on the 15th"): the terms follow it in a sentence of their own
            amount = bare_said_before(u.text, span if span and _names_terms(u.text[span[0]:span[1]], ref, cfg)
                                      else None, utterances, pos, cfg)
        if amount is None and not own_amounts and span and not agreed and not answered:
            # "i can do like the one month the thirty nine ninety nine on the fifteenth": the figure the customer
            # commits to, before the larger sum the agent asked for
            amount = figure_committed(u.text, span, cfg)
        said_here = [t for t in (amount, when) if t is not None]  # terms read from this turn's own words
        ev = [evidence(u, *(span or (0, len(u.text))))]
        # The proposal this answers, then the agent's read-back, fill what the customer left out.
        # ... and so is an agent turn saying the customer's figure back with a day and no cue word ("two thousand
        # five hundred on december fifteen sir")
        # ... and so is one saying the customer's day back with the figure the customer left out ("actually Thursday
        # is better" - "No problem! $34.99 on Thursday Dec 17")
        recaps = [v for v in after if RECAP.search(v.text) or (
            amount is not None and when is None and reads_back(v, cfg, ref)
            and amount.amount in {a.amount for a in (*amounts_in(v.text, cfg), *bare_amounts(v.text, cfg))}) or (
            amount is None and when is not None and when.value is not None and reads_back(v, cfg, ref)
            and when.value in {d.value for d in dates_in(v.text, ref, cfg)})]
        # "Would you like me to set up €214.35 for the 20th?" - "I'd rather not set anything up until...": a
        # proposal turned down fills nothing in
        # ... nor does one the customer answered with an event instead of a day ("pay the undisputed ₹1,141 now?" -
        # "Once dispute is resolved I'll pay everything together")
        set_aside = DECLINES.search(u.text) or (when is None and timed_by_event(u.text, span))
        sources = ([] if set_aside else before[-1:]) + recaps
        if span and recaps and CORRECTION.search(u.text[: span[0] + 12]):
            # "we can do £32.99 today and £32.99 on the 31st" - "Actually I'll just do both today" - "Perfect,
            # £65.98 today": the customer's change of mind supersedes the proposal; the read-back states it
            sources = recaps + sources[: len(sources) - len(recaps)]
        amount, when, used = _filled_by_agent(
            u.text, span, sources, recaps, amount, when, promise.due_date if promise is not None else None, agreed, ref,
            cfg)
        ev.extend(evidence(v) for v in used)
        offered = _offered_before(utterances, pos, when, ref, cfg) if amount is None and when is not None else None
        if offered is not None:
            amount = offered[0]
            ev.append(evidence(offered[1]))
        if amount is None or when is None:
            amount, when, used = _completed_by_short_answers(utterances, pos, amount, when, ref, cfg)
            ev.extend(evidence(v) for v in used)
        full = promises_full_balance(u.text, own_amounts)
        amount = amount_referred_back(utterances, pos, cfg, span=span, own_amounts=own_amounts, amount=amount,
                                      when=when, full=full, answered=answered,
                                      asked_in=before[-1] if before else None,
                                      promised=promise is not None and promise.amount is not None)
        if not own_amounts:
            # "I'll pay it Friday but not the $25": the total named before, less the part refused
            amount = amount_less_refused(amount, refused_amounts(u.text, in_turn), utterances, pos, cfg)
        if not own_amounts and AMOUNT_ONLY_UNSURE.search(u.text):
            amount = None  # "not sure how much yet": no figure the agent or the balance gives is the customer's
        if not own_amounts and OPEN_AMOUNT.search(u.text):
            # "I'll make a payment on Friday, whatever I can afford at that point": the day is firm, the figure
            # open, so neither the balance nor "I'm aware of the balance" is the amount
            amount, full = None, False
        # The final figure or day may sit outside the commitment span, in a correction later in the turn ("I could
        # only manage £500 but ... I will pay the £650.00"): the evidence shows the words that carry it
        ev[0] = evidence(u, *covering(span or (0, len(u.text)),
                                      [(t.start, t.end) for t in said_here if t is amount or t is when], u.text))
        if amount is None and when is None and not full:
            continue
        if agreed and when is None and (promise is None or promise.due_date is None):
            continue  # a bare "yes" to something that named no day is not a promise to pay (a new amount for
            # an already agreed day is: "we'd need £150" - "ok fine, £150 then")
        if when is None and (promise is None or promise.due_date is None) and _vague(
                said := u.text[span[0]:span[1]] if span else u.text, (0, len(said))):
            continue  # an amount "sometime next week" with no day agreed: an intention, not a promise (once a
            # day is agreed, "make it £60, got overtime this week" changes the amount for that day)
        corrects = corrects_promise(u.text, span, promise, own_amounts, own_dates, given_up)
        # "the minimum is $140, and the remaining $46.40 can roll into your next bill" - "fine, $140 Friday then": the
        # customer takes up the part the agent asked for now, not the rest; a figure said without a currency counts
        # ("one twenty five on december twentieth and then we'll talk about the rest" - "yep one twenty five")
        names_figure = bool(own_amounts) or (amount is not None and any(
            b.amount == amount.amount for b in bare_amounts(u.text, cfg)))
        takes_first_part = bool(names_figure and amount is not None and before
                                and amount.amount in first_part_amounts(before[-1].text, cfg))
        if promise is not None and promise.due_date is not None and not corrects and (
                # a yes that itself names the rest is about the rest too: "We've noted $60 for Monday" - "ya ill
                # get the rest on the 15th"
                (rest_left_to_pay(u.text) and not split_before(u.text, 0, len(u.text)))
                or (not agreed and before and rest_left_to_pay(before[-1].text) and not takes_first_part)
                or (amount is not None and before and amount.amount in remainder_amounts(before[-1].text, cfg))):
            continue  # "and the other forty?" - "I'll do it next check": a later instalment, the first stands
            # (a turn naming its first part before "the rest" is still about the first: "yeah forty on the fourth
            # and then the rest in the new year")
            # (but "actually make it £60" after "the remaining £44.50 can go next month" corrects the first);
            # "then the remaining 68 after that" - "yep 68 the week after": a yes to the later one too
        if amount is not None:
            amount = as_said_before(amount, utterances, pos, cfg)
        promise = promise or Promise()
        if amount is not None:
            promise.amount, promise.currency = amount.amount, amount.currency
        if when is not None:
            promise.due_date, promise.due_text = when.value, when.text
        promise.full_balance = promise.full_balance or full
        promise.from_agreement = agreed
        promise.conditional = bool(span and CONDITIONAL.search(u.text[: span[1]]))
        context = [v.text for v in utterances[max(0, pos - cfg.context): pos + 1 + cfg.context]]
        promise.method = payment_method([u.text, *context]) or promise.method
        promise.plan = plan_terms([u.text, *(s.text for s in sources)]) or promise.plan
        if not promise.plan and span and FIRST_ONE.search(u.text, span[0], span[1]):
            # "ok ill pay the first one friday" after "could do like ninety a month for four months": the plan
            # offered earlier, hedged or not, is the one whose first instalment is now promised
            promise.plan = plan_said_before(utterances, pos)
        promise.evidence.extend(e for e in ev if e.utterance not in {x.utterance for x in promise.evidence})
    if promise is not None and promise.due_date is None:
        return None  # "once you correct the bill I'll pay the $59": no day to pay is no promise to pay
    return promise
