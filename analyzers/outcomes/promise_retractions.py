"""Phrases by which a customer goes back on what they said or once thought: a sentence opening on "actually no" or
"sorry, no", which takes back the day before it rather than naming a new one, and a figure first thought of ("I
initially thought I could only manage £500 but ...") that a later one replaces."""

from __future__ import annotations

import re

# "actually sorry no, just checked my account, car insurance comes out thurs": the day such a sentence names is the
# reason the earlier day fails, not a day to pay ("no" must stand as a word of its own, not "no problem")
_NOT_A_NO = r"(?!\s+(?:problem|prob|worries|wahala|stress|issue|bother))"
TAKES_BACK = re.compile(rf"^\W*(?:(?:actually|sorry|wait|oh|hmm+|um+|uh+|ah)\W+){{1,3}}no\b{_NOT_A_NO}", re.IGNORECASE)

# "ok ill pay the sixty euro on monday actually no hang on my partner handles the bills i cant say yes to that": the
# same take-back said mid-breath, after the commitment; when what follows refuses or defers and names no new day or
# figure, the commitment before it is withdrawn (one that names new terms is a correction, read elsewhere)
TAKES_BACK_MID_TURN = re.compile(rf"\b(?:actually|wait|hang on|hold on)\W+no\b{_NOT_A_NO}|\bno\W+(?:hang|hold) on\b",
                                 re.IGNORECASE)

# "I initially thought I could only manage £500 but my brother has agreed to help, so I will pay the £650.00": a
# figure in what the customer once thought or meant to do, set against a "but", is given up for the later figure
EARLIER_THOUGHT = re.compile(r"\b(?:(?:initially|originally|at first|first)\s+(?:thought|planned|meant|wanted|hoped)|"
                             r"(?:i|we)\s+(?:thought|was going to|were going to|had planned to|had hoped to))\b"
                             r"[^.?!]{0,40}$", re.IGNORECASE)
BUT_LATER = re.compile(r"[^.?!]{0,60}?\bbut\b", re.IGNORECASE)
THOUGHT_REACH = 60  # characters before a figure within which the earlier thought must be said
