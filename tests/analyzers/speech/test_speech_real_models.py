"""Real models on real audio: the pyannote sample (human reference) and a project-made espeak-ng call.

Marked slow: they load whisper, pyannote and CAM++ (about a minute on 2 cores). Run with `-m slow`.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
from speech_helpers import PYANNOTE_RTTM, PYANNOTE_SAMPLE, dtmf_keys, espeak
from test_speech_profile import voice_profile_for_tests

from analyzers.document import (
    AudioInput,
    Channel,
    Direction,
    Document,
    InteractionMeta,
    Redaction,
    SpeakerRole,
)
from analyzers.pipeline import Pipeline, Profile, StageSpec
from analyzers.speech.decode import decode_audio
from analyzers.speech.dtmf import detect_dtmf
from analyzers.speech.stages import RedactAudio

pytestmark = pytest.mark.slow


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split())


def _speech_profile() -> Pipeline:
    return Pipeline.build(Profile(name="speech", version="t", inputs=["audio"], stages=[
        StageSpec(stage=s) for s in ("speaker_turns", "detect_dtmf", "transcribe", "assign_roles", "normalise_text")
    ]))


def test_pyannote_sample_transcript_speakers_and_muting() -> None:
    if not PYANNOTE_SAMPLE.exists():
        pytest.skip("../shared/data/pyannote is absent")
    from pyannote.core import Annotation, Segment
    from pyannote.database.util import load_rttm
    from pyannote.metrics.diarization import DiarizationErrorRate

    audio = decode_audio(PYANNOTE_SAMPLE)
    doc = _speech_profile()(Document(meta=InteractionMeta(channel=Channel.voice), audio=audio))
    text = _norm(" ".join(u.text for u in doc.utterances))
    for phrase in ("hello", "new jersey", "chicago", "originally from"):
        assert phrase in text
    assert len(doc.speakers) == 2
    assert {u.role for u in doc.utterances} == {SpeakerRole.agent, SpeakerRole.customer}
    ref = next(iter(load_rttm(str(PYANNOTE_RTTM)).values()))
    hyp = Annotation()
    for t in doc.speech_turns:
        hyp[Segment(t.start, t.end)] = t.speaker
    assert DiarizationErrorRate(collar=0.0)(ref, hyp) < 0.10  # measured 0.056 at step 0.1
    # Every word lies in the recording and inside its utterance.
    for u in doc.utterances:
        assert all(u.text[w.char_start:w.char_end] == w.text for w in u.words)
        assert 0.0 <= u.start <= u.end <= audio.duration_s + 0.1

    # Mute one word by its time, as pii_redact does for a detected span.
    word = next(w for u in doc.utterances for w in u.words if "chicago" in w.text.lower())
    doc.redacted = True
    doc.redactions = [Redaction(utterance=0, char_start=0, char_end=1, entity_type="LOCATION", recognizer="t",
                                score=1.0, start=word.start, end=word.end)]
    doc = RedactAudio()(doc)
    red = doc.redacted_audio
    assert doc.audio is None and red is not None
    a, b = int(word.start * 16000), int(word.end * 16000)
    assert np.all(red.samples[:, a:b] == 0.0)
    assert np.max(np.abs(red.samples[:, :int(5 * 16000)])) > 0.01  # elsewhere the audio is intact


AGENT = [
    "Hello, this is Sam calling from Acme Subscriptions. This call may be recorded.",
    "For security purposes, can you confirm your date of birth please?",
    "Thank you. Your balance is $49. Would you like to pay today?",
    "Thank you, the payment went through. Is there anything else I can help with?",
]
CUSTOMER = [
    "Yes, this is Jordan speaking.",
    "It is the fourth of July, 1980.",
    "Yes, I will type my card number on the keypad now.",
    "No, that is all. Goodbye.",
]


def _espeak_call() -> tuple[np.ndarray, list[tuple[float, float]]]:
    """Stereo (agent left, customer right, each leaking -30 dB into the other) and the DTMF truth spans."""
    sr = 16000
    gap = np.zeros(int(0.6 * sr), np.float32)
    left: list[np.ndarray] = [gap]
    right: list[np.ndarray] = [gap]
    dtmf_truth: list[tuple[float, float]] = []
    for i, (a, c) in enumerate(zip(AGENT, CUSTOMER, strict=True)):
        sa = espeak(a, "en-us", sr)
        left.append(sa)
        right.append(np.zeros_like(sa))
        for side in (left, right):
            side.append(gap)
        sc = espeak(c, "en-us+f2", sr)  # a voice CAM++ tells apart from en-us (cosine distance 0.48)
        right.append(sc)
        left.append(np.zeros_like(sc))
        if i == 2:  # the customer types a card number after saying so
            t0 = sum(x.size for x in right) / sr + 0.3
            keys, spans = dtmf_keys("4111111111111111", sr)
            pad = np.zeros(int(0.3 * sr), np.float32)
            right += [pad, keys]
            left += [pad, np.zeros_like(keys)]
            dtmf_truth = [(t0 + s, t0 + e) for s, e in spans]
        for side in (left, right):
            side.append(gap)
    x = np.stack([np.concatenate(left), np.concatenate(right)])
    x = x + 10 ** (-30 / 20) * x[::-1]
    return x.astype(np.float32), dtmf_truth


@pytest.mark.parametrize("layout,rate", [("stereo", 8000), ("mono", 16000)])
def test_espeak_call_end_to_end(layout: str, rate: int) -> None:
    import jiwer

    x, dtmf_truth = _espeak_call()
    if layout == "mono":
        x = x.mean(axis=0, keepdims=True)
        meta = InteractionMeta(channel=Channel.voice, brand_name="Acme", direction=Direction.outbound)
    else:
        meta = InteractionMeta(channel=Channel.voice, brand_name="Acme",
                               channel_roles={"0": SpeakerRole.agent, "1": SpeakerRole.customer})
    # stereo as a contact centre sends it: 8 kHz telephone audio
    audio = AudioInput(samples=x[:, ::2].copy(), sample_rate=8000) if rate == 8000 else AudioInput(
        samples=x, sample_rate=16000)
    full = Pipeline.build(voice_profile_for_tests())
    # Run up to normalisation first, to check the words before PII redaction replaces names and dates.
    cut = [s.name for s in full.stages].index("normalise_text") + 1
    doc = Pipeline("speech", "t", full.stages[:cut])(Document(meta=meta, audio=audio))

    agent = _norm(" ".join(u.text for u in doc.utterances_by(SpeakerRole.agent)))
    customer = _norm(" ".join(u.text for u in doc.utterances_by(SpeakerRole.customer)))
    assert "acme" in agent and "payment went through" in agent
    assert "keypad" in customer and "card number" in customer
    script = " ".join(line for pair in zip(AGENT, CUSTOMER, strict=True) for line in pair)
    wer = jiwer.wer(_norm(script), _norm(" ".join(u.text for u in doc.utterances)))
    assert wer < 0.35  # espeak's robotic voice at 8 kHz; clean human speech does far better

    doc = Pipeline("rest", "t", full.stages[cut:])(doc)
    dtmf = [r for r in doc.redactions if r.source == "dtmf"]
    assert len(dtmf) == 16
    for (s, e), r in zip(dtmf_truth, dtmf, strict=True):
        assert r.start == pytest.approx(s, abs=0.05) and r.end == pytest.approx(e, abs=0.06)
    red = doc.redacted_audio
    assert red is not None and doc.audio is None
    assert all(detect_dtmf(red.samples[c], red.sample_rate) == [] for c in range(red.channels))
    assert np.max(np.abs(red.samples)) > 0.05  # speech is still there


@pytest.mark.parametrize("frames", [40, 333, 998, 1500])
def test_frozen_campplus_matches_the_eager_model(frames: int) -> None:
    import torch

    from analyzers.speech import models
    from analyzers.speech.campplus import CamPlusPlusEmbedding, _campplus_class

    eager = _campplus_class()(feat_dim=80, embedding_size=192)
    eager.load_state_dict(torch.load(str(models.package_file(models.CAMPLUSPLUS)), map_location="cpu",
                                     weights_only=True))
    eager.eval()
    frozen = CamPlusPlusEmbedding(models.package_file(models.CAMPLUSPLUS)).model_
    x = torch.randn(1, frames, 80, generator=torch.Generator().manual_seed(frames))
    with torch.inference_mode():
        assert torch.max(torch.abs(eager(x) - frozen(x))).item() < 1e-3


def test_campplus_batched_embeddings_equal_one_by_one() -> None:
    import torch

    from analyzers.speech import models
    from analyzers.speech.campplus import CamPlusPlusEmbedding

    emb = CamPlusPlusEmbedding(models.package_file(models.CAMPLUSPLUS))
    g = torch.Generator().manual_seed(0)
    waveforms = 0.1 * torch.randn(6, 1, 16000 * 10, generator=g)
    masks = torch.zeros(6, 589)
    for i, (a, b) in enumerate([(0, 589), (100, 500), (0, 0), (10, 400), (200, 260), (0, 1)]):
        masks[i, a:b] = 1.0  # long (cropped to 3 s, batched together), short, silent, too short
    batched = emb(waveforms, masks)
    single = np.stack([emb(waveforms[i:i + 1], masks[i:i + 1])[0] for i in range(6)])
    assert np.isnan(batched[2]).all() and np.isnan(batched[5]).all()  # no speech: no embedding
    ok = ~np.isnan(single).any(axis=1)
    assert np.allclose(batched[ok], single[ok], atol=1e-4)


def test_whisper_beside_pyannote_gives_the_same_call(monkeypatch: pytest.MonkeyPatch) -> None:
    if not PYANNOTE_SAMPLE.exists():
        pytest.skip("../shared/data/pyannote is absent")
    import threading

    from analyzers.speech import stages

    decoded_on: list[str] = []
    real = stages.decode_words

    def spy(*args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
        decoded_on.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(stages, "decode_words", spy)
    audio = decode_audio(PYANNOTE_SAMPLE)
    calls = []
    for threads in ("1", "2"):
        monkeypatch.setenv("FAIRLINE_WORKER_THREADS", threads)
        doc = _speech_profile()(Document(meta=InteractionMeta(channel=Channel.voice), audio=audio))
        calls.append(([(u.speaker, u.text, u.start, u.end) for u in doc.utterances],
                      [(t.speaker, t.start, t.end) for t in doc.speech_turns]))
    assert calls[0] == calls[1]
    assert len(decoded_on) == 2 and decoded_on[1].startswith("fairline-speech")  # once each, 2nd on the side
