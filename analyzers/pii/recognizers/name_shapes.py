"""Person names known by their shape or place rather than a spoken cue.

- 'Derek J Holloway', 'Marta K. Olesinska': a capitalised word, an initial, a capitalised word;
- 'Name: Inga Sølberg', 'Card holder - J Smith': the value of a name field;
- a name alone on the first line of a message or after a sign-off ('Regards,\\nRenata Voss');
- speaker labels of a written dialogue ('Helena: Remember me?'), when several lines carry one;
- a common given name, capitalised, with the capitalised surname that may follow ('Melissa', 'Gordon Ashby');
- a family name alone, known from the lexicon or by its ending ('starring Petrussen', 'Batukayev'), with the
  given name before it ('to Bekbolat Musliyevich');
- in text written all in one case (ASR output, shouting): a given name and the surname after it ('olga petrova').
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import ORG_SUFFIXES, is_cased
from analyzers.pii.name_lexicon import KIN_WORDS, NOT_ALONE, is_family_name, is_given_name, sign_off_pattern
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.vocab import is_rare_word

_W = r"[^\W\d_][\w'\-]*"  # a word in any script
_CAPW = r"(?:[A-Z\u00c0-\u00de\u0100-\u024f][^\W\d_]*(?:(?:-|'(?!s\b))[^\W\d_]+)*)"  # capitalised, no "'s"
_INITIAL_NAME = re.compile(rf"\b({_CAPW})[ \t]+([A-Z])\.?[ \t]+({_CAPW})")
_FIELD = re.compile(
    rf"(?im)^[ \t]*(?:[?•·*▪\-]+[ \t]*)?(?:name|full name|customer name|client name|account holder|"
    rf"card ?holder(?: name)?|name on (?:the )?(?:card|account)|contact(?: name)?|attn|attention)[ \t]*[:\-][ \t]*"
    rf"({_W}\.?(?:[ \t]+{_W}\.?){{0,3}})[ \t]*$"
)
_SIGN_OFF = sign_off_pattern("best", "yours", "yours truly", "yours sincerely", "warm regards", "respectfully")
_NAME_LINE = rf"{_W}\.?(?:[ \t]+{_W}\.?){{1,3}}"
_FIRST_LINE = re.compile(rf"\A[ \t]*(?:[?•·*▪]+[ \t]*)?({_NAME_LINE})[ \t]*\n")
_AFTER_SIGN_OFF = re.compile(rf"(?im)^[ \t]*{_SIGN_OFF}[ \t]*[,.!]?[ \t]*\n+[ \t]*({_NAME_LINE})[ \t]*(?:\n|$)")
# 'Ship to:\nKónya\n...', 'Westgård\n119 Countess Close': the addressee's line after a label or before a street line.
_NAME_BEFORE_ADDRESS_LINE = re.compile(
    rf"(?im)(?:^[ \t]*(?:ship to|bill to|sold to|deliver to|send to|mail to|recipient|addressee|to|attn|attention)"
    rf"[ \t]*:[ \t]*\n|\A)[ \t]*({_W}\.?(?:[ \t]+{_W}\.?){{0,3}})[ \t]*\n[ \t]*"
    rf"(?=\d{{1,6}}[a-z]?[ \t,]+{_W}|(?:ul\.|rue|rua|via|calle|avenida|p\.?o\.? box)[ \t]|{_W}[ \t]+\d{{1,5}}[a-z]?\b)"
)
_SPEAKER = re.compile(rf"(?m)^[ \t]*({_CAPW}(?:[ \t]{_CAPW})?)[ \t]*:[ \t]+\S")
_GIVEN = re.compile(rf"\b({_CAPW})((?:[ \t]+{_CAPW}){{0,2}})(?!\w)")

# A capitalised word as family names are written: 'Petrussen', 'McDowell', "O'Neill", 'Lindqvist-Berg'.
_FAMILY = re.compile(r"(?<![\w'\-])(?:Mc|Mac|O'|D'|De|Di|Van|Von|Le|La)?[A-Z\u00c0-\u00de\u0100-\u024f]"
                     r"[a-z\u00df-\u00ff\u0100-\u024f]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u024f]+)?(?![\w\-])")
# Endings that mark a capitalised word as a family name on their own: Slavic, Baltic, Caucasian, Romanian, Greek,
# Turkish, Nordic and Japanese ('Batukayev', 'Szczepańska', 'Shervashidze', 'Popescu', 'Hamaguchi').
_FAMILY_SHAPE = re.compile(
    r"(?:ov|ova|ev|eva|yev|yeva|ski|ska|cki|cka|wicz|vich|vych|ovna|evna|vić|ić|escu|eanu|enko|chuk|czuk|iuk|yuk|"
    r"shvili|dze|poulos|poulou|akis|oglu|oğlu|sson|ssen|sen|ová|ský|ská|guchi|moto|mura|saki|shita|yama|kawa|hara|"
    r"naga|hashi|uchi|yan)$")
# Gaelic family names by their opening: 'mackinnon', 'mcgregor' (not 'machine', 'macro', 'macbook').
# The Irish 'o'' before any word makes a family name ("o'sullivan"); only 'o'clock' is English.
_GAELIC_SHAPE = re.compile(r"(?:mc[a-z]{3,}|mac(?!ro|kerel|kintosh|rame|book)[bcdfgklmnpqrstvwz][a-z]{3,}|"
                           r"o['\u2019](?!clock)[a-z]{3,})$")
# Words with those endings that are English words or places, not family names (WordNet words with the endings,
# people left out).
_SHAPED_WORDS = frozenset("""
adze alaska amhara anova arisen aryan banyan bisayan caisson casanova chara chipewyan chippewyan chislev chosen coarsen
cordova crateva cresson cyan delicatessen deweyan dibbuk drusen dybbuk essen frisson fujinoyama fujiyama geneva genova
gerenuk habakkuk hausen hexenbesen himalayan hrvatska huxleyan kalapuyan kenyan keokuk khakis kharkov kiev kirkuk
kishinev kislev kovna lederhosen lessen lesson leva libyan loosen maglev malayan marduk mayan minyan moldova munjuk naga
nagasaki namtaru nebraska negev neva nova padauk padouk padova paraguayan pilsen plevna polska preussen pucka risen
rostov sachsen sahara saki samisen saratov sauk seljuk shamisen souk spiegeleisen supernova tabuk toyohashi tunguska
unloosen uprisen uruguayan visayan volapuk volkhov worsen yama asahikawa brasov improv kawasaki jehova smolensk
""".split())
_BEFORE_FAMILY = re.compile(r"(?<![\w'\-])([A-Z\u00c0-\u00de\u0100-\u024f][a-z\u00df-\u00ff\u0100-\u024f]+)"
                            r"[ \t]+(?:[A-Z]\.?[ \t]+)?$")
_PLACE_PREFIX = re.compile(r"\b(?:San|Santa|Santo|São|Saint|St\.?|Ste\.?|Los|Las|El|La|Le|New|Fort|Port|Mount|"
                           r"Mt\.?|Lake|Hong|"
                           r"Cape|Puerto|Porto|Rio|Costa|Villa|Ciudad)\s+$")
_ANY_WORD = re.compile(r"(?<![\w@.])[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*")
# A given name after these is a word ('the grant', 'a loan'), not someone's name.
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "some", "any", "every", "each", "very", "so", "too",
                "no", "our", "their", "its"}
# A relative's word after these ('my son', 'her nana') names the relative, not a person: the name comes after it.
_POSSESSIVES = frozenset("my his her your our their".split())
_ADDRESS_LINE = re.compile(r"(?i)\b(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|"
                           r"suite|apt|unit|box|floor)\b|\d{3}")

# Words that head a line or label a field without being anyone's name.
_NOT_NAME_WORDS = {
    "agent", "customer", "caller", "rep", "representative", "operator", "bot", "user", "system", "assistant",
    "speaker", "advisor", "adviser", "collector", "client", "member", "manager", "supervisor", "date", "time",
    "name", "phone", "mobile", "tel", "fax", "desk", "email", "e-mail", "address", "website", "web", "subject",
    "re", "fw", "fwd", "to", "from", "cc", "bcc", "note", "notes", "answer", "question", "q", "a", "total",
    "amount", "balance", "status", "reference", "account", "summary", "dear", "hello", "hi", "hey", "invoice",
    "statement", "payment", "notice", "team", "support", "department", "personal", "info", "information",
    "details", "position", "title", "company", "organisation", "organization", "sent", "reply", "attachment",
    "warning", "important", "update", "thanks", "regards", "best", "cheers", "sincerely", "yes", "no", "ok",
    "okay", "mr", "mrs", "ms", "dr", "miss", "sir", "madam", "street", "road", "avenue", "suite", "apt", "unit",
    "box", "city", "state", "country", "zip", "postcode", "ssn", "dob", "cvv", "pin", "card", "bank", "iban",
    "the", "this", "that", "my", "your", "our", "his", "her", "their", "its", "it", "we", "they", "you", "i",
}


# Particles between a given and a family name: 'hazel dos santos', 'ahmad bin ismail', 'anna van dijk'.
_NAME_PARTICLES = frozenset("da de del della der di do dos das du van von bin binti ibn al el le la".split())


def _bare(word: str) -> str:
    """A word without the possessive ending ("björn's" -> 'björn')."""
    return re.sub(r"['\u2019]s$", "", word, flags=re.I)


def _surname_like(word: str, given_ok: bool) -> bool:
    """Whether a word after a given name can be the surname: a known name or a family-name shape, or a double
    name with such a part ('jeppsson-chaib')."""
    parts = word.split("-") if "-" in word else [word]
    def one(p: str) -> bool:
        return is_family_name(p) or family_shaped(p) or (given_ok and is_given_name(p))
    return one(word) or (len(parts) > 1 and any(one(p) for p in parts if len(p) >= 3))


def family_shaped(word: str) -> bool:
    """Whether a word ends like a family name ('Batukayev', 'petrova') and is no English word with that ending."""
    low = word.lower()
    return len(low) >= 5 and (_FAMILY_SHAPE.search(low) is not None or _GAELIC_SHAPE.match(low) is not None) and \
        low not in _SHAPED_WORDS


def name_words_ok(words: list[str], cased: bool) -> bool:
    """Every word may be part of a name: none is a stop word or a label; capitalised where text is cased."""
    if not words:
        return False
    for w in words:
        lw = w.lower().rstrip(".")
        if lw in STOP_WORDS or lw in _NOT_NAME_WORDS or lw in ORG_SUFFIXES:
            return False
        if cased and not w[0].isupper():
            return False
    return True


_HYPHENED_GIVEN = re.compile(r"(?<![\w\-])([A-Z][a-z]{1,4}-[a-z]{1,4})[ \t]+([A-Z][a-z]{1,5})(?![\w\-])")


class NameShapeRecognizer(FairlineRecognizer):
    """Names by shape: initials, name fields, signature lines, dialogue speaker labels, given names."""

    ENTITIES = ["PERSON"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        cased = is_cased(self.own_turn(text))
        for m in _INITIAL_NAME.finditer(text):
            # 'Marta K. Olesinska', 'Derek J Holloway'; not 'Plan B Options' or 'Vitamin C Serum'
            dotted = text[m.end(2):m.end(2) + 1] == "."
            if not (dotted or is_given_name(m.group(1))) or m.group(2) in "AI":
                continue
            if name_words_ok([m.group(1), m.group(3)], True):
                out.append(self.hit("PERSON", m.start(), m.end(), 0.8, "name with a middle initial"))
        for m in _FIELD.finditer(text):
            if name_words_ok(m.group(1).split(), False):
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.85, "value of a name field"))
        for rx in (_FIRST_LINE, _AFTER_SIGN_OFF):
            for m in rx.finditer(text):
                if name_words_ok(m.group(1).split(), cased):
                    out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name line of a signature"))
        for m in _NAME_BEFORE_ADDRESS_LINE.finditer(text):
            if name_words_ok(m.group(1).split(), cased) and not _ADDRESS_LINE.search(m.group(1)):
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name line above an address"))
        if len(_SPEAKER.findall(text)) >= 2:  # a written dialogue, or a block of fields (whose labels are not names)
            for m in _SPEAKER.finditer(text):
                if not name_words_ok(m.group(1).split(), True):
                    continue
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "speaker label of a dialogue"))
        if cased:
            for m in _HYPHENED_GIVEN.finditer(text):
                # 'Soo-ah Park', 'Hye-jin Lee': a romanised given name of two syllables joined by a hyphen (no
                # English word, unlike 'Check-in Desk'), then a short capitalised family name
                if is_rare_word(m.group(1)) and m.group(2).lower() not in STOP_WORDS:
                    out.append(self.hit("PERSON", m.start(), m.end(), 0.7, "hyphened given name and family name"))
            out += self._given_names(text)
            # 'Directed by naomi ryan': a name written in lower case inside normal text needs both its parts
            out += [h for h in self.uncased_given_names(text)
                    if " " in text[h.start:h.end] and text[h.start:h.end].islower()]
            for m in _FAMILY.finditer(text):
                word = m.group()
                known = len(word) >= 4 and is_family_name(word)
                shaped = family_shaped(word)
                if not (known or shaped) or not name_words_ok([word], True):
                    continue
                if _PLACE_PREFIX.search(text[max(0, m.start() - 8):m.start()]):
                    continue  # 'San Francisco', 'Puerto Vallarta'
                out.append(self.hit("PERSON", self._given_before(text, m.start()), m.end(), 0.6,
                                    "known family name" if known else "family name by its ending"))
        elif any(ch.isalpha() for ch in self.own_turn(text)):
            out += self.uncased_given_names(text)
        return out

    def uncased_given_names(self, text: str) -> list[RecognizerResult]:
        """'please let tiziano know', 'NAOMI RYAN': in text written all in one case, a given name (not after 'the',
        'a', ...) with a second given name or a word shaped like a surname after it ('hvönn d. little',
        'zanele jeppsson-chaib's', 'hazel dos santos'); a given name that is also a word ('faith') only with a
        known family name after it."""
        out: list[RecognizerResult] = []
        words = list(_ANY_WORD.finditer(text))
        i = 0
        while i < len(words):
            w = words[i]
            first = _bare(w.group())
            prev = words[i - 1].group().lower() if i else ""
            line = text[text.rfind("\n", 0, w.start()) + 1:w.start()]
            glued = re.match(r"[@._/\-]\w", text[w.end():w.end() + 2]) is not None  # 'maria.lopez@...'
            if first.lower() in KIN_WORDS and prev in _POSSESSIVES:
                i += 1  # 'my son tomas', 'my nana ruth': the relative's word, then their name
                continue
            known = is_given_name(first)
            # 'faith malmqvist': a given name that is also a word counts before a known family name
            maybe = not known and first.lower() in NOT_ALONE and first.lower() not in STOP_WORDS
            if not (known or maybe) or prev in _DETERMINERS or glued or _ADDRESS_LINE.search(line):
                # 'bekbolat musliyevich', 'vassiliev': a family-name shape, with a rare word before it
                if family_shaped(first) and not glued and not _ADDRESS_LINE.search(line) and \
                        first.lower() not in STOP_WORDS and prev not in _DETERMINERS:
                    start = w.start()
                    before = words[i - 1] if i else None
                    if before is not None and re.fullmatch(r"[ \t]+", text[before.end():w.start()]) and \
                            is_rare_word(before.group()) and before.group().lower() not in STOP_WORDS:
                        start = before.start()
                    out.append(self.hit("PERSON", start, w.start() + len(first), 0.6, "family name by its ending"))
                i += 1  # 'calgary alberta' ends an address line: a place, not a person
                continue
            end, j = w.start() + len(first), i + 1
            if j < len(words) and _bare(words[j].group()).lower() == first.lower():
                i += 1  # 'chidi chidi okafor': a word said twice; the name is read from its second saying
                continue
            # an initial or a particle between the names: 'hvönn d. little', 'hazel dos santos'
            # an initial, dotted, or bare in text of one case ('julieta s almeida'; not 'a' or 'i')
            initial = j < len(words) and len(words[j].group()) == 1 and (
                text[words[j].end():words[j].end() + 1] == "." or words[j].group().lower() not in "ai")
            if initial or (j < len(words) and words[j].group().lower() in _NAME_PARTICLES):
                j += 1
            nxt = words[j] if j < len(words) else None
            if nxt is not None and re.fullmatch(r"[ \t]+(?:[^\W\d_]+\.?[ \t]+)?", text[end:nxt.start()]):
                second = _bare(nxt.group())
                rare = known and second.lower() not in _NOT_NAME_WORDS and (
                    is_rare_word(second) or any(ord(ch) > 127 for ch in second))  # 'toshimi arata', 'edi živković'
                if second.lower() not in STOP_WORDS and (initial or rare or _surname_like(second, given_ok=known)):
                    end, i = nxt.start() + len(second), j
                elif not known:
                    i += 1
                    continue
            elif not known:
                i += 1
                continue
            out.append(self.hit("PERSON", w.start(), end, 0.6, "given name in text of one case"))
            i += 1
        return out

    @staticmethod
    def _given_before(text: str, start: int) -> int:
        """'to Bekbolat Musliyevich', 'Chise T. Horiguchi': the capitalised word (and initial) before a family name
        belong to the name, unless that word only starts the sentence."""
        m = _BEFORE_FAMILY.search(text, max(0, start - 40), start)
        if not m or not name_words_ok([m.group(1)], True) or m.group(1).lower() in _NOT_NAME_WORDS:
            return start
        sentence_start = m.start(1) == 0 or re.search(r"[.!?:\n\"(]\s*$", text[max(0, m.start(1) - 5):m.start(1)])
        return m.start(1) if is_given_name(m.group(1)) or not sentence_start else start

    def _given_names(self, text: str) -> list[RecognizerResult]:
        """'Melissa', 'Gordon Ashby': a capitalised given name and the capitalised words right after it.

        Each capitalised word is tried on its own, so 'Can Ricky confirm' finds 'Ricky' after 'Can'."""
        out: list[RecognizerResult] = []
        pos = 0
        while True:
            m = _GIVEN.search(text, pos)
            if not m:
                return out
            nxt = re.match(rf"[ \t]+({_CAPW})", m.group(2))
            # 'Faith Tran', 'Will Nguyen': a given name that is also a word, before a known family name
            word_name = m.group(1).lower() in NOT_ALONE and nxt is not None and \
                _surname_like(nxt.group(1), False) and not _PLACE_PREFIX.match(m.group(1) + " ")
            if not all(p[1:].islower() for p in m.group(1).split("-")) or not (
                    is_given_name(m.group(1)) or word_name) or \
                    _PLACE_PREFIX.search(text[max(0, m.start(1) - 8):m.start(1)]):
                pos = m.end(1)  # 'Melissa', not 'SPRING' in a promo code nor 'San Francisco'
                continue
            end = m.end(1)
            for w in re.finditer(_CAPW, m.group(2)):
                if not name_words_ok([w.group()], True):
                    break
                end = m.start(2) + w.end()
            out.append(self.hit("PERSON", m.start(1), end, 0.65, "common given name"))
            pos = end
