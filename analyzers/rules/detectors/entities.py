"""PII entities found by the redaction stage, seen by type, speaker and position only (never the value)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from pydantic import Field

from analyzers.document import SpeakerRole
from analyzers.rules.context import RuleContext
from analyzers.rules.detectors.base import Detector, DetectorParams, Verdict, register_detector

# The redaction stage replaces PII with typed tags such as "<CREDIT_CARD>"; the tags are a fallback when
# doc.entities is empty (e.g. a dry run on an already-redacted transcript).
_TAG = re.compile(r"<([A-Z][A-Z0-9_]*)>")


@dataclass(frozen=True)
class Occurrence:
    """Where an entity of a wanted type appears."""

    utterance: int
    char_start: int
    char_end: int
    entity_type: str
    speaker_role: SpeakerRole


def entity_occurrences(ctx: RuleContext, types: list[str], speakers: list[SpeakerRole]) -> list[Occurrence]:
    """Entities of these types said by these speakers (any speaker when empty), in conversation order."""
    wanted = {t.upper() for t in types}
    seen: set[tuple[int, int]] = set()
    out: list[Occurrence] = []
    for e in ctx.doc.entities:
        if e.entity_type.upper() in wanted and (not speakers or e.speaker_role in speakers):
            seen.add((e.utterance, e.char_start))
            out.append(Occurrence(e.utterance, e.char_start, e.char_end, e.entity_type, e.speaker_role))
    if not ctx.doc.entities:
        for u in ctx.utterances:
            if speakers and u.role not in speakers:
                continue
            for m in _TAG.finditer(u.text):
                if m.group(1) in wanted and (u.index, m.start()) not in seen:
                    out.append(Occurrence(u.index, m.start(), m.end(), m.group(1), u.role))
    out.sort(key=lambda o: (o.utterance, o.char_start))
    return out


def _has_context(ctx: RuleContext, utterance: int, phrases: list[str], turns: int) -> bool:
    """One of the context phrases is said (by anyone, in any form) in the entity's turn or the `turns` before."""
    for u in ctx.utterances:
        if utterance - turns <= u.index <= utterance and any(ctx.hit(ph, u, None) for ph in phrases):
            return True
    return False


class EntityParams(DetectorParams):
    entity_types: list[str] = Field(min_length=1, description="PII entity types, e.g. CREDIT_CARD, CVV.")
    speakers: list[SpeakerRole] = Field(default_factory=list, description="Who said it; empty = anyone.")
    min_count: int = Field(default=1, ge=1)
    context_phrases: list[str] = Field(
        default_factory=list,
        description="If given, an entity counts only when one of these is said in its turn or the turns before "
        "(context words, as in Presidio: a 4-digit answer is a security code only when one was asked for).",
    )
    context_turns: int = Field(default=1, ge=0, description="How many earlier turns the context may be in.")


@register_detector
class EntityPresent(Detector):
    """Violated when PII of the given types was spoken or typed by the given speakers."""

    name: ClassVar[str] = "entity_present"
    version: ClassVar[str] = "2"  # 2: text-speak read as the full words (text_match.TEXT_SPEAK)
    Params: ClassVar[type[DetectorParams]] = EntityParams

    def detect(self, ctx: RuleContext, params: DetectorParams) -> Verdict | None:
        p: EntityParams = params  # type: ignore[assignment]
        occ = entity_occurrences(ctx, p.entity_types, p.speakers)
        if p.context_phrases:
            occ = [o for o in occ if _has_context(ctx, o.utterance, p.context_phrases, p.context_turns)]
        who = "/".join(s.value for s in p.speakers) or "anyone"
        if len(occ) >= p.min_count:
            types = sorted({o.entity_type for o in occ})
            return Verdict(
                violated=True,
                confidence=0.95,
                explanation=f"{len(occ)} {', '.join(types)} entit(y/ies) given by {who} in this channel.",
                evidence=[ctx.evidence(o.utterance, o.char_start, o.char_end) for o in occ[:5]],
            )
        return Verdict(violated=False, confidence=0.9, explanation=f"No {', '.join(p.entity_types)} from {who}.")
