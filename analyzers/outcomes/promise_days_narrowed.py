"""An agent asking only which day, after the customer spoke of paying ("can I pay at end of next week?" - "Sure, when
exactly?", "which day?", "what date would that be?"): the question is about the payment just offered, though it names
no paying, so the customer's verbless "end of next week, friday. R450" answers it as it would "when can you pay?"."""

from __future__ import annotations

import re

from analyzers.document import SpeakerRole, Utterance
from analyzers.outcomes.cues import PAY_TALK

# a short question that asks for the day and nothing else, a yes or a thanks allowed before it
WHICH_DAY = re.compile(
    r"^\W*(?:(?:sure|ok(?:ay)?|yes|yep|of course|no problem|great|thanks?(?:\s+you)?)\W+)?"
    r"(?:when|which|what)\s+(?:exactly|day|date|(?:day|date)\s+exactly|(?:day|date)\s+(?:would|will)\s+"
    r"(?:that|it)\s+be(?:\s+exactly)?)\s*\?\W*$", re.IGNORECASE)


def asks_day_of_payment(utterances: list[Utterance], pos: int) -> bool:
    """Whether the agent turn just before `pos` asks only which day, right after a customer turn that spoke of
    paying ("can I pay at end of next week?" - "Sure, when exactly?")."""
    earlier = utterances[:pos]
    if len(earlier) < 2 or earlier[-1].role != SpeakerRole.agent or earlier[-2].role != SpeakerRole.customer:
        return False
    return bool(WHICH_DAY.search(earlier[-1].text) and PAY_TALK.search(earlier[-2].text))
