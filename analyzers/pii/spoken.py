"""Spoken-number normaliser: "four five three two" -> "4532", keeping a map back to the original characters.

Recognizers run on the normalised view (digits where people said words); every hit is mapped back to
the original text through `NormalisedText.to_original`, so redaction replaces exactly what was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = {
    "zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}
_REPEAT = {"double": 2, "triple": 3}
_FILLERS = {"uh", "um", "er", "erm", "ah", "hmm", "uhm"}
# "oh"/"o" are only zero next to other number words: "oh, okay" stays a word.
_WEAK = {"oh", "o"}
_NUMBER_WORDS = set(_DIGITS) | set(_TEENS) | set(_TENS) | set(_REPEAT) | {"hundred", "thousand"}

_TOKEN = re.compile(r"[A-Za-z]+|\d+|\s+|.", re.S)


@dataclass(frozen=True)
class NormalisedText:
    """The normalised view of a text and, per character, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


@dataclass
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_digits(self) -> bool:
        return self.text[:1].isdigit()

    @property
    def is_space(self) -> bool:
        return self.text[:1].isspace()


def normalise_spoken(text: str) -> NormalisedText:
    """Replace runs of spoken numbers with digit strings; keep a per-character map to the original."""
    toks = [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    def emit(s: str, a: int, b: int) -> None:
        out.append(s)
        starts.extend([a] * len(s))
        ends.extend([b] * len(s))

    i = 0
    n = len(toks)
    while i < n:
        run = _number_run(toks, i)
        if run is None:
            t = toks[i]
            for k, ch in enumerate(t.text):
                emit(ch, t.start + k, t.start + k + 1)
            i += 1
            continue
        j, pieces = run
        for digits, a, b in pieces:
            emit(digits, a, b)
        i = j
    return NormalisedText(text, "".join(out), tuple(starts), tuple(ends))


def _content_indices(toks: list[_Tok], i: int) -> list[int]:
    """Indices of word/digit tokens from i on, stopping at punctuation other than hyphens between words."""
    idx: list[int] = []
    k = i
    while k < len(toks):
        t = toks[k]
        if t.is_word or t.is_digits:
            idx.append(k)
        elif not (t.is_space or (t.text == "-" and idx)):
            break
        k += 1
    return idx


def _number_run(toks: list[_Tok], i: int) -> tuple[int, list[tuple[str, int, int]]] | None:
    """If a spoken number run starts at token i, return (next token index, [(digits, orig start, orig end)])."""
    t = toks[i]
    if not (t.is_word or t.is_digits):
        return None
    low = t.low
    if t.is_word and low not in _NUMBER_WORDS and low not in _ORDINALS:
        return None
    cand = _content_indices(toks, i)
    # Collect the maximal run of number words / digit tokens / fillers between them.
    words: list[int] = []
    for k in cand:
        w = toks[k]
        lw = w.low
        if w.is_digits or lw in _NUMBER_WORDS or (lw in _FILLERS and words):
            words.append(k)
            continue
        if lw in _ORDINALS and (words or k == cand[0]):
            pos = cand.index(k)
            if pos + 1 < len(cand) and toks[cand[pos + 1]].low == "name":
                break  # 'first name', 'second name' label a name ('... r o first name is ...' is no '01')
            words.append(k)
            continue
        if lw == "and" and words and toks[words[-1]].low in ("hundred", "thousand"):
            pos = cand.index(k)
            if pos + 1 < len(cand) and toks[cand[pos + 1]].low in _NUMBER_WORDS:
                words.append(k)
                continue
        break
    while words and toks[words[-1]].low in _FILLERS:
        words.pop()
    if words and toks[words[0]].low in _ORDINALS:
        # a lone ordinal is a number only when it is a day of a month ("March third", "the third of May").
        prev = _prev_word(toks, i)
        nxt = [toks[k].low for k in cand[1:3]]
        if not (prev in _MONTHS or nxt[:1] == ["of"] and len(nxt) > 1 and nxt[1] in _MONTHS):
            return None
        return words[0] + 1, [(str(_ORDINALS[toks[words[0]].low]), toks[words[0]].start, toks[words[0]].end)]
    if not words:
        return None
    spoken = [k for k in words if toks[k].is_word and toks[k].low not in _FILLERS]
    if not spoken:
        return None  # digits only: left as written
    if len(words) == 1 and toks[words[0]].low in _WEAK | set(_REPEAT) | {"hundred", "thousand"}:
        return None  # "oh", "double" or "hundred" alone are words
    pieces = _parse(toks, words)
    if pieces is None:
        return None
    return words[-1] + 1, pieces


def _prev_word(toks: list[_Tok], i: int) -> str:
    k = i - 1
    while k >= 0 and not toks[k].is_word:
        if not toks[k].is_space:
            return ""
        k -= 1
    return toks[k].low if k >= 0 else ""


def _small(toks: list[_Tok], ws: list[int], p: int) -> tuple[int, int, int] | None:
    """Parse a number below 100 at ws[p]: (value, digit count, next position)."""
    if p >= len(ws):
        return None
    w = toks[ws[p]]
    lw = w.low
    if lw in _DIGITS:
        return _DIGITS[lw], 1, p + 1
    if lw in _TEENS:
        return _TEENS[lw], 2, p + 1
    if lw in _TENS:
        if p + 1 < len(ws):
            nxt = toks[ws[p + 1]].low
            if nxt in _DIGITS and _DIGITS[nxt] > 0 and nxt not in _WEAK:
                return _TENS[lw] + _DIGITS[nxt], 2, p + 2
            if nxt in _ORDINALS and _ORDINALS[nxt] < 10:
                return _TENS[lw] + _ORDINALS[nxt], 2, p + 2
        return _TENS[lw], 2, p + 1
    if lw in _ORDINALS:
        return _ORDINALS[lw], len(str(_ORDINALS[lw])), p + 1
    return None


def _parse(toks: list[_Tok], words: list[int]) -> list[tuple[str, int, int]] | None:
    """Turn the run's tokens into digit pieces, each mapped to the original words it came from."""
    ws = [k for k in words if toks[k].low not in _FILLERS]
    # A stray "and" (only kept after a scale word) is consumed by _scaled.
    pieces: list[tuple[str, int, int]] = []
    p = 0
    while p < len(ws):
        w = toks[ws[p]]
        lw = w.low
        a = w.start
        if w.is_digits:
            pieces.append((w.text, w.start, w.end))
            p += 1
            continue
        if lw in _REPEAT:
            if p + 1 < len(ws) and toks[ws[p + 1]].low in _DIGITS:
                d = str(_DIGITS[toks[ws[p + 1]].low])
                pieces.append((d * _REPEAT[lw], a, toks[ws[p + 1]].end))
                p += 2
                continue
            p += 1  # "double" without a digit after it: drop the word from the digit view
            continue
        if lw in ("hundred", "thousand", "and"):
            p += 1
            continue
        small = _small(toks, ws, p)
        if small is None:
            return None
        val, width, q = small
        # Scales: "one hundred (and) twenty three", "two thousand (and) five".
        if q < len(ws) and toks[ws[q]].low in ("hundred", "thousand"):
            total, q = _scaled(toks, ws, p)
            pieces.append((str(total), a, toks[ws[q - 1]].end))
            p = q
            continue
        pieces.append((str(val).zfill(width), a, toks[ws[q - 1]].end))
        if toks[ws[q - 1]].low in _ORDINALS and q < len(ws):
            # a day ends at its ordinal: "twenty fifth nineteen sixty" is "25 1960", not "251960"
            pieces.append((" ", toks[ws[q - 1]].end, toks[ws[q - 1]].end))
        p = q
    return pieces


def _scaled(toks: list[_Tok], ws: list[int], p: int) -> tuple[int, int]:
    """Parse "<n> hundred [and] <m>" / "<n> thousand [and] <m>" starting at ws[p]: (value, next position)."""
    total = 0
    current = 0
    q = p
    while q < len(ws):
        lw = toks[ws[q]].low
        if lw == "hundred":
            current = max(current, 1) * 100
            q += 1
            continue
        if lw == "thousand":
            total += max(current, 1) * 1000
            current = 0
            q += 1
            continue
        if lw == "and":
            q += 1
            continue
        small = _small(toks, ws, q)
        if small is None:
            break
        if lw in _DIGITS and _DIGITS[lw] == 0 and q > p and toks[ws[q - 1]].low == "hundred" \
                and q + 1 < len(ws) and toks[ws[q + 1]].low in _DIGITS:
            # 'six hundred oh oh four' (an Indian PIN code): the hundred opens a code read digit by digit, whose
            # zeros are digits of their own, not nothing added to 600
            break
        # a small number belongs to this value only right after a scale word (or at its start)
        if q > p and toks[ws[q - 1]].low not in ("hundred", "thousand", "and"):
            break
        current += small[0]
        q = small[2]
    return total + current, q
