"""How an agent names a figure while negotiating a settlement ("the lowest i can go is ten fifty", "i'm authorized to
offer a settlement at eleven hundred"): the figure is money even said without a currency, so the customer's bare
"ten fifty fine" can refer back to it."""

from __future__ import annotations

import re

# The words just before the figure the agent offers or will accept.
AGENT_FIGURE_OFFERED = re.compile(r"\b(?:lowest|least|best|most|furthest)\s+(?:i|we)\s+(?:can|could)\s+"
                                  r"(?:go|do|offer|accept)(?:\s+(?:to|down\s+to|is))?\s*$"
                                  r"|\b(?:offer|accept|settle)\s+(?:you\s+)?(?:a\s+settlement\s+)?(?:at|for|of)\s*$"
                                  r"|\bsettlement\s+(?:at|for|of)\s*$", re.IGNORECASE)
