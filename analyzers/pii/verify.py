"""An independent second pass over redacted text: anything that still looks like PII is reported.

It shares no detection code with the redaction stage on purpose (its own digit-word reader, its own
patterns), so a bug in one is not silently repeated by the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# What redaction leaves behind: typed tags (optionally with a hash) and masks; they are not residue.
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*(?::[0-9a-f]{6,64})?>|\*{3,}\d{0,4}")
_WORD_DIGITS = {"zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_TEEN = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
         "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19"}
_TEN = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7", "eighty": "8",
        "ninety": "9"}
_SKIP = {"uh", "um", "er", "erm", "ah"}
_TOKEN = re.compile(r"\d+|[A-Za-z]+|[^\sA-Za-z\d]")
_LABELLED_REF = re.compile(
    r"\b(order|tracking|reference|ref|confirmation|invoice|ticket|case|claim|transaction|receipt|booking|"
    r"shipment|parcel|promo|coupon|voucher)\b[\w\s#:.\-]{0,30}$", re.I)
# Numbers that belong to no person: a code whose capital-letter prefix is joined by a hyphen ('INV-20391847'),
# and the organisation's own line ('call us on 0800 ...'; its sending line is below).
_CODE_PREFIX = re.compile(r"(?<![\w-])[A-Z]{2,5}-$")
_OWN_LINE = re.compile(r"\b(?:call|contact|reach|ring|phone|text|message)\s+us\s+(?:on|at|free on)\s*$", re.I)
# The firm's freephone line its texts and calls come from ('you'll get a text from 0800 555 0199'), which redaction
# leaves: the cue before the run, and the run's digits a freephone or non-geographic number (UK 0800/0808 from
# home or '+44', North American toll-free 8XX, Australian and Irish 1800, Australian 1300 and 13 numbers). A spoken
# leading 'oh' is no digit to the reader here, so the UK prefix may come without its 0. A mobile stays residue.
_SENT_FROM = re.compile(r"\b(?:texts?|txts?|sms|messages?|calls?|texted|texting|messaged|messaging|called|calling)"
                        r"(?:\s+(?:you|u))?\s+from\s+(?:(?:oh|o)\s+)?\+?$", re.I)
_FREEPHONE_DIGITS = re.compile(r"(?:44|0)?8(?:00|08)\d{6,7}|1?8(?:00|88|77|66|55|44|33)\d{7}|(?:61)?1[38]00\d{6}|"
                               r"13\d{4}")
_DATE_TIME = re.compile(r"(?:19|20)\d{2}-[01]?\d-[0-3]?\d(?: [0-2]?\d)?|[0-3]?\d[-.][01]?\d[-.](?:19|20)?\d{2}")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_SPOKEN_EMAIL = re.compile(r"\b[a-z0-9]+(?:\s+(?:dot|underscore)\s+[a-z0-9]+)*\s+at\s+[a-z0-9]+"
                           r"(?:\s+dot\s+[a-z0-9]+)*\s+dot\s+(?:com|net|org|edu|gov|io|co|uk|us)\b", re.I)


@dataclass(frozen=True)
class Residual:
    """Something in redacted text that still looks like PII: where, and why (never the value)."""

    start: int
    end: int
    kind: str  # "card_number" (Luhn), "digit_run", "email"
    digits: int = 0


def _luhn(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch) * (2 if i % 2 else 1)
        s += v - 9 if v > 9 else v
    return s % 10 == 0


def _number_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of runs of digits and spelled digits, separators and fillers allowed inside."""
    runs: list[tuple[int, int, str]] = []
    toks = list(_TOKEN.finditer(text))
    cur: list[str] = []
    start = end = -1
    gap = 0

    def flush() -> None:
        if cur:
            runs.append((start, end, "".join(cur)))

    i = 0
    while i < len(toks):
        t = toks[i]
        w = t.group().lower()
        val = None
        if w.isdigit():
            val = w
        elif w in _WORD_DIGITS and (w not in ("oh", "o") or cur):
            val = _WORD_DIGITS[w]
        elif w in _TEEN:
            val = _TEEN[w]
        elif w in _TEN:
            nxt = toks[i + 1].group().lower() if i + 1 < len(toks) else ""
            if nxt in _WORD_DIGITS and nxt not in ("zero", "oh", "o"):
                val = _TEN[w] + _WORD_DIGITS[nxt]
                i += 1
            else:
                val = _TEN[w] + "0"
        elif w in ("double", "triple") and i + 1 < len(toks) and toks[i + 1].group().lower() in _WORD_DIGITS:
            val = _WORD_DIGITS[toks[i + 1].group().lower()] * (2 if w == "double" else 3)
            i += 1
        if val is not None:
            if not cur:
                start = t.start()
            cur.append(val)
            end = toks[i].end()
            gap = 0
        elif cur and (w in _SKIP or w in "-,.") and gap < 2:
            gap += 1
        else:
            flush()
            cur, gap = [], 0
        i += 1
    flush()
    return runs


