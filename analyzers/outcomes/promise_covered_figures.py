"""Figures a payment is said to cover: "USD 100 on Monday, which should cover the KES 12,900" pays the first figure;
the second is the debt it is meant to meet (often in another currency), never the amount paid."""

from __future__ import annotations

import re

# What comes between the paid figure and the figure it covers: a relative or purpose clause with "cover" ("which
# should cover the", "to cover your", "that'll cover all of the"). "I can cover 50" names the payment itself, so the
# phrase counts only where a figure was named before it in the turn.
COVERS_FIGURE = re.compile(
    r"\b(?:which|that|this|it|to|and)\s+(?:(?:should|will|would|could|might|'ll|ought\s+to|is\s+enough\s+to)\s+)?"
    r"(?:fully\s+)?cover(?:s|ing)?\s+(?:all\s+(?:of\s+)?)?(?:the|my|your|our|that|what'?s\s+owed\s+of)?\s*$",
    re.IGNORECASE)
