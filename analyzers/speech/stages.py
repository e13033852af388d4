"""Speech stages of the voice profile: speaker turns, DTMF, transcription, roles, audio redaction.

    speaker_turns  audio -> speech_regions, speakers   stereo: channel VAD; mono: pyannote diarization
    detect_dtmf    audio -> (doc.redactions, source "dtmf")
    transcribe     audio, speech_regions -> words, utterances   faster-whisper, words assigned by time
    assign_roles   utterances, speakers -> roles
    redact_audio   audio, redacted -> redacted_audio             mutes PII and DTMF spans, drops doc.audio
    align_words    (analyzers.speech.alignment) optional CTC refinement of word times; a no-op without a model

Stereo calls whose metadata expects more speakers than channels get the conference leg split by the
diarizer (analyzers.speech.conference). A worker with two or more threads runs two engines at once: on
mono calls whisper starts beside pyannote in speaker_turns and transcribe takes the result
(analyzers.speech.overlap); on stereo calls transcribe decodes the channels side by side.
"""

from __future__ import annotations

from collections.abc import Callable
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
from analyzers.speech import alignment as _alignment  # noqa: F401  (registers the align_words stage)
from analyzers.speech import assemble, channels, conference, dtmf, overlap, roles
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


class TranscribeParams(StageParams):
    model: Literal["base", "tiny.en"] = "base"
    model_dir: str | None = Field(default=None, description="Model cache dir; default ~/.cache/fairline/models.")
    beam_size: int = Field(default=1, ge=1, le=10)
    max_pause_s: float = Field(default=1.5, gt=0.0, description="A longer pause starts a new utterance.")
    crosstalk_tolerance_s: float = Field(default=0.2, ge=0.0,
                                         description="Stereo: a word mostly outside its channel's own speech "
                                                     "turns (padded by this) is the other side's echo, dropped.")


class SpeakerTurnsParams(StageParams):
    num_speakers: int = Field(default=2, ge=1, le=10, description="Mono calls; doc.meta.expected_speakers wins.")
    segmentation_step: float = Field(default=0.1, gt=0.0, le=1.0,
                                     description="pyannote window step (ratio); 0.2 is ~2x faster, less exact.")
    embedding_window_s: float = Field(default=3.0, ge=0.0, le=10.0,
                                      description="Longest speech per chunk embedded by CAM++ (0: all).")
    bleed_db: float = Field(default=15.0, ge=0.0, description="Stereo: a channel this much quieter is echo.")
    vad_threshold: float = Field(default=0.5, gt=0.0, lt=1.0)
    min_voice_s: float = Field(default=1.0, ge=0.0,
                               description="Stereo, more speakers expected than channels: a second voice on "
                                           "one channel must speak at least this long to become a speaker.")
    min_voice_separation: float = Field(default=0.3, ge=0.0, le=2.0,
                                        description="...and its embedding must be at least this far (cosine "
                                                    "distance) from the channel's main voice.")
    early_transcribe: TranscribeParams | None = Field(
        default_factory=TranscribeParams,
        description="Mono calls on a worker with >= 2 threads: whisper starts on the second thread beside "
                    "pyannote with these settings (transcribe's defaults); transcribe uses the result only "
                    "when its own settings match. null: off.")


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
            overlap.discard(doc)
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
        voices = self._conference_voices(doc, chans, regions, audio.sample_rate, params)
        doc.speakers = []
        doc.speech_turns = []
        for c in range(2):
            role = _channel_role(doc, c)
            for k, own in enumerate(voices[c]):
                # The channel's main voice is its owner (metadata role); another voice on the same leg is
                # a new speaker whose role assign_roles works out (a third party when both sides are known).
                label = f"ch{c}" if k == 0 else f"ch{c}v{k + 1}"
                main = k == 0 and role is not None
                doc.speakers.append(Speaker(label=label, channel=c, role=role if main else SpeakerRole.unknown,
                                            role_confidence=1.0 if main else 0.0,
                                            role_source="metadata" if main else ""))
                doc.speech_turns.extend(SpeechTurn(speaker=label, start=round(r.start, 3), end=round(r.end, 3),
                                                   channel=c) for r in own)
        doc.speech_turns.sort(key=lambda t: t.start)

    def _conference_voices(self, doc: Document, chans: list[np.ndarray], regions: list[list[channels.Region]],
                           sr: int, params: SpeakerTurnsParams) -> list[list[list[channels.Region]]]:
        """Speech regions per voice per channel: one voice each, unless metadata expects more speakers."""
        voices = [[regions[c]] for c in range(2)]
        extra = (doc.meta.expected_speakers or 2) - len(chans)
        if extra <= 0:
            return voices
        candidates = [self._channel_voices(c, chans[c], regions[c], sr, params) for c in range(2) if regions[c]]
        chosen = conference.channels_to_split(candidates, extra, min_voice_s=params.min_voice_s,
                                              min_separation=params.min_voice_separation)
        for cand in candidates:
            if cand.channel in chosen:
                voices[cand.channel] = cand.voices
        return voices

    def _channel_voices(self, channel: int, samples: np.ndarray, own: list[channels.Region], sr: int,
                        params: SpeakerTurnsParams) -> conference.ChannelVoices:
        import torch

        from analyzers.speech.engines import get_diarizer, torch_threads

        gated = np.ascontiguousarray(channels.gate(samples, own, sr), dtype=np.float32)  # the other side's echo out
        with torch_threads():
            out = get_diarizer(params.segmentation_step, params.embedding_window_s)(
                {"waveform": torch.from_numpy(gated)[None], "sample_rate": sr}, num_speakers=2)
        annotation = out.speaker_diarization
        segments = [(seg.start, seg.end, label) for seg, _, label in annotation.itertracks(yield_label=True)]
        emb = out.speaker_embeddings
        separation = conference.cosine_distance(emb[0], emb[1]) if emb is not None and len(emb) >= 2 else 0.0
        return conference.ChannelVoices(channel, conference.voices_from_segments(segments, own), separation)

    def _mono(self, doc: Document, audio: AudioInput, params: SpeakerTurnsParams, hook: ProgressHook | None) -> None:
        from analyzers.speech.engines import parallel_engines

        n = doc.meta.expected_speakers or params.num_speakers
        if params.early_transcribe is not None and parallel_engines() >= 2:
            start_early_decode(doc, audio, params.early_transcribe)
        try:
            self._diarize(doc, audio, n, params, hook)
        except BaseException:
            overlap.discard(doc)
            raise

    def _diarize(self, doc: Document, audio: AudioInput, n: int, params: SpeakerTurnsParams,
                 hook: ProgressHook | None) -> None:
        import torch

        from analyzers.speech.engines import get_diarizer, torch_threads

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


