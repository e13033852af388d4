"""Spoken addresses in transcripts of other languages, recognised by their structure, not by each country's words.

'calle sesenta y dos número quinientos tres por sesenta y cinco centro mérida', 'jalan cempaka putih nomor dua
puluh tiga rt lima rw dua kelurahan sukamaju depok', 'deux cent douze rue des érables sherbrooke j1h deux k
quatre': the English normaliser leaves those numbers as words, and the written-address rules want digits and
capitals. Every such address has the same structure though:
  street word, up to five name words, a house number (digits or number words, after an optional 'número')
or
  a house number, then a street word and its name,
followed by any run of unit parts ('casa dos', 'apartamento doscientos uno', 'rt lima rw dua'), more numbers and
up to four place words (district, town, state, postcode), ending at the first common word of a sentence.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import is_cased
from analyzers.pii.number_words import AMBIGUOUS, JOINERS, is_number_word
from analyzers.pii.recognizers.address_postcodes import TAIL_SPOKEN_POSTCODE
from analyzers.pii.recognizers.base import CONTEXT_PREFIX, FairlineRecognizer

# Words that come before a street's name, in the languages callers speak ('calle', 'rua', 'jalan', 'phố').
_STREET_BEFORE = frozenset("""
calle carrera cra avenida av avenue rua rue jalan jl quartier cité cite pasaje jirón jiron callejón callejon
travessa estrada rodovia alameda ruelle chemin boulevard bd impasse allée allee via viale piazza corso strada
ulica ulitsa lorong gang soi pho phố duong đường ngõ ngo hẻm hem wadada sokak cadde rehov rechov derech sderot
diagonal transversal calzada privada cerrada circuito prolongación prolongacion paseo camino vereda
ulicy ulicę ul aleja alei osiedle osiedlu
""".split())
# (Polish street words are said declined after a preposition: 'przy ulicy długiej', 'na osiedlu ...'.)
# Street words after the name ('jigjiga yar street number nineteen', 'number eighteen lane forty five').
STREET_AFTER = frozenset("""
street st road rd lane avenue drive way close crescent terrace place court boulevard gardens highway
parade route grove mews row walk square
caddesi cadde sokak sokagi sokağı bulvari bulvarı
""".split())
# Labels that precede an address and are never its street's name ('my address ataturk caddesi ...').
_LABELS = frozenset("address addresses postcode zipcode eircode".split())
_NUMBER_CUE = frozenset("number no nr numero número numéro nomor nº num n°".split())
# Street words that open a street's name in one language and close it in another ('allee des ...', 'karl marx
# allee'; 'boulevard ...', 'sunset boulevard'): before a house number they close the name said before them.
_CLOSES_TOO = frozenset("allee allée boulevard avenue".split())
# Parts of an address that a number follows: house, flat, floor, block, neighbourhood unit.
_UNIT = frozenset("""
casa interior int departamento depto dpto apartamento apto apt apartment piso villa porte lote lot manzana mz
bloque block edificio torre flat unit house rt rw km andar bloco sala quadra lt phase
stan kat mieszkanie lokal
""".split())
# Words that end a named building's name, which a flat's number comes before ('block a four zero two sunshine
# towers'); only after a numbered unit, as 'the towers' alone may be anywhere.
_BUILDING = frozenset("towers tower residency residences apartments mansions heights enclave complex court".split())
# Words of other languages that end a sentence's address part ('... n'djamena maintenant', '... ahora').
_NOT_PLACE = frozenset("""
maintenant ahora agora ya sekarang please por favor merci gracias obrigado obrigada ok okay yes yeah yep yup no sí si
oui sim
pero mais mas but and y e et ou o or también tambem aussi juga tapi dan desde depuis since now
""".split())
_PARTICLES = frozenset("de del la las los el des du da do dos das di della y e".split())
# Words that end a house's name in British and Irish addresses, where a house has a name instead of a number and
# the name is said before the street ('the old rectory church lane ...', 'rose cottage mill road ...').
_HOUSE = frozenset("""
cottage cottages house farm farmhouse rectory vicarage lodge barn mill manor grange bungalow villa chapel schoolhouse
forge croft
""".split())
_TOKEN = re.compile(r"[^\W_][\w'\-]*")
# Streets whose street word is the end of their name ('hauptstraße', 'kirchgasse', 'dorpstraat', 'nørregade').
_STREET_SUFFIX = re.compile(r"[^\W\d_]{3,}(?:stra(?:ss|ß)e|str|gasse|straat|laan|vej|gade|gatan|gata|vägen|veien|"
                            r"katu|platz|allee|steig|ufer|damm)$")
# The previous turn asks for the address ('and the address', 'confirm your registered address').
_ASKED = re.compile(r"(?i)\b(?:address|where (?:do|does) \w+ live|where are you (?:based|living))\b")
# Words of a region that end an address said without a house number ('... county waterford').
_REGION = frozenset("county co parish district province prefecture oblast canton region state".split())
# Words that open a district's or town's part of an address ('colonia roma norte', 'kelurahan sukamaju').
_DISTRICT = _REGION | frozenset("colonia barrio bairro kelurahan kecamatan desa sector gu ku".split())
# An address cue inside the turn, after which the rest of the turn may be the address: 'the address is', and where
# the speaker lives or is ('i'm at flat 602 block c ...', 'we live at ...', 'i've moved to ...').
_SAID_ADDRESS = re.compile(r"(?i)\b(?:(?:the|my|our)[ \t]+(?:new[ \t]+|current[ \t]+|home[ \t]+)?address[ \t]+"
                           r"(?:is|'s)|(?:i'm|im|i am|we're|we are|i live|we live|living)(?:[ \t]+now)?[ \t]+at|"
                           r"(?:i've|ive|we've|i have|we have)?[ \t]*moved[ \t]+to|"
                           # a house known by its name, not a number ('the house is the old forge ...')
                           r"the[ \t]+(?:house|property|farm|cottage)(?:[ \t]+name)?[ \t]+(?:is|'s)(?:[ \t]+called)?)"
                           r"[ \t,:]+")
# What may open an answer before the address itself ('yeah it's ...', 'sure, my address is ...').
_ANSWER_LEAD = re.compile(r"(?i)^[ \t]*(?:(?:yes|yeah|yep|sure|okay|ok|so|um|uh|it's|it is|its|that's|my address is|"
                          r"address is|the address is|i live at|i'm at|we're at)[ \t,.]+)*")


def _number(words: list[str], i: int) -> int:
    """The index after the run of number words or digits starting at i, or i when none starts there."""
    j = i
    count = 0
    while j < len(words):
        w = words[j]
        if is_number_word(w) or re.fullmatch(r"\d+[a-z]?(?:/\d+)?", w):
            j += 1
            count += 1
        elif w in JOINERS and count and j + 1 < len(words) and is_number_word(words[j + 1]):
            j += 1
        else:
            break
    if count == 1 and words[i] in AMBIGUOUS and not (i and (words[i - 1] in _NUMBER_CUE or words[i - 1] in _UNIT)):
        return i  # 'dos', 'lima', 'un' alone are words, not numbers
    return j


def _building_at(words: list[str], i: int) -> int:
    """The index after 'one to three name words, building word' starting at i ('sunshine towers' after a flat's
    number), or 0 when none starts there."""
    k = i
    while k < len(words) and k - i < 3 and words[k] not in _BUILDING and words[k] not in STOP_WORDS \
            and not is_number_word(words[k]):
        k += 1
    return k + 1 if i < k < len(words) and words[k] in _BUILDING else 0


def _street_before_district(words: list[str], i: int) -> int:
    """The index of the district word after one to three name words starting at i, where the street is named
    without a street word (after 'apartment 12': 'le loi district three'), or 0 when none starts there; something
    must follow the district word, as 'the old district' alone may be anywhere."""
    k = i
    while k < len(words) and k - i < 3 and words[k] not in _DISTRICT and words[k] not in STOP_WORDS \
            and words[k] not in _NOT_PLACE and not is_number_word(words[k]):
        k += 1
    return k if i < k < len(words) - 1 and words[k] in _DISTRICT and words[k + 1] not in STOP_WORDS else 0


def _street_after_number(words: list[str], i: int) -> int:
    """The index after 'house number, one to three name words, street word' starting at i ('fourteen marine
    parade'), or 0 when none starts there."""
    n = _number(words, i)
    if n == i:
        return 0
    k = n
    while k < len(words) and k - n < 3 and words[k] not in STREET_AFTER and words[k] not in STOP_WORDS \
            and not is_number_word(words[k]):
        k += 1
    return k + 1 if n < k < len(words) and words[k] in STREET_AFTER else 0


class SpokenAddressRecognizer(FairlineRecognizer):
    """Addresses in lower-case transcripts by structure: street word, name, house number, parts (module doc)."""

    ENTITIES = ["STREET_ADDRESS"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        """Spoken street addresses of this turn."""
        own = self.own_turn(text)
        if is_cased(own):
            return []
        base = len(text) - len(own)
        out: list[RecognizerResult] = self._whole_answer(own, base)
        out += self._after_cue(own, base)
        out += self._street_to_postcode(own, base)
        for line in re.finditer(r"[^\n.?!]+", own):
            toks = list(_TOKEN.finditer(line.group()))
            words = [t.group().lower() for t in toks]
            i = 0
            while i < len(words):
                span = self._address_at(words, i)
                if span is None:
                    i += 1
                    continue
                a, b = span
                a = self._name_before_street_word(words, a)
                start = base + line.start() + toks[a].start()
                end = base + line.start() + toks[b - 1].end()
                out.append(self.hit("STREET_ADDRESS", start, end, 0.86, "spoken street, house number and parts"))
                i = b
        return out

    @staticmethod
    def _name_before_street_word(words: list[str], a: int) -> int:
        """Where the address starting at token a really starts: a street word straight before the house number
        ('... allee one forty four', '... avenue twelve') closes the street's name, said before it ('schönhauser
        allee', 'karl marx allee'); up to two such name words, no common, number or label words nor contractions."""
        if words[a] not in _CLOSES_TOO or _number(words, a + 1) == a + 1:
            return a
        k = a
        while k > 0 and a - k < 2 and words[k - 1].isalpha() and not is_number_word(words[k - 1]) and not any(
                words[k - 1] in kind for kind in (STOP_WORDS, _LABELS, _PARTICLES, _NOT_PLACE, _NUMBER_CUE)):
            k -= 1
        return k

    def _street_to_postcode(self, own: str, base: int) -> list[RecognizerResult]:
        """A street said without a house number, proven by the town words and the British postcode spelt out after
        it ('church lane east wrexley norfolk n r 210 a y'), with the house's name before it when it has one ('the
        old rectory'): a postcode is said for nothing but an address."""
        out: list[RecognizerResult] = []
        toks = list(_TOKEN.finditer(own))
        words = [t.group().lower() for t in toks]
        for k, w in enumerate(words):
            tail = TAIL_SPOKEN_POSTCODE.match(own, toks[k].end()) if w in STREET_AFTER else None
            if tail is None or any(x in STOP_WORDS or x in _NOT_PLACE for x in tail.group(1).lower().split()):
                continue
            a = k  # the street's name: up to two name words ('mill lane'), stopping at a house's name before it
            while a > 0 and k - a < 2 and self._place_word(words[a - 1]) and (a == k or words[a - 1] not in _HOUSE):
                a -= 1
            if a == k:
                continue
            if a > 0 and words[a - 1] in _HOUSE:
                a -= 1  # the house's name: its house word, up to two words before that, and its article
                h = a
                while h > 0 and a - h < 2 and self._place_word(words[h - 1]):
                    h -= 1
                a = h - 1 if h > 0 and words[h - 1] == "the" else h
            out.append(self.hit("STREET_ADDRESS", base + toks[a].start(), base + tail.end(), 0.86,
                                "spoken street and town closed by a postcode"))
        return out

    @staticmethod
    def _place_word(word: str) -> bool:
        """Whether a word can be part of a street's or house's name: no common, number or label word."""
        return word.isalpha() and not is_number_word(word) and not any(
            word in kind for kind in (STOP_WORDS, _LABELS, _NOT_PLACE, _NUMBER_CUE))

    def _whole_answer(self, own: str, base: int) -> list[RecognizerResult]:
        """A turn that answers an address question and is nothing but place words: 'flat number 203 green park
        residency hsr layout sector 2 bengaluru 560102', 'ballinakill upper kilmacthomas county waterford'. Every
        word is no common word (but 'the'), and a number or a region word ('county', 'district') says it is a
        place."""
        prefix = CONTEXT_PREFIX.get()
        last = prefix.rstrip().split("\n")[-1] if prefix else ""
        if not _ASKED.search(last):
            return []
        lead = _ANSWER_LEAD.match(own)
        return self._place_words(own, lead.end(), base)

    def _after_cue(self, own: str, base: int) -> list[RecognizerResult]:
        """The same run of place words after an address cue in the turn itself, ending the turn: 'it's padraig o
        donnell the address is the old schoolhouse drumkeeran county leitrim'."""
        m = _SAID_ADDRESS.search(own)
        return self._place_words(own, m.end(), base) if m else []

    def _place_words(self, own: str, at: int, base: int) -> list[RecognizerResult]:
        """A hit on own[at:] when it is 3 to 20 place words: no common word but 'the', a number or a region word."""
        body = own[at:].rstrip(" \t.!")
        toks = list(_TOKEN.finditer(body))
        words = [t.group().lower() for t in toks]
        # a region and its name close the address; a remark after them is the speaker's ('... county wicklow
        # theres no number')
        close = next((k + 2 for k, w in enumerate(words[:-2]) if w in _REGION and k >= 2), 0)
        if close and any(w in STOP_WORDS or w in _NOT_PLACE or "'" in w or
                         w.endswith("s") and w[:-1] in STOP_WORDS for w in words[close:close + 2]):
            body = body[:toks[close - 1].end()]
            toks, words = toks[:close], words[:close]
        # a letter after a house number is its suffix ('plot 7 a', 'apartment 4 b'), not the article
        suffix = {k for k in range(1, len(words)) if len(words[k]) == 1 and words[k - 1][-1].isdigit()}
        if not 3 <= len(words) <= 20 or re.search(r"[^\w\s,'\-/]", body) or any(
                (w in STOP_WORDS and w != "the" or w in _NOT_PLACE) and k not in suffix for k, w in enumerate(words)):
            return []
        if not (any(ch.isdigit() for ch in body) or any(w in _REGION for w in words[:-1])):
            return []
        start = base + at + toks[0].start()
        return [self.hit("STREET_ADDRESS", start, base + at + toks[-1].end(), 0.86,
                         "a whole turn of place words answering an address question")]

    def _address_at(self, words: list[str], i: int) -> tuple[int, int] | None:
        """The token range of an address starting at token i, or None."""
        w = words[i]
        j = i
        if _STREET_SUFFIX.match(w):
            # 'hauptstraße zwölf 10115 berlin': the street's name holds its street word, the house number follows
            n = _number(words, i + 2 if i + 1 < len(words) and words[i + 1] in _NUMBER_CUE else i + 1)
            if n > i + 1:
                return i, self._parts_end(words, n)
        if w in _UNIT:
            # a numbered unit, with a letter after its number, before the street's own address: 'flat six b
            # fourteen harbour parade', 'lot nine rural route two': the unit is part of that address
            # a block's letter may come before its number ('block a four zero two')
            at = i + 2 if i + 2 < len(words) and len(words[i + 1]) == 1 and words[i + 1] not in _NUMBER_CUE else i + 1
            n = _number(words, at)
            if n == at:
                n = _number(words, i + 1)
            if n > i + 1:
                k = n + 1 if n < len(words) and len(words[n]) == 1 and words[n] not in _NUMBER_CUE else n
                inner = self._address_at(words, k) if k < len(words) and words[k] not in _UNIT else None
                if inner is not None and inner[0] == k:
                    return i, inner[1]
                street = _street_after_number(words, k) or _building_at(words, k) or \
                    _street_before_district(words, k)
                if street:
                    return i, self._parts_end(words, street)
            # two numbered units in a row are an address without a street: 'lot seven block three barangay
            # malate', 'block five lot twelve phase two'; one alone is not ('unit four' may be a lesson)
            n = _number(words, i + 1)
            if i + 1 < n < len(words) and words[n] in _UNIT:
                m = _number(words, n + 1)
                if m > n + 1:
                    return i, self._parts_end(words, m)
        if w in _STREET_BEFORE:
            # street word, up to five name words, optional 'número', a number
            k = i + 1
            while k < len(words) and k - i <= 6:
                if words[k] in _NUMBER_CUE and _number(words, k + 1) > k + 1:
                    j = _number(words, k + 1)
                    break
                n = _number(words, k)
                if n > k:
                    j = n
                    break
                if words[k] in STOP_WORDS and words[k] not in _PARTICLES:
                    return None
                k += 1
            if j == i:
                return None
        else:
            start = i + 1 if w in _NUMBER_CUE else i
            n = _number(words, start)
            if n == start or n >= len(words) or not (words[n] in _STREET_BEFORE or words[n] in STREET_AFTER):
                # name words, then 'street' and its number: 'jigjiga yar street number nineteen'
                if w in STOP_WORDS or is_number_word(w):
                    return None
                k = i
                while k < len(words) and k - i < 3 and words[k] not in STREET_AFTER and \
                        words[k] not in _LABELS and (words[k] not in STOP_WORDS or words[k] in _PARTICLES):
                    k += 1
                if k == i or k >= len(words) or words[k] not in STREET_AFTER:
                    return None
                m = k + 2 if k + 1 < len(words) and words[k + 1] in _NUMBER_CUE else k + 1
                j = _number(words, m)
                if j == m:
                    return None
            else:
                # a house number first: 'deux cent douze rue des érables', 'number eighteen lane forty five'
                j = n + 1
        return i, self._parts_end(words, j)

    @staticmethod
    def _parts_end(words: list[str], j: int) -> int:
        """The end of the unit, number and place parts after the street and house number at token j."""
        end = j
        names = 0
        k = j
        while k < len(words):
            w = words[k]
            n = _number(words, k + 1 if w in _NUMBER_CUE or w in _UNIT or w == "por" else k)
            if n > k + (1 if w in _NUMBER_CUE or w in _UNIT or w == "por" else 0):
                k = end = n
                names = 0
                continue
            if w in _UNIT or w in _STREET_BEFORE or w in STREET_AFTER:
                k += 1
                continue
            if w in _DISTRICT:
                k += 1
                names = 0  # 'colonia roma norte mexico city': a district word opens the next part's place words
                continue
            if names >= 4 or w in _NOT_PLACE or (w in STOP_WORDS and w not in _PARTICLES) or is_number_word(w):
                break
            k += 1
            if w not in _PARTICLES:  # 'de' of 'ciudad de méxico' is no place word of its own
                names += 1
                end = k
        return end
