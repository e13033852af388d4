"""Conversation-level detectors: an intent and the agent's response to it, and the order of events."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from analyzers.document import AccountFlags, SpeakerRole
from analyzers.rules.context import RuleContext, StatementSpec
from analyzers.rules.detectors.base import Detector, DetectorParams, Verdict, register_detector
from analyzers.rules.detectors.entities import entity_occurrences
from analyzers.rules.right_party import right_party_confirmed
from analyzers.rules.text_match import Hit

MAX_EVIDENCE = 5


class IntentParams(DetectorParams):
    trigger: StatementSpec | None = Field(default=None, description="What one side says (e.g. 'stop calling me').")
    trigger_flags: list[str] = Field(
        default_factory=list, description="Account flags that count as the trigger, from the start."
    )
    forbidden_after: StatementSpec | None = Field(default=None, description="What must not follow the trigger.")
    lifted_by: StatementSpec | None = Field(
        default=None,
        description="What ends the trigger's hold: forbidden statements after it are allowed (a customer who asks "
                    "what they owe after a stop request invites the answer).",
    )
    required_after: StatementSpec | None = Field(default=None, description="What must follow the trigger.")
    respond_within_turns: int = Field(default=2, ge=1, description="Turns of the responder for required_after.")
    violation: Literal["forbidden_after", "required_missing", "forbidden_without_required"] = "forbidden_after"
    intent_label: str = "the trigger"

    @field_validator("trigger_flags")
    @classmethod
    def _flags(cls, v: list[str]) -> list[str]:
        unknown = [f for f in v if f not in AccountFlags.model_fields]
        if unknown:
            raise ValueError(f"unknown account flag(s) {unknown}")
        return v

    @model_validator(mode="after")
    def _complete(self) -> IntentParams:
        if self.trigger is None and not self.trigger_flags:
            raise ValueError("give a trigger or trigger_flags")
        if self.violation in ("forbidden_after", "forbidden_without_required") and self.forbidden_after is None:
            raise ValueError(f"violation {self.violation!r} needs forbidden_after")
        if self.violation in ("required_missing", "forbidden_without_required") and self.required_after is None:
            raise ValueError(f"violation {self.violation!r} needs required_after")
        return self


@register_detector
class Intent(Detector):
    """An intent (speaker-aware, negation-aware) followed by a forbidden or a missing response."""

    name: ClassVar[str] = "intent"
    # 2: statements may also match by meaning (semantic: true); 3: lifted_by; 4: a missing response's evidence
    # names the responder's direct answer
    # 5: text-speak read as the full words ("ur" as "your", text_match.TEXT_SPEAK)
    version: ClassVar[str] = "5"
    Params: ClassVar[type[DetectorParams]] = IntentParams

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        p: IntentParams = params  # type: ignore[assignment]
        flags = [f for f in p.trigger_flags if getattr(ctx.doc.meta.account_flags, f)]
        trigger_hit: Hit | None = None
        if flags:
            after = -1
            trigger_words = f"account flag {', '.join(flags)}"
        else:
            hits = ctx.statement_hits(p.trigger) if p.trigger else []
            if not hits:
                return Verdict(
                    violated=False, confidence=0.85, explanation=f"Not found in the interaction: {p.intent_label}."
                )
            trigger_hit = hits[0]
            after = trigger_hit.utterance
            trigger_words = f"{p.intent_label} (utterance {after})"
        evidence = [ctx.hit_evidence(trigger_hit)] if trigger_hit else []

        # A lift may come later in the trigger's own utterance ("Stop ringing my ex's number. What do I owe?").
        lifted = [h for h in (ctx.statement_hits(p.lifted_by, after=after - 1) if p.lifted_by else [])
                  if h.utterance > after or (trigger_hit is not None and h.char_start >= trigger_hit.char_end)]
        until = lifted[0].utterance if lifted else None
        forbidden = ctx.statement_hits_lazy(p.forbidden_after, after=after, until=until) if p.forbidden_after else []
        required: list[Hit] = []
        if p.required_after is not None:
            limit = self._response_limit(ctx, p.required_after.speakers, after, p.respond_within_turns)
            required = ctx.statement_hits_lazy(p.required_after, after=after, until=limit)

        if p.violation == "forbidden_after":
            violated = bool(forbidden)
            why = "followed by" if violated else "not followed by"
            expl = f"After {trigger_words}: {why} a forbidden statement."
            if lifted and not violated:
                expl += f" The hold was lifted at utterance {until}."
        elif p.violation == "required_missing":
            violated = not required
            expl = (
                f"After {trigger_words}: no required response within {p.respond_within_turns} turn(s)."
                if violated
                else f"After {trigger_words}: required response given."
            )
        else:
            violated = bool(forbidden) and not required
            expl = (
                f"After {trigger_words}: pressed on without the required response."
                if violated
                else f"After {trigger_words}: response acceptable."
            )
        shown = forbidden if violated else required
        evidence += [ctx.hit_evidence(h) for h in shown[:MAX_EVIDENCE]]
        if violated and p.violation == "required_missing" and p.required_after is not None:
            # The responder's direct answer is the evidence of what was said instead of the required response.
            evidence += [
                ctx.evidence(u.index)
                for u in ctx.utterances
                if u.index > after and (not p.required_after.speakers or u.role in p.required_after.speakers)
            ][:1]
        return Verdict(violated=violated, confidence=0.85, explanation=expl, evidence=evidence)

    @staticmethod
    def _response_limit(ctx: RuleContext, speakers: list[SpeakerRole], after: int, turns: int) -> int | None:
        """Utterance index just past the responder's `turns`-th turn after the trigger."""
        seen = 0
        for u in ctx.utterances:
            if u.index <= after or (speakers and u.role not in speakers):
                continue
            seen += 1
            if seen >= turns:
                return u.index + 1
        return None