def call_language(doc: Document, params: TranscribeParams) -> str:
    """The language whisper is told: the call's metadata language ('en-US' -> 'en'), checked against the model."""
    language = (doc.meta.language or "en").split("-")[0].lower()
    if params.model.endswith(".en") and language != "en":
        raise InputError(f"model {params.model} transcribes English only; the call is {language!r}",
                         code="language_unsupported")
    return language


def _decode_key(params: TranscribeParams, language: str, samples: np.ndarray) -> overlap.DecodeKey:
    return overlap.DecodeKey(params.model, params.model_dir, params.beam_size, language, overlap.fingerprint(samples))


def start_early_decode(doc: Document, audio: AudioInput, params: TranscribeParams) -> None:
    """Start whisper on a mono call's audio on the side thread; the transcribe stage picks the result up."""
    try:
        language = call_language(doc, params)
    except InputError:
        return  # transcribe reports it, with its own settings
    samples = _mono(audio)
    overlap.start(doc, _decode_key(params, language, samples), lambda: decode_words(samples, language, params))


def decode_words(samples: np.ndarray, language: str, params: TranscribeParams,
                 progress: Callable[[int, int], None] | None = None) -> list[assemble.TimedWord]:
    """Words with times from faster-whisper (int8, VAD filter, beam from params) for one mono signal."""
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
        if progress:
            progress(min(int(seg.end), total), total)
    return out


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
        try:
            language = call_language(doc, params)
        except InputError:
            overlap.discard(doc)
            raise
        stereo = any(s.channel is not None for s in doc.speakers)
        words = self._stereo(doc, audio, language, params, hook) if stereo else self._mono(doc, audio, language,
                                                                                           params, hook)
        if not words:
            raise InputError("no words were recognised in the recording", code="audio_no_speech")
        doc.utterances = assemble.build_utterances(words, params.max_pause_s)
        spoken = {u.speaker for u in doc.utterances}
        doc.speakers = [s for s in doc.speakers if s.label in spoken or s.channel is not None]
        return doc

    def _progress(self, hook: ProgressHook | None) -> Callable[[int, int], None] | None:
        if hook is None:
            return None
        return lambda done, total: hook(self.name, None, completed=done, total=total)

    def _mono(self, doc: Document, audio: AudioInput, language: str, params: TranscribeParams,
              hook: ProgressHook | None) -> list[assemble.TimedWord]:
        samples = _mono(audio)
        words = overlap.take(doc, _decode_key(params, language, samples))
        if words is None:
            words = decode_words(samples, language, params, self._progress(hook))
        elif hook:
            hook(self.name, None, completed=1, total=1)
        return assemble.assign_speakers(words, doc.speech_turns)

    def _stereo(self, doc: Document, audio: AudioInput, language: str, params: TranscribeParams,
                hook: ProgressHook | None) -> list[assemble.TimedWord]:
        from analyzers.speech.engines import parallel_engines, side_executor

        overlap.discard(doc)
        jobs: list[tuple[Speaker, list[SpeechTurn], np.ndarray]] = []
        for spk in doc.speakers:
            assert spk.channel is not None
            own = [t for t in doc.speech_turns if t.speaker == spk.label]
            # Only the channel's own speech is decoded: the other side's echo is zeroed, which also
            # spares whisper from transcribing the call twice.
            regions = [channels.Region(t.start, t.end) for t in own]
            jobs.append((spk, own, channels.gate(audio.samples[spk.channel], regions, audio.sample_rate)))
        if parallel_engines() >= 2 and len(jobs) >= 2:
            # Channels are independent: the last one decodes on the side thread while the rest decode here.
            side = side_executor().submit(decode_words, jobs[-1][2], language, params)
            try:
                decoded = [decode_words(g, language, params, self._progress(hook)) for _, _, g in jobs[:-1]]
            except BaseException:
                overlap.wait_quietly(side)  # the first error wins; the side thread is free again before we go
                raise
            decoded.append(side.result())
        else:
            decoded = [decode_words(g, language, params, self._progress(hook)) for _, _, g in jobs]
        words: list[assemble.TimedWord] = []
        for (spk, own, _), channel_words in zip(jobs, decoded, strict=True):
            for w in channel_words:
                if _covered(w, own, params.crosstalk_tolerance_s) >= 0.5:
                    w.speaker = spk.label
                    words.append(w)
        return words


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

