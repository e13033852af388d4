"""An agent leaving the day to the customer without asking it as a question ("The first payment can be set any day
this month", "you can pick whichever date suits you", "what day would suit"): like "when can you pay?", it asks for a
day, so the customer's verbless "ok then first one on the 15th" answers it."""

from __future__ import annotations

import re

DAY_LEFT_OPEN = re.compile(
    r"\b(?:can|could|may)\s+(?:be\s+(?:set|scheduled|made|paid|booked)|(?:choose|pick|select|set|name))\s+"
    r"(?:for\s+|on\s+)?(?:any|whichever|whatever|a)\s+(?:day|date)\b"
    r"|\b(?:any|whichever|whatever)\s+(?:day|date)\s+(?:that\s+)?(?:suits|works\s+for)\s+(?:you|u)\b"
    # ... or asking which day suits, its question mark often lost in a transcript: "what day would suit", "which date
    # works best for you" (not the day of a call: "what day would suit for a call back")
    r"|\b(?:what|which)\s+(?:day|date)\s+(?:would|will|does|do|might|is|'?d)?\s*(?:best\s+)?"
    r"(?:suit|suits|work|works|be\s+(?:good|best|better|easiest)|good|best)\b(?![^?.!]{0,30}\b(?:call|ring|visit)\b)",
    re.IGNORECASE)
