"""First stages for written channels and already-transcribed calls: turns -> utterances, normalisation."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from analyzers.document import Document, Speaker, SpeakerRole, Utterance, Word
from analyzers.errors import InputError
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage

# Speaker names a caller may send, mapped to roles. Anything else is kept as a label with an unknown role.
_ROLE_ALIASES: dict[str, SpeakerRole] = {
    "agent": SpeakerRole.agent,
    "collector": SpeakerRole.agent,
    "rep": SpeakerRole.agent,
    "representative": SpeakerRole.agent,
    "brand": SpeakerRole.agent,
    "customer": SpeakerRole.customer,
    "consumer": SpeakerRole.customer,
    "debtor": SpeakerRole.customer,
    "client": SpeakerRole.customer,
    "caller": SpeakerRole.customer,
    "third_party": SpeakerRole.third_party,
    "third-party": SpeakerRole.third_party,
    "system": SpeakerRole.system,
    "ivr": SpeakerRole.system,
    "bot": SpeakerRole.system,
}


class Turn(BaseModel):
    """One posted turn of a text transcript (a message, or a transcribed call turn)."""

    model_config = ConfigDict(extra="forbid")

    speaker: str = Field(min_length=1, max_length=64)
    text: str
    role: SpeakerRole | None = None
    sent_at: datetime | None = None
    start: float | None = Field(default=None, ge=0)
    end: float | None = Field(default=None, ge=0)

    @field_validator("end")
    @classmethod
    def _end_after_start(cls, v: float | None, info: object) -> float | None:
        start = getattr(info, "data", {}).get("start")
        if v is not None and start is not None and v < start:
            raise ValueError("end is before start")
        return v


def role_for(label: str, explicit: SpeakerRole | None) -> SpeakerRole:
    """The role of a speaker label: explicit role first, then well-known names."""
    if explicit is not None:
        return explicit
    return _ROLE_ALIASES.get(label.strip().lower(), SpeakerRole.unknown)


@register_stage
class TurnsToUtterances(Stage):
    """Builds speakers and utterances from posted turns; roles from the turn or the speaker's name."""

    name: ClassVar[str] = "turns_to_utterances"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"text_turns"})
    adds: ClassVar[frozenset[str]] = frozenset({"utterances", "speakers", "roles"})

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        if not doc.raw_turns:
            raise InputError("the transcript has no turns", code="empty_transcript")
        speakers: dict[str, Speaker] = {}
        utterances: list[Utterance] = []
        for i, raw in enumerate(doc.raw_turns):
            try:
                turn = Turn(**raw)
            except ValidationError as exc:
                raise InputError(f"turn {i}: {exc.errors()[0]['msg']}", code="invalid_turn") from exc
            role = role_for(turn.speaker, turn.role)
            spk = speakers.setdefault(
                turn.speaker,
                Speaker(label=turn.speaker, role=role, role_confidence=1.0 if role != SpeakerRole.unknown else 0.0,
                        role_source="message_sender"),
            )
            utterances.append(
                Utterance(index=i, speaker=spk.label, role=spk.role, text=turn.text, start=turn.start,
                          end=turn.end, sent_at=turn.sent_at)
            )
        doc.speakers = list(speakers.values())
        doc.utterances = utterances
        doc.raw_turns = []  # the raw turns are not kept once utterances exist
        return doc


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, drop control and zero-width characters, collapse whitespace.

    Zero-width characters are dropped because they are a known way to split a card number so that
    pattern recognizers miss it; NFKC folds full-width digits to ASCII for the same reason.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


class NormaliseParams(StageParams):
    max_chars: int = Field(default=100_000, gt=0, description="Longest utterance accepted, after normalisation.")
    drop_empty: bool = True


@register_stage
class NormaliseText(Stage):
    """Normalises utterance text; with words, normalises each word and rebuilds text and offsets."""

    name: ClassVar[str] = "normalise_text"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"utterances"})
    adds: ClassVar[frozenset[str]] = frozenset({"normalised"})
    Params = NormaliseParams

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        params: NormaliseParams = self.params  # type: ignore[assignment]
        kept: list[Utterance] = []
        for u in doc.utterances:
            if u.words:
                u.words, u.text = _rebuild_from_words(u.words)
            else:
                u.text = normalise(u.text)
            if len(u.text) > params.max_chars:
                raise InputError(
                    f"utterance {u.index} is {len(u.text)} characters; the limit is {params.max_chars}",
                    code="utterance_too_long",
                )
            if u.text or not params.drop_empty:
                kept.append(u)
        if not kept:
            raise InputError("the transcript has no text after normalisation", code="empty_transcript")
        for i, u in enumerate(kept):
            u.index = i
        doc.utterances = kept
        return doc


def _rebuild_from_words(words: list[Word]) -> tuple[list[Word], str]:
    """Normalise each word and join them with single spaces, recomputing character offsets."""
    out: list[Word] = []
    parts: list[str] = []
    pos = 0
    for w in words:
        t = normalise(w.text)
        if not t:
            continue
        if parts:
            pos += 1
        out.append(w.model_copy(update={"text": t, "char_start": pos, "char_end": pos + len(t)}))
        parts.append(t)
        pos += len(t)
    return out, " ".join(parts)
