"""US social security numbers as written, and dates of birth (a date after 'born', 'DOB'...; plain dates are not)."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.digits import NOT_PII_LABEL, before, cue_reaches
from analyzers.pii.recognizers.base import FairlineRecognizer

_SSN = re.compile(r"\b(\d{3})[- ](\d{2})[- ](\d{4})\b")
_SSN_CONTEXT = re.compile(r"\b(social|ssn|ss#|security number|taxpayer)\b")

DOB_CONTEXT = re.compile(r"\b(born|date of birth|birth ?date|dob|d\.o\.b|birthday|birth)\b")
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}|\d{2}"
_DATES = re.compile(
    "|".join([
        rf"\b{_MONTH}\s+(?:the\s+)?{_DAY},?\s+(?:of\s+)?(?:{_YEAR})\b",  # March 3rd, 1985
        rf"\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+(?:{_YEAR})\b",  # 3 March 1985 / the 3 of March 1985
        r"\b[0-3]?\d[/.\-][0-3]?\d[/.\-](?:19|20)?\d{2}\b",  # 03/14/1985
        r"\b(?:19|20)\d{2}[/.\-][01]?\d[/.\-][0-3]?\d\b",  # 1985-03-14
        rf"\b{_MONTH}\s+(?:of\s+)?(?:19|20)\d{{2}}\b",  # March 1985
    ]),
    re.I,
)


class SsnRecognizer(FairlineRecognizer):
    """US SSN written as 123-45-6789 (valid area/group/serial); a space-split one needs an SSN cue."""

    ENTITIES = ["US_SSN"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _SSN.finditer(text):
            area, group, serial = m.groups()
            if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
                continue
            ctx = before(text, m.start(), 80)
            if NOT_PII_LABEL.search(before(text, m.start(), 40)):
                continue
            dashed = "-" in m.group()
            if _SSN_CONTEXT.search(ctx):
                out.append(self.hit("US_SSN", m.start(), m.end(), 0.95, "SSN format after an SSN cue"))
            elif dashed:
                out.append(self.hit("US_SSN", m.start(), m.end(), 0.6, "SSN format"))
        return out


class DateOfBirthRecognizer(FairlineRecognizer):
    """A date is a date of birth only after a birth cue in the same or the previous turn."""

    ENTITIES = ["DATE_OF_BIRTH"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _DATES.finditer(text):
            ctx = before(text, m.start(), 80)
            cues = list(DOB_CONTEXT.finditer(ctx))
            if cues and cue_reaches(ctx[cues[-1].end():]):
                out.append(self.hit("DATE_OF_BIRTH", m.start(), m.end(), 0.9, "date after a birth cue"))
        return out


_ID_CUE = re.compile(
    r"\b(?:driver'?s?\s+licen[cs]e|licen[cs]e\s+(?:number|no)|passport|(?:national\s+)?id(?:entification)?\s+(?:number|no)|"
    r"national insurance(?: number)?|ni number|tax id|itin|ein|medicare(?: number)?|medicaid(?: number)?|"
    r"member(?:ship)? (?:id|number))\b[^\w\n]{0,3}(?:(?:number|no|is|was|:)\W{0,2}){0,3}"
    r"([A-Z0-9][A-Z0-9\- ]{3,22}[0-9A-Z])\b",
    re.I,
)


class IdNumberRecognizer(FairlineRecognizer):
    """Government and member ID numbers (driver's licence, passport, NI number...) given after their name."""

    ENTITIES = ["ID_NUMBER"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for m in _ID_CUE.finditer(text):
            value = m.group(1).strip()
            if sum(ch.isdigit() for ch in value) < 3:
                continue  # "my passport expired": no number given
            out.append(self.hit("ID_NUMBER", m.start(1), m.start(1) + len(value), 0.85, "after an ID cue"))
        return out
