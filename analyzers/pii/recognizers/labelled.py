"""Numbers that are PII because of what was asked or said just before them (CVV, PIN, SSN, accounts...).

People rarely say a security code without a cue: "what's the three digit code on the back?" - "seven
three nine". Each digit run takes the meaning of the nearest label before it (in this turn or the
previous ones, which the stage passes as a prefix), so "the CVV is 739 and the amount is 250" marks only
739, and an order number label keeps an order number out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.digits import (
    NOT_PII_LABEL,
    DigitRun,
    aba_ok,
    after_code,
    before,
    card_brand,
    cue_reaches,
    digit_runs,
    luhn_ok,
    windows,
)
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.cards import CARD_CONTEXT, EXPIRY_CONTEXT


@dataclass(frozen=True)
class LabelRule:
    """A label that gives a following digit run its meaning."""

    entity: str
    label: re.Pattern[str]
    lengths: tuple[int, int]  # allowed digit count, inclusive
    score: float = 0.85
    check: Callable[[str], bool] | None = None  # an extra validity check on the digits


def _month_year(d: str) -> bool:
    return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12


def _ssn_ok(d: str) -> bool:
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def _date_digits(d: str) -> bool:
    return len(d) in (6, 8)


_R = re.compile
RULES: tuple[LabelRule, ...] = (
    # 'the last four digits of your card' asks for the card's printed end, which is no security code
    LabelRule("CARD_SECURITY_CODE",
              _R(r"\b(cvv2?|cvc2?|cid|csc|cv2|(?<!social )security (?:code|number|digits)|card code|verification "
                 r"(?:code|value|number)|(?<!last )(?:three|four|3|4)[- ]digits?(?: code| number)?|digits on the back|"
                 r"back of (?:the|your) card|code on the back)\b"), (3, 4), 0.95),
    LabelRule("PIN", _R(r"\b(pin|pin number|pin code|passcode|pass code)\b"), (4, 6), 0.9),
    LabelRule("CARD_EXPIRY", EXPIRY_CONTEXT, (4, 6), 0.9, _month_year),
    LabelRule("US_SSN", _R(r"\b(social security(?: number)?|social|ssn|ss number|ss#|ss no)\b"), (9, 9), 0.95,
              _ssn_ok),
    LabelRule("US_SSN", _R(r"\b(last (?:four|4)(?: digits)? of (?:your |my |the )?"
                           r"(?:social security number|social security|social|ssn|ss)\b|"
                           r"(?:social|ssn)\w*[^.?!]{0,30}last (?:four|4))"), (4, 4), 0.9),
    LabelRule("ABA_ROUTING_NUMBER", _R(r"\b(routing|aba|transit|rtn)\b"), (9, 9), 0.9),
    LabelRule("US_BANK_NUMBER",
              _R(r"\b(account(?: number)?|acct|checking|savings|bank account|account no)\b"), (6, 17), 0.8),
    LabelRule("UK_SORT_CODE", _R(r"\bsort code\b"), (6, 6), 0.9),
    LabelRule("PHONE_NUMBER",
              _R(r"\b(phone|telephone|cell|mobile|landline|text me|tel|ph|fax|desk|office|call me (?:on|at)|"
                 r"reach me (?:on|at)|whatsapp|answering at|home number|work number|sms|texts? (?:to|on|at)|"
                 r"messages? (?:to|on|at)|registered(?: number| mobile)?|direct line|(?:phone|mobile|home|work|"
                 r"office) line|hotline|helpline|switchboard|contact number|call ?back number|callback on|"
                 r"available (?:on|at)|get (?:me|hold of me) (?:on|at)|try me (?:on|at))\b"), (7, 15), 0.8),
    LabelRule("PHONE_NUMBER", _R(r"\b(call|reach|contact|dial|ring)(?: me| him| her)?(?: on| at)?\b"),
              (7, 15), 0.75),
    LabelRule("PHONE_NUMBER",
              _R(r"\b((?<!card )(?<!account )(?<!routing )(?<!security )(?<!order )number)\b"), (10, 12), 0.75),
    LabelRule("DATE_OF_BIRTH", _R(r"\b(born|date of birth|birth ?date|dob|d\.o\.b|birthday)\b"), (6, 8), 0.9,
              _date_digits),
    LabelRule("CREDIT_CARD", CARD_CONTEXT, (13, 19), 0.7),
)

_NOT_PII = LabelRule("NONE", NOT_PII_LABEL, (1, 99))
# Bank details the customer is told to pay to ('pay by bank transfer to sort code 20-00-00'): the creditor's own
# account, which is no personal data; 'my'/'your' before the label keeps a person's account in.
_PAYEE_DETAILS = re.compile(r"\b(?:pay|paying|payment|transfer|send)\b[^.?!\n]{0,40}?\bto\s+(?:our\s+|the\s+)?"
                            r"(?:sort code|account(?: number)?|iban)\s*:?\s*$")
_BANK_DETAILS = frozenset({"UK_SORT_CODE", "US_BANK_NUMBER", "IBAN_CODE"})
# Capital letters joined to the digits by a hyphen ('RTN-5521-0098', 'INV-20391'): a return, invoice or order
# reference, no personal number, unless those letters are themselves a label of one.
REFERENCE_PREFIX = re.compile(r"(?<![\w-])[A-Z]{2,5}-$")
_PHONE_RULE = next(r for r in RULES if r.entity == "PHONE_NUMBER")
# 'account' that says whose phone number it is, not which account number follows.
_PHONE_ON_ACCOUNT = re.compile(
    r"\b(phone|mobile|cell|telephone|contact|callback|number)\b[^.?!\n]{0,25}?\b(?:on|in|for|with|to|under|of)\s+"
    r"(?:my|the|your|our|this|his|her|their)\s+account\b[^\d\n]{0,20}$")


def nearest_rule(text: str, pos: int, ndigits: int, window: int = 120) -> LabelRule | None:
    """The label rule whose cue ends closest before `pos` and accepts this many digits."""
    ctx = before(text, pos, window)
    best: tuple[int, LabelRule] | None = None
    for rule in (*RULES, _NOT_PII):
        last = None
        for m in rule.label.finditer(ctx):
            last = m
        if last is None:
            continue
        if not (rule.lengths[0] <= ndigits <= rule.lengths[1]):
            continue
        if best is None or last.end() > best[0]:
            best = (last.end(), rule)
    if best is None or not cue_reaches(ctx[best[0]:]):
        return None
    return best[1]


# "2003-08-28 12:13" is a timestamp, "28-08-2003" a date: not identifiers.
_DATE_OR_TIME = re.compile(r"(?:19|20)\d{2}-[01]?\d-[0-3]?\d\b|[0-3]?\d[-.][01]?\d[-.](?:19|20)?\d{2}\b|"
                           r"[^\n]{0,24}?\d:\d\d")


def _phone_shaped(text: str, run: DigitRun) -> bool:
    """Seven to fifteen digits in groups ('031 448 20 17', '8812 4470'), not a house number before a street name
    ('4120 18 Calloway Brae') nor a region code and postcode ('61 28410')."""
    n = len(run.digits)
    if len(run.groups) == 1:
        return run.digits[0] == "0" and 10 <= n <= 11  # '0612345678': a national number with its trunk zero
    if not 7 <= n <= 15:
        return False
    sizes = [e - s for s, e in run.groups]
    if sizes == [2, 5] or "," in text[run.start:run.end]:
        return False  # 'Veerlehof 970, 4833 Meerdonk': a house number and a postcode, not one number
    return re.match(r"\s+[A-Z\u00c0-\u024f]", text[run.end:run.end + 3]) is None


def _holds_card(run: DigitRun) -> bool:
    return any(luhn_ok(d) and card_brand(d) not in (None, "other") for _, _, d in windows(run, 13, 19))


class LabelledNumberRecognizer(FairlineRecognizer):
    """Digit runs after a cue (CVV, PIN, SSN, routing, account, sort code, phone, DOB); unlabelled long runs too."""

    ENTITIES = sorted({r.entity for r in RULES} | {"DIGIT_SEQUENCE"})

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for run in digit_runs(text):
            n = len(run.digits)
            if n >= 13 and _holds_card(run):
                continue  # the card recognizer owns it (and the expiry that may trail in the same run)
            rule = nearest_rule(text, run.start, n)
            coded = after_code(text, run.start)  # the tail of a tracking code: an identifier, not a phone
            whose = _PHONE_ON_ACCOUNT.search(before(text, run.start, 80)) if rule is not None and \
                rule.entity == "US_BANK_NUMBER" and 7 <= n <= 15 else None
            if whose and (whose.group(1) != "number" or len(run.groups) > 1):
                rule = _PHONE_RULE  # 'the phone number on my account is 555-123-4567'
            if rule is not None and rule.entity in _BANK_DETAILS and _PAYEE_DETAILS.search(before(text, run.start, 80)):
                continue
            if rule is None and REFERENCE_PREFIX.search(text[max(0, run.start - 6):run.start]):
                continue
            if coded and rule is not None and rule.entity == "PHONE_NUMBER":
                rule = None
            if rule is not None and rule.entity != "NONE":
                if rule.check is None or rule.check(run.digits):
                    out.append(self.hit(rule.entity, run.start, run.end, rule.score, f"after a {rule.entity} cue"))
                    continue
            if rule is not None and rule.entity == "NONE":
                continue
            if n == 9 and aba_ok(run.digits) and re.search(r"\b(bank|routing|aba)\b", before(text, run.start, 200)):
                out.append(self.hit("ABA_ROUTING_NUMBER", run.start, run.end, 0.7, "ABA checksum, bank context"))
            elif coded:
                if n >= 7:
                    out.append(self.hit("DIGIT_SEQUENCE", run.start, run.end, 0.45, "digits of a longer code"))
            elif n >= 7 and text[max(0, run.start - 1):run.start] in ("+", "("):
                out.append(self.hit("PHONE_NUMBER", run.start - 1, run.end, 0.6, "international number"))
            elif _phone_shaped(text, run) and not _DATE_OR_TIME.match(text, run.start):
                # "031 448 20 17", "212 555 0147": grouped as people write phone numbers
                out.append(self.hit("PHONE_NUMBER", run.start, run.end, 0.5, "number grouped like a phone number"))
            elif n >= 7 and not _DATE_OR_TIME.match(text, run.start):
                # An unexplained long number in a collections conversation is treated as an identifier:
                # leaving it would make the verifier block the record anyway.
                out.append(self.hit("DIGIT_SEQUENCE", run.start, run.end, 0.45, f"unlabelled {n}-digit number"))
        return out