class EventSpec(StatementSpec):
    """A statement and/or PII entities of given types (e.g. the customer giving a date of birth)."""

    entity_types: list[str] = Field(default_factory=list)
    entity_speakers: list[SpeakerRole] = Field(default_factory=list)
    name_check: bool = Field(
        default=False,
        description="A full-name right-party check counts as the event: the agent asks for the customer by first "
        "and last name and the customer's next turn says yes, or the customer gives a first and last name when "
        "asked for their name (analyzers/rules/right_party.py). A first name alone or a 'no' never counts.",
    )


class OrderParams(DetectorParams):
    first: EventSpec = Field(description="The event that must come first (e.g. identity verified).")
    then: EventSpec = Field(description="The event that must not come before it (e.g. the debt discussed).")
    first_label: str = "the first event"
    then_label: str = "the second event"


def _first_occurrence(
    ctx: RuleContext, spec: EventSpec, before: tuple[int, int] | None = None
) -> tuple[tuple[int, int], Hit | None] | None:
    """(utterance, char) of the event's first occurrence, with its phrase hit if any.

    With `before`, meaning is consulted only for the turns up to that position, and only when the wording
    alone does not already place the event there (the encoder runs only where it can change the verdict).
    """
    best: tuple[tuple[int, int], Hit | None] | None = None
    if spec.phrases or spec.all_of or spec.exemplars:
        if before is None:
            hits = ctx.statement_hits(spec)
        else:
            hits = ctx.statement_hits(spec, semantic=False)
            if spec.semantic and not (hits and (hits[0].utterance, hits[0].char_start) < before):
                early = ctx.statement_hits(spec, until=before[0] + 1)
                hits = sorted([*early, *hits], key=lambda h: (h.utterance, h.char_start))
        if hits:
            best = ((hits[0].utterance, hits[0].char_start), hits[0])
    if spec.entity_types:
        occ = entity_occurrences(ctx, spec.entity_types, spec.entity_speakers)
        if occ and (best is None or (occ[0].utterance, occ[0].char_start) < best[0]):
            best = ((occ[0].utterance, occ[0].char_start), None)
    if spec.name_check:
        at = right_party_confirmed(ctx.utterances, spec.speakers)
        if at is not None and (best is None or (at, 0) < best[0]):
            best = ((at, 0), None)
    return best


@register_detector
class Order(Detector):
    """Violated when the `then` event happens and the `first` event has not happened before it."""

    name: ClassVar[str] = "order"
    # 2: events may also match by meaning (semantic: true); 3: name_check (a full-name right-party check confirmed);
    # 4: text-speak read in full
    version: ClassVar[str] = "4"
    Params: ClassVar[type[DetectorParams]] = OrderParams

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        p: OrderParams = params  # type: ignore[assignment]
        then = _first_occurrence(ctx, p.then)
        if then is None:
            return Verdict(violated=False, confidence=0.85, explanation=f"{p.then_label.capitalize()} never happens.")
        first = _first_occurrence(ctx, p.first, before=then[0])
        (tu, tc), then_hit = then
        then_ev = ctx.hit_evidence(then_hit) if then_hit else ctx.evidence(tu, tc)
        if first is not None and first[0] < then[0]:
            (fu, fc), first_hit = first
            first_ev = ctx.hit_evidence(first_hit) if first_hit else ctx.evidence(fu, fc)
            return Verdict(
                violated=False,
                confidence=0.85,
                explanation=f"{p.first_label.capitalize()} (utterance {fu}) before {p.then_label} (utterance {tu}).",
                evidence=[first_ev, then_ev],
            )
        when = "only after" if first is not None else "without"
        return Verdict(
            violated=True,
            confidence=0.85,
            explanation=f"{p.then_label.capitalize()} at utterance {tu} {when} {p.first_label}.",
            evidence=[then_ev],
        )
