"""Stereo calls: one speaker per channel, speech found with silero VAD, cross-talk and echo removed.

Contact-centre recorders put the agent on one channel and the customer on the other, but each channel
also carries a faint copy of the other side (line echo, headset bleed). VAD alone would mark that copy
as speech, so a frame is kept for a channel only when that channel is not far quieter than the other
channel, which is speaking at the same moment. Real overlapping speech (both talking at similar levels)
is kept on both channels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FRAME_S = 0.02


@dataclass(frozen=True)
class Region:
    start: float
    end: float


def vad_regions(samples: np.ndarray, sr: int = 16000, *, threshold: float = 0.5,
                min_silence_ms: int = 400, pad_ms: int = 100) -> list[Region]:
    """Speech regions of a mono 16 kHz signal with faster-whisper's bundled silero VAD."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    opts = VadOptions(threshold=threshold, min_speech_duration_ms=200, min_silence_duration_ms=min_silence_ms,
                      speech_pad_ms=pad_ms)
    stamps = get_speech_timestamps(np.ascontiguousarray(samples, dtype=np.float32), opts, sampling_rate=sr)
    return [Region(s["start"] / sr, s["end"] / sr) for s in stamps]


def frame_rms(samples: np.ndarray, sr: int) -> np.ndarray:
    """RMS per 20 ms frame."""
    n = int(FRAME_S * sr)
    usable = samples[: (samples.size // n) * n].astype(np.float64)
    rms: np.ndarray = np.sqrt(np.mean(usable.reshape(-1, n) ** 2, axis=1) + 1e-12)
    return rms


def _mask(regions: list[Region], n_frames: int) -> np.ndarray:
    m = np.zeros(n_frames, dtype=bool)
    for r in regions:
        m[int(r.start / FRAME_S): int(np.ceil(r.end / FRAME_S))] = True
    return m


def _regions(mask: np.ndarray, min_len_s: float, bridge_s: float) -> list[Region]:
    out: list[Region] = []
    i, n = 0, mask.size
    while i < n:
        if not mask[i]:
            i += 1
            continue
        j = i
        while j < n and mask[j]:
            j += 1
        start, end = i * FRAME_S, j * FRAME_S
        if out and start - out[-1].end <= bridge_s:
            out[-1] = Region(out[-1].start, end)
        else:
            out.append(Region(start, end))
        i = j
    return [r for r in out if r.end - r.start >= min_len_s]


def remove_crosstalk(channels: list[np.ndarray], regions: list[list[Region]], sr: int, *,
                     bleed_db: float = 15.0, min_len_s: float = 0.25, bridge_s: float = 0.3) -> list[list[Region]]:
    """Drop frames where a channel only carries the other channel's voice, much quieter (echo / bleed).

    Levels are compared over 100 ms (smoothed) so a single quiet frame inside a word does not flip.
    The other channel's VAD is not consulted: silero hears a -30 dB copy as speech too, with its
    own boundaries, so energy alone decides which side a voice belongs to.
    """
    if len(channels) != 2:
        return regions
    rms = [frame_rms(c, sr) for c in channels]
    n = min(r.size for r in rms)
    kernel = np.ones(5) / 5
    level = [np.convolve(r[:n] ** 2, kernel, mode="same") for r in rms]
    masks = [_mask(regs, n) for regs in regions]
    ratio = 10 ** (bleed_db / 10)  # power ratio
    out: list[list[Region]] = []
    for c in (0, 1):
        bleed = level[1 - c] > level[c] * ratio
        out.append(_regions(masks[c] & ~bleed, min_len_s, bridge_s))
    return out


def gate(samples: np.ndarray, regions: list[Region], sr: int, pad_s: float = 0.2) -> np.ndarray:
    """The channel with everything outside its own speech regions (padded) set to zero; times unchanged."""
    out = np.zeros_like(samples)
    for r in regions:
        a, b = max(0, int((r.start - pad_s) * sr)), min(samples.size, int((r.end + pad_s) * sr))
        out[a:b] = samples[a:b]
    return out


def channels_identical(samples: np.ndarray) -> bool:
    """True when a 'stereo' file carries the same signal twice (a mono call saved as stereo)."""
    if samples.shape[0] < 2:
        return True
    a, b = samples[0].astype(np.float64), samples[1].astype(np.float64)
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    if na < 1e-9 or nb < 1e-9:
        return False
    return float(np.dot(a, b) / (na * nb)) > 0.98
