"""Speech stages of the voice profile: speaker turns, DTMF, transcription, roles, audio redaction.

    speaker_turns  audio -> speech_regions, speakers   stereo: channel VAD; mono: pyannote diarization
    detect_dtmf    audio -> (doc.redactions, source "dtmf")
    transcribe     audio, speech_regions -> words, utterances   faster-whisper, words assigned by time
    assign_roles   utterances, speakers -> roles
    redact_audio   audio, redacted -> redacted_audio             mutes PII and DTMF spans, drops doc.audio
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

import numpy as np
from pydantic import Field

from analyzers.document import (
    AudioInput,
    Document,
    Entity,
    Redaction,
    Speaker,
    SpeakerRole,
    SpeechTurn,
)
from analyzers.errors import InputError
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage
from analyzers.speech import assemble, channels, dtmf, roles
from analyzers.speech.decode import TARGET_SR, resample


def _audio16k(doc: Document, stage: str) -> AudioInput:
    if doc.audio is None:
        raise InputError(f"stage {stage!r} needs audio but the document has none", code="audio_missing")
    audio = resample(doc.audio, TARGET_SR)  # 8 kHz telephone audio is upsampled for the models
    doc.audio = audio
    return audio


def _is_stereo(audio: AudioInput) -> bool:
    return audio.channels >= 2 and not channels.channels_identical(audio.samples)


def _mono(audio: AudioInput) -> np.ndarray:
    return np.ascontiguousarray(audio.samples.mean(axis=0), dtype=np.float32)


def _channel_role(doc: Document, channel: int) -> SpeakerRole | None:
    return doc.meta.channel_roles.get(str(channel))


class SpeakerTurnsParams(StageParams):
    num_speakers: int = Field(default=2, ge=1, le=10, description="Mono calls; doc.meta.expected_speakers wins.")
    segmentation_step: float = Field(default=0.1, gt=0.0, le=1.0,
                                     description="pyannote window step (ratio); 0.2 is ~2x faster, less exact.")
    embedding_window_s: float = Field(default=3.0, ge=0.0, le=10.0,
                                      description="Longest speech per chunk embedded by CAM++ (0: all).")
    bleed_db: float = Field(default=15.0, ge=0.0, description="Stereo: a channel this much quieter is echo.")
    vad_threshold: float = Field(default=0.5, gt=0.0, lt=1.0)


@register_stage
class SpeakerTurns(Stage):
    """Who speaks when: channel VAD for stereo calls, pyannote diarization for mono calls."""

    name: ClassVar[str] = "speaker_turns"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"audio"})
    adds: ClassVar[frozenset[str]] = frozenset({"speech_regions", "speakers"})
    Params = SpeakerTurnsParams

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        params: SpeakerTurnsParams = self.params  # type: ignore[assignment]
        audio = _audio16k(doc, self.name)
        if _is_stereo(audio):
            self._stereo(doc, audio, params, hook)
        else:
            self._mono(doc, audio, params, hook)
        if not doc.speech_turns:
            raise InputError("no speech was found in the recording", code="audio_no_speech")
        return doc

    def _stereo(self, doc: Document, audio: AudioInput, params: SpeakerTurnsParams, hook: ProgressHook | None) -> None:
        chans = [audio.samples[c] for c in range(2)]
        regions = []
        for c, samples in enumerate(chans):
            regions.append(channels.vad_regions(samples, audio.sample_rate, threshold=params.vad_threshold))
            if hook:
                hook(self.name, None, completed=c + 1, total=2)
        regions = channels.remove_crosstalk(chans, regions, audio.sample_rate, bleed_db=params.bleed_db)
        doc.speakers = []
        doc.speech_turns = []
        for c in range(2):
            role = _channel_role(doc, c)
            label = f"ch{c}"
            doc.speakers.append(Speaker(label=label, channel=c, role=role or SpeakerRole.unknown,
                                        role_confidence=1.0 if role else 0.0,
                                        role_source="metadata" if role else ""))
            doc.speech_turns.extend(SpeechTurn(speaker=label, start=round(r.start, 3), end=round(r.end, 3), channel=c)
                                    for r in regions[c])
        doc.speech_turns.sort(key=lambda t: t.start)

    def _mono(self, doc: Document, audio: AudioInput, params: SpeakerTurnsParams, hook: ProgressHook | None) -> None:
        import torch

        from analyzers.speech.engines import get_diarizer, torch_threads

        n = doc.meta.expected_speakers or params.num_speakers
        with torch_threads():
            pipeline = get_diarizer(params.segmentation_step, params.embedding_window_s)

            def _hook(step: str, artifact: Any = None, file: Any = None, total: int | None = None,
                      completed: int | None = None) -> None:
                if hook:
                    hook(f"{self.name}.{step}", None, completed=completed or 0, total=total or 0)

            out = pipeline({"waveform": torch.from_numpy(_mono(audio))[None], "sample_rate": audio.sample_rate},
                           num_speakers=n, hook=_hook)
        # Overlapping turns are kept (overtalk is real and scored); each word still goes to one speaker,
        # the one whose turn covers it most.
        annotation = out.speaker_diarization
        order: dict[str, str] = {}
        turns: list[SpeechTurn] = []
        for seg, _, label in annotation.itertracks(yield_label=True):
            ours = order.setdefault(label, f"spk{len(order)}")  # renumbered by first appearance
            turns.append(SpeechTurn(speaker=ours, start=round(seg.start, 3), end=round(seg.end, 3)))
        doc.speech_turns = sorted(turns, key=lambda t: t.start)
        doc.speakers = [Speaker(label=lab) for lab in order.values()]


@register_stage
class DetectDTMF(Stage):
    """Finds keypad tones; each press becomes a 'DTMF' redaction (source 'dtmf') and a customer entity."""

    name: ClassVar[str] = "detect_dtmf"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"audio"})
    adds: ClassVar[frozenset[str]] = frozenset()

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        audio = _audio16k(doc, self.name)
        add_dtmf_redactions(doc, audio)
        return doc


def dtmf_spans(audio: AudioInput) -> list[tuple[float, float, int | None]]:
    """(start, end, channel) of every key press; channel is None for mono audio."""
    if audio.channels == 1:
        return [(s.start, s.end, None) for s in dtmf.detect_dtmf(audio.samples[0], audio.sample_rate)]
    out: list[tuple[float, float, int | None]] = []
    for c in range(audio.channels):
        out.extend((s.start, s.end, c) for s in dtmf.detect_dtmf(audio.samples[c], audio.sample_rate))
    return sorted(out)


def add_dtmf_redactions(doc: Document, audio: AudioInput) -> int:
    """Add DTMF spans not already present to doc.redactions and doc.entities; returns how many were added."""
    have = {(r.start, r.end) for r in doc.redactions if r.source == "dtmf"}
    added = 0
    for start, end, channel in dtmf_spans(audio):
        if (start, end) in have:
            continue
        role = (_channel_role(doc, channel) if channel is not None else None) or SpeakerRole.customer
        # DTMF belongs to no utterance (nothing was said): utterance -1, empty character span.
        doc.redactions.append(Redaction(utterance=-1, char_start=0, char_end=0, entity_type="DTMF",
                                        recognizer="dtmf_goertzel", score=1.0, start=start, end=end, source="dtmf"))
        doc.entities.append(Entity(entity_type="DTMF", utterance=-1, speaker_role=role, char_start=0, char_end=0,
                                   start=start, end=end))
        have.add((start, end))
        added += 1
    return added


def _covered(w: assemble.TimedWord, turns: list[SpeechTurn], pad: float) -> float:
    """Share of the word's duration inside the (padded) turns."""
    dur = max(w.end - w.start, 1e-3)
    inside = sum(max(0.0, min(w.end, t.end + pad) - max(w.start, t.start - pad)) for t in turns)
    return min(1.0, inside / dur)


