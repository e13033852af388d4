"""Phrases by which the agent gives the share a split works out at ("split the arrears over four months so that would
be one fifty five"): the figure said after the count is the instalment, not a total still to divide."""

from __future__ import annotations

import re

# "so that would be", "which comes to", "that works out at", "so it's": the figure that follows is the result of the
# split just laid out
WORKED_OUT_SHARE = re.compile(r"\b(?:so\s+)?(?:(?:that|it|this)(?:'s|\s+is|\s+would\s+be|\s+will\s+be|'d\s+be|"
                              r"'ll\s+be)|"
                              r"which\s+(?:is|would\s+be|comes\s+to|works\s+out\s+(?:at|to|as))|"
                              r"(?:that|it)\s+(?:comes|works\s+out)\s+(?:to|at|as))\s+(?:about\s+|around\s+|just\s+)?"
                              r"(?:[A-Za-z]{0,3}[$£€₹₱]\s?)?$", re.IGNORECASE)
SHARE_REACH = 30  # characters before a figure within which the working-out must be said
