"""Phrases telling of something that happened to the customer ("lost my job on the 20th", "got laid off last
month", "my mum passed away on the 3rd"): the reason given for not paying. A day said with them is when the event
happened, not a day to pay, even when the day number alone would read as a coming one."""

from __future__ import annotations

LIFE_EVENT = (r"\b(?:lost|(?:got|was|been)\s+(?:laid\s+off|fired|sacked|let\s+go)"
              r"|passed\s+away|died|broke\s+down|crashed|(?:had|got)\s+(?:an?\s+)?(?:accident|surgery|operation|baby))\b")
