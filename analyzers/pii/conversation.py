"""Detection over a whole conversation: each turn with its earlier turns as context, numbers split across
turns, and every other mention of a value already found ("Crystal Minh" ... "thanks, Crystal")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import drop_allowed, is_cased
from analyzers.pii.crossturn import cross_turn_detections
from analyzers.pii.engine import Detection, detect_batch, merge_overlaps
from analyzers.pii.name_lexicon import KIN_WORDS, NOT_ALONE, is_given_name
from analyzers.pii.name_lists import listed_names
from analyzers.pii.spoken import normalise_spoken
from analyzers.pii.vocab import is_rare_word

# Values worth finding again elsewhere in the conversation, and the shortest piece that is searched for.
_PROPAGATE = {"PERSON", "EMAIL_ADDRESS", "USERNAME", "STREET_ADDRESS", "PHONE_NUMBER", "IBAN_CODE"}
_MIN_NAME_PART = 3
_COMMON = {
    "the", "and", "for", "you", "your", "this", "that", "from", "with", "mrs", "miss", "mister", "sir", "madam",
    "street", "road", "avenue", "lane", "drive", "apt", "suite", "unit", "court", "place", "north", "south", "east",
    "west", "new", "san", "los", "las", "saint", "city", "park", "hill", "main", "can", "will", "may", "june",
    "april", "august", "bill", "bob", "mark", "grace", "hope", "faith", "joy", "rose", "summer",
}
# Words of _COMMON that are no name part anywhere (function words, titles, street and place words).
_NEVER_NAME_PART = {
    "the", "and", "for", "you", "your", "this", "that", "from", "with", "mrs", "miss", "mister", "sir", "madam",
    "street", "road", "avenue", "lane", "drive", "apt", "suite", "unit", "court", "place", "north", "south", "east",
    "west", "new", "san", "los", "las", "saint", "city", "park", "hill", "main",
}
# Where a name that is also a word is the person addressed: after a greeting, thanks or a yes at the start of the
# turn or of a clause ('thanks grace i can see it', 'ok, Will, ...'), after a cue ('this is', 'mr'), or closing
# a clause or the turn ('that's fine, grace', '..., Hope.'): not 'the grace period' nor 'I hope so'.
_ADDRESS_BEFORE = re.compile(
    r"(?i)(?:(?:^|[.,!?;:])[ \t]*(?:(?:thanks|thank you|cheers|hi|hello|hey|hiya|ok|okay|right|alright|all right|"
    r"sorry|yes|yeah|no|bye|goodbye|morning|afternoon|evening|dear|well)[ \t,]+)+|"
    r"\b(?:this is|it's|it is|my name is|name is|name's|speak(?:ing)? (?:to|with)|is this|talking to|"
    r"mr|mrs|ms|miss|mister|dear)\.?[ \t]+)$")
# Greetings, thanks and an agent's willing reply ('of course faith can you ...', 'no problem june whats ...') are
# followed by a name whatever comes next ('thanks hope let me check'); after 'yes', 'no', 'ok' or 'right' the word
# must end the clause or a function word follow ('no grace period' is the word).
_GREETED_BEFORE = re.compile(
    r"(?i)(?:^|[.,!?;:])[ \t]*(?:(?:ok|okay|right|alright|yes|yeah|well)[ \t,]+)*(?:thanks|thank you|cheers|hi|hello|"
    r"hey|hiya|bye|goodbye|morning|afternoon|evening|dear|sorry|of course|no problem|no worries|certainly|"
    r"absolutely)[ \t,]+$")
_ADDRESS_AFTER = re.compile(r"[ \t]*(?:[,!?]|\.?[ \t]*$)")
# A relative's given name before a family name the conversation already knows ('i'm tevita fifita ... paying for my
# aunty mele fifita'): the given name after 'my <relative>' is the relative's, whatever English word it also is.
_KIN_GIVEN_BEFORE = re.compile(r"(?i)\bmy[ \t]+(?:" + "|".join(re.escape(k) for k in sorted(KIN_WORDS, key=len,
                               reverse=True)) + r")[ \t]+([^\W\d_][\w'\-]*)[ \t]+$")
_NOT_BEFORE_ADDRESSED = re.compile(r"(?i)\b(?:a|an|the|some|any|no|of|with|by|in|for|your|my|our|his|her|their|"
                                   r"this|that|more|less|much|to|and|or|i|we|you|they|will|may|can)[ \t]*$")


def detect_conversation(texts: Sequence[str], context_turns: int = 2,
                        allow: Sequence[str] = ()) -> list[list[Detection]]:
    """Merged detections per turn (original offsets) for the turns of one conversation, in order.

    Words in `allow` (brand and company names) are never part of a name, address or username hit.
    """
    prefixes = [" \n ".join(texts[max(0, i - context_turns):i]) for i in range(len(texts))]
    found = detect_batch(texts, prefixes)
    for pos, det in cross_turn_detections([normalise_spoken(t) for t in texts]):
        found[pos].append(det)
    return _finish(texts, found, allow)


def detect_messages(texts: Sequence[str], allow: Sequence[str] = ()) -> list[list[Detection]]:
    """Merged detections for many single-message interactions (an email, a chat line), batched through spaCy;
    each message is treated as a conversation of one turn."""
    found = detect_batch(texts)
    return [_finish([t], [f], allow)[0] for t, f in zip(texts, found, strict=True)]


def _finish(texts: Sequence[str], found: list[list[Detection]], allow: Sequence[str]) -> list[list[Detection]]:
    """Allowed words out, values found once marked everywhere, overlaps merged."""
    for text, dets in zip(texts, found, strict=True):
        score = min((d.score for d in dets if d.entity_type == "PERSON"), default=0.0)
        dets.extend(Detection("PERSON", s, e, round(score * 0.9, 3), "NameList") for s, e in listed_names(text, dets))
    # before propagation too, so an allowed word never becomes a value searched for elsewhere
    found = [drop_allowed(t, f, allow) for t, f in zip(texts, found, strict=True)]
    _propagate(texts, found)
    return [merge_overlaps(drop_allowed(t, f, allow)) for t, f in zip(texts, found, strict=True)]


def _propagate(texts: Sequence[str], found: list[list[Detection]]) -> None:
    """Add a detection wherever a value found in one turn appears again (names also by first or last name)."""
    needles: dict[str, tuple[str, float]] = {}
    worded: dict[str, tuple[int, int, float]] = {}
    for turn, (text, dets) in enumerate(zip(texts, found, strict=True)):
        for d in dets:
            if d.entity_type not in _PROPAGATE:
                continue
            value = text[d.start:d.end].strip()
            if d.entity_type == "PERSON" and _worded(value):
                # a name that is one English word ('hope'): found again only where its bearer is addressed
                worded.setdefault(value.lower(), (turn, d.end, d.score * 0.9))
            elif len(value) >= 4:
                needles.setdefault(value.lower(), (d.entity_type, d.score))
            if d.entity_type == "PERSON":
                for part in re.findall(r"[^\W\d_][\w'\-]*", value):
                    part = re.sub(r"'s$", "", part)  # "Olesinska's" is found again as "Olesinska"
                    if len(part) >= _MIN_NAME_PART and part.lower() not in _COMMON:
                        needles.setdefault(part.lower(), ("PERSON", d.score * 0.9))
                    elif len(part) >= _MIN_NAME_PART and _worded(part):
                        # 'grace', 'will': found again later in the conversation only where someone is addressed
                        worded.setdefault(part.lower(), (turn, d.end, d.score * 0.9))
            if d.entity_type == "EMAIL_ADDRESS" and "@" in value:
                local = value.split("@", 1)[0]
                if len(local) >= 5:
                    needles.setdefault(local.lower(), ("USERNAME", d.score * 0.8))
    _propagate_worded(texts, found, worded)
    if not needles:
        return
    alts = sorted(needles, key=len, reverse=True)
    # a name may come back as a possessive without its apostrophe, as an ASR writes it ('olgas permission',
    # 'amaras my daughter'); the name alone is redacted
    rx = re.compile(r"(?<![\w@.])(" + "|".join(re.escape(a) for a in alts) + r")(?:s(?![\w@'\-]))?(?![\w@])", re.I)
    for pos, text in enumerate(texts):
        cased = is_cased(text)
        for m in rx.finditer(text):
            etype, score = needles[m.group(1).lower()]
            if m.end() != m.end(1) and (etype != "PERSON" or m.group().lower() in STOP_WORDS or
                                        not is_rare_word(m.group())):
                continue  # only names take a possessive, and 'thi' + s is 'this': the whole must be no English word
            if etype == "PERSON" and cased and not m.group()[0].isupper():
                continue  # "Grace" the customer, "grace period" the word
            start, window = m.start(), max(0, m.start() - 40)
            kin = _KIN_GIVEN_BEFORE.search(text[window:start]) if etype == "PERSON" else None
            if kin and kin.group(1).lower() not in STOP_WORDS:
                start = window + kin.start(1)
            if not any(d.start <= start and m.end(1) <= d.end for d in found[pos]):
                found[pos].append(Detection(etype, start, m.end(1), round(score, 3), "ValuePropagation"))


def _worded(value: str) -> bool:
    """Whether a name or name part is one word that is an English word as well ('grace', 'hope', 'will')."""
    low = value.lower()
    return low in _COMMON and low not in _NEVER_NAME_PART and (low in NOT_ALONE or is_given_name(value))


def _propagate_worded(texts: Sequence[str], found: list[list[Detection]],
                      worded: dict[str, tuple[int, int, float]]) -> None:
    """A name part that is also an English word ('grace', 'hope', 'will'), found again after the turn that named
    the person, where that person is addressed (see _ADDRESS_BEFORE): 'hello this is grace wanjiku' ... 'thanks
    grace i can see it came through'."""
    if not worded:
        return
    rx = re.compile(r"(?<![\w@.'\-])(?:" + "|".join(re.escape(w) for w in sorted(worded, key=len, reverse=True)) +
                    r")(?![\w@'\-])", re.I)
    for pos, text in enumerate(texts):
        cased = is_cased(text)
        for m in rx.finditer(text):
            turn, end, score = worded[m.group().lower()]
            if pos < turn or pos == turn and m.start() < end:
                continue  # only where the person was named before
            if cased and not m.group()[0].isupper():
                continue
            before, after = text[:m.start()], text[m.end():]
            nxt = re.match(r"[ \t]*([^\W\d_][\w'\-]*)", after)
            greeted = _GREETED_BEFORE.search(before) or _ADDRESS_BEFORE.search(before) and (
                nxt is None or nxt.group(1).lower() in STOP_WORDS)
            closing = _ADDRESS_AFTER.match(after) and not _NOT_BEFORE_ADDRESSED.search(before)
            if not (greeted or closing):
                continue
            if not any(d.start <= m.start() and m.end() <= d.end for d in found[pos]):
                found[pos].append(Detection("PERSON", m.start(), m.end(), round(score, 3), "ValuePropagation"))
