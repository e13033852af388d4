"""Helpers for the PII tests: build a document from turns and run the PII stages as the text profile does."""

from __future__ import annotations

from typing import Any

from analyzers.document import Document, InteractionMeta, Utterance, Word
from analyzers.pii.stages import PiiRedact, PiiRedactParams, PiiVerify
from analyzers.pipeline import Pipeline, load_profile


def make_doc(turns: list[tuple[str, str]], with_words: bool = False) -> Document:
    """A document with one utterance per (role, text); optional words at 0.5 s each."""
    utts = []
    t = 0.0
    for i, (role, text) in enumerate(turns):
        words: list[Word] = []
        pos = 0
        start = t
        if with_words:
            for w in text.split(" "):
                words.append(Word(text=w, start=t, end=t + 0.4, char_start=pos, char_end=pos + len(w)))
                pos += len(w) + 1
                t += 0.5
        utts.append(Utterance(index=i, speaker=role, role=role, text=text, words=words,
                              start=start if with_words else None, end=t if with_words else None))
    return Document(meta=InteractionMeta(), utterances=utts)


def redact(turns: list[tuple[str, str]], with_words: bool = False, **params: Any) -> Document:
    """Run pii_redact then pii_verify on the turns."""
    doc = make_doc(turns, with_words)
    doc = PiiRedact(PiiRedactParams(**params))(doc)
    return PiiVerify()(doc)


def pii_pipeline(overrides: dict[str, dict[str, Any]] | None = None) -> Pipeline:
    """The text profile up to and including pii_verify (later stages belong to other tests)."""
    profile = load_profile("text")
    names = [s.stage for s in profile.stages]
    profile.stages = profile.stages[: names.index("pii_verify") + 1]
    return Pipeline.build(profile, overrides=overrides)


def run_turns(turns: list[tuple[str, str]]) -> Document:
    """Posted turns through the text profile's stages up to pii_verify."""
    return pii_pipeline()(Document(meta=InteractionMeta(), raw_turns=[{"speaker": s, "text": t} for s, t in turns]))


def hits_covering(text: str, entity: str, covered: str) -> list[Any]:
    """Detections of `entity` in a one-message text that cover the whole of `covered`."""
    from analyzers.pii.conversation import detect_messages

    s = text.index(covered)
    e = s + len(covered)
    return [d for d in detect_messages([text])[0] if d.start <= s and d.end >= e and d.entity_type == entity]


def found_of_types(text: str, types: set[str]) -> list[tuple[str, str]]:
    """(value, type) of every detection of one of `types` in a one-message text."""
    from analyzers.pii.conversation import detect_messages

    return [(text[d.start:d.end], d.entity_type) for d in detect_messages([text])[0] if d.entity_type in types]
