"""Paying called too hard ("Paying $300 by Friday would be impossible", "three hundred friday is too much for me"):
a clause that names terms only to say they cannot be met, so it is no verbless offer of them."""

from __future__ import annotations

import re

# A copula, then how hard the payment is; "too much" and "a stretch" say it in other words. The copula keeps
# "hard cash" and "I'll pay it, hard as it is" out.
TOO_HARD = re.compile(
    r"(?:\b(?:is|was|would\s+be|will\s+be|'d\s+be|'s|seems?|feels?|looks?)\s+(?:just\s+|really\s+|very\s+|quite\s+"
    r"|a\s+bit\s+|way\s+|far\s+)?(?:too\s+)?(?:difficult|hard|impossible|tough|unaffordable|too\s+much"
    r"|a\s+(?:struggle|stretch)|beyond\s+me|out\s+of\s+(?:the\s+question|reach))\b)",
    re.IGNORECASE,
)
