"""Person names from the cues people use on calls ("my name is...", "this is...", "Mr ..."), beside spaCy's NER."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import is_cased
from analyzers.pii.name_lexicon import is_family_name, is_given_name
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.name_shapes import name_words_ok

_NAME = r"[A-Za-z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){0,2}"
_CAP_NAME = r"[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){0,2}"
# Words after "this is" / "I'm" that are not names.
_NOT_NAMES = {
    "the", "a", "an", "not", "just", "about", "calling", "going", "sorry", "fine", "good", "great", "okay", "ok",
    "so", "very", "really", "here", "there", "with", "from", "your", "my", "our", "his", "her", "their", "it",
    "that", "this", "what", "in", "on", "at", "to", "for", "regarding", "concerning", "happy", "glad", "afraid",
    "unable", "able", "trying", "looking", "still", "also", "actually", "well", "yes", "no", "yeah", "is", "was",
    "be", "been", "having", "getting", "doing", "speaking", "correct", "right", "wrong", "sure", "done", "ready",
    "busy", "out", "off", "over", "back", "late", "new", "only", "all", "both", "one", "two", "customer",
    "agent", "collections", "support", "service", "team", "department", "mister", "miss", "mrs", "mr", "ms",
    "and", "or", "but", "i", "who", "how", "can", "will", "would", "could", "should", "when", "where", "why",
    "because", "as", "of", "by", "if", "then", "than", "do", "did", "does", "have", "has", "had", "am", "are",
    "were", "we", "you", "he", "she", "they", "me", "him", "them", "us", "please", "thanks", "thank", "hi",
    "hello", "call", "ringing", "phoning", "writing", "texting", "reaching", "sir", "madam", "ma'am",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
    "january", "february", "march", "september", "october", "november", "december",
}
_CUES = [
    re.compile(rf"\b(?:my name is|my name's|name is|name's|call me|this is|i am|i'm|it's|speaking with|"
               rf"talking to|spell(?:ed|s)? )\s+({_NAME})", re.I),
    re.compile(rf"\b(?:mr|mrs|ms|miss|mister|dr|doctor|sir|madam)\.?\s+({_CAP_NAME})"),
    re.compile(rf"\b(?:mr|mrs|ms|miss|mister|dr)\.?\s+({_NAME})", re.I),
    re.compile(rf"\b(?:am i speaking (?:with|to)|is this|speak (?:with|to)|calling for|looking for|trying to reach|"
               rf"message for|calling to speak (?:with|to)|ask for|asking for)\s+({_NAME})", re.I),
    re.compile(rf"\b({_CAP_NAME})\s+(?:speaking|here)\b"),
    # people named in passing: 'follow up with Ingrid Halvorsen', 'said Brannagh', 'my wife Sarah', 'named him Oswin'
    re.compile(rf"\b(?:follow(?:ing)? up with|spoke (?:with|to)|talk(?:ed)? (?:with|to)|said|asked|told|replied|"
               rf"named(?: him| her)?|my (?:wife|husband|partner|son|daughter|mother|father|mom|dad|brother|sister))"
               rf"\s+({_NAME})", re.I),
]
# A name right after the role or occupation it is given: 'Local man Tudor Toma', 'striker Ionuț Rusu',
# 'the singer Adela Marek', 'CEO Hanne Dahl'. Capitalised words only, so 'the manager said' is no name.
_ROLE = re.compile(
    r"\b(?:man|woman|boy|girl|teen|teenager|actor|actress|singer|songwriter|rapper|musician|guitarist|drummer|"
    r"player|striker|midfielder|defender|goalkeeper|coach|manager|captain|author|writer|novelist|poet|director|"
    r"producer|artist|painter|journalist|reporter|presenter|host|officer|detective|inspector|sergeant|nurse|"
    r"doctor|surgeon|professor|prof\.?|judge|lawyer|attorney|senator|congressman|congresswoman|councillor|"
    r"mayor|minister|president|chairman|chairwoman|ceo|cfo|cto|founder|cofounder|co-founder|owner|landlord|"
    r"landlady|tenant|neighbou?r|colleague|boss|friend|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|"
    r"grandmother|grandfather|grandma|grandpa|fiancée?|girlfriend|boyfriend|spokesman|spokeswoman|spokesperson|"
    r"chef|pilot|driver|technician|engineer|architect|scientist|researcher|student|teacher|tutor|pastor|priest|"
    r"rabbi|imam|bishop|victim|suspect|witness|defendant|plaintiff|patient|client)"
    r",?\s+((?-i:[A-Z\u00c0-\u00de\u0100-\u024f])[^\W\d_][\w'\-]*(?:\s+(?-i:[A-Z\u00c0-\u00de\u0100-\u024f])"
    r"[^\W\d_][\w'\-]*){0,2})",
    re.I,
)
# A person as the subject of what only people do: 'Orsolya is from Lisbon', 'Orsolya lives on Via Mazzini 41'.
_PERSON_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][^\W\d_]+)(?=\s+(?:lives|lived|is from|was born|"
                             r"grew up|got married|has moved|moved house)\b)")
# Greeting someone by name: 'Hi Luis,', 'Dear Maria', 'Thanks, John'.
_GREETING = re.compile(r"\b(?:hi|hello|hey|dear|morning|afternoon|evening|thanks|thank you|bye|goodbye|cheers)"
                       r",?\s+([A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+)?)(?=\s*[,.!?\n]|\s*$)", re.I)
# Addressing someone at the start of a message: 'Teodor, can I please speak to your manager?'
_VOCATIVE = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][^\W\d_]+),\s+(?:can|could|would|will|do|did|are|is|please|"
                       r"i|we|you|have|may|let's|thanks|thank)\b")
_NOT_VOCATIVE = {"sorry", "okay", "ok", "listen", "look", "honestly", "actually", "anyway", "alright", "right",
                 "sure", "great", "perfect", "fine", "excuse", "pardon", "hey", "hello", "hi", "now", "then", "so",
                 "well", "yes", "yeah", "no", "please", "thanks", "sir", "madam", "ma'am", "also", "first", "second",
                 "finally", "again", "today", "tomorrow", "yesterday", "unfortunately", "fortunately", "sadly"}
# The previous turn asks for a name; this turn (after the " \n " turn separator) is a short answer.
_NAME_ANSWER = re.compile(
    r"(?:your (?:full |first and last |first |last )?name|who am i speaking (?:with|to)|name (?:on|for) the account|"
    r"spell (?:your|the) (?:last |first )?name)[^\n]{0,60}\n\s*(?:(?:it's|it is|this is|my name is|yes|sure|yeah|ok|"
    r"okay)[,.]?\s+)?([A-Za-z][a-z'\-]+(?:\s+[A-Za-z][a-z'\-]+){0,2})\s*[.!]?\s*$",
    re.I,
)
_SPOKEN_CUES = {"this is", "i am", "i'm", "it's", "talking to", "is this", "speak to", "speak with", "calling for",
                "looking for", "trying to reach", "message for", "ask for", "asking for", "said", "asked", "told",
                "replied", "named", "him", "her"}
# Cues strong enough that a lower-case name after them is a name in all-lower-case text.
_STRONG_IN_LOWERCASE = ("follow up with", "following up with", "spoke with", "spoke to", "my name is", "name is",
                        "speak with", "speak to", "talked to", "talk to", "talked with", "talk with")


class NameCueRecognizer(FairlineRecognizer):
    """Names introduced by a cue; for weak cues ('this is') the name must look like a name."""

    ENTITIES = ["PERSON"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        cased = is_cased(self.own_turn(text))
        for rx in (_PERSON_SUBJECT, _GREETING):
            for m in rx.finditer(text):
                words = m.group(1).split()
                if words[0][0].isupper() and not any(w.lower() in _NOT_VOCATIVE | _NOT_NAMES or w.lower() in STOP_WORDS
                                                     for w in words):
                    out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name greeted or as a person's subject"))
        if cased:
            for m in _ROLE.finditer(text):
                kept = []
                for w in re.finditer(r"\S+", m.group(1)):
                    if w.group().lower() in _NOT_NAMES or not name_words_ok([w.group()], True):
                        break
                    kept.append(w)
                # 'driver License', 'client Services' are no names: one word of it must be a known name
                if kept and any(is_given_name(w.group()) or is_family_name(w.group()) for w in kept):
                    out.append(self.hit("PERSON", m.start(1), m.start(1) + kept[-1].end(), 0.7, "name after a role"))
        for m in _VOCATIVE.finditer(text):
            word = m.group(1).lower()
            if word not in _NOT_VOCATIVE and word not in _NOT_NAMES and word not in STOP_WORDS:
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name addressed at the start"))
        for rx in _CUES:
            for m in rx.finditer(text):
                start = m.start(1)
                # stop at the first word that is not a name ("this is John from Acme" -> "John")
                kept: list[re.Match[str]] = []
                for w in re.finditer(r"\S+", m.group(1)):
                    if w.group().lower() in _NOT_NAMES or (kept and cased and not w.group()[0].isupper()):
                        break  # 'my wife Sarah handles the bills': a surname is capitalised where the text is
                    kept.append(w)
                if not kept:
                    continue
                cue = m.group(0)[: start - m.start()].strip().lower()
                weak = any(cue.endswith(c) for c in _SPOKEN_CUES)
                if weak and not kept[0].group()[0].isupper():
                    continue
                end = start + kept[-1].end()
                if not cased and cue.endswith(_STRONG_IN_LOWERCASE):
                    end = self._lowercase_surname(text, end)
                out.append(self.hit("PERSON", start, end, 0.75 if weak else 0.85, "name after a cue"))
        ans = _NAME_ANSWER.search(text)
        if ans and not any(w.lower() in _NOT_NAMES for w in ans.group(1).split()):
            out.append(self.hit("PERSON", ans.start(1), ans.end(1), 0.8, "answer to a name question"))
        return out

    @staticmethod
    def _lowercase_surname(text: str, end: int) -> int:
        """'follow up with ingrid halvorsen in...': up to two more lower-case words that are not common words."""
        for _ in range(2):
            m = re.match(r"[ \t]+([^\W\d_][\w'\-]*)", text[end:])
            if not m or m.group(1).lower() in _NOT_NAMES or m.group(1).lower() in STOP_WORDS:
                break
            end += m.end()
        return end
