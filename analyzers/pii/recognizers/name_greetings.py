"""Names in greetings, thanks and sign-offs: 'Hi Luis,', 'Teodor, can I ...', 'Thanks for getting back to us,
Losana.', 'hi it's jack' opening a turn, and the name that signs off a message ('Regards,\nGuðrún Jónsdóttir').

A person greeted or signing is named without any 'my name is'; these rules say where that happens.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import is_cased
from analyzers.pii.name_lexicon import NOT_ALONE, is_family_name, is_given_name, sign_off_pattern
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.name_shapes import family_shaped
from analyzers.pii.recognizers.name_vetoes import NOT_NAMES, WORD_NAMES_NEVER
from analyzers.pii.recognizers.name_words import (
    NAME_PARTICLES,
    PARTICLE,
    UPPER,
    WORD_TAIL,
    known_name_word,
    plausible_lower,
)
from analyzers.pii.vocab import is_rare_word

# Greeting someone by name: 'Hi Luis,', 'Dear Maria', 'Thanks, John'.
GREETING = re.compile(r"\b(?:hi|hello|hey|dear|morning|afternoon|evening|thanks|thank you|bye|goodbye|cheers|"
                      # thanks for what the person did, then their name ('thank you for holding ngozi')
                      r"(?:thanks|thank you) for (?:holding|waiting|calling|your patience|your time|that|confirming)|"
                      r"congrats|congratulations(?: to)?|happy birthday|sorry|welcome|good luck|well done|"
                      r"thanks to|shout-?out to|miss you|love you|night|goodnight|see you|later)"
                      r",?\s+([A-Z][^\W\d_]+(?:['\-][A-Z]?[^\W\d_]+)*(?:\s+[A-Z][^\W\d_]+(?:['\-][A-Z]?[^\W\d_]+)*)?)"
                      r"(?=\s*[,.!?\n]|\s*$)", re.I)
# Addressing someone at the start of a message: 'Teodor, can I please speak to your manager?'
VOCATIVE = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][^\W\d_]+),\s+(?:can|could|would|will|do|did|are|is|please|"
                      r"i|we|you|have|may|let's|thanks|thank)\b")
# The person thanked, closing the thanks ('Thanks for getting back to us, Losana.'): one capitalised word after the
# comma, then the sentence ends.
THANKED = re.compile(r"\b(?i:thanks|thank you|cheers)\b[^.!?\n,]{0,50},[ \t]+([A-Z][^\W\d_]+)(?=[ \t]*(?:[.!]|$))")


# A caller's greeting that opens the turn and names them: 'hi it's jack', 'yeah hello this is tom'. There a given
# name that is also an English word (jack, tom, bill, rose) is the caller's name: 'hi, it's fine' has no
# given name after it, and a thing the caller means ('it's about ...') is no given name either.
_GREETING_INTRO = re.compile(
    r"^[ \t]*(?:(?:yeah|yes|yep|aye|oh|um|uh|er|okay|ok|right|well)[ \t,.]+)*(?:hi|hello|hey|hiya|morning|afternoon|"
    r"evening)"
    # fillers after the greeting too ('hi yeah its andile')
    r"(?:[ \t,]+there)?(?:[ \t,.!]+(?:yeah|yes|yep|um|uh|er|so))*"
    r"[ \t,.!]+(?:it's|it is|its|this is|it\u2019s|i'm|i am|im|i\u2019m)[ \t]+([^\W\d_]+)"
    r"(?:[ \t]+([^\W\d_][\w'\-]*))?",
    re.I)
# A written sign-off closing a message: '... thanks, Nurul Huda binti Ismail', 'Regards,\nGuðrún Jónsdóttir'.
_SIGN_OFF_WORDS = sign_off_pattern("thx", "ty", "warm regards", "rgds", "best wishes", "best", "yours sincerely",
                                   "yours faithfully", "yours truly")
_SIGN_OFF = re.compile(
    rf"(?i:\b{_SIGN_OFF_WORDS})[,.!]?[ \t]*\n?[ \t]*"
    # initials may open it, hyphenated as French compound names are ('J.-P. Delacroix', 'A. J. Okafor')
    rf"((?:{UPPER}\.(?:-{UPPER}\.)?[ \t]*)*"
    rf"[^\W\d_]{WORD_TAIL}(?:[ \t]+(?:(?i:{PARTICLE})[ \t]+)*[^\W\d_]{WORD_TAIL}){{0,4}})[ \t.!]*$")


class NameGreetingRules(FairlineRecognizer):
    """Name rules for greetings and sign-offs; mixed into NameCueRecognizer."""

    def _sign_off(self, text: str, cased: bool) -> list[RecognizerResult]:
        """The name that signs off a message after 'thanks,' or 'regards,', particles and all ('Nurul Huda binti
        Ismail', 'Muthu a/l Raman'): capitalised where the text is, else known names or no English words."""
        m = _SIGN_OFF.search(text)
        if not m or m.start() < len(text) - len(self.own_turn(text)):
            return []
        names = [w for w in m.group(1).split() if w.lower() not in NAME_PARTICLES]
        if any(w.lower() in NOT_NAMES or w.lower() in STOP_WORDS for w in names):
            return []
        if cased:
            if not all(w[0].isupper() for w in names) or len(names) < 2 and not known_name_word(names[0]):
                return []
        elif not (all(plausible_lower(w) for w in names) and any(is_given_name(w) for w in names)):
            return []
        return [self.hit("PERSON", m.start(1), m.end(1), 0.86, "name signing off a message")]

    def _greeting_intro(self, text: str) -> list[RecognizerResult]:
        """The name in a greeting that opens the turn ('hi it's jack', see _GREETING_INTRO)."""
        own = self.own_turn(text)
        m = _GREETING_INTRO.match(own)
        if not m:
            return []
        word = m.group(1).lower()
        # in written text a capitalised word no English word is the writer's name too ('hi its Wanjiru, ...')
        odd = m.group(1)[0].isupper() and is_cased(own) and (
            is_rare_word(m.group(1)) or any(ord(ch) > 127 for ch in m.group(1)) or is_family_name(word))
        if word in NOT_NAMES or word in STOP_WORDS or word in WORD_NAMES_NEVER or not (
                is_given_name(word) or word in NOT_ALONE or odd):
            return []
        base = len(text) - len(own)
        end = m.end(1)
        family = m.group(2)
        if family and family.lower() not in STOP_WORDS and family.lower() not in NOT_NAMES and (
                is_family_name(family) or family_shaped(family)):
            end = m.end(2)  # 'hi it's jack doyle'
        return [self.hit("PERSON", base + m.start(1), base + end, 0.8, "name in the greeting that opens a turn")]
