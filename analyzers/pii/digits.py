"""Digit runs, checksums and context look-ups shared by the number recognizers and the verifier."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Digits as people write or an ASR prints them: groups split by spaces, hyphens, a comma or a period.
# Digits glued to letters ("1Z999AA1012", "GB29NWBK") belong to codes that other recognizers judge.
# A filler between groups ("4263, 9827, uh 5031") does not end a run.
_RUN = re.compile(
    r"(?<![A-Za-z0-9])\d(?:(?:[ \-]{1,2}|[.,] ?| (?:dash|hyphen) |[.,]? (?:uh|um|er|erm|ah)[.,]? )?\d)*(?![A-Za-z])",
    re.I)
_GROUP = re.compile(r"\d+")


@dataclass(frozen=True)
class DigitRun:
    """A maximal run of digits in a text, with its digit groups."""

    start: int
    end: int
    digits: str
    groups: tuple[tuple[int, int], ...]  # (start, end) of each contiguous digit group


def digit_runs(text: str) -> list[DigitRun]:
    """All digit runs in the text (separators inside a run are allowed, letters end it)."""
    runs: list[DigitRun] = []
    for m in _RUN.finditer(text):
        s = m.group()
        if _is_decimal_amount(text, m.start(), m.end()):
            continue
        groups = tuple((m.start() + g.start(), m.start() + g.end()) for g in _GROUP.finditer(s))
        runs.append(DigitRun(m.start(), m.end(), "".join(ch for ch in s if ch.isdigit()), groups))
    return runs


def _is_decimal_amount(text: str, start: int, end: int) -> bool:
    """'$1,250.00' or '1,250 dollars' is money, not an identifier."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 10].lower()
    money_after = re.match(r"\s*(dollars?|pounds?|euros?|bucks|cents?|usd|gbp|eur|%|percent)\b", after)
    return any(c in before for c in "$£€¥") or money_after is not None


def windows(run: DigitRun, min_len: int, max_len: int) -> list[tuple[int, int, str]]:
    """Sub-runs of whole digit groups with min_len..max_len digits: (start, end, digits), longest first."""
    out: list[tuple[int, int, str]] = []
    g = run.groups
    offs = [0]
    for s, e in g:
        offs.append(offs[-1] + e - s)
    for i in range(len(g)):
        for j in range(i, len(g)):
            length = offs[j + 1] - offs[i]
            if length > max_len:
                break
            if length >= min_len:
                out.append((g[i][0], g[j][1], run.digits[offs[i]:offs[j + 1]]))
    return sorted(out, key=lambda w: (-len(w[2]), w[0]))


def luhn_ok(digits: str) -> bool:
    """Luhn checksum, the one every payment card number carries."""
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def aba_ok(digits: str) -> bool:
    """ABA routing number checksum (weights 3, 7, 1) and a valid Federal Reserve prefix."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    prefix = int(digits[:2])
    if not (0 <= prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    w = (3, 7, 1) * 3
    return sum(int(c) * k for c, k in zip(digits, w, strict=True)) % 10 == 0


def card_brand(digits: str) -> str | None:
    """The card scheme a number belongs to by its prefix and length, or None."""
    n = len(digits)
    p2, p3, p4, p6 = int(digits[:2]), int(digits[:3]), int(digits[:4]), int(digits[:6])
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39) or p4 == 3095) and 14 <= n <= 19:
        return "diners"
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if (p2 == 50 or 56 <= p2 <= 69) and 12 <= n <= 19:
        return "maestro"
    if p4 in (2200, 2201, 2202, 2203, 2204) and 16 <= n <= 19:
        return "mir"
    if digits[0] in "3456" and 13 <= n <= 19:
        return "other"
    return None


def before(text: str, pos: int, chars: int = 60) -> str:
    """Lower-cased text just before a position (the context people give before a number)."""
    return text[max(0, pos - chars):pos].lower()


def after(text: str, pos: int, chars: int = 30) -> str:
    """Lower-cased text just after a position."""
    return text[pos:pos + chars].lower()


def has_any(window: str, pattern: re.Pattern[str]) -> bool:
    """Whether a context pattern occurs in the window."""
    return pattern.search(window) is not None


# Labels that make a number an order/reference/promo/time and not personal data.
NOT_PII_LABEL = re.compile(
    r"\b(order|tracking|reference|ref|confirmation|invoice|ticket|case|claim|promo|coupon|voucher|discount|"
    r"transaction|receipt|booking|shipment|parcel|sku|item|model|serial|extension|ext|room|flight|"
    r"policy|batch|version|page|step|ending(?:\s+in)?)\b(?:\s+(?:number|no|num|id|code|#))?\s*(?:is|was|:|#)?\s*$"
    # the organisation's own line ('please call us on 0800 ...'): a business number, no personal data
    r"|\b(?:call|contact|reach|ring|phone|text|message)\s+us\s+(?:on|at|free on)\s*$"
)


# The firm's own sending line ('you'll get a text from 0800 555 0199', 'we'll call you from 1-800-...'): the
# number a message or call comes from. Only a freephone or non-geographic number is surely the firm's; a mobile
# after 'a text from' may be anyone's, so the number itself must be one (see is_freephone).
SENT_FROM = re.compile(r"\b(?:texts?|txts?|sms|messages?|calls?|texted|texting|messaged|messaging|called|calling)"
                       r"(?:\s+(?:you|u))?\s+from\s*$", re.I)
# Freephone and non-geographic numbers, as digits: UK 0800/0808, North American toll-free 8XX with or without the 1,
# Australian and Irish 1800, Australian 1300 and six-digit 13 numbers.
_FREEPHONE = re.compile(r"(?:08(?:00|08)\d{6,7}|1?8(?:00|88|77|66|55|44|33)\d{7}|1[38]00\d{6}|13\d{4})")


def is_freephone(number: str) -> bool:
    """Whether a written number is a freephone or non-geographic one (no person's own line)."""
    digits = re.sub(r"\D", "", number)
    if number.lstrip().startswith("+44"):
        digits = "0" + digits[2:]  # '+44 800 ...' is '0800 ...'
    elif number.lstrip().startswith("+61"):
        digits = digits[2:]
    return _FREEPHONE.fullmatch(digits) is not None


def brand_sender(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is the line a firm's texts or calls come from: a freephone number
    after 'a text from', 'we'll call you from'."""
    return SENT_FROM.search(text[max(0, start - 40):start]) is not None and is_freephone(text[start:end])


# A token of letters and digits mixed right before a number ('1Z 999 AA1 0123 4567 84'): the number continues
# that code (a tracking or reference code), it is no phone number.
CODE_BEFORE = re.compile(r"(?:[A-Za-z]+\d|\d+[A-Za-z])[A-Za-z\d]*[ \t]+$")


def after_code(text: str, pos: int) -> bool:
    """Whether the number at `pos` directly follows a mixed letter-and-digit token."""
    return CODE_BEFORE.search(text[max(0, pos - 40):pos]) is not None


_NEW_SENTENCE = re.compile(r"[.!;]\s+(?:\S+\s+){3,}")


def cue_reaches(between: str) -> bool:
    """Whether a cue still applies across this text: not once a new sentence of several words has started."""
    return _NEW_SENTENCE.search(between) is None