class TranscribeParams(StageParams):
    model: Literal["base", "tiny.en"] = "base"
    model_dir: str | None = Field(default=None, description="Model cache dir; default ~/.cache/fairline/models.")
    beam_size: int = Field(default=1, ge=1, le=10)
    max_pause_s: float = Field(default=1.5, gt=0.0, description="A longer pause starts a new utterance.")
    crosstalk_tolerance_s: float = Field(default=0.2, ge=0.0,
                                         description="Stereo: a word mostly outside its channel's own speech "
                                                     "turns (padded by this) is the other side's echo, dropped.")


@register_stage
class Transcribe(Stage):
    """faster-whisper with word times (int8, VAD filter); stereo: per channel; words -> speakers -> utterances."""

    name: ClassVar[str] = "transcribe"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"audio", "speech_regions", "speakers"})
    adds: ClassVar[frozenset[str]] = frozenset({"words", "utterances"})
    Params = TranscribeParams

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        params: TranscribeParams = self.params  # type: ignore[assignment]
        audio = _audio16k(doc, self.name)
        language = (doc.meta.language or "en").split("-")[0].lower()
        if params.model.endswith(".en") and language != "en":
            raise InputError(f"model {params.model} transcribes English only; the call is {language!r}",
                             code="language_unsupported")
        stereo = any(s.channel is not None for s in doc.speakers)
        words: list[assemble.TimedWord] = []
        if stereo:
            for spk in doc.speakers:
                assert spk.channel is not None
                own = [t for t in doc.speech_turns if t.speaker == spk.label]
                # Only the channel's own speech is decoded: the other side's echo is zeroed, which also
                # spares whisper from transcribing the call twice.
                regions = [channels.Region(t.start, t.end) for t in own]
                gated = channels.gate(audio.samples[spk.channel], regions, audio.sample_rate)
                for w in self._words(gated, language, params, hook):
                    if _covered(w, own, params.crosstalk_tolerance_s) >= 0.5:
                        w.speaker = spk.label
                        words.append(w)
        else:
            words = assemble.assign_speakers(self._words(_mono(audio), language, params, hook), doc.speech_turns)
        if not words:
            raise InputError("no words were recognised in the recording", code="audio_no_speech")
        doc.utterances = assemble.build_utterances(words, params.max_pause_s)
        spoken = {u.speaker for u in doc.utterances}
        doc.speakers = [s for s in doc.speakers if s.label in spoken or s.channel is not None]
        return doc

    def _words(self, samples: np.ndarray, language: str, params: TranscribeParams,
               hook: ProgressHook | None) -> list[assemble.TimedWord]:
        from analyzers.speech.engines import get_whisper

        model = get_whisper(params.model, Path(params.model_dir) if params.model_dir else None)
        segments, info = model.transcribe(
            np.ascontiguousarray(samples, dtype=np.float32), language=language, beam_size=params.beam_size,
            word_timestamps=True, vad_filter=True, condition_on_previous_text=False,
        )
        out: list[assemble.TimedWord] = []
        total = int(info.duration) or 1
        for seg in segments:  # a generator: decoding happens while iterating
            for w in seg.words or []:
                out.append(assemble.TimedWord(w.word, float(w.start), float(w.end), float(w.probability)))
            if hook:
                hook(self.name, None, completed=min(int(seg.end), total), total=total)
        return out


