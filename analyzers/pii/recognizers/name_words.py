"""The shape of a person's name as the name rules match it: capitals of the Latin alphabets, name words of up to
four parts on one line, the particles inside names ('van der', 'binti', 'ó'), and whether one word can be a name
(a known given or family name, a family-name shape, or no English word).

Shared by every cue family of NameCueRecognizer and by the engine, which judges spaCy's names with the same words.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.name_lexicon import is_family_name, is_given_name
from analyzers.pii.recognizers.name_shapes import family_shaped
from analyzers.pii.recognizers.name_vetoes import NOT_NAMES
from analyzers.pii.vocab import is_rare_word

# Capitals of the Latin alphabets, so 'Mr. Müller', 'this is Łukasz', 'Ms Ødegaard' are names like 'Mr. Miller'.
UPPER = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"
WORD_TAIL = r"(?:[^\W\d_]|['\-](?=[^\W\d_]))+"  # the rest of a word: letters of any script, inner ' and -
# an initial counts when a capitalised word follows it ('Szabina J Gelencsér', 'Marta K. Olesinska')
# up to four words: names of two given and two family names are common ('João Victor Nascimento Albuquerque')
# (on one line: the next line is another turn or another field)
NAME_WORDS = rf"[^\W\d_]{WORD_TAIL}(?:[ \t]+{UPPER}{WORD_TAIL}|[ \t]+{UPPER}\.?(?=[ \t]+{UPPER}{WORD_TAIL})){{0,3}}"
CAP_NAME_WORDS = rf"{UPPER}{WORD_TAIL}(?:\s+{UPPER}{WORD_TAIL}){{0,2}}"


def family_or_foreign(word: str) -> bool:
    """Whether a capitalised word no English word is also shaped like a name: a known given or family name, a
    family-name ending, or letters English does not write ('Westgård', 'Akinori')."""
    return is_given_name(word) or is_family_name(word) or family_shaped(word) or any(ord(ch) > 127 for ch in word)


# Particles inside a name ('padraig o brien', 'Nurul Huda binti Ismail', 'Muthu a/l Raman', 'van der berg').
NAME_PARTICLES = frozenset("""
o ó mac mc de van von da di le la al el bin binti binte bint ibn ben der den del della dos das du ter ten ap ní nic
a/l a/p
""".split())
GAELIC_PATRONYMS = frozenset("mac mc nic ní ó ua".split())
PARTICLE = "(?:" + "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=lambda p: (-len(p), p))) + ")"


def plausible_lower(word: str) -> bool:
    """Whether a word written in lower case can still be a name: a known name or family-name shape, a word with
    letters English does not use ('kónya', 'šušulić'), or one the language model has no vector for."""
    bare = re.sub(r"'s$", "", word).strip(".,!?")
    if len(bare) < 3 or bare.lower() in STOP_WORDS or bare.lower() in NOT_NAMES or (
            "'" in bare and not re.match(r"(?i)[a-z]'[^\W\d_]{2,}$", bare)):
        return False  # "they'd", "we're": contractions; "o'neill", "d'angelo" stay
    # "o'rourke", "d'souza": a Gaelic or Romance prefix before a family name
    prefixed = re.fullmatch(r"(?i)[a-z]'([^\W\d_]{3,})", bare)
    if prefixed and (is_family_name(prefixed.group(1)) or is_given_name(prefixed.group(1))):
        return True
    return is_given_name(bare) or is_family_name(bare) or family_shaped(bare) or is_rare_word(bare) or \
        any(ord(ch) > 127 for ch in bare)


def known_name_word(word: str) -> bool:
    """Whether one word alone is a name: a known given or family name or a family-name shape."""
    bare = re.sub(r"'s$", "", word)
    return is_given_name(bare) or is_family_name(bare) or family_shaped(bare)
