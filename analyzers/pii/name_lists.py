"""Names listed together: 'our founders Okafor, Lindqvist and Moreau' - when NER finds one name of a list,
the other capitalised single words of that list are names too."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import ORG_SUFFIXES
from analyzers.pii.name_lexicon import is_given_name

if TYPE_CHECKING:
    from analyzers.pii.engine import Detection

_CAPW = r"[A-Z\u00c0-\u00de\u0100-\u024f][^\W\d_]*(?:-[^\W\d_]+)*"
# two or more capitalised single words joined by commas and a final 'and'/'or'/'&'
_LIST = re.compile(rf"(?<![\w-])({_CAPW})((?:\s*,\s*{_CAPW})*)\s*,?\s+(?:and|or|&)\s+({_CAPW})(?![\w-])")
_ITEM = re.compile(_CAPW)
# three or more names of one to three capitalised words (an initial allowed) joined by commas only:
# 'Players: Shane M Culp, Scott, Ludmiła'
_NAME_ITEM = rf"{_CAPW}(?:[ \t]+(?:[A-Z]\.?|{_CAPW})){{0,2}}"
_COMMA_LIST = re.compile(rf"(?<![\w-])({_NAME_ITEM}(?:[ \t]*,[ \t]*{_NAME_ITEM}){{2,}})(?=[ \t]*(?:[.!?;)\n]|$))")


def listed_names(text: str, dets: Sequence[Detection]) -> list[tuple[int, int]]:
    """Spans of list items that are not yet PERSON hits, in lists where at least one item is one."""
    persons = [(d.start, d.end) for d in dets if d.entity_type == "PERSON"]
    if not persons:
        return []
    out: list[tuple[int, int]] = []
    for m in _LIST.finditer(text):
        items = [(m.start(1), m.end(1))]
        items += [(m.start(2) + i.start(), m.start(2) + i.end()) for i in _ITEM.finditer(m.group(2))]
        items.append((m.start(3), m.end(3)))
        # an item is a name when a PERSON hit is exactly that word (not a longer span that merely touches it)
        named = [(s, e) in persons for s, e in items]
        if not any(named):
            continue
        # 'Courage and Discipline': a pair carries a name over only to a common given name
        pair = len(items) == 2
        for (s, e), is_name in zip(items, named, strict=True):
            word = text[s:e].lower()
            if is_name or word in STOP_WORDS or word in ORG_SUFFIXES or (pair and not is_given_name(word)):
                continue
            out.append((s, e))
    for m in _COMMA_LIST.finditer(text):
        items = [(m.start(1) + i.start(), m.start(1) + i.end()) for i in re.finditer(r"[^,]+", m.group(1))]
        items = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e - len(text[s:e]) + len(text[s:e].rstrip()))
                 for s, e in items]
        named = [any(ps < e and s < pe for ps, pe in persons) for s, e in items]
        # at least two of the items already found as names, so 'Red, Green, Blue' stays a list of words
        if sum(named) < 2:
            continue
        for (s, e), is_name in zip(items, named, strict=True):
            words = text[s:e].lower().split()
            if is_name or any(w in STOP_WORDS or w in ORG_SUFFIXES for w in words):
                continue
            out.append((s, e))
    return out
