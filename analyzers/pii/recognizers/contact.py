"""Emails as people say them ("john dot smith at gmail dot com") and phone numbers in written formats."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.digits import NOT_PII_LABEL, after_code, before
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.vocab import is_rare_word

TLDS = (r"com|net|org|edu|gov|io|co|uk|us|ca|de|fr|info|biz|me|ai|app|dev|au|ie|nl|es|it|in|mail|email|"
        r"online|live|icloud")
_W = r"[a-z0-9]+"
_SEP_LOCAL = r"(?:\s+(?:dot|period|point|underscore|dash|hyphen)\s+|[._\-])"
_SEP_DOMAIN = r"(?:\s+(?:dot|period|point)\s+|\.)"
SPOKEN_EMAIL = re.compile(
    rf"\b(?:[a-z]\s+)?{_W}(?:{_SEP_LOCAL}{_W}|\s+\d+\b|\s+[a-z]\b)*\s*(?:\s(?:at|at sign|at symbol)\s|@)\s*"
    rf"{_W}(?:{_SEP_DOMAIN}{_W})*{_SEP_DOMAIN}(?:{TLDS})\b",
    re.I,
)
# Written phone formats: (212) 555-1234, 212-555-1234, +1 212 555 1234, +44 20 7946 0958, 07700 900123.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+?\d{1,3}[\s.\-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.\-])\d{3,4}[\s.\-]\d{3,4}"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?\b"
    r"|(?<![\w+])\+\d{1,3}[\s.\-]?(?:\(0\)\s?)?\d{1,4}(?:[\s.\-]?\d{2,4}){1,4}\b"
    r"|(?<![\w+])0\d{3,4}\s?\d{3}\s?\d{2,3}(?:\s?\d{2})?\b"
    r"|(?<![\w+])\d{2}[.\-]\d{2}[.\-]\d{2}[.\-]\d{2}(?:[.\-]\d{2})?\b"
    # an area code in brackets anywhere: '(05021) 12345', '8 (812) 555-12-34', '+55 (011) 4567 8901'
    r"|(?<![\w+])(?:\+?\d{1,3}[\s.\-]?)?\(\d{1,5}\)[\s.\-]?\d{2,5}(?:[\s.\-]?\d{2,5}){0,3}\b"
)

# A field label ("Phone:", "Mobile -", "tel.") and the number after it, in whatever punctuation it is written.
_LABELLED_PHONE = re.compile(
    r"\b(?:phone|telephone|tel|mobile|cell|fax|desk|landline|whatsapp)(?:\s+(?:number|no))?\.?\s*[:\-]?\s*"
    r"(\+?\(?\d[\d \t().\-]{5,22}\d(?:\s?(?:x|ext\.?)\s?\d{1,5})?)\b",
    re.I,
)

_USERNAME = re.compile(r"\b(user ?name|user id|login|handle|account id|member id)\s*(is|:|=)?\s*"
                       r"([A-Za-z0-9][A-Za-z0-9._\-]{2,39})\b", re.I)
# Cues that are also verbs: with no 'is' or ':' after them ('we handle all arrears') a plain word is no handle.
_VERB_CUES = frozenset({"login", "handle"})


class UsernameRecognizer(FairlineRecognizer):
    """Usernames and account handles given after a cue ("Username: cminh730")."""

    ENTITIES = ["USERNAME"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _USERNAME.finditer(text):
            value = m.group(3)
            if value.lower() in {"is", "please", "and", "or", "the", "for", "number"}:
                continue
            if m.group(1).lower() in _VERB_CUES and not m.group(2) and value.isalpha() and not is_rare_word(value):
                continue
            out.append(self.hit("USERNAME", m.start(3), m.end(3), 0.8, "after a username cue"))
        return out


class SpokenEmailRecognizer(FairlineRecognizer):
    """Email addresses spelled out loud, or written with words for '.' and '@'."""

    ENTITIES = ["EMAIL_ADDRESS"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in SPOKEN_EMAIL.finditer(text):
            start = m.start()
            # "my email is john at ..." must not swallow "is": single-letter tokens only count after a letter run
            out.append(self.hit("EMAIL_ADDRESS", start, m.end(), 0.9, "spoken email address"))
        return out


class PhoneFormatRecognizer(FairlineRecognizer):
    """Phone numbers in common written national and international formats, and any number after a phone label."""

    ENTITIES = ["PHONE_NUMBER"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _PHONE.finditer(text):
            digits = sum(ch.isdigit() for ch in m.group())
            if not (8 if "(" in m.group() else 9) <= digits <= 15:
                continue
            if NOT_PII_LABEL.search(before(text, m.start(), 40)):
                continue
            if after_code(text, m.start()):
                continue  # '1Z 999 AA1 0123 4567 84': the tail of a tracking code, not a phone number
            out.append(self.hit("PHONE_NUMBER", m.start(), m.end(), 0.7, "phone number format"))
        for m in _LABELLED_PHONE.finditer(text):
            # "Phone: (41) 733-218": a label makes any 7-15 digit shape a phone number, brackets and all
            if 7 <= sum(ch.isdigit() for ch in m.group(1)) <= 15:
                out.append(self.hit("PHONE_NUMBER", m.start(1), m.end(1), 0.8, "after a phone label"))
        return out
