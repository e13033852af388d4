"""The speaker's name opening a transcribed turn that goes on to their address.

A caller asked who they are and where they live often answers in one breath, with no cue word before the name:
'rhys llewellyn two pen y bryn road ...', 'chen jia hui and the address is block ...', 'emre yildiz i live at ...',
'yitzchak goldfarb and its seventy two avenue j ...'. In a transcript of one case nothing marks the name but
where it stands: the words between the turn's opening (a yes, a greeting, 'this is') and the address, once the
words that link them ('and', 'and it's', 'the address is', 'i live at') are set aside. Two to four such words, none
a common, number or greeting word and one of them name-like, are the name.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.number_words import is_number_word
from analyzers.pii.person_context import FOREIGN_GREETINGS
from analyzers.pii.recognizers.name_words import NAME_PARTICLES, plausible_lower

# What opens a reply before the name ('yeah hi this is ...'); greetings of other languages are FOREIGN_GREETINGS.
_OPENING = re.compile(
    r"(?i)^[ \t]*(?:(?:yes|yeah|yep|sure|ok|okay|hi|hello|hey|hiya|um|uh|er|erm|so|right|morning|afternoon|evening|"
    r"this is|it's|it is|its|i'm|im|i am)[ \t,.]+)*")
# What links the name to the address after it: 'and', "and it's", 'the (new) address is', 'i live at', a comma.
_LINK = re.compile(
    # (at the turn's start too: 'mieszkam na ...' opens with the link)
    r"(?i)(?:(?:[ \t,]+|^|(?<=[ \t,.]))(?:and[ \t]+)?(?:(?:it's|its|it is)|"
    r"(?:(?:the|my)[ \t]+)?(?:new[ \t]+|current[ \t]+)?"
    r"address(?:[ \t]+is|'s)|i[ \t]+live[ \t]+at|(?:i'm|im|i am)[ \t]+at|(?:i|we)[ \t]+(?:moved|live)[ \t]+to|"
    # 'I live at/in' of other languages: Polish, Spanish, Portuguese, French, German, Italian
    r"mieszkam(?:[ \t]+(?:na|w|przy))?|vivo[ \t]+en|moro[ \t]+(?:na|no|em)|j'habite(?:[ \t]+(?:à|au))?|"
    r"ich[ \t]+wohne(?:[ \t]+(?:in|an|am))?|abito[ \t]+(?:in|a))"
    r"|[ \t,]+and)?[ \t,]*$")
_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def name_opening_address(text: str, address_start: int) -> tuple[int, int] | None:
    """The span of the name that opens a lower-case turn right before its address (which starts at
    address_start), or None when the words there are not a name's."""
    head = text[:address_start]
    opening = _OPENING.match(head)
    start = opening.end() if opening else 0
    link = _LINK.search(head, start)
    end = link.start() if link else len(head)
    words = list(_WORD.finditer(head, start, end))
    # the words must fill the gap: anything else ('send it to', digits, punctuation) means a sentence, not a name
    if not 2 <= len(words) <= 4 or head[start:end].strip(" \t,") != head[words[0].start():words[-1].end()]:
        return None
    if re.search(r"[^\w'\- \t]", head[words[0].start():words[-1].end()]):
        return None
    # a script without capitals ('제 주소는 ...' is 'my address is') says nothing by being in one case: this rule
    # reads the position of names in transcripts of Latin script only
    if any(ch.isalpha() and ch.lower() == ch.upper() for w in words for ch in w.group()):
        return None
    low = [w.group().lower() for w in words]
    if any(w in STOP_WORDS or is_number_word(w) or w in FOREIGN_GREETINGS for w in low if w not in NAME_PARTICLES):
        return None
    if " ".join(low[:2]) in FOREIGN_GREETINGS or low[0] in NAME_PARTICLES:
        return None
    if not any(plausible_lower(w.group()) for w in words):
        return None
    return words[0].start(), words[-1].end()
