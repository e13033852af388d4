"""How a customer asks to put one day in place of another ("can we say Monday instead?", "could we go with the 9th
instead?"): a question naming a day with "instead" offers that day for the payment being talked about, so an agent's
yes moves the promise to it."""

from __future__ import annotations

import re

# an asking verb, then the day, then "instead" (or "rather"): the day is offered in place of the one agreed
DAY_SWAPPED = re.compile(r"\b(?:can|could|shall|may)\s+(?:we|i|you|u|ya)\s+(?:just\s+)?(?:say|go\s+(?:for|with)|do|"
                         r"have|put|pencil|book|make\s+(?:it|that))\b[^.?!]{1,30}?\b(?:instead|rather)\b",
                         re.IGNORECASE)
