"""A customer telling the agent to record a figure ("put down two hundred", "put me down for 50", "mark it down as
€80", "write down a hundred"): asking for the figure to be booked commits to paying it, as "I'll pay" does."""

from __future__ import annotations

import re

from analyzers.outcomes.numbers import NUMBER_WORDS_RX

# The imperative needs a figure straight after it (the article and currency sign allowed): "put down the card
# details", "put it down to bad luck" and "put it down as a maybe" record no payment ("a" is a figure only before
# "hundred" or "thousand").
FIGURE_PUT_DOWN = re.compile(
    rf"\b(?:put|mark|write|note|pencil|stick)\s+(?:me\s+|it\s+|us\s+)?down\s+(?:for\s+|as\s+)?(?:the\s+|an?\s+)?"
    rf"(?:[$£€₹]\s?|\d|(?!an?\b)(?:{NUMBER_WORDS_RX})\b)", re.IGNORECASE)
