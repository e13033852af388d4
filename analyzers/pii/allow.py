"""What is never a person's name: the tenant's own brand and company names (allow list), organisation-shaped
spans, and lowercase words in text that is otherwise normally capitalised.

spaCy's small model tags unknown capitalised words as PERSON ("Northpoint Recovery", "Kestrel Pay"), and the
conversation-wide propagation then finds "pay" in "I'll pay". Redacting those hides exactly the words the rules
need (creditor identification) and the ones outcomes need (a promise to pay).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # engine imports this module for its name checks
    from analyzers.pii.engine import Detection

# Types whose values are words, so an allowed word inside one is not PII. Numbers, emails and cards never are.
_WORDY = {"PERSON", "USERNAME", "STREET_ADDRESS"}
# Last words of organisation names; "Rick Salazar" is a person, "Northpoint Recovery" a company.
ORG_SUFFIXES = {
    "recovery", "recoveries", "collections", "collection", "services", "service", "solutions", "financial",
    "finance", "bank", "bancorp", "credit", "capital", "lending", "loans", "pay", "payments", "streaming",
    "inc", "llc", "ltd", "plc", "corp", "corporation", "company", "co", "group", "holdings", "partners",
    "associates", "agency", "management", "telecom", "mobile", "energy", "utilities", "insurance", "subscriptions",
    "subscription", "express", "logistics", "systems", "technologies", "labs", "studios", "media", "networks",
    # shops and dealers ('Selam Electronics', 'Lewis Stores', 'Kariuki Motors')
    "electronics", "appliances", "furniture", "furnishings", "stores", "store", "motors", "traders", "trading",
    "enterprises", "supermarket", "hardware", "pharmacy",
    # small local employers and shops ('Hope Springs Bakery', 'Rosa's Cafe', 'Adeyemi Builders')
    "bakery", "bakeries", "cafe", "café", "restaurant", "bistro", "takeaway", "deli", "salon", "butchers",
    "florists", "catering", "builders", "plumbing", "cleaners", "dental",
}
# Joining words that may be left between two allowed names ("Northpoint Recovery for Kestrel Pay").
_GLUE = {"for", "of", "on", "behalf", "and", "at", "from", "with", "the", "by", "to", "via", "in"}
_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def allowed_spans(text: str, terms: Sequence[str]) -> list[tuple[int, int]]:
    """Character spans of every allowed term in the text (case-insensitive, whole words, also inside URLs)."""
    alts = sorted({t.strip() for t in terms if t and t.strip()}, key=lambda a: (-len(a), a))
    if not alts:
        return []
    rx = re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(a) for a in alts) + r")(?![^\W_])", re.I)
    return [m.span() for m in rx.finditer(text)]


def drop_allowed(text: str, dets: Iterable[Detection], terms: Sequence[str]) -> list[Detection]:
    """Detections with allowed terms cut out of word-typed spans; a span left with no real word goes."""
    holes = allowed_spans(text, terms)
    out: list[Detection] = []
    for d in dets:
        if d.entity_type not in _WORDY or not any(s < d.end and d.start < e for s, e in holes):
            out.append(d)
            continue
        out.extend(_remainders(text, d, holes))
    return out


def _remainders(text: str, d: Detection, holes: list[tuple[int, int]]) -> list[Detection]:
    """The pieces of a detection outside the allowed spans that still hold a word worth redacting."""
    pieces: list[tuple[int, int]] = [(d.start, d.end)]
    for s, e in holes:
        pieces = [p for a, b in pieces for p in ((a, min(b, s)), (max(a, e), b)) if p[1] > p[0]]
    out: list[Detection] = []
    for a, b in pieces:
        words = [(m.start() + a, m.end() + a) for m in _WORD.finditer(text[a:b])
                 if m.group().lower() not in _GLUE]
        if words:
            out.append(replace(d, start=words[0][0], end=words[-1][1]))
    return out


def is_cased(text: str) -> bool:
    """Whether the text uses ordinary capitalisation, so a lowercase word carries meaning (not a shouted or
    all-lowercase message)."""
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return bool(letters) and 0 < upper < 0.5 * len(letters)


def plausible_name(value: str, cased: bool) -> bool:
    """Whether an NER PERSON span can be a name: not an organisation, and capitalised where text is cased."""
    words = _WORD.findall(value)
    if not words:
        return False
    if len(words) > 1 and words[-1].lower() in ORG_SUFFIXES:
        return False
    return not cased or any(w[0].isupper() for w in words)
