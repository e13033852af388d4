"""Checks on written messages (SMS, email): opt-out wording and identification of the sender."""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from analyzers.document import SpeakerRole
from analyzers.rules.context import RuleContext, StatementSpec
from analyzers.rules.detectors.base import Detector, DetectorParams, Verdict, register_detector

DEFAULT_OPT_OUT = [
    "reply stop",
    "text stop",
    "txt stop",
    "send stop",
    "stop to opt out",
    "stop to end",
    "stop to unsubscribe",
    "unsubscribe",
    "opt out",
    "to stop receiving",
    "manage your communication preferences",
    "manage your preferences",
    "no longer wish to receive",
]
DEFAULT_IDENTITY = ["{brand}"]


class MessageParams(DetectorParams):
    check: Literal["opt_out", "identity"] = "opt_out"
    phrases: list[str] = Field(default_factory=list, description="Overrides the default wording for the check.")
    senders: list[SpeakerRole] = Field(default_factory=lambda: [SpeakerRole.agent, SpeakerRole.system])
    every_message: bool = Field(default=False, description="Each message must carry it, not just one.")


@register_detector
class MessageCheck(Detector):
    """Violated when the brand's messages lack opt-out wording or do not name the sender."""

    name: ClassVar[str] = "message_check"
    version: ClassVar[str] = "2"  # 2: text-speak read as the full words (text_match.TEXT_SPEAK)
    Params: ClassVar[type[DetectorParams]] = MessageParams

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        p: MessageParams = params  # type: ignore[assignment]
        phrases = p.phrases or (DEFAULT_OPT_OUT if p.check == "opt_out" else DEFAULT_IDENTITY)
        if not ctx.expand(phrases):
            return None  # identity check without a configured brand name
        messages = [u for u in ctx.utterances if u.role in p.senders]
        if not messages:
            return None
        spec = StatementSpec(phrases=phrases, speakers=p.senders, negation_aware=False, quote_aware=False)
        hits = ctx.statement_hits(spec)
        with_it = {h.utterance for h in hits}
        missing = [u for u in messages if u.index not in with_it]
        what = "opt-out wording" if p.check == "opt_out" else "sender identification"
        violated = bool(missing) if p.every_message else not hits
        if violated:
            return Verdict(
                violated=True,
                confidence=0.9,
                explanation=f"{len(missing)} of {len(messages)} message(s) without {what}.",
                evidence=[ctx.evidence(u.index) for u in missing[:5]],
            )
        return Verdict(
            violated=False,
            confidence=hits[0].score / 100.0,
            explanation=f"{what.capitalize()} present ({len(with_it)} of {len(messages)} message(s)).",
            evidence=[ctx.hit_evidence(hits[0])],
        )
