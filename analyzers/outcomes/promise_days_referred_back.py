"""How a customer points back to a day they have just named ("end of the week grand? I'll have the €57.25 by then"):
"by then" carries the day said earlier in the same turn across a sentence break, where a day left implicit would
stay in its own sentence."""

from __future__ import annotations

import re

BY_THEN = re.compile(r"\b(?:by|till|until|before|for)\s+then\b", re.IGNORECASE)
