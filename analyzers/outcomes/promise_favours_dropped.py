"""A favour asked beside a promise and let go once refused ("can waive the late fee? will transfer $88 by end of the
month" - "The late fee will apply after 8 Dec, sorry." - "ok never mind"): the customer's "never mind" drops the
favour the agent just turned down, not the payment promised."""

from __future__ import annotations

import re

# The agent turning a favour down: the fee stands ("the late fee will apply after 8 Dec", "the charge will remain")
# or cannot come off ("we're unable to waive it", "I can't remove the fee").
FAVOUR_REFUSED = re.compile(
    r"\b(?:fees?|charges?|penalty|penalties|interest)\b[^.?!]{0,40}?\b(?:will|would|must|has\s+to|have\s+to)\s+"
    r"(?:still\s+)?(?:apply|stand|remain|stay|be\s+(?:charged|added|applied))\b"
    r"|\b(?:can'?t|cannot|can\s+not|unable\s+to|not\s+able\s+to)\s+(?:\w+\s+)?"
    r"(?:waive|remove|reverse|refund|take\s+off|drop|cancel)\b",
    re.IGNORECASE)
# The customer letting it go, and saying nothing else: "ok never mind", "oh well", "fair enough".
LETS_IT_GO = re.compile(r"^\W*(?:(?:ok(?:ay)?|oh|ah|fine|alright|sure|hmm+)\W+)*"
                        r"(?:never\s?mind|nvm|no\s+worries|oh\s+well|fair\s+enough)\W*$", re.IGNORECASE)


def lets_favour_go(text: str, agent_text: str) -> bool:
    """Whether a customer turn only lets go of a favour the agent's turn before it refused."""
    return bool(LETS_IT_GO.match(text) and FAVOUR_REFUSED.search(agent_text))
