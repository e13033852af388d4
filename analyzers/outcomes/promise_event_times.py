"""Commitments timed by an event rather than a day ("Once dispute is resolved I'll pay everything together", "as
soon as the refund lands I'll clear it"): the event is the customer's answer to when, so a day the agent proposed
just before ("Would you like to pay the undisputed ₹1,141 now?") is set aside, not agreed to."""

from __future__ import annotations

import re

from analyzers.outcomes.text_spans import SENTENCE_BREAK

# The event clause that opens the commitment's sentence: "once ... ", "when ...", "as soon as ...", "after ...".
EVENT_LEAD = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|well|but|and)\W+)?(?:once|when|whenever|as\s+soon\s+as|after)\b"
                        r"[^.?!]{3,80}$", re.IGNORECASE)


def timed_by_event(text: str, span: tuple[int, int] | None) -> bool:
    """Whether the commitment at `span` of a customer turn is timed by an event clause opening its sentence."""
    if span is None:
        return False
    lead = SENTENCE_BREAK.split(text[: span[0]])[-1]
    return bool(lead.strip() and EVENT_LEAD.match(lead))
