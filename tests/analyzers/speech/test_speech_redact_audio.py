"""Audio redaction: every PII span with times and every key press is muted; the original audio is dropped."""

from __future__ import annotations

import numpy as np
import pytest
from speech_helpers import dtmf_keys, tone

from analyzers.document import AudioInput, Document, InteractionMeta, Redaction, Utterance, Word
from analyzers.speech.decode import decode_audio, encode_flac
from analyzers.speech.dtmf import detect_dtmf
from analyzers.speech.stages import RedactAudio, RedactAudioParams

SR = 16000


def _doc(samples: np.ndarray, sr: int = SR) -> Document:
    utt = Utterance(index=0, speaker="spk0", text="my card is <CREDIT_CARD>", start=1.0, end=3.0,
                    words=[Word(text="my", start=1.0, end=1.2)])
    return Document(meta=InteractionMeta(), audio=AudioInput(samples=samples, sample_rate=sr), utterances=[utt],
                    redacted=True)


def _level(audio: AudioInput, start: float, end: float) -> float:
    return float(np.max(np.abs(audio.samples[:, int(start * audio.sample_rate): int(end * audio.sample_rate)])))


def test_timed_redaction_is_muted_with_padding_and_the_rest_kept() -> None:
    doc = _doc(np.stack([tone((300.0,), 6.0)] * 2))
    doc.redactions = [Redaction(utterance=0, char_start=11, char_end=24, entity_type="CREDIT_CARD",
                                recognizer="test", score=1.0, start=2.0, end=3.0)]
    doc = RedactAudio(RedactAudioParams(pad_s=0.1))(doc)
    assert doc.audio is None
    red = doc.redacted_audio
    assert red is not None and red.channels == 2
    assert _level(red, 1.9, 3.1) == 0.0
    assert _level(red, 0.0, 1.85) > 0.2 and _level(red, 3.15, 6.0) > 0.2


def test_redaction_without_times_mutes_its_whole_utterance() -> None:
    doc = _doc(tone((300.0,), 5.0)[None, :])
    doc.redactions = [Redaction(utterance=0, char_start=11, char_end=24, entity_type="CREDIT_CARD",
                                recognizer="test", score=1.0)]
    doc = RedactAudio(RedactAudioParams(pad_s=0.0))(doc)
    assert _level(doc.redacted_audio, 1.0, 3.0) == 0.0
    assert _level(doc.redacted_audio, 3.05, 5.0) > 0.2


@pytest.mark.parametrize("sr", [8000, 16000])
def test_key_presses_are_muted_even_when_redactions_were_rebuilt(sr: int) -> None:
    keys, _ = dtmf_keys("4111", sr)
    x = np.concatenate([np.zeros(sr, np.float32), keys, np.zeros(sr, np.float32)])
    doc = _doc(x[None, :], sr)
    doc.redactions = []  # e.g. a PII stage replaced the list
    doc = RedactAudio()(doc)
    assert {r.source for r in doc.redactions} == {"dtmf"}
    assert detect_dtmf(doc.redacted_audio.samples[0], doc.redacted_audio.sample_rate) == []
    assert np.max(np.abs(doc.redacted_audio.samples)) == 0.0


def test_tone_fill_and_keeping_the_original_by_policy() -> None:
    doc = _doc(tone((300.0,), 4.0)[None, :])
    doc.redactions = [Redaction(utterance=0, char_start=0, char_end=2, entity_type="PERSON", recognizer="t",
                                score=1.0, start=1.0, end=2.0)]
    doc = RedactAudio(RedactAudioParams(fill="tone", keep_original=True))(doc)
    assert doc.audio is not None
    assert _level(doc.redacted_audio, 1.0, 2.0) == pytest.approx(0.05, abs=1e-3)


def test_redacted_audio_survives_flac_storage() -> None:
    doc = _doc(tone((300.0,), 4.0)[None, :])
    doc.redactions = [Redaction(utterance=0, char_start=0, char_end=2, entity_type="PERSON", recognizer="t",
                                score=1.0, start=1.0, end=2.0)]
    stored = decode_audio(encode_flac(RedactAudio()(doc).redacted_audio))
    assert _level(stored, 1.0, 2.0) == 0.0
