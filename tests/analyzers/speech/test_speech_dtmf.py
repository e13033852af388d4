"""Keypad tones are found with their times, at telephone and wideband rates, and speech is not mistaken for them."""

from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf
from scipy.signal import resample_poly
from speech_helpers import PYANNOTE_SAMPLE, SHARED, dtmf_keys, tone

from analyzers.document import AudioInput, Document, InteractionMeta, SpeakerRole
from analyzers.speech.dtmf import detect_dtmf
from analyzers.speech.stages import DetectDTMF

CASES = [  # (keys, sample rate, press length s, amplitude, added noise rms)
    ("4111111111111111", 16000, 0.08, 0.3, 0.005),
    ("0123456789*#ABCD", 16000, 0.06, 0.3, 0.0),
    ("5500", 8000, 0.10, 0.1, 0.01),
    ("737", 8000, 0.05, 0.02, 0.001),  # quiet line, short presses
    ("99", 16000, 0.20, 0.5, 0.02),
]


@pytest.mark.parametrize("keys,sr,press,amp,noise", CASES)
def test_key_presses_are_found_with_times(keys: str, sr: int, press: float, amp: float, noise: float) -> None:
    sig, truth = dtmf_keys(keys, sr, press_s=press, amp=amp)
    lead = np.zeros(sr // 2, dtype=np.float32)
    x = np.concatenate([lead, sig]) + np.random.default_rng(1).normal(0, noise, lead.size + sig.size)
    found = detect_dtmf(x.astype(np.float32), sr)
    assert "".join(s.key for s in found) == keys
    for span, (start, end) in zip(found, truth, strict=True):
        assert span.start == pytest.approx(start + 0.5, abs=0.03)
        assert span.end == pytest.approx(end + 0.5, abs=0.05)


NOT_DTMF = [
    ("single tone 697 Hz", tone((697.0,), 1.0)),
    ("single tone 1209 Hz", tone((1209.0,), 1.0)),
    ("white noise", np.random.default_rng(2).normal(0, 0.1, 16000).astype(np.float32)),
    ("chord not on the DTMF grid", tone((600.0, 1100.0), 1.0)),
    ("too short press (20 ms)", np.concatenate([np.zeros(8000, np.float32), dtmf_keys("5", press_s=0.02)[0]])),
    ("silence", np.zeros(16000, dtype=np.float32)),
]


@pytest.mark.parametrize("label,signal", NOT_DTMF, ids=[c[0] for c in NOT_DTMF])
def test_other_sounds_are_not_key_presses(label: str, signal: np.ndarray) -> None:
    assert detect_dtmf(signal, 16000) == []


@pytest.mark.parametrize("path", [PYANNOTE_SAMPLE, SHARED / "speech_azure_speech_sdk_samples" / "katiesteve.wav",
                                  SHARED / "speech_ami_excerpts_pyannote_tests" / "dev00.wav"],
                         ids=["pyannote", "katiesteve", "ami-dev00"])
def test_real_speech_has_no_key_presses(path) -> None:
    if not path.exists():
        pytest.skip(f"{path} absent (../shared/data is not part of a fresh clone)")
    x, sr = sf.read(path, dtype="float32")
    assert detect_dtmf(x, sr) == []
    if sr == 16000:
        assert detect_dtmf(resample_poly(x, 1, 2).astype(np.float32), 8000) == []


def test_stage_records_spans_as_payment_redactions_without_the_keys() -> None:
    sig, _ = dtmf_keys("4242", 16000)
    stereo = np.zeros((2, sig.size + 16000), dtype=np.float32)
    stereo[1, 16000:] = sig  # typed on the customer's channel
    doc = Document(meta=InteractionMeta(channel_roles={"0": SpeakerRole.agent, "1": SpeakerRole.customer}),
                   audio=AudioInput(samples=stereo, sample_rate=16000))
    doc = DetectDTMF()(doc)
    assert [r.entity_type for r in doc.redactions] == ["DTMF"] * 4
    assert all(r.source == "dtmf" and r.start is not None and r.start >= 1.0 for r in doc.redactions)
    assert [e.speaker_role for e in doc.entities] == [SpeakerRole.customer] * 4
    assert "4242" not in doc.model_dump_json()
