"""Money the customer says they hold ("I've only got about £15 in there till payday", "only have $20 left"): what
is in the account now, told as the reason a payment waits, not the amount paid."""

from __future__ import annotations

import re

# Before the figure: the customer having it ("i've only got about", "there's just").
HELD_BEFORE = re.compile(r"\b(?:got|have|has|there'?s|there\s+is)\s+(?:only\s+|just\s+)?"
                         r"(?:about\s+|around\s+|like\s+|roughly\s+|maybe\s+)?$", re.IGNORECASE)
# After the figure: where it sits or how long it must last ("in there", "left", "till payday", "to my name").
HELD_AFTER = re.compile(r"\s*(?:in\s+(?:there|it|the\s+(?:account|bank)|my\s+(?:account|bank|wallet|purse))\b"
                        r"|left\b|to\s+(?:my|our)\s+name\b|(?:till|until)\b)", re.IGNORECASE)
