"""Address cues: the words that say an address follows ('my address is', 'lives at', 'ship to', 'meet me at') and
the tests that the words after a cue have an address's shape (a number beside a name, no date, clock or money).
"""

from __future__ import annotations

import re

from analyzers.pii.recognizers.address_streets import SUFFIX
from analyzers.pii.recognizers.cards import MONTHS

# "my address is ...", "lives at ...": the rest of the sentence, when it holds a number.
# Words between an address cue and the address that belong to neither ('to', 'still', 'now').
CUE_LEAD = re.compile(r"(?i:(to|is|still|now|currently|just|at|on|in|was|will be|also))[ \t,:]+")
ADDRESS_CUE = re.compile(
    r"\b(?:address(?:\s+is|\s*[:\-])?|(?:lives?|lived|living|stays?|staying|resides?) (?:at|on|in)|located at|"
    r"(?:location|venue|home|residence|head office|office|premises|site|destination)\s*[:\-]|"
    r"where do (?:you|they|we) live\?|where are you based\?|"
    r"sen[dt] (?:it |this |them |a new one )?to|ship (?:it |this )?to|mail (?:it |this )?to|moved to|"
    r"drops? you off at|stop at|deliver(?:ed)? to|return(?:ed)? (?:it |this |them )?to|side of|enter (?:on|at)|"
    r"(?:office|house|home|flat|apartment|restaurant|shop|store) is (?:at|on|in)|meet (?:you |me |us )?at|"
    r"see you at|visit (?:us|me) at|find (?:us|me) at|pick (?:me |you |it |them )?up (?:at|from)|"
    r"is located (?:at|on|in))\s*:?\s+"
    r"((?:(?!\n\n|[.?!](?:\s|$)).){4,120})",
    re.I | re.S,
)
# A day and its month ('the receipt dated 9 September', 'on March 3rd') is a date, no house number beside a name,
# unless a street word follows the month ('12 May Road').
DAY_MONTH = re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{MONTHS}\b(?![ \t]+(?:{SUFFIX})\b)|"
                       rf"\b{MONTHS}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?![ \t]*[,:]?[ \t]*[^\W\d_])")
# A cue chunk is an address only in an address's shape: a number beside a capitalised word, no clock or money.
NUMBER_BY_NAME = re.compile(r"\d[\w.]*,?\s+[A-Z\u00c0-\u024f]|[A-Z\u00c0-\u024f][\w'\u00c0-\u024f.\-]*\s+\d")
NOT_ADDRESS = re.compile(r"\b(?:am|pm|a\.m|p\.m|o'clock|percent|minutes?|hours?|days?|weeks?|months?|years?|"
                         r"dollars?|pounds?|euros?|payments?)\b|[$£€%:]", re.I)
CHUNK_END = re.compile(r"\d[\w.]*(?!.*\d)", re.S)  # the last number in a chunk
# Where a cue chunk stops being an address: a phone or email given next, or a new clause.
CHUNK_STOP = re.compile(r"\b(?:phone|tel|telephone|mobile|cell|fax|call|text|e-?mail|website|number|or|but|if|when|"
                        r"because|which|so|then)\b", re.I)
