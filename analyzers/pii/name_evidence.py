"""What a PERSON span from the English NER alone needs before it is kept in text without capitals (ASR).

In a transcript every word is lower case, so the NER has no capital letter to go on and tags words of other
languages ('mau tanya', 'autorizada', 'compré la', 'wa alaykum salaam') as people. The name lists cannot decide
either: they hold tens of thousands of words of every language ('dua', 'pero', 'dana', 'bello' are all someone's
name). What does decide is where the span stands. Callers and agents say a name in a few places only:
  - after a cue: 'this is', "it's", 'is that', 'speak with', 'my name is', a title ('mister', 'señora', 'pak'), a
    kinship word ('my dad', 'su nieto'), or a self-introduction of another language ('soy', 'ici', 'saya');
  - before 'speaking', 'here', 'calling';
  - as a greeting's object ('hi moana', 'oi luana'), where the word after the greeting is not an English word;
  - as the whole turn, or at its start, answering 'who am I speaking with' (then the words must be known names).
A span that stands nowhere like this is dropped; one that has a cue inside it ('su nieto kevin chicaiza') starts
at the word after the cue. Spans a cue recognizer found are not judged here: they have their cue already.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.name_lexicon import KIN_WORDS, NOT_ALONE, is_family_name, is_given_name
from analyzers.pii.number_words import AMBIGUOUS, is_number_word
from analyzers.pii.vocab import is_rare_word

_WORD = re.compile(r"[^\W\d_][\w'\-]*")
_KIN = (r"(?:mum|mom|mother|dad|father|son|daughter|wife|husband|partner|brother|sister|grandmother|grandfather|"
        r"grandma|grandpa|gran|nan|aunt|aunty|auntie|uncle|nephew|niece|cousin|friend|neighbou?r|tenant|"
        r"hijo|hija|esposo|esposa|marido|madre|padre|mamá|mama|papá|papa|abuela|abuelo|nieto|nieta|hermano|hermana|"
        r"landlord|landlady|boss|manager|colleague|lawyer|solicitor|carer|caregiver|"
        r"tío|tio|tía|tia|filho|filha|mãe|mae|pai|avó|avô|avo|irmão|irmã|fils|fille|mari|femme|mère|père|frère|"
        r"sœur|soeur|grand-mère|grand-père|anak|suami|istri|ibu|ayah|adik|kakak|"
        # kin words of many languages (see name_lexicon.KIN_WORDS: 'my koro', 'my lola', 'my nani')
        + "|".join(re.escape(k) for k in sorted(KIN_WORDS, key=len, reverse=True)) + ")")
# Words right before a name. Anchored at the end of the text before the span (or a word inside it).
_CUE_BEFORE = re.compile(
    r"(?:\b(?:it's|it is|this is|that's|that is|i'm|i am|is (?:this|that)(?: still)?|was (?:this|that)|"
    # the same as an ASR writes them, without apostrophes ('its andile zulu', 'im chen yu ting')
    r"its|im|thats|my names|"
    # the name the account is in, and the name one goes by ('the name on the account is ...', 'goes by tupi')
    r"(?:on|for|under) the account(?: is| was)?|account ?holder(?: is| was)?|go(?:es)? by|went by|known as|"
    r"speak(?:ing)? (?:with|to)|follow(?:ing)? up with|talk(?:ing)? (?:with|to)|spoke (?:with|to)|calling for|"
    r"ask for|looking for|"
    r"name is|name's|names are|(?:'s|my|his|her|your|the) name|named|called|call me|care of|in the name of|"
    r"mister|mr|mrs|ms|miss|missus|dr|doctor|madam|sir|señor|señora|señorita|senhor|senhora|sr|sra|srta|don|doña|"
    r"dona|monsieur|madame|mademoiselle|mme|herr|frau|signor|signora|pak|bapak|bu|ibu|mas|mbak|"
    r"soy|sou|(?<!no )habla|hablo con|le habla|con el señor|con la señora|ici|je suis|c'est|je parle à|parle à|"
    r"aqui é(?: a| o)?|é a|é o|saya|aku|nama saya|ich bin|sono|mi chiamo|me llamo|me chamo|je m'appelle|"
    r"(?:my|his|her|your|our|their|su|mi|mon|ma|meu|minha|seu|sua) " + _KIN + r"|"
    # the relative whose account it is, then the name ('my sisters account leilani', "my dad's loan, ...")
    r"(?:my|his|her|your|our|their) " + _KIN + r"(?:'s|\u2019s|s) (?:account|loan|card|bill|bills|debt|payments?)|"
    # verbs whose object is a person ('please let tiziano know', 'ask ramona', 'thank otieno for me')
    r"let|tell|told|ask|asked|thank|text|texted|remind|met|meet|visited|"
    r"for my " + _KIN + r"|" + _KIN + r"(?: is)?|"
    # whose relative a person is ('the daughter of ruth katz', 'widow of the late ...')
    r"(?:" + _KIN + r") of(?: the late)?)"
    r"|\bde (?:parte de )?(?:mi |su )?" + _KIN + r")[ \t,]+$", re.I)
_CUE_AFTER = re.compile(r"[ \t,]+(?:speaking|here|calling|on the line|ringing)\b|['\u2019]s\b|"
                        # a name read back to be confirmed ('so i have hemi walker is that right')
                        r"[ \t,]+is that (?:right|correct)\b|"
                        # what people do, in lower-case written text ('bártová began writing', 'heard X speak')
                        r"[ \t]+(?:said|says|told|asked|began|begins|speak|speaks|spoke|wrote|writes|was born|died|"
                        r"lives|lived|works|worked|replied|agreed|will be|has been|had)\b", re.I)
# Names in a list with other given names: 'silvana, adam, christopher and caleb'.
_LIST_NEXT = re.compile(r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&|y|e|et)[ \t]+)([^\W\d_][\w'\-]*)", re.I)
_LIST_PREV = re.compile(r"([^\W\d_][\w'\-]*)(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&|y|e|et)[ \t]+)$", re.I)
# Greetings a name may follow ('hi moana', 'oi luana tudo bem'); a greeting is weaker evidence than a cue.
_GREETING_BEFORE = re.compile(
    r"\b(?:hi|hello|hey|hiya|thanks|thank you|cheers|bye|happy birthday|congratulations|congrats|"
    r"morning|afternoon|evening|dear|okay|ok|oi|olá|ola|hola|"
    r"bonjour|salut|ciao|hallo|halo|kia ora|namaste|xin chào|merhaba|salaam|salam|marhaba|buenos días|"
    r"buenas tardes|buenas|bom dia|boa tarde|dzień dobry|god dag|bore da|tere|sure|yes|yeah|no)[ \t,]+$", re.I)
# What may open a turn before a bare name: 'yes', 'uh', 'okay'.
_OPENERS = re.compile(r"^(?:[ \t]*(?:yes|yeah|yep|no|uh|um|er|okay|ok|sure|sí|si|oui|sim|ya|iya|hi|hello|hey)"
                      r"[ \t,.!]*)*", re.I)
_PARTICLES = frozenset("""
da de del della der den di do dos das du van von ter ten bin binti binte bint ibn al el le la y e ap ní nic mac mc ó
""".split())


def _known(word: str) -> bool:
    return is_given_name(word) or is_family_name(word)


def _junk(word: str) -> bool:
    """A word that never starts or ends a name: an English stop word or a number word of any language."""
    low = word.lower()
    number = is_number_word(low) and low not in AMBIGUOUS
    return low not in _PARTICLES and (low in STOP_WORDS or number or "'" in low and
                                      not re.match(r"[a-z]'[^\W\d_]{2,}$", low))


def after_name_cue(text: str, start: int) -> bool:
    """Whether a name cue ('it's', 'this is', 'my name is', 'my mum') stands right before `start`."""
    return _CUE_BEFORE.search(text[max(0, start - 40):start]) is not None


def trim_spoken(text: str, start: int, end: int) -> int:
    """The end of a lower-case PERSON span without the stop words, contractions and number words a cue's value
    runs on into ('losana vake i'm his daughter' -> 'losana vake'), which the conversation would otherwise
    redact wherever they recur."""
    words = list(_WORD.finditer(text, start, end))
    while len(words) > 1 and _junk(words[-1].group()) and not len(words[-1].group()) == len(words[-2].group()) == 1:
        words.pop()  # but 'i' and 'a' ending a spelling ('adeyemi a d e y e m i') are its letters
    return words[-1].end() if words else end


def spoken_name_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The part of a lower-case NER PERSON span that stands where a name is said, or None (see module doc)."""
    words = list(_WORD.finditer(text, start, end))
    while words and _junk(words[-1].group()):
        words.pop()  # "siobhan mcgrath i'm", 'carrera setenta y ocho número'
    if not words:
        return None
    end = words[-1].end()
    after = _CUE_AFTER.match(text, end)
    # a cue before the span or before one of its first words ('su nieto kevin', 'le habla valentina')
    for k, w in enumerate(words[:4]):
        # a name may open with its particle after the cue ('mister al kaabi', 'is that de souza')
        if _junk(w.group()) or w.group().lower() in _PARTICLES and k:
            continue
        before = text[max(0, w.start() - 40):w.start()]
        if _CUE_BEFORE.search(before) or (k == 0 and after):
            return w.start(), end
    first = words[0]
    if _junk(first.group()):
        return None
    nxt, prev = _LIST_NEXT.match(text, end), _LIST_PREV.search(text[max(0, first.start() - 30):first.start()])
    if is_given_name(first.group()) and any(m is not None and is_given_name(m.group(1)) for m in (nxt, prev)):
        return first.start(), end  # one name of a list of given names
    if any(ord(ch) > 0xFF for w in words for ch in w.group()):
        # letters beyond Latin-1 ('žilih', 'kowalczyk-wójcik'): the Romance-language words an ASR writes use
        # Latin-1 letters only (ñ, é, ç, ã), names of Slavic, Baltic, Turkish or Vietnamese speakers do not
        return first.start(), end
    if len(words) == 3 and len(words[1].group()) == 1 and words[1].group() not in "ai":
        return first.start(), end  # a middle initial: 'benjamin a seiler', 'eric g. samoylova'

    line_start = text.rfind("\n", 0, start) + 1
    # a line or a field of a block ('??? guðgeir bergsveinsson ??? 688 rue du centre') starts a turn too
    field = re.split(r"\?{2,}|[|>•·]", text[line_start:first.start()])[-1]
    at_turn_start = _OPENERS.fullmatch(field.strip()) is not None
    names = [w.group() for w in words if w.group().lower() not in _PARTICLES]
    if any(_junk(w) for w in names) or len(names) > 5:
        return None
    rest = re.split(r"\n|\?{2,}|[|>•·]", text[end:], maxsplit=1)[0].strip(" \t,.!?")
    if at_turn_start and not rest and any(_known(w) for w in names):
        return first.start(), end  # the turn is the name ('thi hong nhung pham')
    if at_turn_start and len(names) <= 3 and is_given_name(first.group()) and all(
            _known(w) or is_rare_word(w) for w in names):
        return first.start(), end  # the turn opens with it ('yes ayaan is here', 'nurlan bekmukhambetov and ...')
    greet = _GREETING_BEFORE.search(text[max(0, first.start() - 30):first.start()])
    if greet and (_known(first.group()) or is_rare_word(first.group())) and len(names) <= 3:
        return first.start(), end  # 'hi fraser', 'oi luana'
    return None



_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'\-]*)(?![\w/])")
# What may follow a name's last word: the turn's end, punctuation, a digit, or a common word ('tran at ...').
_AFTER_NAME = re.compile(r"[ \t]*(?:$|[^\w \t]|\d)")


def family_names_after(text: str, end: int, limit: int = 2) -> int:
    """Where a lower-case name runs on to over the family names said right after it ('tuan anh' + 'tran at ...',
    'joseph' + 'kamau mwangi'): up to `limit` known family names, none a common word, and the words after them
    are the turn's end, punctuation, a number or a common word (so 'maria long distance' stays 'maria')."""
    stop = end
    for _ in range(limit):
        m = _NEXT_WORD.match(text, stop)
        if not m:
            break
        word = m.group(1).lower()
        if word in STOP_WORDS or word in NOT_ALONE or is_number_word(word) or len(word) < 3 or \
                not is_family_name(word):
            break
        stop = m.end()
        nxt = _NEXT_WORD.match(text, stop)
        if _AFTER_NAME.match(text, stop) or nxt and (nxt.group(1).lower() in STOP_WORDS or
                                                       is_number_word(nxt.group(1).lower())):
            end = stop
    return end