def find_residuals(text: str, min_digits: int = 7) -> list[Residual]:
    """Digit runs (written or spelled) of min_digits or more, Luhn-valid card numbers and emails left in text."""
    clean = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
    out: list[Residual] = []
    for s, e, d in _number_runs(clean):
        if len(d) < min_digits:
            continue
        card = 13 <= len(d) <= 19 and _luhn(d)
        if not card and (_LABELLED_REF.search(clean[max(0, s - 40):s]) or _CODE_PREFIX.search(clean[max(0, s - 6):s])
                         or _OWN_LINE.search(clean[max(0, s - 30):s]) or re.search(r"[$£€]\s?$", clean[:s])
                         or _SENT_FROM.search(clean[max(0, s - 40):s]) and _FREEPHONE_DIGITS.fullmatch(d)
                         or _DATE_TIME.fullmatch(clean[s:e]) or clean[e:e + 1] == ":"):
            continue  # a labelled order/reference number or an amount
        out.append(Residual(s, e, "card_number" if card else "digit_run", len(d)))
    for rx in (_EMAIL, _SPOKEN_EMAIL):
        for m in rx.finditer(clean):
            if not any(r.start < m.end() and m.start() < r.end for r in out):
                out.append(Residual(m.start(), m.end(), "email"))
    return sorted(out, key=lambda r: r.start)


_ACK_ONLY = re.compile(r"^[\W_]*(?:(?:okay|ok|yes|yeah|yep|mm-hmm|mhm|uh-huh|uh|um|go on|got it|right|sure|and|"
                       r"next|continue|alright)[\W_]*)*$", re.I)


def find_cross_turn_residuals(texts: list[str], window: int = 8) -> list[tuple[int, Residual]]:
    """Card numbers left in pieces across consecutive turns: (turn position, residue), Luhn-checked.

    Turns that are (almost) only digits are chained, skipping acknowledgements; any run of whole turns whose
    digits make 13-19 digits passing Luhn is reported in every turn it spans.
    """
    pieces: list[tuple[int, Residual, str] | None] = []
    for pos, text in enumerate(texts):
        clean = _PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
        runs = _number_runs(clean)
        words = re.findall(r"[A-Za-z]+|\d+", clean)
        if not runs:
            if not _ACK_ONLY.match(clean):
                pieces.append(None)  # a real turn without digits ends any chain
            continue
        digit_words = sum(len(_number_runs(w)) > 0 for w in words)
        if digit_words < 0.6 * max(len(words), 1):
            pieces.append(None)
            continue
        s, e, d = runs[0][0], runs[-1][1], "".join(r[2] for r in runs)
        pieces.append((pos, Residual(s, e, "card_number", len(d)), d))
    out: list[tuple[int, Residual]] = []
    for i in range(len(pieces)):
        for j in range(i + 2, min(i + window, len(pieces)) + 1):
            chunk = pieces[i:j]
            if any(p is None for p in chunk):
                break
            digits = "".join(p[2] for p in chunk if p is not None)
            if len(digits) > 19:
                break
            if len(digits) >= 13 and _luhn(digits):
                out.extend((p[0], p[1]) for p in chunk if p is not None)
    unique: dict[tuple[int, int], tuple[int, Residual]] = {(pos, r.start): (pos, r) for pos, r in out}
    return list(unique.values())
