"""Times a customer names that set no day to pay: "now" inside a refusal ("i can't do all of it right now", "i got
nothing right now") and a month named with no day in it ("i'll pay something in january")."""

from __future__ import annotations

import re

from analyzers.outcomes.dates import MONTHS

# The refusal reaches "now" across a few words of its own clause ("can't do all of it right now"); a "but", "and" or
# "so" starts another clause, whose time is no longer refused ("not sure about friday but i can pay today").
# Not having the money is a refusal too ("i don't have anything right now", "haven't got it today"), but only with
# "have"/"got": a bare "don't" also starts clauses that promise ("don't worry i'll pay it now").
NOW_REFUSED = re.compile(r"\b(?:not|cannot|can'?t|can not|nothing|(?:don'?t|do not|doesn'?t|haven'?t|have not|"
                         r"ain'?t)\s+(?:got|have))(?:\s+(?!(?:but|and|so|then)\b)[\w']+){0,4}?"
                         r"\s+(?:today|now|right now|tonight|at the moment)\b", re.IGNORECASE)

# A whole month is a time to pay but no day in it: "in january", "sometime in march"; "in january on the 5th" or
# "january 5" names the day, so a number after the month keeps it firm, as a day said just before it does ("on the
# fifteen po in december").
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3 and m != "sept"), key=len, reverse=True))
MONTH_ONLY = re.compile(rf"\b(?:in|during|sometime in|some time in|around)\s+(?:{_MONTH_NAMES})\b"
                        rf"(?!\s+(?:the\s+)?\d)(?!\s+(?:on\s+)?the\s+\w+(?:st|nd|rd|th)\b)", re.IGNORECASE)
# A day of the month said a word or two before the month, in figures or words: "the 15th", "on the fifteen po".
_DAY_JUST_BEFORE = re.compile(r"\b(?:the|on)\s+(?:\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:st|nd|rd|th|teen|ty|one|two|"
                              r"three|five|six|seven|eight|nine|ten)(?:[\s-][a-z]+(?:st|nd|rd|th|one|two|three|four|five|"
                              r"six|seven|eight|nine))?)\s+(?:\w+\s+)?$", re.IGNORECASE)


def month_only(text: str) -> bool:
    """Whether the words name a month to pay in with no day of it ("i'll pay something in january")."""
    return any(not _DAY_JUST_BEFORE.search(text[max(0, m.start() - 30): m.start()]) for m in MONTH_ONLY.finditer(text))
