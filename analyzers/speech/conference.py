"""Stereo calls with more voices than channels: one channel (a conference leg) carries two people.

When the metadata expects more speakers than the recording has channels, each channel's own speech
(echo from the other side removed) is diarized into two voices, and the channel whose two voices are
most clearly different people is split. The voice that talks more keeps the channel's speaker (and its
metadata role); the other becomes a new speaker on the same channel, left for role assignment (a third
party when the agent and customer are already known). A channel whose "second voice" is too short or
too similar to the first is never split: one person heard as two would be worse than a missed guest.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from analyzers.speech.channels import Region


@dataclass(frozen=True)
class ChannelVoices:
    """One channel diarized into (up to) two voices: speech regions per voice, most talk first."""

    channel: int
    voices: list[list[Region]]
    separation: float  # cosine distance between the voices' centroid embeddings (0 when one voice)

    def talk_s(self, voice: int) -> float:
        """Seconds of speech of one voice."""
        return sum(r.end - r.start for r in self.voices[voice])


def channels_to_split(candidates: list[ChannelVoices], extra: int, *, min_voice_s: float,
                      min_separation: float) -> list[int]:
    """Channels to split for `extra` more speakers: clearly two voices, the most distinct first."""
    usable = [c for c in candidates
              if len(c.voices) >= 2 and c.talk_s(1) >= min_voice_s and c.separation >= min_separation]
    usable.sort(key=lambda c: (-c.separation, c.channel))
    return sorted(c.channel for c in usable[:max(0, extra)])


def intersect(a: list[Region], b: list[Region]) -> list[Region]:
    """Time spans covered by both region lists (each sorted, non-overlapping)."""
    out: list[Region] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i].start, b[j].start), min(a[i].end, b[j].end)
        if end > start:
            out.append(Region(start, end))
        if a[i].end <= b[j].end:
            i += 1
        else:
            j += 1
    return out


def voices_from_segments(segments: list[tuple[float, float, str]], own: list[Region]) -> list[list[Region]]:
    """Diarized (start, end, label) segments -> speech regions per voice, the voice that talks most first.

    The other voices keep what the diarizer gave them inside the channel's own speech; the main voice
    keeps all the rest of the channel's speech, so nothing the channel's VAD found is lost.
    """
    by_label: dict[str, list[Region]] = {}
    for start, end, label in sorted(segments):
        by_label.setdefault(label, []).append(Region(start, end))
    voices = [v for v in (intersect(_merged(regs), own) for regs in by_label.values()) if v]
    if not voices:
        return [own] if own else []
    voices.sort(key=lambda v: -_talk(v))
    others = voices[1:]
    main = subtract(own, _merged([r for v in others for r in v]))
    return [main, *others] if main else others


def subtract(a: list[Region], b: list[Region]) -> list[Region]:
    """Parts of the regions in a not covered by b (both sorted, non-overlapping)."""
    out: list[Region] = []
    for r in a:
        start = r.start
        for cut in b:
            if cut.end <= start or cut.start >= r.end:
                continue
            if cut.start > start:
                out.append(Region(start, cut.start))
            start = max(start, cut.end)
        if start < r.end:
            out.append(Region(start, r.end))
    return out


def cosine_distance(a: np.ndarray, b: np.ndarray) -> float:
    """1 - cosine similarity (0 when either vector is empty or not finite)."""
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    if not (np.isfinite(na) and np.isfinite(nb)) or na < 1e-9 or nb < 1e-9:
        return 0.0
    return 1.0 - float(np.dot(a, b) / (na * nb))


def _talk(regions: list[Region]) -> float:
    return sum(r.end - r.start for r in regions)


def _merged(regions: list[Region]) -> list[Region]:
    out: list[Region] = []
    for r in sorted(regions, key=lambda r: r.start):
        if out and r.start <= out[-1].end:
            out[-1] = Region(out[-1].start, max(out[-1].end, r.end))
        else:
            out.append(r)
    return out
