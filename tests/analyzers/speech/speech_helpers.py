"""Helpers for the speech tests: synthetic signals and in-memory encoders (PyAV), no files outside tmp."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import av
import numpy as np
import pytest

from analyzers.speech.dtmf import HIGH, KEYS, LOW

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared" / "data"
PYANNOTE_SAMPLE = SHARED / "pyannote" / "sample.wav"
PYANNOTE_RTTM = SHARED / "pyannote" / "sample.rttm"


def encode(samples: np.ndarray, sr: int, fmt: str, codec: str) -> bytes:
    """Encode float samples (channels, n) with PyAV into a container, in memory."""
    layout = "mono" if samples.shape[0] == 1 else "stereo"
    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt) as c:
        stream = c.add_stream(codec, rate=sr, layout=layout)
        pcm = (np.clip(samples, -1, 1).T * 32767).astype(np.int16).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout=layout)
        frame.sample_rate = sr
        for p in stream.encode(frame):
            c.mux(p)
        for p in stream.encode(None):
            c.mux(p)
    return buf.getvalue()


def tone(freqs: tuple[float, ...], seconds: float, sr: int = 16000, amp: float = 0.3) -> np.ndarray:
    """Sum of sines, peak about amp."""
    t = np.arange(int(seconds * sr)) / sr
    return (amp * sum(np.sin(2 * np.pi * f * t) for f in freqs) / len(freqs)).astype(np.float32)


def dtmf_keys(keys: str, sr: int = 16000, press_s: float = 0.08, gap_s: float = 0.07,
              amp: float = 0.3) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """A keypad sequence and the true (start, end) of each press."""
    parts: list[np.ndarray] = []
    spans: list[tuple[float, float]] = []
    t = 0.0
    for k in keys:
        row = next(i for i, r in enumerate(KEYS) if k in r)
        col = KEYS[row].index(k)
        parts.append(tone((LOW[row], HIGH[col]), press_s, sr, amp))
        spans.append((t, t + press_s))
        parts.append(np.zeros(int(gap_s * sr), dtype=np.float32))
        t += press_s + gap_s
    return np.concatenate(parts), spans


def espeak(text: str, voice: str, sr: int = 16000) -> np.ndarray:
    """Speech from espeak-ng (16 kHz float mono), or skip when it is not installed."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        pytest.skip("espeak-ng is not installed")
    wav = subprocess.run([exe, "-v", voice, "-s", "150", "--stdout", text], check=True,
                         capture_output=True).stdout
    from analyzers.speech.decode import decode_audio

    return decode_audio(wav, sr).samples[0]
