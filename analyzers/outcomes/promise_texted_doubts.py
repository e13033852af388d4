"""Doubt as it is texted: "prob can do 40 tmrw idk 🤷". Shorthand for "I don't know" closing the clause, or a shrug
emoji, leaves the payment just offered open, as "I don't know yet" said in full does."""

from __future__ import annotations

import re

# "idk" or "dunno" left at the end of the clause bears on all of it (not "idk how much but def friday", a doubt
# about the amount alone); the shrug is looked for in the whole turn, since the clause splitter drops emoji.
TEXTED_DOUBT = re.compile(r"\b(?:idk|idek|dunno)\s*(?:[.!?]|$)|\U0001F937", re.IGNORECASE)
