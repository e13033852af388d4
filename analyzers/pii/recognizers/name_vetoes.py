"""Words that are no person's name, whatever a cue before them says: pronouns, joining words, courtesy and
filler words ('this is fine', 'my wife usually pays'), what a name on an account is said to be ('wrong', 'old'), given
names that are also months, places or brands, and the words before which a capitalised word is a place or a brand.

The name rules of every cue family check their words against these lists, so they live apart from any one family.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.name_lexicon import INDEFINITE_PRONOUNS
from analyzers.pii.number_words import is_number_word

# Words after "this is" / "I'm" that are not names.
NOT_NAMES = {
    "the", "a", "an", "not", "just", "about", "calling", "going", "sorry", "fine", "good", "great", "okay", "ok",
    "so", "very", "really", "here", "there", "with", "from", "your", "my", "our", "his", "her", "their", "it",
    "that", "this", "what", "in", "on", "at", "to", "for", "regarding", "concerning", "happy", "glad", "afraid",
    "unable", "able", "trying", "looking", "still", "also", "actually", "well", "yes", "no", "yeah", "is", "was",
    "be", "been", "having", "getting", "doing", "speaking", "correct", "right", "wrong", "sure", "done", "ready",
    "busy", "out", "off", "over", "back", "late", "new", "only", "all", "both", "one", "two", "customer",
    "agent", "collections", "support", "service", "team", "department", "mister", "miss", "mrs", "mr", "ms",
    "and", "or", "but", "i", "who", "how", "can", "will", "would", "could", "should", "when", "where", "why",
    "because", "as", "of", "by", "if", "then", "than", "do", "did", "does", "have", "has", "had", "am", "are",
    "were", "we", "you", "he", "she", "they", "me", "him", "them", "us", "please", "thanks", "thank", "hi",
    "hello", "call", "ringing", "phoning", "writing", "texting", "reaching", "sir", "madam", "ma'am",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
    "january", "february", "march", "september", "october", "november", "december",
    # adverbs that end a sentence after a cue ('let me check with my wife first')
    "first", "later", "tonight", "again", "too", "instead", "anyway", "before", "after", "now", "though",
    # verbs of paying that follow 'it's' or 'my dad' ('it's Pay in 4', 'my dad paid it')
    "pay", "pays", "paid", "paying",
    # contractions as an ASR writes them, without the apostrophe ('who am i speaking with' / 'its just aroha')
    "its", "im", "ive", "thats", "whats", "dont", "cant", "wont", "didnt", "isnt", "wasnt", "doesnt", "youre",
    "theyre", "hes", "shes",
    # groups one speaks to, never one person's name ('i was speaking to people about it')
    "people", "staff", "folks", "family", "everyone", "somebody", "anybody", "nobody",
} | INDEFINITE_PRONOUNS
NAME_STATES = frozenset("""
different incorrect misspelt misspelled outdated old same mine yours hers his theirs ours blank empty missing changed
spelt spelled fine ok okay wrong correct right still just also not my your her his their our the a an
""".split())
# Words that never stand inside one name: pronouns, joining words, articles, forms of 'be'.
NOT_INSIDE_NAMES = frozenset("i you he she we they it and or but so is was are were the a an my your his her our "
                             "their to of in on at for with from by as if then".split())


# Verbs of the past without '-ed' that close 'my <relative> ...' ('my husband left', 'my son lost it').
_IRREGULAR_PAST = frozenset("left lost went came quit sent got said paid rang knew took gave made told".split())


def name_like_word(word: str) -> bool:
    """Whether a lower-case word may be a name: letters only, no common, number or verb-shaped English word
    ('works', 'moved', 'left'; a name ending in 's' is in the name lists, 'thomas')."""
    low = word.lower()
    return word.isalpha() and len(low) >= 3 and low not in STOP_WORDS and low not in NOT_NAMES and \
        low not in _IRREGULAR_PAST and not is_number_word(low) and re.search(r"(?:s|ed|ing|ly)$", low) is None


# Words before which an unknown capitalised word is more often a place or a brand than a person.
PLACE_OR_BRAND_BEFORE = frozenset("""
in at from to near of into onto via through across toward towards outside inside around visit visited visiting fly
flew flying drive drove moved move live lived living born based use used using bought buy ordered order app brand
shop store bank pay paid paying card account the a an this that these those our your their my his her its
""".split())
# Words of the given-name list that are never taken alone, whatever follows them.
WORD_NAMES_NEVER = frozenset("""
may june april august march january february monday tuesday wednesday thursday friday saturday sunday christmas
easter summer autumn winter spring fall santa america american asia china india italy georgia virginia carolina
dakota florida kentucky tennessee texas austin dallas houston phoenix denver savannah paris washington lincoln
jackson madison jefferson franklin columbus christian german irish golden numbers manual marine genesis season
can will may art case price page cash chase park hill wood stone king prince queen lady sir madam miss mister
doctor master son young best new long black white green brown gray grey red blue gold bell apple alexa siri
""".split())
NOT_VOCATIVE = {"sorry", "okay", "ok", "listen", "look", "honestly", "actually", "anyway", "alright", "right",
                "sure", "great", "perfect", "fine", "excuse", "pardon", "hey", "hello", "hi", "now", "then", "so",
                "well", "yes", "yeah", "no", "please", "thanks", "sir", "madam", "ma'am", "also", "first", "second",
                "finally", "again", "today", "tomorrow", "yesterday", "unfortunately", "fortunately", "sadly",
                "mate", "guys", "all", "everyone", "everybody", "folks", "team", "bud", "buddy", "love", "dear",
                "darling", "man", "dude", "back", "soon", "there", "later", "tonight", "ladies",
                "gentlemen", "boss", "friend", "friends", "sweetie", "honey", "babe", "baby"}
# Verbs of saying that follow a relative clause ('the woman i talked to told me ...'), never a lower-case name.
REPORT_VERBS = frozenset("said says told tells asked asks replied replies mentioned explained promised agreed "
                         "reckoned reckons confirmed".split())
# What speaks without being a person: 'the letter said ...', 'your website told ...'.
THING_SUBJECT = re.compile(r"(?i)\b(?:letter|email|e-mail|text|message|statement|website|site|app|screen|form|notice|"
                           r"bill|invoice|document|contract|agreement|sign|page|advert|ad|leaflet|label|system|"
                           r"it|that|this|which)\s+$")
