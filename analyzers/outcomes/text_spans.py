"""Clauses, negation and evidence: the shared plumbing of the outcome detectors."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analyzers.document import Evidence, Utterance

# Clause boundaries: sentence ends, semicolons, and contrastive joints ("..., but I can pay on Monday").
# A full stop inside a number ("$1.5k", "49.99") is no boundary.
# An emoji ends a thought in chat as a full stop does: "I'll settle the 2,450 on the 15th 😊 can you waive the fee?"
# A request spliced on with a comma asks its own question and leaves the statement before it one:
# "I'll pay the $95 monday after christmas, can u waive the fee?", "..., can the fee come off?"; so does one spliced
# on with a dash: "I'll transfer the $85.40 today - can you please take the $10 fee off?"
_CLAUSE_SPLIT = re.compile(r"[!?;]+\s*|\.+(?!\d)\s*|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+\s*"
                           r"|(?:,|\s+[-\u2013\u2014])\s*(?=(?:can|could|would|will)\s+(?:you|u|ya|someone|the|my|your)\b)"
                           r"|,?\s+\b(?:but|however|although|though|except)\b\s*", re.IGNORECASE)
NEGATION = re.compile(
    r"\b(can't|cant|cannot|can not|won't|wont|will not|wouldn't|couldn't|shouldn't|not able|unable|no way|"
    r"don't think|do not think|not going to|not gonna|isn't going to|never|not be able|don't have|do not have|"
    r"haven't got|no longer|not|refuse|don't|do not|didn't|did not"
    # texted negations drop the apostrophe: "dont put me down", "i didnt say friday"
    r"|dont|didnt|wouldnt|couldnt|shouldnt|havent"
    r"|cyaan|kyaan|caan|nuh|cannae|canna|doesn't|doesnt|does not)\b",  # Jamaican "mi cyaan", Scots "I cannae"
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    """A clause of an utterance with its character span in the utterance text."""

    text: str
    start: int
    end: int
    question: bool


_ABBREVIATION = re.compile(r"\b(?:(?:rs|no|nos|incl|approx|vs|ref|acc|a/c)\.(?=\s*[a-z0-9])|(?:i\.e|e\.g)\.?"
                           r"|(?:mr|mrs|ms|dr|st|messrs)\.(?=\s))", re.IGNORECASE)


# "I'll pay $75 in two weeks and the rest in January if that's alright?": a statement asking only for a nod; a
# clause that opens with the modal ("can I pay on Friday if that's ok?") stays a question
_POLITE_TAG = re.compile(r"\bif (?:that'?s|that is|it'?s|it is|this is) (?:ok|okay|alright|all right|fine|good)\s*$",
                         re.IGNORECASE)
_ASKS = re.compile(r"^\W*(?:\w+\W+)?(?:can|could|may|would|will|shall|is|are|do|does)\b", re.IGNORECASE)


def _asks(clause: str, separator: str) -> bool:
    """Whether a clause ended by `separator` asks a question rather than tags a statement with a nod."""
    return "?" in separator and not (_POLITE_TAG.search(clause) and not _ASKS.search(clause))


def clauses(text: str) -> list[Clause]:
    """The clauses of a text; a clause is a question when it ends with '?' (not after a mere "if that's ok")."""
    out: list[Clause] = []
    pos = 0
    # "Rs. 4,350", "i.e. total", "Mr. Adeyemi": an abbreviation's dot ends no clause (same length, so spans hold)
    masked = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", "\u2024"), text)
    for m in _CLAUSE_SPLIT.finditer(masked):
        if m.start() > pos:
            out.append(Clause(text[pos:m.start()], pos, m.start(), _asks(text[pos:m.start()], m.group(0))))
        pos = m.end()
    if pos < len(text):
        out.append(Clause(text[pos:], pos, len(text), False))
    return [c for c in out if c.text.strip()]


# A sentence ends at ., ! or ? followed by space; "$49.99" and "i.e." carry no space after their dot.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def last_sentence(text: str) -> str:
    """The last sentence of a text (the text itself when it has none)."""
    parts = [p for p in SENTENCE_BREAK.split(text.strip()) if p]
    return parts[-1] if parts else text


def negated_before(text: str, at: int) -> bool:
    """True when a negation precedes position `at` within the same clause text."""
    return bool(NEGATION.search(text[:at]))


def time_span(u: Utterance, char_start: int, char_end: int) -> tuple[float | None, float | None]:
    """Audio time span of a character span: from the words when they carry times, else the utterance's."""
    if u.words:
        inside = [w for w in u.words if w.char_end > char_start and w.char_start < char_end]
        if inside:
            return inside[0].start, inside[-1].end
    return u.start, u.end


EVIDENCE_CHARS = 240  # longest excerpt an evidence item carries


def evidence(u: Utterance, char_start: int = 0, char_end: int | None = None,
             max_chars: int = EVIDENCE_CHARS) -> Evidence:
    """Evidence for a span of an utterance: index, char and time span, redacted excerpt and speaker role."""
    end = len(u.text) if char_end is None else char_end
    start, stop = time_span(u, char_start, end)
    excerpt = u.text[char_start:end].strip()
    if len(excerpt) > max_chars:
        excerpt = excerpt[: max_chars - 1] + "…"
    return Evidence(utterance=u.index, char_start=char_start, char_end=end, start=start, end=stop,
                    excerpt=excerpt, speaker_role=u.role)


def covering(span: tuple[int, int], parts: list[tuple[int, int]], text: str,
             max_chars: int = EVIDENCE_CHARS) -> tuple[int, int]:
    """The span widened to take in `parts` (where the final figure and day were said), so that an excerpt cut to
    `max_chars` still shows them; past that length it starts at the sentence of the earliest part left out."""
    lo, hi = min([span[0], *(p[0] for p in parts)]), max([span[1], *(p[1] for p in parts)])
    if hi - lo > max_chars:
        # "I initially thought I could only manage £500 ... so I will pay the £650.00 on 18/12/2026": the words
        # carrying the final terms matter more to the reader than the first ones of the commitment
        outside = min((p[0] for p in parts if not span[0] <= p[0] < span[1]), default=lo)
        starts = [m.end() for m in SENTENCE_BREAK.finditer(text, 0, outside)]
        lo = max(lo, starts[-1] if starts else lo)
    return lo, hi
