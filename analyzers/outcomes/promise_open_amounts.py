"""Phrases leaving the amount of a firm payment open: "I'll make a payment on Friday, whatever I can afford at that
point". The day is promised; the figure is not, so no balance or proposal said elsewhere is the customer's amount."""

from __future__ import annotations

import re

OPEN_AMOUNT = re.compile(r"\b(?:whatever|as much as)\s+(?:i|we)\s+(?:can|could|am able to)\s+"
                         r"(?:afford|manage|spare|scrape(?:\s+together)?|pay|do)\b(?!\s+(?:now|today)\b)"
                         r"|\bwhatever\s+(?:i|we)\s+(?:have|'ve\s+got|got)\s+(?:left|spare|then|at\s+that\s+point)\b",
                         re.IGNORECASE)
