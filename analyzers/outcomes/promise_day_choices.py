"""A day the customer settles on after talking the old one through ("the twenty fourth is christmas eve i don't know
if the transfer will go through ... let's say the twenty third"): the doubts before it are about the old day, the
choice after them moves the promise."""

from __future__ import annotations

import re

# The words just before the day chosen.
CHOSEN_DAY = re.compile(r"\b(?:let'?s|lets|let\s+us)\s+(?:just\s+)?(?:say|do|go\s+with|make\s+it|put|call\s+it)\s+$",
                        re.IGNORECASE)
