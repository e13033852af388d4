"""Payment card numbers (every brand and length, Luhn-checked) and expiry dates, written or spoken."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.digits import NOT_PII_LABEL, before, card_brand, digit_runs, luhn_ok, windows
from analyzers.pii.recognizers.base import FairlineRecognizer

CARD_CONTEXT = re.compile(
    r"\b(card|visa|master ?card|amex|american express|discover|debit|credit|pan|long number|"
    r"number on the front|card number|cc)\b"
)
EXPIRY_CONTEXT = re.compile(r"\b(expir\w*|exp|expires?|valid (?:thru|through|until|till)|end date|good thru)\b")
MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_EXPIRY_NUMERIC = re.compile(r"\b(0?[1-9]|1[0-2])\s?[/\-.]\s?(\d{2}|20\d{2})\b")
_EXPIRY_COMPACT = re.compile(r"\b(0[1-9]|1[0-2])(\d{2}|20\d{2})\b")
_EXPIRY_SPACED = re.compile(r"\b(0?[1-9]|1[0-2])\s+(?:of\s+)?(?:20)?\d{2}\b")  # "09 of 28" (spoken), needs a cue
_EXPIRY_MONTH = re.compile(rf"\b{MONTHS}\.?,?\s+(?:of\s+)?(?:20)?\d{{2}}\b", re.I)


class CardNumberRecognizer(FairlineRecognizer):
    """Card numbers: 12-19 digits of a known scheme passing Luhn; a card context rescues a mis-heard digit."""

    ENTITIES = ["CREDIT_CARD"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for run in digit_runs(text):
            if len(run.digits) < 12:
                continue
            ctx = before(text, run.start, 100)
            card_ctx = CARD_CONTEXT.search(ctx) is not None
            if NOT_PII_LABEL.search(before(text, run.start, 40)) and not card_ctx:
                continue
            hit = None
            cands = [(s, e, d, card_brand(d)) for s, e, d in windows(run, 12, 19) if len(d) >= 13 or card_ctx]
            # a known scheme and length first, so "<card> 12/29" is not read as one 18-digit number
            cands.sort(key=lambda c: c[3] in (None, "other"))
            for s, e, d, brand in cands:
                if brand and luhn_ok(d):
                    score = 1.0 if brand != "other" else 0.85
                    hit = self.hit("CREDIT_CARD", s, e, score, f"{brand} number, {len(d)} digits, Luhn valid")
                    break
            if hit is None and card_ctx and 12 <= len(run.digits) <= 19:
                # A spoken card number with one mis-heard digit fails Luhn but is still a card number.
                hit = self.hit("CREDIT_CARD", run.start, run.end, 0.7, "card context, Luhn fails")
            if hit is not None:
                out.append(hit)
        return out


class CardExpiryRecognizer(FairlineRecognizer):
    """Card expiry dates (MM/YY, MMYY, 'August 2027') after an expiry word or right after a card number."""

    ENTITIES = ["CARD_EXPIRY"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        # group ends inside long runs: "4111 1111 1111 1111 12/29" puts the month in the card's run
        card_ends = [e for r in digit_runs(text) if len(r.digits) >= 13 for _, e in r.groups]
        for rx in (_EXPIRY_NUMERIC, _EXPIRY_COMPACT, _EXPIRY_MONTH, _EXPIRY_SPACED):
            for m in rx.finditer(text):
                ctx = before(text, m.start(), 60)
                labelled = EXPIRY_CONTEXT.search(ctx) is not None
                after_card = any(0 <= m.start() - e <= 25 for e in card_ends) and rx is not _EXPIRY_MONTH
                if rx in (_EXPIRY_COMPACT, _EXPIRY_SPACED) and not labelled:
                    continue
                if labelled or after_card:
                    why = "expiry context" if labelled else "follows a card number"
                    out.append(self.hit("CARD_EXPIRY", m.start(), m.end(), 0.9 if labelled else 0.7, why))
        return out
