"""Names given as answers in a call: the short answer to 'your full name?', a name then more details, the given
name acknowledged before asking for the surname, a word spelt out letter by letter ('mensah m e n s a h'), and the
person asked about or asked for ('is that padraig o brien', 'is dermot there').

These read the previous turn's question, which the recogniser sees through the context prefix.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.name_lexicon import is_given_name
from analyzers.pii.number_words import is_number_word
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.name_and_address import ANSWER_NAME_LEAD, STREET_CLOSE
from analyzers.pii.recognizers.name_vetoes import NOT_NAMES, NOT_VOCATIVE
from analyzers.pii.recognizers.name_words import (
    GAELIC_PATRONYMS,
    NAME_PARTICLES,
    PARTICLE,
    UPPER,
    WORD_TAIL,
    plausible_lower,
)

# The given name the agent has just been told, acknowledged before asking for the family name ('okay tsehay and your
# last name', 'thanks mere and can i just confirm your surname'): one asks next for the part one still lacks.
_ACKNOWLEDGEMENTS = frozenset("""
okay ok right alright thanks cheers lovely great perfect brilliant cool super wonderful excellent fab fantastic
awesome nice good fine sweet ta grand smashing
""".split())
_GIVEN_BEFORE_SURNAME_QUESTION = re.compile(
    r"\b(?:okay|ok|right|alright|thanks|thank you|cheers|lovely|great|perfect|brilliant|got it)[ \t,]+"
    r"([^\W\d_][\w'\-]*)[ \t,]+and[ \t]+(?:[^\W\d_]+[ \t]+){0,5}?(?:your|the)[ \t]+"
    r"(?:surname|(?:last|family|second)[ \t]+name)\b", re.I)
# The previous turn asks for a name; this turn (after the " \n " turn separator) is a short answer.
NAME_ANSWER = re.compile(
    r"(?:your (?:full |first and last |first |last |family |sur)?name|(?:full|first and last) name|"
    r"who am i speaking (?:with|to)|"
    r"name (?:on|for) the account|spell (?:your|the) (?:last |first )?name)[^\n]{0,60}\n\s*"
    r"(?:(?:it's|it is|its|this is|my name is|yes|sure|"
    rf"yeah|ok|okay|just|im|i'm)[,.]?\s+)*([^\W\d_]{WORD_TAIL}(?:\s+[^\W\d_]{WORD_TAIL}){{0,2}})\s*[.!]?\s*$",
    re.I,
)
# The same answer opening a longer turn: 'What name is on the account?' -> 'Sutrisno. Just the one name, ...'.
# Capitalised words closed by a full stop or comma, each a known name or no English word ('Mine.' is no name).
NAME_ANSWER_LEAD = re.compile(
    r"(?:your (?:full |first and last |first |last |family |sur)?name|(?:full|first and last) name|"
    r"who am i speaking (?:with|to)|"
    r"name (?:is |was )?(?:on|for|under) the account|what(?:'s| is) the name)[^\n]{0,60}\n\s*"
    rf"((?-i:{UPPER}){WORD_TAIL}(?:\s+(?-i:{UPPER}){WORD_TAIL}){{0,2}})[.,!](?=\s+\S)",
    re.I,
)
# The answer to a question for the name and more ('your full name and postcode'): the name comes first, then
# 'and', a comma or "it's" and the other details ('john smith and it's fourteen high street ...'), or a number
# that starts them ('anna berg 3 of may 1990').
NAME_ANSWER_MORE = re.compile(
    r"(?:your (?:full |first and last |first |last |family |sur)?name|(?:full|first and last) name|"
    r"who am i speaking (?:with|to)|"
    r"name (?:on|for) the account|"
    r"name of the (?:main |primary |joint )?(?:account[ -]?holder|borrower|policy ?holder|card ?holder)|"
    r"spell (?:your|the) (?:last |first )?name)"
    r"[^\n]{0,60}\n\s*(?:(?:it's|it is|its|this is|my name is|yes|sure|yeah|ok|okay|just|im|i'm)[,.]?\s+)*"
    rf"([^\W\d_]{WORD_TAIL}(?:\s+[^\W\d_]{WORD_TAIL}){{0,3}}?)\s*(?:,|\band\b|\bit's\b|\bit is\b|\bit\u2019s\b|(?=\d)|"
    # the name, then who they are ('sunita devi she's my mother', 'kiri te rangi whaanga im her son') or its
    # spelling ('... c h i d i n m a')
    r"\b(?:she's|he's|she is|he is|who's|who is|that's|i'm|im|i am|i)\b|"
    # or a word on the name itself, from one who has a single name ('suharti just one name', '... no surname')
    r"\b(?P<single>(?:just|only)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:one|1|single)[ \t]+name|no[ \t]+(?:surname|"
    r"last[ \t]+name|family[ \t]+name))\b|"
    r"(?=(?:[^\W\d_][ \t]+){2,}[^\W\d_][ \t]*[.!]?[ \t]*$))",
    re.I,
)
# A word, then its letters one by one ('mensah m e n s a h', 'Nwosu, N-W-O-S-U').
_SPELT_OUT = re.compile(r"(?<![\w'])([^\W\d_][\w'\-]{2,})[ \t]*[,:]?[ \t]+((?:[^\W\d_][ \t.,\-]+){2,}[^\W\d_])"
                        r"(?![\w'])")


# 'is that padraig o brien', 'am i speaking to ana de souza?': a name closing a question about who answers.
_IDENTITY_QUESTION = re.compile(
    r"(?i:\b(?:is that|is this|am i speaking (?:to|with)|am i talking (?:to|with))[ \t]+)"
    rf"([^\W\d_]{WORD_TAIL}(?:[ \t]+(?:(?i:{PARTICLE})[ \t]+)*(?:[^\W\d_]\.?[ \t]+)?[^\W\d_]{WORD_TAIL}){{0,3}})"
    r"(?=[ \t]*(?:[?.!,]|$|\n)|[ \t]+(?i:speaking|please|there|yeah|right)\b)")
# 'is dermot there please', 'Is Mrs Achebe available?': asking for the person one wants to speak to, at the start of
# the turn or of a clause.
_ASKED_FOR = re.compile(
    r"(?:^|(?<=[.!?,\n])|\b(?i:hi|hello|hey|yes|yeah|um|uh|oh|sorry)[ \t,]+)[ \t]*(?i:is)[ \t]+"
    rf"([^\W\d_]{WORD_TAIL}(?:[ \t]+[^\W\d_]{WORD_TAIL})?)"
    r"(?=[ \t]+(?i:there|available|home|around|in|about)\b|"
    # whether the person asked about holds the account ('is amara the account holder')
    r"[ \t]+(?i:the[ \t]+(?:main[ \t]+|primary[ \t]+|joint[ \t]+)?(?:account[ \t]?holder|borrower|"
    r"policy[ \t]?holder|card[ \t]?holder|bill[ \t]?payer))\b)")
# A question for a place, and one for a name: an answer to the first alone names a place ("It's Cork.").
_PLACE_ASKED = re.compile(r"(?i)\b(?:town|city|county|village|suburb|country|state|province|region|area|where)\b")
_NAME_ASKED = re.compile(r"(?i)\b(?:name|who)\b")


class NameAnswerRules(FairlineRecognizer):
    """Name rules for answers to name questions and spelt-out names; mixed into NameCueRecognizer."""

    def _place_answer(self, text: str, cue_start: int) -> bool:
        """Whether the cue opens the answer to a question for a place ('which town', 'the county', 'where'), which
        asked for no name."""
        own_start = len(text) - len(self.own_turn(text))
        last = text[:own_start].rstrip().split("\n")[-1]
        return cue_start >= own_start and _PLACE_ASKED.search(last) is not None and \
            _NAME_ASKED.search(last) is None and ANSWER_NAME_LEAD.fullmatch(text[own_start:cue_start]) is not None

    def _given_before_surname_question(self, text: str, cased: bool) -> list[RecognizerResult]:
        """'okay tsehay and your last name': the word acknowledged before a question for the family name is the given
        name just heard, when it is no common, number or filler word (capitalised where the text is)."""
        out: list[RecognizerResult] = []
        for m in _GIVEN_BEFORE_SURNAME_QUESTION.finditer(text, len(text) - len(self.own_turn(text))):
            word = m.group(1)
            low = word.lower()
            # 'okay lovely and your surname': a second word of acknowledgement is no name
            if low in STOP_WORDS or low in NOT_NAMES or low in NOT_VOCATIVE or low in _ACKNOWLEDGEMENTS or \
                    is_number_word(low) or (
                    cased and not word[0].isupper()):
                continue
            out.append(self.hit("PERSON", m.start(1), m.end(1), 0.86, "given name before a question for the surname"))
        return out

    def _spelt_out(self, text: str) -> list[RecognizerResult]:
        """'mensah m e n s a h', 'Nwosu, N-W-O-S-U': a word of this turn followed by its own spelling letter by letter
        is a name being given, spelling and all; not before a street word."""
        out: list[RecognizerResult] = []
        for m in _SPELT_OUT.finditer(text, len(text) - len(self.own_turn(text))):
            word, letters = m.group(1), re.sub(r"[\W_]", "", m.group(2))
            street = re.match(r"[ \t]+([^\W\d_]+)", text[m.end():])
            if re.sub(r"[\W_]", "", word).lower() != letters.lower() or word.lower() in STOP_WORDS or (
                    street and street.group(1).lower() in STREET_CLOSE):
                continue  # 'hawthorn h a w t h o r n drive' spells a street
            # the letters give the name away as much as the word does
            out.append(self.hit("PERSON", m.start(1), m.end(2), 0.88, "word spelt out letter by letter"))
        return out

    def _asked_identity(self, text: str, cased: bool) -> list[RecognizerResult]:
        """'is that padraig o brien', 'am I speaking to Ana de Souza?': the name asked about, closing the question;
        'is dermot there': the person asked for in this turn."""
        out: list[RecognizerResult] = []
        own_start = len(text) - len(self.own_turn(text))
        for m in [*_IDENTITY_QUESTION.finditer(text), *_ASKED_FOR.finditer(text, own_start)]:
            # a middle initial ('dwayne t okonkwo') is part of the name, not a word to check
            said = m.group(1).split()
            # the article of a Gaelic patronymic ('seán mac an tsaoir', 'nic an bhaird') is a particle too
            words = [w for k, w in enumerate(said) if w.lower() not in NAME_PARTICLES and len(w.rstrip(".")) > 1
                     and not (k and w.lower() == "an" and said[k - 1].lower() in GAELIC_PATRONYMS)]
            if not words or any(w.lower() in NOT_NAMES or w.lower() in STOP_WORDS for w in words):
                continue
            if cased and not all(w[0].isupper() for w in words):
                continue
            if not (is_given_name(words[0]) or (not cased or len(words) > 1) and plausible_lower(words[0])):
                continue
            if not all(plausible_lower(w) or cased and w[0].isupper() for w in words):
                continue
            # the person asked for is as sure as spaCy's reading of the word, which the duplicate removal keeps
            asked_for = m.re is _ASKED_FOR
            out.append(self.hit("PERSON", m.start(1), m.end(1), 0.85 if asked_for else 0.8,
                                "person asked for: 'is ... there'" if asked_for else "name asked about: 'is that ...'"))
        return out
