"""A right-party check by full name, as identity verification: the agent asks for the customer by first and last
name, or by title and surname ("Am I speaking with Jennifer Ortiz?", "Is that Ms Helen Ford?", "... Ms. Alvarez?")
and the very next turn, the customer's, says yes ("Yes, this is she.", "It is.", "Aye, that's me."); or the agent asks
for the name ("May I confirm your name?")
and the customer gives a first and last name ("Brian Nguyen.").

The packs already take "confirm your full name" as verification; a full name asked and confirmed is the same check.
A first name alone ("Is that Helen?", "Thanks Brian") identifies no one and never counts, nor does a "no", a
hedged answer ("Yes, but she's not in") or an offer to fetch someone ("yes, hold on, I'll get him").

Redacted text (the live pipeline replaces names with tags such as "<PERSON>"): a tag is a full name only when the
words of the transcript show it stood for two or more words (redaction gives every word of the span the tag's
text and place). Without word timings the tag may have been a first name alone, so it does not count.
"""

from __future__ import annotations

import re

from analyzers.document import SpeakerRole, Utterance
from analyzers.rules.text_match import starts_with_yes

_TITLE = r"(?:(?i:mr|mrs|ms|miss|mx|dr|sir|madam)\.?\s+)?"
_CAP = r"[A-Z][a-z'’\-]+"
# Two or more capitalised words (first and last name), or redaction tags; a title before them is allowed.
# A title and a surname ("Am I speaking with Ms. Alvarez?") is the formal name too; a first name alone is not.
# Lower-case speech-to-text writes the surname small ("im speaking to mrs okafor"): after a title it is a name all
# the same, unless it is a common word ("is that miss ... no").
_LOWER_SURNAME = r"(?!(?:a|an|the|and|or|but|so|please|speaking|there|here|who|what|yes|no)\b)[a-z][a-z'’\-]+"
_NAME = (rf"(?P<name>{_TITLE}(?:{_CAP}(?:\s+{_CAP})+|<PERSON>(?:\s+<PERSON>)*)|(?i:mr|mrs|ms|miss|mx|dr)\.?\s+{_CAP}"
         rf"|(?i:mr|mrs|ms|miss|mx|dr)\.?\s+{_LOWER_SURNAME})")
_ASK_WHO = (r"(?:am i (?:speaking|talking) (?:to|with)|i'?m (?:speaking|talking) (?:to|with)|is (?:that|this|it)|"
            r"are you|(?:speaking|talking) (?:to|with)|do i have|have i got|"
            r"(?:can|could|may) i (?:speak|talk) (?:to|with))")
# The name closes the question: "Am I speaking with Jennifer Ortiz?", "... Ms Helen Ford, please?"; or the request
# goes on to a second one joined by "and" ("can i just check im speaking to mrs okafor and grab your postcode")
_WHO_QUESTION = re.compile(
    rf"(?i:\b{_ASK_WHO})\s+{_NAME}\s*(?:,?\s*(?i:please))?\s*(?:\?|$|,?\s+and\s+(?!(?i:her|his|their|my)\b))"
)
_ASK_NAME = re.compile(
    r"(?i)\b(?:(?:confirm|verify|give me|tell me|have|take|get|know) your (?:full )?name|"
    r"what(?:'s| is) your (?:full )?name|your full name|who am i (?:speaking|talking) (?:to|with))\b[^?.!]*(?:\?|$)"
)
# The yeses of a right-party answer, beyond the shared ones (normalised: "it's me" is "its me").
_YES_IT_IS_ME = ("aye", "ya", "speaking", "its me", "thats me", "that is me", "this is she", "this is he",
                 "this is her", "this is him", "this is me", "that is right", "you are", "i am", "the very same")
_NOT = re.compile(r"(?i)\b(?:no|nope|not|isn't|wasn't|aren't|wrong|who|why|hold on|hang on|one moment|a moment|"
                  r"i'll get|let me get|fetch|he's out|she's out)\b|n't\b")
# An answer that is the name and nothing else, perhaps introduced: "Brian Nguyen.", "It's Brian Nguyen", "kevin brooks"
_NAME_INTRO = re.compile(r"(?i)^[^\w<]*(?:(?:yes|yeah|sure|ok|okay)\W+)?(?:it's|it is|my name is|my name's|this is|i'm|"
                         r"i am|that's|that is)?\s*")
_ANSWER_WORD = re.compile(r"<PERSON>|[A-Za-z'’\-]+")
# Lower-case speech-to-text answers ("kevin brooks") are names only when no word is a common word.
_COMMON = frozenset("""a an the and or but so yes no not nope yeah sure ok okay why who what when where how is are
was it its it's i i'm me my you your he she they we us this that there here hi hello please thanks thank sorry speaking
right correct wrong number don't dont can't cant won't wont just hang on hold moment one minute busy later call back
""".split())


_SENTENCE_END = re.compile(r"(?<=[?.!])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMx\.)(?<!\bMrs\.)\s+")


def _full_tag(u: Utterance, start: int, tags: int) -> bool:
    """A run of `tags` <PERSON> tags stood for two or more words (the words carry the tag's place after redaction)."""
    if tags >= 2:
        return True
    return sum(1 for w in u.words if w.char_start == start and w.text == "<PERSON>") >= 2


def _is_full_name(u: Utterance, text: str, start: int) -> bool:
    tags = text.count("<PERSON>")
    if tags:
        return _full_tag(u, start + text.index("<PERSON>"), tags)
    words = [w for w in text.split() if not re.fullmatch(r"(?i)(?:sir|madam)\.?", w)]
    if re.fullmatch(r"(?i)(?:mr|mrs|ms|miss|mx|dr)\.?", words[0]):
        return len(words) >= 2  # a title and a surname
    return len(words) >= 2


def _gives_full_name(u: Utterance) -> bool:
    """The customer's answer is a first and last name and nothing more."""
    text = u.text.strip()
    intro = _NAME_INTRO.match(text)
    rest = text[intro.end():] if intro else text
    words = _ANSWER_WORD.findall(rest)
    if not words or len(words) > 4 or "?" in rest:
        return False
    if all(w == "<PERSON>" for w in words):
        return _full_tag(u, text.index("<PERSON>"), len(words))
    if any(w == "<PERSON>" for w in words) or len(words) < 2:
        return False
    if all(w[0].isupper() for w in words):
        return not any(w.lower() in _COMMON for w in words)
    return len(words) <= 3 and not any(w.lower() in _COMMON for w in words)


def right_party_confirmed(utterances: list[Utterance], asker: list[SpeakerRole]) -> int | None:
    """Index of the first customer turn that confirms a full-name right-party check, or None."""
    for i, u in enumerate(utterances[:-1]):
        if asker and u.role not in asker:
            continue
        nxt = utterances[i + 1]
        if nxt.role != SpeakerRole.customer:
            continue
        # the last question of the turn is the one answered
        # (a title's full stop ends no sentence: "Am I speaking with Ms. Alvarez?")
        sentences = [s for s in _SENTENCE_END.split(u.text.strip()) if s]
        last = sentences[-1] if sentences else ""
        offset = u.text.rfind(last)
        who = _WHO_QUESTION.search(last)
        if who and _is_full_name(u, who.group("name"), offset + who.start("name")):
            if starts_with_yes(nxt.text, _YES_IT_IS_ME) and not _NOT.search(nxt.text):
                return nxt.index
            continue
        if _ASK_NAME.search(last) and _gives_full_name(nxt):
            return nxt.index
    return None
