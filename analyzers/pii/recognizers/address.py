"""Street addresses, written or spoken: '123 Main Street, Apt 4, Springfield, IL 62704', 'Rue de Namur 14'.

Shapes of many countries: US/UK/Australian street words ('39484 Cox Forest', '96/0 Cody Amble'), street words
before or after the name ('Jalan Jayawijaya No. 34', 'Bøllegård Allé 564', 'Industrijska cesta 9a'), a name and
house number after a place word ('at Horákova 49'), a street line with the postcode and town after it ('Liškova
555\n200 82 Dolní Bousov'), and the unit, town, state and postcode parts that follow a street line.

The patterns live by family: address_streets (street and house-number patterns), address_postcodes (postcodes and
the street lines they prove), address_cues ('my address is', 'lives at'), address_tail (the parts after a street
line, and extend_street_line), address_words (words that are no street, town or place). This module keeps
StreetAddressRecognizer, which decides which matches are addresses.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import ORG_SUFFIXES, is_cased
from analyzers.pii.digits import NOT_PII_LABEL, before
from analyzers.pii.name_lexicon import is_family_name, is_given_name
from analyzers.pii.recognizers.address_cues import (
    ADDRESS_CUE,
    CHUNK_END,
    CHUNK_STOP,
    CUE_LEAD,
    DAY_MONTH,
    NOT_ADDRESS,
    NUMBER_BY_NAME,
)
from analyzers.pii.recognizers.address_postcodes import (
    BLOCK_STREET,
    BLOCK_STREET_LOWER,
    NOT_TOWN_BEFORE_CODE,
    NUMBER_NAME_POSTCODE,
    NUMBER_NAME_POSTCODE_LOWER,
    STATE_CODES,
    STREET_POSTCODE,
    TOWN_ZIP,
    TOWN_ZIP_LOWER,
    ZIP_CODE,
    ZIP_CUE,
)
from analyzers.pii.recognizers.address_streets import (
    BLOCK_BEFORE,
    CORNER,
    LEADING_WORD_STREET,
    MILITARY,
    NAMED_STREET,
    NAMED_STREET_CAPS,
    PLACED_STREET,
    PLACED_STREET_LOWER,
    PO_BOX,
    STREET,
    STREET_CAPS,
    STREET_CAPS_BEFORE_PARTS,
    STREET_EU,
    STREET_JP,
    STREET_NUMBERED,
    STREET_THE,
    STREET_TOWN,
    STREET_TOWN_LOWER,
    STREET_UNIT,
    STREET_WORD_AFTER,
    STREET_WORD_ANY,
    UNIT_BEFORE_NUMBER,
    UNIT_RX,
)
from analyzers.pii.recognizers.address_tail import CAPITALS, extend_street_line
from analyzers.pii.recognizers.address_words import (
    ENGLISH_RING,
    NOT_PLACE,
    NOT_PLACED_STREET,
    NOT_STREET_WORDS,
    NOT_TOWN,
    ORG_STREET_WORDS,
    PARTICLES_ANY,
)
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.vocab import is_rare_word


class StreetAddressRecognizer(FairlineRecognizer):
    """Street lines with a number and a street type, continental forms, PO boxes, and what follows them."""

    ENTITIES = ["STREET_ADDRESS"]
    # shared with the address recognisers built on this one ('self._extend(...)')
    _extend = staticmethod(extend_street_line)

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        # in all-lowercase text ('12 trg slobode 4, koper') capitals cannot mark names
        cased = is_cased(self.own_turn(text))
        # scored above spaCy's PERSON (0.85), which often claims an address line in the small model
        for rx, score in ((STREET, 0.9), (STREET_EU, 0.88), (PO_BOX, 0.9), (UNIT_RX, 0.86),
                          (STREET_NUMBERED, 0.86), (MILITARY, 0.9), (CORNER, 0.9), (STREET_UNIT, 0.86),
                          (STREET_JP, 0.86), (STREET_THE, 0.88)):
            for m in rx.finditer(text):
                if rx is STREET_NUMBERED and not (self._looks_like_street(m.group(1)) if cased
                                                  else self._foreign_street(m.group(1))):
                    continue
                if rx is STREET_EU and (self._english_ring(m.group()) or any(
                        w.lower() in STOP_WORDS and w.lower() not in PARTICLES_ANY and w.lower() != "no"
                        for w in re.findall(r"(?<!\w)[^\W\d_]+", m.group())[1:])):
                    continue  # 'sent 500 via MTN MoMo and another 800': English words make it no street
                if rx is STREET_EU and cased and m.group().startswith("via "):
                    continue  # 'paid via bank transfer, reference 88213': the English 'via'; Italy's is 'Via ...'
                end = self._extend(text, m.end(), cased)
                start = m.start()
                lead = re.search(r"\d{1,6}\s+$", text[max(0, start - 8):start])
                if lead and rx is not UNIT_RX:
                    start -= len(lead.group())  # "33100 Koivutie 9": the leading house number too
                window = text[max(0, start - 16):start]
                block = BLOCK_BEFORE.search(window) or (
                    UNIT_BEFORE_NUMBER.search(window) if text[start].isdigit() else None)
                if block:
                    start -= len(block.group())  # '5/12 Nguyen Hue Street', 'C-45, Lajpat Nagar': flat or block
                word = re.search(r"(?i)(?<![\w\-])(?:lot|plot|number|no\.?|house|blk|block)[ \t]+$",
                                 text[max(0, start - 8):start])
                if word and rx is not UNIT_RX:
                    start -= len(word.group())  # 'lot 297 orange grove drive': the plot's word is the address's
                start = self._intersection_start(text, start)
                out.append(self.hit("STREET_ADDRESS", start, end, score, "street address pattern"))
        for m in STREET_CAPS.finditer(text):
            if self._looks_like_street(m.group().split(None, 1)[1].rsplit(None, 1)[0]):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "house number, capitalised street name and street word"))
        for m in STREET_WORD_AFTER.finditer(text):
            start = self._street_name_start(m, cased)
            if start < m.end() and (text[start].isupper() or text[start].isdigit() or not cased):
                lead = re.search(r"\d{1,6}\s+$", text[max(0, start - 8):start])
                start = self._intersection_start(text, start - len(lead.group()) if lead else start)
                end = self._extend(text, m.end(), cased)
                if re.search(r"\sgate\s", m.group()) and end == m.end():
                    continue  # 'Heathrow gate 22': a Norwegian street needs the postcode or town after it
                out.append(self.hit("STREET_ADDRESS", start, end, 0.88, "street name before its street word"))
        if cased:
            for m in PLACED_STREET.finditer(text):
                words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", m.group(1))
                if any(w.lower() in NOT_PLACED_STREET or w.lower() in NOT_STREET_WORDS
                       or w.lower() in ORG_SUFFIXES for w in words if w[0].isupper()):
                    continue
                out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                    "capitalised street name and house number after a place word"))
        if cased:
            for m in LEADING_WORD_STREET.finditer(text):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "street named after its leading street word"))
            for m in STREET_POSTCODE.finditer(text):
                start = self._street_name_start(m, cased)  # 'send it to Kojetická 7\n662 16 Kunovice'
                words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", text[start:m.end(1)])
                if start >= m.end(1) or not text[start].isupper() or any(
                        w.lower() in NOT_PLACED_STREET or w.lower() in NOT_STREET_WORDS for w in words):
                    continue
                out.append(self.hit("STREET_ADDRESS", start, self._extend(text, m.end(), cased), 0.86,
                                    "street line with postcode and town"))
        else:
            for m in PLACED_STREET_LOWER.finditer(text):
                if self._foreign_street(m.group(1)):
                    out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                        "street name of no English words and house number after a place word"))
        for m in (NUMBER_NAME_POSTCODE if cased else NUMBER_NAME_POSTCODE_LOWER).finditer(text):
            words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", m.group())
            if any(w.lower() in NOT_PLACED_STREET or w.lower() in NOT_STREET_WORDS or
                   (w.lower() in STOP_WORDS and w.lower() not in PARTICLES_ANY) or w.lower() in NOT_TOWN
                   for w in words):
                continue
            if cased or self._foreign_street(m.group()):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "street line proven by the town and postcode after it"))
        for m in (BLOCK_STREET if cased else BLOCK_STREET_LOWER).finditer(text):
            words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", m.group(1))
            # "Yeah it's 6011, 6018", 'Sure. 4511, 6372, 6516': a card read out, not a street line
            if re.search(r"[.!?][ \t]", m.group(1)) or \
                    re.match(r"[ \t]*[,;|][ \t]*\d{4}[ \t]*[,;|][ \t]*\d", text[m.end(1):]):
                continue
            if any(w.lower() in NOT_PLACED_STREET or w.lower() in NOT_STREET_WORDS or
                   (w.lower() in STOP_WORDS and w.lower() not in PARTICLES_ANY) or w.lower() in NOT_PLACE or
                   w.lower() in NOT_TOWN for w in words):
                continue
            if not cased and not self._foreign_street(m.group(1)):
                continue
            out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                "street line before a unit or postcode"))
        for m in (TOWN_ZIP if cased else TOWN_ZIP_LOWER).finditer(text):
            town, code = (1, 2) if m.group(1) else (3, 4)
            words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", m.group(town))
            if any(w.lower() in NOT_PLACED_STREET or w.lower() in NOT_STREET_WORDS or w.lower() in ORG_SUFFIXES or
                   w.lower() in STOP_WORDS or w.lower() in NOT_PLACE or w.lower() in NOT_TOWN_BEFORE_CODE
                   for w in words) or \
                    NOT_PII_LABEL.search(text[max(0, m.start() - 30):m.start(code)].lower()):
                continue
            if any(w.isupper() and len(w) > 1 and w not in STATE_CODES for w in words):
                continue  # 'SR 44102', 'INV 20931': a code's letters, not a state's
            # above spaCy's PERSON (0.85), which takes 'Fitzroy 85525' for a name
            out.append(self.hit("STREET_ADDRESS", m.start(code), m.end(code), 0.86, "postcode after its town"))
        for m in (STREET_TOWN if cased else STREET_TOWN_LOWER).finditer(text):
            words = m.group(1).split()[:-1]
            if (self._looks_like_street(" ".join(words)) or not cased) and not any(
                    w.lower() in NOT_PLACED_STREET or w.lower() in ORG_SUFFIXES or w.lower() in STOP_WORDS or
                    w.lower() in NOT_STREET_WORDS for w in words):
                out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                    "named street and its town"))
        for m in NAMED_STREET_CAPS.finditer(text):
            words = m.group(1).split()
            if not self._looks_like_street(" ".join(words[:-1])) or any(
                    w.lower() in NOT_PLACED_STREET or w.lower() in ORG_SUFFIXES for w in words[:-1]):
                continue
            labelled = re.search(r"(?i)(?:address|location|venue)", text[max(0, m.start(1) - 16):m.start(1)])
            # 'at Chase Bank', 'to Niagara Falls': such words make a street only after a label or with a name
            if words[-1].lower() in ORG_STREET_WORDS and not (
                    labelled or is_given_name(words[0]) or is_family_name(words[0])):
                continue
            # 'Isaac Lodge': a given name first may be a person; spaCy's PERSON
            # (0.85) then names the span
            if any(len(w.rstrip(".")) == 1 for w in words):
                continue  # 'Brad L Key': an initial makes it a name
            personal = is_given_name(words[0]) and len(words) == 2
            out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased),
                                0.84 if personal and not labelled else 0.86, "named street with its street word"))
        for m in STREET_CAPS_BEFORE_PARTS.finditer(text):
            words = m.group(1).split()
            if self._looks_like_street(" ".join(words[:-1])) and not any(
                    w.lower() in NOT_PLACED_STREET or w.lower() in ORG_SUFFIXES for w in words[:-1]):
                out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                    "named street before its unit, town or postcode"))
        for m in NAMED_STREET.finditer(text):
            if not self._looks_like_street(m.group(1).rsplit(None, 1)[0]):
                continue
            out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                "named street"))
        for m in ADDRESS_CUE.finditer(text):
            chunk = m.group(1)
            # the addressee's line or name before 'at' is not the address: 'Ship to:\nKónya\nNybyvägen 65'
            addressee = re.match(r"[^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'.\-]*){0,3}[ \t]+(?:at|c/o)[ \t]+|"
                                 r"[^\W\d_][^\n\d]{0,40}\n[ \t]*(?=[^\n]*\d|[^\n]*\n[^\n]*\d)", chunk)
            if addressee and "\n" in addressee.group() and STREET_WORD_ANY.search(addressee.group()):
                addressee = None  # 'Ship to:\nMarina Fort Street\n...': that line is the street
            if addressee:
                chunk = chunk[addressee.end():]
            stop = CHUNK_STOP.search(chunk)
            chunk = chunk[:stop.start()] if stop else chunk
            field = re.search(r"\n[ \t]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?[ \t]*:", chunk)
            chunk = chunk[:field.start()] if field else chunk
            # blanked to its length, so the address also ends before the date ('4 Elm Street on 3 March')
            undated = DAY_MONTH.sub(lambda d: " " * len(d.group()), chunk)
            shaped = NUMBER_BY_NAME.search(undated if cased else undated.title())
            if not shaped or NOT_ADDRESS.search(chunk):
                continue
            first = re.match(r"\W*([^\W\d_]+)", chunk)
            if first and first.group(1).lower() in NOT_PLACED_STREET:
                continue  # 'meet me at Gate 22', 'the office is on Floor 12'
            begin = m.start(1) + (addressee.end() if addressee else 0)
            # 'my address to Kungsgatan 12', 'your address is still 42 maple crescent': the cue's own words
            while (lead := CUE_LEAD.match(text, begin)) and begin + lead.end(1) - lead.start(1) < m.end(1):
                begin = lead.end()
                chunk = chunk[lead.end() - lead.start():]
            last = CHUNK_END.search(undated[len(undated) - len(chunk):])
            end = self._extend(text, begin + last.end(), cased) if last else m.end(1)
            if last and not cased:
                end = max(end, begin + self._spoken_place_words(chunk, last.end()))
            out.append(self.hit("STREET_ADDRESS", begin, end, 0.85, "after an address cue"))
        for m in ZIP_CODE.finditer(text):
            if ZIP_CUE.search(before(text, m.start(), 30)):
                out.append(self.hit("STREET_ADDRESS", m.start(), m.end(), 0.8, "postcode after a cue"))
        return out

    @staticmethod
    def _street_name_start(m: re.Match[str], cased: bool) -> int:
        """Where the street name of a '<name> <street word> <number>' match begins: 'Tait lives at Industrijska
        cesta 9a' -> 'Industrijska', "can't find Bøllegård Allé 564" -> 'Bøllegård', 'Árpád fejedelem útja 3'
        -> 'Árpád' (the first capitalised word that no common word follows)."""
        start = None
        for w in re.finditer(r"\S+", m.group(1)):
            word = w.group().lower()
            if word in STOP_WORDS or word in NOT_PLACE:
                start = None
            elif start is None and (not cased or w.group()[0].isupper() or w.group()[0].isdigit()):
                start = m.start(1) + w.start()
        return m.start(1) + len(m.group(1)) + 1 if start is None else start

    @staticmethod
    def _spoken_place_words(chunk: str, pos: int) -> int:
        """Where the street and place words after the house number end in a transcript after an address cue
        ('my address is 7 the meadows kilcullen county kildare'): at the first common word other than 'the' and
        'of', or after eight words."""
        end = pos
        for n, w in enumerate(re.finditer(r"[ \t]+([^\W\d_][\w'\-]*|\d{4,6}\b)", chunk[pos:])):
            word = w.group(1).lower()
            if n >= 8 or word not in {"the", "of"} and (word in NOT_TOWN or word in NOT_PLACE or (
                    word in STOP_WORDS and word not in PARTICLES_ANY)):
                break
            end = pos + w.end()
        return end

    @staticmethod
    def _foreign_street(value: str) -> bool:
        """Whether the words of a lower-case street are no common English: one word at least is no English word
        ('parmova', 'þórunnarstræti') and none is a stop word other than a particle ('rio de la plata')."""
        words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", value)
        if not words or any(w.lower() in STOP_WORDS and w.lower() not in PARTICLES_ANY or
                            w.lower() in NOT_PLACED_STREET or w.lower() in NOT_STREET_WORDS for w in words):
            return False
        return any(is_rare_word(w) or any(ord(ch) > 127 for ch in w) for w in words if len(w) >= 3)

    @staticmethod
    def _english_ring(street: str) -> bool:
        """'during 2019', 'spring 24': English words that end like a German '-ring' street ('Kaiserring 5')."""
        word = street.split()[0]
        return word.lower().endswith("ring") and (not word[0].isupper() or word.lower().endswith("ing") and
                                                   word.lower() in ENGLISH_RING)

    @staticmethod
    def _looks_like_street(words: str) -> bool:
        ws = words.split()
        if any(ch.isdigit() for ch in words):
            return False  # 'AA1' in a tracking number
        return all(w[0].isupper() for w in ws) and not any(w.lower().strip(".,") in NOT_STREET_WORDS for w in ws)

    @staticmethod
    def _intersection_start(text: str, start: int) -> int:
        """'Ostra and Lindholm 23': a capitalised street name joined by 'and' belongs to the address."""
        m = re.search(rf"(?:^|(?<=\s))[{CAPITALS}][\w'\u00c0-\u024f\-]*\s+(?:and|&)\s+$",
                      text[max(0, start - 40):start])
        if m and m.group().split()[0].lower() not in NOT_PLACE | NOT_STREET_WORDS:
            return start - len(m.group())
        return start
