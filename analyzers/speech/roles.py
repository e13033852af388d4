"""Which speaker is the agent, which the customer, and who is a third party.

Metadata wins (stereo channel_roles, already applied when speakers are made). Otherwise cues: the agent
greets with the brand name, introduces themself, states recording / mini-Miranda notices and asks
verification questions; the customer answers them. The direction of the call is a weak prior (inbound:
the agent speaks first; outbound: the customer answers first). Of the remaining speakers the one who
speaks most is the customer and the rest are third parties.
"""

from __future__ import annotations

import re
from collections import defaultdict

from analyzers.document import Direction, Document, SpeakerRole

_AGENT_CUES: tuple[tuple[str, float], ...] = (
    (r"\b(thank(s| you) for calling|calling (you )?(from|on behalf of)|this is \w+ (from|with|at))\b", 2.0),
    (r"\b(my name is|you'?re speaking (to|with))\b", 1.0),
    (r"\b(this call (is|may be|will be) (being )?recorded|recorded (and|for) (monitoring|quality))\b", 2.0),
    (r"\b(attempt to collect a debt|debt collector)\b", 2.0),
    (r"\b(how (can|may) i help|how can i assist)\b", 1.5),
    (r"\b(can|could) (you|i) (please )?(confirm|verify|have)\b.*\b(date of birth|birthday|address|postcode|zip"
     r"|last (four|4)|security|account number|full name|email)\b", 2.0),
    (r"\bfor (security|verification) (purposes|reasons)\b", 2.0),
    (r"\b(am i speaking (to|with)|is this \w+)\b", 1.0),
    (r"\b(payment plan|outstanding balance|past due|overdue|arrears)\b", 0.5),
    (r"\b(is there anything else)\b", 1.0),
)
_CUSTOMER_CUES: tuple[tuple[str, float], ...] = (
    (r"\b(i can'?t (afford|pay)|i (already|just) paid|i (want|need) to (pay|cancel|dispute))\b", 1.0),
    (r"\b(my (card|account|bank)|i lost my job)\b", 0.5),
    (r"\b(who is this|how did you get (this|my) number)\b", 1.5),
)
_COMPILED_AGENT = [(re.compile(p, re.I), w) for p, w in _AGENT_CUES]
_COMPILED_CUSTOMER = [(re.compile(p, re.I), w) for p, w in _CUSTOMER_CUES]
OPENING_UTTERANCES = 6  # brand greeting and introductions happen at the start


def cue_scores(doc: Document) -> dict[str, float]:
    """Agent-likeness score per speaker label from what each says (positive: agent-like)."""
    scores: dict[str, float] = defaultdict(float)
    brands = [b for b in [doc.meta.brand_name, *doc.meta.brand_aliases] if b]
    brand_res = [re.compile(r"\b" + re.escape(b) + r"\b", re.I) for b in brands]
    for u in doc.utterances:
        scores[u.speaker] += 0.0
        if u.index < OPENING_UTTERANCES and any(r.search(u.text) for r in brand_res):
            scores[u.speaker] += 3.0
        for rx, w in _COMPILED_AGENT:
            if rx.search(u.text):
                scores[u.speaker] += w
        for rx, w in _COMPILED_CUSTOMER:
            if rx.search(u.text):
                scores[u.speaker] -= w
    if doc.utterances:
        first = doc.utterances[0].speaker
        prior = 0.5 if doc.meta.direction == Direction.inbound else -0.5
        scores[first] += prior
    return dict(scores)


def assign_roles(doc: Document) -> Document:
    """Set Speaker.role and Utterance.role: metadata first, else cues; extra speakers are third parties."""
    fixed = {s.label for s in doc.speakers if s.role_source == "metadata" and s.role != SpeakerRole.unknown}
    talk: dict[str, float] = defaultdict(float)
    for u in doc.utterances:
        talk[u.speaker] += (u.end or 0.0) - (u.start or 0.0)
    free = [s for s in doc.speakers if s.label not in fixed]
    if free:
        scores = cue_scores(doc)
        roles_taken = {s.role for s in doc.speakers if s.label in fixed}
        ranked = sorted(free, key=lambda s: scores.get(s.label, 0.0), reverse=True)
        if SpeakerRole.agent not in roles_taken and ranked:
            top = ranked[0]
            runner = scores.get(ranked[1].label, 0.0) if len(ranked) > 1 else 0.0
            margin = scores.get(top.label, 0.0) - runner
            if margin > 0 or len(ranked) == 1 and scores.get(top.label, 0.0) > 0:
                top.role, top.role_source = SpeakerRole.agent, "cues"
                top.role_confidence = round(min(0.95, 0.5 + 0.1 * margin), 3)
                ranked = ranked[1:]
        rest = sorted(ranked, key=lambda s: talk.get(s.label, 0.0), reverse=True)
        if rest and SpeakerRole.customer not in roles_taken and any(s.role == SpeakerRole.agent for s in doc.speakers):
            rest[0].role, rest[0].role_source, rest[0].role_confidence = SpeakerRole.customer, "cues", 0.6
            rest = rest[1:]
        for s in rest:
            if s.role == SpeakerRole.unknown and any(x.role == SpeakerRole.customer for x in doc.speakers):
                s.role, s.role_source, s.role_confidence = SpeakerRole.third_party, "cues", 0.5
    by_label = {s.label: s.role for s in doc.speakers}
    for u in doc.utterances:
        u.role = by_label.get(u.speaker, SpeakerRole.unknown)
    return doc
