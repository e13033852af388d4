"""DTMF (keypad tone) detection: customers typing card numbers must be treated as payment data.

Goertzel-style single-bin DFT power at the eight DTMF frequencies over 40 ms windows (20 ms hop). A window
holds a key press when one low-group and one high-group tone carry most of its energy, each clearly above
its group's other tones, with a plausible level difference (twist). Consecutive windows with the same key
merge into one press; presses shorter than 40 ms are dropped (ITU-T Q.24 minimum tone length).
The key itself is returned for tests; callers store only the time spans.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LOW = (697.0, 770.0, 852.0, 941.0)
HIGH = (1209.0, 1336.0, 1477.0, 1633.0)
KEYS = ("123A", "456B", "789C", "*0#D")

WINDOW_S = 0.040
HOP_S = 0.020
MIN_TONE_S = 0.040
MIN_LEVEL = 10 ** (-45 / 20)  # window RMS below -45 dBFS is not a key press
MIN_SHARE = 0.60  # the two tones hold at least this share of the window's energy
MIN_TONE_SHARE = 0.12  # each tone on its own
MAX_TWIST_DB = 10.0
GROUP_MARGIN = 6.0  # best tone in a group at least this many times the runner-up's power


@dataclass(frozen=True)
class ToneSpan:
    start: float
    end: float
    key: str


def _bin_power(frames: np.ndarray, freqs: tuple[float, ...], sr: int) -> np.ndarray:
    """Share of each frame's energy at each frequency; 1.0 for a pure tone centred in a Hann-windowed frame.

    For a rectangular window the share is 2|X(f)|^2 / (N * sum x^2); a Hann window keeps 2/3 of a
    tone's energy in its centre bin (the rest spreads to neighbours), hence the factor 3.
    """
    n = frames.shape[1]
    t = np.arange(n) / sr
    basis = np.exp(-2j * np.pi * np.outer(t, freqs))  # (n, k)
    spectrum = frames @ basis
    energy = np.sum(frames.astype(np.float64) ** 2, axis=1, keepdims=True) + 1e-12
    share: np.ndarray = 3.0 * np.abs(spectrum) ** 2 / (n * energy)
    return share


def detect_dtmf(samples: np.ndarray, sr: int) -> list[ToneSpan]:
    """Key presses in a mono signal, with start/end in seconds."""
    x = np.asarray(samples, dtype=np.float32).reshape(-1)
    win, hop = int(round(WINDOW_S * sr)), int(round(HOP_S * sr))
    if x.size < win:
        return []
    n_frames = 1 + (x.size - win) // hop
    window = (np.hanning(win) * np.sqrt(8 / 3)).astype(np.float32)  # Hann, energy-compensated
    keys: list[str | None] = []
    for b0 in range(0, n_frames, _BLOCK):  # blocks keep memory flat on hour-long calls
        nb = min(_BLOCK, n_frames - b0)
        idx = np.arange(win)[None, :] + hop * (b0 + np.arange(nb))[:, None]
        raw = x[idx]
        rms = np.sqrt(np.mean(raw.astype(np.float64) ** 2, axis=1))
        frames = raw * window[None, :]
        keys.extend(_keys(_bin_power(frames, LOW, sr), _bin_power(frames, HIGH, sr), rms))
    return _merge(keys, hop / sr, win / sr)


_BLOCK = 4096


def _keys(low: np.ndarray, high: np.ndarray, rms: np.ndarray) -> list[str | None]:
    li, hi = np.argmax(low, axis=1), np.argmax(high, axis=1)
    rows = np.arange(low.shape[0])
    lp, hp = low[rows, li], high[rows, hi]
    low_second, high_second = np.sort(low, axis=1)[:, -2], np.sort(high, axis=1)[:, -2]
    with np.errstate(divide="ignore", invalid="ignore"):
        twist = np.abs(10 * np.log10(lp / hp))
    ok = (
        (rms >= MIN_LEVEL)
        & (lp >= MIN_TONE_SHARE) & (hp >= MIN_TONE_SHARE) & (lp + hp >= MIN_SHARE)
        & (twist <= MAX_TWIST_DB)
        & (low_second * GROUP_MARGIN <= lp) & (high_second * GROUP_MARGIN <= hp)
    )
    return [KEYS[li[i]][hi[i]] if ok[i] else None for i in range(len(ok))]


def _merge(keys: list[str | None], hop: float, win: float) -> list[ToneSpan]:
    spans: list[ToneSpan] = []
    i = 0
    while i < len(keys):
        k = keys[i]
        if k is None:
            i += 1
            continue
        j = i
        while j + 1 < len(keys) and keys[j + 1] == k:
            j += 1
        start, end = i * hop, j * hop + win
        # A lone window can be a tone that straddles two windows; require the press to cover two windows.
        if j > i and end - start >= MIN_TONE_S:
            spans.append(ToneSpan(round(start, 3), round(end, 3), k))
        i = j + 1
    return spans
