"""Street addresses, written or spoken: '123 Main Street, Apt 4, Springfield, IL 62704', 'Rue de Virton 38'."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.digits import before
from analyzers.pii.recognizers.base import FairlineRecognizer

_SUFFIX = (
    r"street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|ter|"
    r"circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|crescent|cres|close|grove|gardens|park|row|"
    r"mews|walk|hill|view|loop|pike|alley|plaza|crossing|xing|run|path|point|pt|ridge|heights|hts|"
    r"route|rte|expressway|freeway|turnpike|causeway|commons|green|vale|rise|wharf|quay"
)
_UNIT = r"(?:apt|apartment|suite|ste|unit|flat|room|floor|fl|building|bldg)\.?\s*(?:#|no\.?|number)?\s*\d+[a-z]?\b"
_STREET = re.compile(
    rf"\b\d{{1,6}}[a-z]?(?:\s+\d{{1,4}})?\s+(?:(?:n|s|e|w|north|south|east|west)\.?\s+)?"
    rf"(?:(?!(?:and|or|the|in|on|at|is|i|we|my|to|for|but|so|it|if)\b)[a-z\u00c0-\u024f][\w'.\u00c0-\u024f\-]*\s+){{0,4}}"
    rf"(?:{_SUFFIX})\b\.?",
    re.I,
)
# Continental forms: 'Rue de Virton 38', 'Friedhofstrasse 33', 'Rooseveltlaan 110', 'Puruntie 82'.
_STREET_EU = re.compile(
    r"\b(?:(?:rue|rua|via|calle|avenida|avenue|av\.|strada|viale|piazza|largo|pra[cç]a|travessa|carrer|"
    r"plaza|paseo|chemin|boulevard|ulica|ul\.)\s+(?:[\w'\u00c0-\u024f\-]+\s+){0,4}?\d+[a-z]?\b"
    r"|[A-Z\u00c0-\u024f][\w\u00c0-\u024f\-]*(?:stra(?:ss|ß)e|str\.|weg|gasse|laan|straat|vej|gade|tie|"
    r"katu|v[äa]gen|gatan|veien|allee|platz|ring|dreef|plein|vegur|gata|utca|ntie)\s+\d+[a-z]?\b)",
    re.I,
)
# "28245 Puruntie 82", "450 Præstevænget 15": house number, capitalised name (any script), number.
_STREET_NUMBERED = re.compile(r"\b\d{1,6}\s+((?:[^\W\d_][\w'.\-]*\s+){1,4})\d{1,4}[a-z]?\b")
_NOT_STREET_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "usd", "eur", "gbp", "of", "the",
    "and", "in", "on", "at", "to", "for", "a", "an", "my", "your", "our", "is", "are", "was", "top", "best",
    "chapter", "page", "section", "step", "part", "level", "room", "gate", "flight", "version", "model", "item",
}
# "my address is ...", "lives at ...": the rest of the sentence, when it holds a number.
_ADDRESS_CUE = re.compile(
    r"\b(?:address(?:\s+is|:)|lives? at|living at|located at|sen[dt] (?:it |this |them )?to|ship (?:it |this )?to|"
    r"mail (?:it |this )?to|moved to|drops? you off at|stop at|deliver(?:ed)? to)\s*:?\s+"
    r"((?:(?!\n\n|[.?!](?:\s|$)).){4,120})",
    re.I | re.S,
)
_PO_BOX = re.compile(r"\b(?:p\.?\s?o\.?\s?box|post office box|psc\s+\d+,?\s+box)\s+\d+\b", re.I)
_UNIT_RX = re.compile(rf"\b{_UNIT}", re.I)
# What may follow a street line: unit, city, state, ZIP/postcode, country - comma or newline separated.
_TAIL = re.compile(
    rf"(?:\s*[,\n]\s*|\s+)(?:(?i:{_UNIT})|(?i:(?:apo|fpo|dpo)\s+[a-z]{{2}}\s+\d{{5}})|[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?|"
    r"\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|"
    r"[A-Z\u00c0-\u024f][\w'\u00c0-\u024f.\-]*(?:\s+[A-Za-z\u00c0-\u024f][\w'\u00c0-\u024f.\-]*){0,3}(?:\s+\d{4,5})?)",
)
_ZIP_CUE = re.compile(r"\b(zip|zip code|postcode|post code|postal code)\s*(?:is|:)?\s*$")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_NOT_PLACE = {
    "and", "but", "so", "is", "was", "the", "i", "we", "you", "it", "that", "please", "thanks", "thank", "ok",
    "okay", "yes", "no", "can", "could", "would", "will", "my", "your", "our", "if",
}


class StreetAddressRecognizer(FairlineRecognizer):
    """Street lines with a number and a street type, continental forms, PO boxes, and what follows them."""

    ENTITIES = ["STREET_ADDRESS"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        # scored above spaCy's PERSON (0.85), which often claims an address line in the small model
        for rx, score in ((_STREET, 0.9), (_STREET_EU, 0.88), (_PO_BOX, 0.9), (_UNIT_RX, 0.86),
                          (_STREET_NUMBERED, 0.86)):
            for m in rx.finditer(text):
                if rx is _STREET_NUMBERED and not self._looks_like_street(m.group(1)):
                    continue
                end = self._extend(text, m.end())
                start = m.start()
                lead = re.search(r"\d{1,6}\s+$", text[max(0, start - 8):start])
                if lead and rx is not _UNIT_RX:
                    start -= len(lead.group())  # "28245 Puruntie 82": the leading house number too
                out.append(self.hit("STREET_ADDRESS", start, end, score, "street address pattern"))
        for m in _ADDRESS_CUE.finditer(text):
            chunk = m.group(1)
            if any(ch.isdigit() for ch in chunk):
                out.append(self.hit("STREET_ADDRESS", m.start(1), m.end(1), 0.85, "after an address cue"))
        for m in _ZIP.finditer(text):
            if _ZIP_CUE.search(before(text, m.start(), 30)):
                out.append(self.hit("STREET_ADDRESS", m.start(), m.end(), 0.8, "postcode after a cue"))
        return out

    @staticmethod
    def _looks_like_street(words: str) -> bool:
        ws = words.split()
        return all(w[0].isupper() for w in ws) and not any(w.lower().strip(".,") in _NOT_STREET_WORDS for w in ws)

    @staticmethod
    def _extend(text: str, end: int) -> int:
        """Swallow unit, city, state, postcode and country parts that follow a street line."""
        for _ in range(6):
            m = _TAIL.match(text, end)
            if not m:
                break
            first = m.group().strip(" ,\n").split(" ")[0].lower()
            if first in _NOT_PLACE:
                break
            end = m.end()
        return end
