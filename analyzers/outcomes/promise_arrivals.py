"""Days on which something the customer waits for arrives ("the new card should arrive by Wednesday", "my chama
pays out on friday"): like a payday, such a day is when paying becomes possible, not the day promised, whenever the
turn names another day to pay."""

from __future__ import annotations

import re

# The thing's arrival just before the day. "come" is left out: "this coming friday" is the day itself.
ARRIVES_BEFORE = re.compile(r"\b(?:arrives?|arriving|lands?|landing|clears?|pays?\s+out|paying\s+out|"
                            r"(?:is|are|gets?|will\s+be|should\s+be)\s+(?:released|credited|disbursed|paid\s+out))"
                            r"\s+(?:(?:by|on|this|next|before)\s+)*$", re.IGNORECASE)
ARRIVAL_REACH = 24  # characters before a day within which the arrival must be said
