"""Questions put indirectly beside a promise: "I also want to ask if I can lower the monthly amount", "I was wondering
whether we could move the date next month". "If I can" after asking or wondering is a request put to the creditor,
not a hedge on paying, so it leaves the commitment beside it firm (unlike "I'll see if I can", which doubts it)."""

from __future__ import annotations

import re

# asking or wondering, then "if/whether I can": the rest of the sentence is what is asked for
ASKS_WHETHER = re.compile(
    r"\b(?:ask(?:ing|ed)?|wonder(?:ing|ed)?|enquir(?:e|ing)|inquir(?:e|ing))\s+(?:you\s+)?(?:if|whether)\s+"
    r"(?:i|we)\s+(?:can|could|may|might)\b[^.?!\n]*", re.IGNORECASE)


def without_asked_favours(text: str) -> str:
    """The text with indirect questions blanked out, so their "if I can" is not read as a hedge."""
    return ASKS_WHETHER.sub(lambda m: " " * len(m.group(0)), text)
