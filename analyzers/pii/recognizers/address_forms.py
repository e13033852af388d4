"""Street lines of shapes the main street recognizer has no pattern for, written or as ASR text:

- a subdivision's block and lot, as in the Philippines: 'Blk 4 Lot 11, Camella Homes, Bacoor';
- a house number and a road number, as in India and Bangladesh: 'House No. 12-4-56, Road No. 3, Banjara Hills',
  also read out ('house number twelve dash four ... road number three');
- German streets named with a preposition and article: 'Am Lindenhof 3a', 'Zur Mühle 12', 'In der Aue 5'.

Each line is extended over the unit, town and postcode parts after it like any street line.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.allow import is_cased
from analyzers.pii.recognizers.address import StreetAddressRecognizer

_BLOCK_LOT = re.compile(r"\b(?:blk|block)\.?[ \t]*\d{1,4}[a-z]?,?[ \t]+(?:lot|lt)\.?[ \t]*\d{1,4}[a-z]?\b", re.I)
# ASR writes the separators of '8-2-293' as words ('eight dash two dash two nine three').
_SEP = r"[ \t]*(?:-|/|dash|slash|stroke|hyphen)[ \t]*"
_NUMBERED_ROAD = re.compile(
    r"\b(?:(?:house|plot|door|flat|h)\.?[ \t]+(?:no|number|num|#)\.?[ \t]*:?[ \t]*"
    rf"\d{{1,5}}[a-z]?(?:{_SEP}\d{{1,5}}[a-z]?)*"
    rf"(?:,?[ \t]+(?:road|lane|street|sector|block|cross|phase)[ \t]+(?:no|number|#)\.?[ \t]*\d{{1,4}}[a-z]?)?"
    r"|(?:road|lane|sector)[ \t]+(?:no|number|#)\.?[ \t]*\d{1,4}[a-z]?\b)"
    # an Indian sector after the house ('house no 214 sector 15 a'): the sector's number needs no 'no'
    r"(?:,?[ \t]+sector[ \t]+\d{1,3}(?:[ \t]?[a-z]\b)?)?",
    re.I,
)
# A Korean apartment's building and unit ('101-dong 704-ho', '101 dong 704 ho hanbit apartments').
_DONG_HO = re.compile(r"\b\d{1,4}[ \t]?-?[ \t]?dong,?[ \t]+\d{1,5}[ \t]?-?[ \t]?ho\b", re.I)
# A Singapore HDB block, its street and street number: 'Blk 682B Jurong West Central 1', 'Block 12 Toa Payoh Lor 8'.
_HDB_BLOCK = re.compile(r"\b(?:[Bb]lk|BLK|[Bb]lock)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+"
                        r"[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*){0,4}(?:[ \t]+\d{1,3}[A-Z]?\b)?")
# The house number first, then a street named in another language with its street word after the name, as ASR
# writes Baltic, Nordic and Turkish streets: '12 dash 5 savanoriu prospektas', '8 brivibas iela'.
_NUMBER_NAME_WORD = re.compile(
    rf"\b\d{{1,4}}[a-z]?(?:{_SEP}\d{{1,4}}[a-z]?)?[ \t]+([^\W\d_][\w\-]+(?:[ \t]+[^\W\d_][\w\-]+)?)[ \t]+"
    r"(?:prospektas|gatvė|gatve|iela|tee|tänav|katu|utca|caddesi|sokak|sokağı|ulica|cesta|vej|gade|gatan|vägen|"
    r"veien|gata)\b", re.I)
# 'Am Kirchplatz 7b': the preposition and article of a German street name, then the house number. In text of one
# case ('i am sure 7 days'), the street word must be no English word.
_GERMAN_PREP = r"(?:am|an der|an den|auf der|auf dem|im|in der|in den|zum|zur|unter den|hinter der|vor dem)"
_GERMAN_STREET = re.compile(rf"\b({_GERMAN_PREP}[ \t]+([^\W\d_][\w\-]{{2,}}))[ \t]+\d{{1,4}}(?:[ \t]?[a-z]\b)?",
                            re.I)


class AddressFormsRecognizer(StreetAddressRecognizer):
    """Block-and-lot, house-and-road-number and German prepositional street lines."""

    ENTITIES = ["STREET_ADDRESS"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        cased = is_cased(self.own_turn(text))
        for rx, why in ((_BLOCK_LOT, "block and lot"), (_NUMBERED_ROAD, "house or road number")):
            for m in rx.finditer(text):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86, why))
        for m in _DONG_HO.finditer(text):
            out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                "apartment building and unit"))
        for m in _HDB_BLOCK.finditer(text):
            if cased and not _BLOCK_LOT.match(text, m.start()):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "housing block and its street"))
        for m in _NUMBER_NAME_WORD.finditer(text):
            if cased and m.group(1)[0].isupper() or not cased and self._foreign_street(m.group(1)):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "house number, then a street with its street word after the name"))
        for m in _GERMAN_STREET.finditer(text):
            prep, word = m.group(1), m.group(2)
            ok = prep[0].isupper() and word[0].isupper() if cased else self._foreign_street(word)
            if ok:
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "German street named with a preposition"))
        return out
