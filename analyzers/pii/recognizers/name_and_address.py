"""The name that runs into an address in one answer: 'ingrid berg storgata 5 ...' after 'your name and address',
'yes delroy campbell the address is ...'. Owns the street words that end a name there and NAME_BEFORE_ADDRESS,
the mark the engine reads to start the address hit after the name.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.name_lexicon import is_family_name, is_given_name
from analyzers.pii.number_words import AMBIGUOUS, is_number_word
from analyzers.pii.person_context import FOREIGN_GREETINGS
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.name_vetoes import NOT_NAMES
from analyzers.pii.recognizers.name_words import NAME_PARTICLES, plausible_lower

# A turn's opening, its speaker's name, then the address: 'yes delroy campbell the address is ...'.
_NAME_THEN_ADDRESS_CUE = re.compile(
    r"[ \t]*((?:[^\W\d_][\w']*[ \t,]+){0,4}?)([^\W\d_][\w'\-]+)[ \t]+([^\W\d_][\w'\-]+)[ \t,]+"
    r"(?:the[ \t]+|my[ \t]+)?(?:new[ \t]+|current[ \t]+)?address[ \t]+(?:is|'s)\b")
_SUBJECTS = frozenset("i we you he she they".split())
_OPENERS = frozenset("yes yeah yep hi hello hey hiya uh um erm er so ok okay morning afternoon evening".split())
# The previous turn asks for the name and then the address ('can you confirm your name and address').
_NAME_AND_ADDRESS = re.compile(r"(?i)(?<!street )(?<!road )(?<!building )(?<!company )\bname\b(?! of)"
                               r"[^\n]{0,40}\baddress\b")
# Street words closing a street's name ('high street', 'thorvald meyers gate'); Nordic ones after a genitive.
STREET_CLOSE = frozenset("""
street st road rd lane avenue ave drive way close crescent terrace place court boulevard gardens highway grove row
gate gata gatan gade vei veien vej vegen väg vägen allé allee weg gasse strasse straße straat laan plein
""".split())
_NORDIC_CLOSE = frozenset("gate gata gatan gade vei veien vej vegen väg vägen".split())
_STREET_OPEN = frozenset("""
calle carrera avenida rua rue jalan via viale piazza strada ulica ulitsa flat apartment apt unit house number
no block lot
""".split())
_STREET_JOINED = re.compile(r"[^\W\d_]{3,}(?:stra(?:ss|ß)e|gasse|straat|laan|vej|gade|gatan|gata|vägen|veien|"
                            r"katu|platz|allee|weg)$")
# What opens the answer before the name ('yes it's ...', 'sure, ...').
ANSWER_NAME_LEAD = re.compile(r"(?i)^[ \t]*(?:(?:yes|yeah|yep|sure|okay|ok|so|um|uh|it's|it is|its|my name is|"
                              r"name is|yeah it's)[ \t,.]+)*")
# Set on the name hit that opens a name-and-address answer: address hits start after it (engine).
NAME_BEFORE_ADDRESS = "fairline_name_before_address"


def name_before_street(words: list[str]) -> int:
    """How many leading words of an answer to 'your name and address' are the name: the words before the street
    (its house number, a street word opening it, or the name before a closing street word such as 'gate'), as
    long as they look like a name. 0 when they do not."""
    stop = len(words)
    for i, w in enumerate(words):
        low = w.lower()
        if any(ch.isdigit() for ch in w) or is_number_word(low) and low not in AMBIGUOUS or \
                low in _STREET_OPEN or _STREET_JOINED.match(low):
            stop = i
            break
        if low in STREET_CLOSE and i:
            # the street keeps a name word; a Nordic street named after a person keeps two ('thorvald meyers gate')
            keep = 2 if low in _NORDIC_CLOSE and i >= 2 and words[i - 1].lower().endswith("s") else 1
            stop = i - keep
            break
    n = 0
    while n < min(stop, 4):
        low = words[n].lower()
        if n and low in NAME_PARTICLES and n + 1 < stop and plausible_lower(words[n + 1]):
            n += 2
            continue
        # the first word a name; the next ones no common words either ('john smith', 'ingrid solberg')
        if not plausible_lower(words[n]) and (not n or low in STOP_WORDS or low in NOT_NAMES or
                                              not words[n].isalpha() or low in NAME_PARTICLES):
            break
        n += 1
    if not n or n >= len(words) or not any(is_given_name(w) or is_family_name(w) for w in words[:n]):
        return 0
    return n


class NameAndAddressRules(FairlineRecognizer):
    """Name rules for a name said before an address; mixed into NameCueRecognizer."""

    def _name_before_address_cue(self, text: str) -> list[RecognizerResult]:
        """'yes delroy campbell the address is ...', 'hello this is <name> my new address is ...': in a transcript,
        two words between the turn's opening (a greeting, a yes, 'this is') and an address cue are the speaker's
        name, whatever they look like, when neither is a common or number word."""
        own = self.own_turn(text)
        base = len(text) - len(own)
        m = _NAME_THEN_ADDRESS_CUE.match(own)
        if not m:
            return []
        lead = m.group(1).split()
        intro = " ".join(lead[-2:]) in ("this is", "it's", "i'm", "i am")
        opened = not lead or lead[0] in _OPENERS or lead[0] in FOREIGN_GREETINGS or \
            " ".join(lead[:2]) in FOREIGN_GREETINGS or intro
        # 'yeah so i moved house the new address is': after a subject the two words are its verb and object
        if not opened or len(lead) > 3 or not intro and any(w in _SUBJECTS for w in lead):
            return []
        words = [m.group(2), m.group(3)]
        if any(w in STOP_WORDS or w in NOT_NAMES or w in _OPENERS or is_number_word(w) or w in FOREIGN_GREETINGS
               for w in words):
            return []
        return [self.hit("PERSON", base + m.start(2), base + m.end(3), 0.86, "name before an address cue")]

    def _name_then_address(self, text: str) -> list[RecognizerResult]:
        """The answer to 'your name and address' that runs from the name straight into the street ('ingrid berg
        storgata 5 ...', 'john smith fourteen high street'): the name words before the street. The hit is marked so
        that the address hits starting with the name start after it (engine)."""
        own = self.own_turn(text)
        prefix = text[:len(text) - len(own)]
        last = prefix.rstrip().split("\n")[-1] if prefix else ""
        if not _NAME_AND_ADDRESS.search(last):
            return []
        lead = ANSWER_NAME_LEAD.match(own)
        toks = list(re.finditer(r"[^\W_][\w'\-/]*", own[lead.end():]))
        n = name_before_street([t.group() for t in toks])
        if not n:
            return []
        base = len(prefix) + lead.end()
        hit = self.hit("PERSON", base + toks[0].start(), base + toks[n - 1].end(), 0.87,
                       "name opening the answer to a name and address question")
        hit.recognition_metadata[NAME_BEFORE_ADDRESS] = True
        return [hit]
