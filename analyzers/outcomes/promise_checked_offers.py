"""An agent's reply to a customer's offer that checks or records it rather than saying yes outright: "That's fine,
shall I note that?" agrees, the question only offers to write it down; "Just to confirm, the 3rd of January?" neither
takes nor turns down the offer, so the customer's yes to the check and the agent's "Got it" after it take the offer."""

from __future__ import annotations

import re

from analyzers.document import SpeakerRole, Utterance
from analyzers.outcomes.promise_commitment import hedged
from analyzers.outcomes.promise_replies import affirms, takes_offer

# "shall I note that?", "want me to put that down?", "should I set that up for you?": asks only to record the terms
OFFER_TO_NOTE = re.compile(
    r"[,;.]?\s*(?:(?:shall|should|can|may)\s+i|(?:do\s+you\s+)?want\s+me\s+to|would\s+you\s+like\s+me\s+to)\s+"
    r"(?:note|log|record|book|schedule|set\s+(?:that|it|this)\s+up|put\s+(?:that|it|this|you)\s+(?:down|through|in)|"
    r"make\s+a\s+note\s+of|pop\s+(?:that|it)\s+(?:down|in))\b[^?]*\?\s*$", re.IGNORECASE)

# "Just to confirm, the 3rd of January?", "so that's the 20th?": the agent checks the terms offered
CHECKS_TERMS = re.compile(r"^\W*(?:(?:just\s+)?to\s+confirm|(?:just\s+)?confirming|so\s+that(?:'s|\s+is)|"
                          r"(?:did\s+)?you\s+mean)\b[^?]*\?\s*$", re.IGNORECASE)

# "Got it, $50 on 1/3": the agent takes what the customer just said
GOT_IT = re.compile(r"^\W*(?:got\s+it|understood|perfect|great|noted)\b", re.IGNORECASE)


def agrees_then_offers_to_note(text: str) -> bool:
    """Whether an agent's reply agrees and then only asks to record the terms ("That's fine, shall I note that?")."""
    rest = OFFER_TO_NOTE.sub("", text)
    return rest != text and bool(rest.strip()) and affirms(rest)


def taken_after_check(utterances: list[Utterance], pos: int) -> bool:
    """Whether the offer at `pos` is taken after the agent checks its terms: the check, the customer's unhedged yes,
    then the agent taking it."""
    turns = utterances[pos + 1: pos + 4]
    if len(turns) < 3 or [t.role for t in turns] != [SpeakerRole.agent, SpeakerRole.customer, SpeakerRole.agent]:
        return False
    check, yes, reply = turns
    return bool(CHECKS_TERMS.search(check.text)) and affirms(yes.text) and not hedged(yes.text) and (
        takes_offer(reply.text) or bool(GOT_IT.search(reply.text)))
