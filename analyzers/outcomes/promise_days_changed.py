"""How a customer gives up a day in the same breath as naming it: the day as the subject of its own refusal
("wednesday is not possible thursday confirm", "friday's no good, monday then", "the 20th doesn't work"), and the day
put right with a bare "make it" ("I'll pay R1 200 on the 20th. Sorry, I see the 20th is a Sunday, make it Monday the
21st"). The day refused is no day offered; the day after "make it" is the final word, as after "I meant"."""

from __future__ import annotations

import re

# said straight after the day: a copula or "work" verb under a negation (not "friday is no problem", which reassures)
DAY_RULED_OUT = re.compile(
    r"[ \t,]*(?:(?:is|'s|will\s+be|would\s+be)\s+(?:not|no)\b(?!\s+(?:a\s+)?(?:problem|prob|issue|bother|worries|"
    r"hassle|stress))|isn'?t\b(?!\s+(?:a\s+)?(?:problem|issue|bother))|(?:does\s+not|doesn'?t|won'?t|will\s+not|"
    r"wouldn'?t|would\s+not|can'?t|cannot)\s+(?:work|do|happen|be\s+possible)\b|is\s+(?:impossible|out)\b)",
    re.IGNORECASE)

# "make it Monday the 21st" opening a clause, with no subject before it (unlike "I can make it Friday", which pays);
# the day must follow, so "make it" alone, or before a figure, is left to the amount rules
DAY_REMADE = re.compile(r"(?:^|(?<=[.,;!:—-])|(?<=[.,;!:—-]\s))\s*(?:so\s+|let'?s\s+|please\s+|can\s+we\s+)?"
                        r"(?:make|change|move)\s+(?:it|that)\s+(?:to\s+)?(?=(?:the\s+)?(?:next\s+|this\s+)?"
                        r"(?:mon|tue|wed|thu|fri|sat|sun|\d|first|second|third|fourth|fifth|tenth|twent|thirt|"
                        r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow))", re.IGNORECASE)