@register_stage
class AssignRoles(Stage):
    """Agent / customer / third party per speaker: metadata first, else what they say."""

    name: ClassVar[str] = "assign_roles"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"utterances", "speakers"})
    adds: ClassVar[frozenset[str]] = frozenset({"roles"})

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        return roles.assign_roles(doc)


class RedactAudioParams(StageParams):
    pad_s: float = Field(default=0.15, ge=0.0, le=2.0, description="Extra time muted on each side of a span.")
    fill: Literal["silence", "tone"] = "silence"
    keep_original: bool = Field(default=False, description="Tenant policy: keep doc.audio (caller encrypts it).")


@register_stage
class RedactAudio(Stage):
    """Mutes every redaction span with times and every DTMF span into doc.redacted_audio; drops doc.audio."""

    name: ClassVar[str] = "redact_audio"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"audio", "redacted"})
    adds: ClassVar[frozenset[str]] = frozenset({"redacted_audio"})
    Params = RedactAudioParams

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        params: RedactAudioParams = self.params  # type: ignore[assignment]
        audio = _audio16k(doc, self.name)
        # A later stage may have rebuilt doc.redactions; tones are re-detected so none escapes muting.
        add_dtmf_redactions(doc, audio)
        spans = redaction_spans(doc)
        doc.redacted_audio = mute(audio, spans, pad_s=params.pad_s, fill=params.fill)
        if not params.keep_original:
            doc.audio = None
        return doc


def redaction_spans(doc: Document) -> list[tuple[float, float]]:
    """Time spans to mute: redactions and entities with times; a timeless text redaction mutes its utterance."""
    by_index = {u.index: u for u in doc.utterances}
    spans: list[tuple[float, float]] = []
    for r in doc.redactions:
        if r.start is not None and r.end is not None:
            spans.append((r.start, r.end))
            continue
        u = by_index.get(r.utterance)
        if u is not None and u.start is not None and u.end is not None:
            spans.append((u.start, u.end))  # no word times for this span: never leak, mute the whole turn
    for e in doc.entities:
        if e.start is not None and e.end is not None:
            spans.append((e.start, e.end))
    return sorted(spans)


def mute(audio: AudioInput, spans: list[tuple[float, float]], *, pad_s: float = 0.15,
         fill: str = "silence") -> AudioInput:
    """A copy of the audio with each span (plus padding) replaced by silence or a quiet 1 kHz tone, all channels."""
    out = audio.samples.copy()
    sr = audio.sample_rate
    n = out.shape[1]
    for start, end in spans:
        a = max(0, int((start - pad_s) * sr))
        b = min(n, int(np.ceil((end + pad_s) * sr)))
        if b <= a:
            continue
        if fill == "tone":
            t = np.arange(b - a) / sr
            out[:, a:b] = (0.05 * np.sin(2 * np.pi * 1000.0 * t)).astype(np.float32)[None, :]
        else:
            out[:, a:b] = 0.0
    return AudioInput(samples=out, sample_rate=sr, source_format="redacted")

