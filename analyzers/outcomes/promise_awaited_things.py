"""A thing the customer waits for before paying, named in the turn ("I'm getting a new card mailed to me"): a later
"when I have it" then waits on that thing, not on money, so it leaves the day promised firm."""

from __future__ import annotations

import re

# The thing awaited: a card or other means of paying being sent, replaced or waited on.
AWAITED_THING = re.compile(r"\b(?:getting|waiting\s+(?:on|for)|expecting|ordered|sending\s+me|sent|mailed|posted)\s+"
                           r"(?:me\s+)?(?:a|my|the)?\s*(?:new\s+|replacement\s+)?"
                           r"(?:card|debit\s+card|credit\s+card|cheque\s?book|checkbook|replacement)\b"
                           r"|\b(?:new|replacement)\s+card\b[^.?!]{0,30}\b(?:mailed|posted|sent|coming|on\s+(?:the|its)\s+way)\b",
                           re.IGNORECASE)
# "when I have it", "once I get it": the wait named by a pronoun, which points back to the thing awaited.
HAVE_IT = re.compile(r"\b(?:when|once|as\s+soon\s+as)\s+i\s+(?:have|get|receive)\s+it\b", re.IGNORECASE)


def waits_on_thing(text: str, clause: str) -> str:
    """The clause with "when I have it" taken out where the turn names a thing awaited that "it" is."""
    return HAVE_IT.sub(" ", clause) if AWAITED_THING.search(text) else clause
