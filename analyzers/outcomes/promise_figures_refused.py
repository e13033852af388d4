"""Figures the customer names only to set them apart from the payment: one refused with "not" ("I'll pay the $45 on
Friday but not the $30", "I meant 540, not 450"), and a fee that is the bill itself ("the $45 subscription fee"),
which, unlike a late or reconnection fee laid on top of the debt, is what is being paid."""

from __future__ import annotations

import re

# "not" straight before the figure, or before a determiner leading to it: "not 450", "but not the $30", "not that 30",
# "and not a cent of the $25".
REFUSED_FIGURE = re.compile(r"\bnot\s+(?:(?:a\s+(?:single\s+)?(?:cent|penny|dime|dollar|pound|euro|rupee|peso)\s+"
                            r"(?:of|for|towards|on)\s+)?(?:(?:the|that|this|those|these|any\s+of\s+the|your)\s+)?)?$",
                            re.IGNORECASE)

# After the figure: the kind of fee that names a recurring bill or the price of the thing bought, not a penalty.
BILL_ITSELF_FEE = re.compile(r"\s*(?:subscription|membership|tuition|school|course|licen[cs]e|rental|service\s+plan|"
                             r"plan|monthly|annual|yearly)\s+(?:fees?|charges?)\b", re.IGNORECASE)
