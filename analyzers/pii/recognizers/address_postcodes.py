"""Postcodes and the street lines they prove: a street line with no street word followed by its town and
postcode ('221 Kingsway, Manchester M19 2LL'), a postcode after its town ('Austin (54171)'), a postcode after a
cue ('zip code is ...'), and British and Irish postcodes spelt out in transcripts ('leeds ls 16 bx').
"""

from __future__ import annotations

import re

from analyzers.pii.recognizers.address_streets import CAPWORD

# A street line with no street word (house number first or last), proven by the town and postcode after it:
# '221 Kingsway, Manchester M19 2LL', '214 Pavlou Drandaki | Tartu | 10696', 'Brisas 6802; Austin; 68305'.
NUMBER_NAME_POSTCODE = re.compile(
    rf"(?:\b\d{{1,5}}[A-Za-z]?[ \t]+{CAPWORD}(?:[ \t]+{CAPWORD}){{0,2}}|"
    rf"(?<![\w\-]){CAPWORD}(?:[ \t]+{CAPWORD}){{0,2}}[ \t]+\d{{1,5}}[A-Za-z]?)[ \t]*(?:[,|;]|\n)[ \t]*"
    rf"{CAPWORD}(?:[ \t]+{CAPWORD})?(?:[ \t]*(?:[,|;]|\n)[ \t]*{CAPWORD}(?:[ \t]+{CAPWORD})?)?"
    r"(?:[ \t]*(?:[,|;]|\n))?[ \t]*"
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?|(?!(?:19|20)\d\d\b)\d{4,6})\b"
)
BLOCK_STREET = re.compile(
    r"(?m)^[ \t]*(?:[?•·*▪►]{1,3}[ \t]+)?"
    r"((?-i:[A-Z\u00c0-\u00de\u0100-\u024f])[\w'.\u00c0-\u024f\-]*(?:[ \t]+[\w'.\u00c0-\u024f\-]+){0,3}"
    r"[ \t]+\d{1,5}[a-zA-Z]?\.?)[ \t]*"
    r"(?=(?:[,;|][ \t]*|[ \t]+)(?:apt|apartment|suite|ste|unit|flat)\b|"
    r"\n[ \t]*(?:[?•·*▪►]{1,3}[ \t]+)?(?:apt|apartment|suite|ste|unit|flat)\b|"
    r"[,;|][ \t]*(?!(?:19|20)\d\d\b)\d{4,5}\b|\n[ \t]*(?!(?:19|20)\d\d\b)\d{4,5}[ \t]+[^\W\d_])",
    re.I,
)
# The same shapes in text written all in lower case ('parmova 109\nrecife\nbrazil 10690', 'on midtvollen 130.'):
# any letter may start a word; the words must then include one that is no English word (see _foreign_street).
_ANY_CAP = "(?-i:[A-Z\\u00c0-\\u00de\\u0100-\\u024f])"
BLOCK_STREET_LOWER = re.compile(BLOCK_STREET.pattern.replace(_ANY_CAP, r"[^\W\d_]"), re.I)
NUMBER_NAME_POSTCODE_LOWER = re.compile(NUMBER_NAME_POSTCODE.pattern.replace(CAPWORD, r"[^\W\d_][\w'\-]+"), re.I)
# A five-digit postcode after the town (and country) it belongs to, with no street line: 'based in Kraków,
# Portugal 37558', 'Fitzroy 85525, Portugal', 'Austin (54171)'. Only the code is tagged; the town stays readable.
TOWN_ZIP = re.compile(
    rf"(?<![\w\-])({CAPWORD}(?:[ \t]+{CAPWORD})?(?:,[ \t]*{CAPWORD}(?:[ \t]+{CAPWORD})?)?)"
    r"[ \t]*\(?(\d{5}(?:-\d{4})?)\)?(?![\w\-])(?![ \t]*(?:dollars|pounds|euros|usd|eur|gbp|items|units)\b)"
)
# US states and territories, and Canadian provinces, as written before a postcode.
STATE_CODES = frozenset("""
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC
SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP AA AE AP AB BC MB NB NL NS NT NU ON PE QC SK YT
""".split())
# Words that put a five-digit number after them without it being a postcode ('Member 40211', 'Balance 12000').
NOT_TOWN_BEFORE_CODE = {"member", "customer", "client", "account", "id", "code", "pin", "product", "part", "loan",
                        "card", "plan", "phone", "number", "total", "balance", "amount", "price", "points", "score",
                        "year", "years", "miles", "km", "steps", "calories", "debt", "fee", "credit", "limit",
                        "salary", "income", "rent", "due", "paid", "owe", "owed", "about", "around", "only", "inv",
                        "ref", "no", "nr", "num", "acct", "po", "ord", "txn", "reservation", "booking"}
