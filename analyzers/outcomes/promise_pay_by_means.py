"""A payment named only by how it is made ("I'll pay with my other card today", "will pay by bank transfer on
Friday", "paying via PayPal tonight"): "pay" with no object but the means pays what is owed, as "pay it" does."""

from __future__ import annotations

import re

# "pay" (or "settle up") followed straight by the means, with nothing paid named between.
PAY_BY_MEANS = re.compile(r"\b(?:pay|paying|settle\s+up)\s+(?:with|using|via|through|by\s+(?:card|credit|debit|bank|"
                          r"transfer|cheque|check|direct|paypal|eft|upi|apple|google))\b", re.IGNORECASE)
