"""Person names from the cues people use on calls ("my name is...", "this is...", "Mr ..."), beside spaCy's NER."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.recognizers.base import FairlineRecognizer

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
}
_CUES = [
    re.compile(rf"\b(?:my name is|my name's|name is|name's|call me|this is|i am|i'm|it's|speaking with|"
               rf"talking to|spell(?:ed|s)? )\s+({_NAME})", re.I),
    re.compile(rf"\b(?:mr|mrs|ms|miss|mister|dr|doctor|sir|madam)\.?\s+({_CAP_NAME})"),
    re.compile(rf"\b(?:mr|mrs|ms|miss|mister|dr)\.?\s+({_NAME})", re.I),
    re.compile(rf"\b(?:am i speaking (?:with|to)|is this|speak (?:with|to)|calling for|looking for|trying to reach|"
               rf"message for|calling to speak (?:with|to)|ask for|asking for)\s+({_NAME})", re.I),
    re.compile(rf"\b({_CAP_NAME})\s+(?:speaking|here)\b"),
]
# The previous turn asks for a name; this turn (after the " \n " turn separator) is a short answer.
_NAME_ANSWER = re.compile(
    r"(?:your (?:full |first and last |first |last )?name|who am i speaking (?:with|to)|name (?:on|for) the account|"
    r"spell (?:your|the) (?:last |first )?name)[^\n]{0,60}\n\s*(?:(?:it's|it is|this is|my name is|yes|sure|yeah|ok|"
    r"okay)[,.]?\s+)?([A-Za-z][a-z'\-]+(?:\s+[A-Za-z][a-z'\-]+){0,2})\s*[.!]?\s*$",
    re.I,
)
_SPOKEN_CUES = {"this is", "i am", "i'm", "it's", "talking to", "is this", "speak to", "speak with", "calling for",
                "looking for", "trying to reach", "message for", "ask for", "asking for"}


class NameCueRecognizer(FairlineRecognizer):
    """Names introduced by a cue; for weak cues ('this is') the name must look like a name."""

    ENTITIES = ["PERSON"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        for rx in _CUES:
            for m in rx.finditer(text):
                start = m.start(1)
                # stop at the first word that is not a name ("this is John from Acme" -> "John")
                kept: list[re.Match[str]] = []
                for w in re.finditer(r"\S+", m.group(1)):
                    if w.group().lower() in _NOT_NAMES:
                        break
                    kept.append(w)
                if not kept:
                    continue
                cue = m.group(0)[: start - m.start()].strip().lower()
                weak = any(cue.endswith(c) for c in _SPOKEN_CUES)
                if weak and not kept[0].group()[0].isupper():
                    continue
                end = start + kept[-1].end()
                out.append(self.hit("PERSON", start, end, 0.75 if weak else 0.85, "name after a cue"))
        ans = _NAME_ANSWER.search(text)
        if ans and not any(w.lower() in _NOT_NAMES for w in ans.group(1).split()):
            out.append(self.hit("PERSON", ans.start(1), ans.end(1), 0.8, "answer to a name question"))
        return out
