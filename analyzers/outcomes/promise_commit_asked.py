"""An agent asking the customer to firm up what they only hoped to pay ("i might be able to do something like maybe
in two weeks" - "is that something you can commit to" - "yeah okay yeah two weeks from today two forty half of it"):
a yes to that question, naming its own day or figure, is the customer's commitment in their own terms, not a yes to
terms the agent proposed."""

from __future__ import annotations

import re

# "is that something you can commit to", "can you commit to that", "can we count on that", "is that a firm date"
ASKS_TO_COMMIT = re.compile(
    r"\b(?:(?:can|could|will|would)\s+you\s+commit\s+to|something\s+you\s+(?:can|could)\s+commit\s+to|"
    r"(?:can|could)\s+(?:we|i)\s+(?:count|rely)\s+on|is\s+(?:that|this)\s+a\s+firm\s+(?:date|day|commitment|promise)|"
    r"are\s+you\s+(?:able\s+to\s+)?commit(?:ting)?\s+to)\b", re.IGNORECASE)