TOWN_ZIP_LOWER = re.compile(
    r"(?<![\w\-])([^\W\d_][\w'\-]+(?:[ \t]+[^\W\d_][\w'\-]+)?,[ \t]*[^\W\d_][\w'\-]+(?:[ \t]+[^\W\d_][\w'\-]+)?)"
    r"[ \t]+(\d{5}(?:-\d{4})?)(?![\w\-])|"
    # 'kraków 36017, france': the code between the town and the country
    r"(?<![\w\-])([^\W\d_][\w'\-]+)[ \t]+(\d{5})(?=,[ \t]*[^\W\d_]{3,})"
)
# A street line and the postcode and town after it, on the same line or the next: 'Pettersenfaret 737, 7559
# Jacobsen', 'Bijenička 1a/1\n10704 Stari Grad', 'Veerlehof 970, 4833, Meerdonk'.
# A postcode before the town; a bare 19xx/20xx is more often a year ('Boeing 737, 2019 Crash').
_POSTCODE = (r"(?:[A-Z]{1,2}-)?(?:\d{3}[ ]\d{2}|\d{4}[ ]?[A-Z]{2}(?![\w])|\d{5}-\d{3}|(?!(?:19|20)\d\d\b)\d{4,8}"
             r"(?:-\d{3,4})?|\d{2}-\d{3})")
STREET_POSTCODE = re.compile(
    r"(?<![\w\-])([A-Z\u00c0-\u00de\u0100-\u024f][\w'\u00c0-\u024f.\-]*"
    r"(?:[ \t]+[^\W\d_][\w'\u00c0-\u024f.\-]*){0,4}"
    r"[ \t]+\d{1,5}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?)[ \t]*(?:,[ \t]*|\n[ \t]*)"
    rf"{_POSTCODE}(?:,?[ \t]+|[ \t]*\n[ \t]*)[A-Z\u00c0-\u00de\u0100-\u024f][\w\u00c0-\u024f\-]*"
)
# Town words and a British or Irish postcode spelt out after them ('mill lane chipping norton o x seven five j w
# because ...' is 'o x 75 j w' once normalised): the postcode ends the address, whatever word follows it.
# An Eircode's second half mixes letters and digits ('v 95 x 2 y 4'); a British outward half alone closes the turn
# too ('... brixton london s w two').
# Its letters may be said as one word ('bradford bd 74 xy'), which then is no common two-letter word.
_TWO_LETTER_WORDS = r"(?:to|at|on|in|of|is|it|by|or|an|as|we|us|me|my|so|no|do|go|up|be|he|if|am|ok|oh|uh|um|hi)\b"
_INWARD_WORD = rf"[ \t]+(?!{_TWO_LETTER_WORDS})[a-z]{{2}}(?=[ \t]*[.?!]?[ \t]*$)"
TAIL_SPOKEN_POSTCODE = re.compile(r"[ \t]+([^\W\d_]{3,}(?:[ \t]+[^\W\d_]{3,}){0,3})"
                                   rf"[ \t]+(?:[a-z](?:[ \t]+[a-z])?|(?!{_TWO_LETTER_WORDS})[a-z]{{2}})[ \t]*\d{{1,4}}"
                                   r"(?:[ \t]+[a-z](?:[ \t]+(?:[a-z]|\d{1,2})){0,3}\b|"
                                   rf"{_INWARD_WORD}|(?=[ \t]*[.?!]?[ \t]*$))")
# A British postcode's outward half said as letters and digits ('... leeds ls 16'), then the two letters of its
# inward half said as one word closing the turn ('bx'): those letters are the postcode's, not a word.
OUTWARD_CODE_BEFORE = re.compile(rf"(?<![\w])(?!{_TWO_LETTER_WORDS})[a-z]{{1,2}}[ \t]*\d{{1,2}}$")
INWARD_LETTERS = re.compile(_INWARD_WORD)
ZIP_CUE = re.compile(r"\b(zip|zip code|postcode|post code|postal code)\s*(?:is|:)?\s*$")
ZIP_CODE = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
