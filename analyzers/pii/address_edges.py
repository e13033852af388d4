"""The edges of a street-address hit: words of the sentence around an address that recognisers took with it.

A recogniser that starts from a cue or a street word may take the cue's own words ('changed to Kaptensgatan 3B',
'on file is 17 ...', "it's rural route three ..."), a filler ('um hauptstrasse ...'), or run on past the last place
into the sentence ('... 0182 Oslo and I never got it', '... Apia — not the old one', '... 69117 Heidelberg.').
None of those words is part of any address, whatever the country, so one trim applies to every hit. And a flat
said before the street line with a comma ('Apartment 3, 9 ... Road') or a range of house numbers ('48 to 50 ...')
parts two hits; they are joined.
"""

from __future__ import annotations

import re
from itertools import pairwise

from presidio_analyzer import RecognizerResult

from analyzers.pii.number_words import is_number_word

# Fillers and the words of a cue that end right before the address: a linking verb or preposition after up to two
# lower-case words ('changed to', 'file is', "it's", 'um'). Only lower-case words, so 'The Crescent' stays.
_FILLER = re.compile(r"(?:um|uh|er|erm|hmm|ah)[ \t,]+")
_LEAD = re.compile(r"(?:[a-z]+[ \t]+){0,2}?(?:is|to|it's|its|at)[ \t]+")
# What opens a clause of the sentence after the address: a joined clause with its own subject ('and I never ...'),
# a dash setting off a remark ('— not the old one'), or a word that comments on it ('now', 'not').
_TAIL = re.compile(r"(?:[ \t]*,?[ \t]+(?:and|but|so)[ \t]+(?:i|we|you|he|she|they|it|my)\b"
                   r"|[ \t]+[\u2013\u2014][ \t]+|[ \t]*,?[ \t]+(?:now|not|please|thanks)\b)", re.I)


def _after_lead(text: str, start: int, end: int) -> int:
    """Where the address starts once the cue's words and fillers before it are trimmed."""
    # a cue, then a filler ('is um ...'): each is trimmed in turn; a number word opens the address itself, and the
    # address must keep some words
    while True:
        lead = _FILLER.match(text, start, end) or _LEAD.match(text, start, end)
        if not lead or lead.end() >= end or lead.re is _LEAD and any(
                is_number_word(w) for w in text[start:lead.end()].lower().split()):
            return start
        start = lead.end()


def trim_address(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of an address hit without the sentence's words at its edges."""
    start = _after_lead(text, start, end)
    # the clause or remark splits the hit: the address is the side with the house number or postcode ('... Oslo and
    # I never ...'), which may come after it ('i live in norway now storgata 12 b oslo', "changed, it's now RR 3")
    # ('the old one' has a number too: the side with more digits is the address; with none on either side the hit
    # is left whole, as what it is part of is not known here)
    while (tail := _TAIL.search(text, start, end)) and tail.start() > start:
        before, after = (sum(ch.isdigit() for ch in part) for part in (text[start:tail.start()], text[tail.end():end]))
        if before >= after and before:
            end = tail.start()
            break
        if not after:
            break
        rest = text[tail.end():end]
        start = _after_lead(text, tail.end() + len(rest) - len(rest.lstrip(" \t,")), end)
    # a full stop closing the sentence after a place or a postcode, not an abbreviation's ('St.', 'Co.')
    value = text[start:end]
    if value.endswith(".") and re.search(r"(?:[^\W\d_]{4,}|\d)\.$", value):
        end -= 1
    return start, end


# A flat, unit or suite said on its own before the street line ('Apartment 3, 9 Gortnaclohy Road, ...').
_UNIT_ALONE = re.compile(r"(?i)(?:apartment|apt|flat|unit|suite|ste|room|studio)\.?[ \t]*(?:no\.?[ \t]*|#)?\w{1,5}$")


# A range of house numbers parts two hits ('unit 948 to 50 smith street', '12-14 High Street'): the first ends in
# a number, the second starts with one.
_RANGE_GAP = re.compile(r"[ \t]*(?:-|\u2013|to|through|thru)[ \t]*")


def join_unit_to_street(text: str, results: list[RecognizerResult]) -> None:
    """A unit's hit and the street hit after it, parted only by a comma, are one address (the unit is the line's
    first part), as are two hits parted by a range of house numbers: both hits then cover the whole line."""
    streets = sorted((r for r in results if r.entity_type == "STREET_ADDRESS"), key=lambda r: (r.start, r.end))
    for unit, street in pairwise(streets):
        gap = text[unit.end:street.start]
        unit_first = _UNIT_ALONE.fullmatch(text[unit.start:unit.end]) and re.fullmatch(r"[ \t]*,[ \t]*", gap)
        number_range = _RANGE_GAP.fullmatch(gap) and text[unit.end - 1:unit.end].isdigit() and \
            text[street.start:street.start + 1].isdigit()
        if unit_first or number_range:
            street.start = unit.start
            unit.end = street.end


# A house number with its 'No.' said before the street line and a comma ('No. 45/2, Galle Road, ...', South Asian
# addresses): the number is the line's first part, which the street's hit after it does not take.
_NUMBER_BEFORE_STREET = re.compile(r"(?i)(?<![\w.])(?:no\.?|number|#)[ \t]*\d{1,5}(?:/\d{1,4})?[a-z]?[ \t]*,[ \t]*$")


def join_house_number(text: str, results: list[RecognizerResult]) -> None:
    """A street hit takes the 'No. <number>,' said right before it."""
    for r in results:
        if r.entity_type == "STREET_ADDRESS" and (m := _NUMBER_BEFORE_STREET.search(text, max(0, r.start - 24),
                                                                                     r.start)):
            r.start = m.start()
