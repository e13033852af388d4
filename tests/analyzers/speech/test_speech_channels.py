"""Stereo calls: one speaker per channel, roles from metadata, the other side's echo is not speech."""

from __future__ import annotations

import numpy as np
import pytest
from speech_helpers import tone

from analyzers.document import AudioInput, Document, InteractionMeta, SpeakerRole
from analyzers.speech import channels
from analyzers.speech.channels import Region, remove_crosstalk
from analyzers.speech.stages import SpeakerTurns

SR = 16000


def _call(bleed_db: float | None) -> np.ndarray:
    """Agent talks 0.5-2.5 s on channel 0, customer 3-4.5 s on channel 1; each side leaks into the other."""
    x = np.zeros((2, SR * 5), dtype=np.float32)
    x[0, int(0.5 * SR): int(2.5 * SR)] = tone((220.0, 330.0), 2.0)
    x[1, 3 * SR: int(4.5 * SR)] = tone((180.0, 410.0), 1.5)
    if bleed_db is not None:
        g = 10 ** (-bleed_db / 20)
        x = x + g * x[::-1]
    return x


def _energy_vad(samples: np.ndarray, sr: int = SR, **_: object) -> list[Region]:
    """Stand-in for silero on synthetic tones (silero rightly says tones are not speech): energy > -50 dBFS."""
    rms = channels.frame_rms(samples, sr)
    return channels._regions(rms > 10 ** (-50 / 20), 0.1, 0.1)


@pytest.mark.parametrize("bleed_db", [None, 30.0, 20.0])
def test_echo_of_the_other_side_is_removed(bleed_db: float | None) -> None:
    x = _call(bleed_db)
    regions = [_energy_vad(x[0]), _energy_vad(x[1])]
    cleaned = remove_crosstalk([x[0], x[1]], regions, SR, bleed_db=15.0)
    assert [(round(r.start, 1), round(r.end, 1)) for r in cleaned[0]] == [(0.5, 2.5)]
    assert [(round(r.start, 1), round(r.end, 1)) for r in cleaned[1]] == [(3.0, 4.5)]


def test_real_overlap_at_similar_levels_is_kept_on_both_channels() -> None:
    x = np.zeros((2, SR * 3), dtype=np.float32)
    x[0, SR: 2 * SR] = tone((220.0,), 1.0)
    x[1, SR: 2 * SR] = 0.5 * tone((300.0,), 1.0)  # 6 dB quieter: a real second voice, not echo
    regions = [_energy_vad(x[0]), _energy_vad(x[1])]
    cleaned = remove_crosstalk([x[0], x[1]], regions, SR, bleed_db=15.0)
    assert all(len(c) == 1 for c in cleaned)


@pytest.mark.parametrize("roles,expected", [
    ({"0": SpeakerRole.agent, "1": SpeakerRole.customer}, [SpeakerRole.agent, SpeakerRole.customer]),
    ({"0": SpeakerRole.customer, "1": SpeakerRole.agent}, [SpeakerRole.customer, SpeakerRole.agent]),
    ({}, [SpeakerRole.unknown, SpeakerRole.unknown]),
])
def test_stereo_speakers_come_from_channels_with_metadata_roles(
        monkeypatch: pytest.MonkeyPatch, roles: dict[str, SpeakerRole], expected: list[SpeakerRole]) -> None:
    monkeypatch.setattr(channels, "vad_regions", _energy_vad)
    doc = Document(meta=InteractionMeta(channel_roles=roles), audio=AudioInput(samples=_call(25.0), sample_rate=SR))
    doc = SpeakerTurns()(doc)
    assert [(s.label, s.channel, s.role) for s in doc.speakers] == [("ch0", 0, expected[0]), ("ch1", 1, expected[1])]
    assert [(t.speaker, round(t.start, 1), round(t.end, 1)) for t in doc.speech_turns] == [
        ("ch0", 0.5, 2.5), ("ch1", 3.0, 4.5)]
    assert all(s.role_source == ("metadata" if roles else "") for s in doc.speakers)


def test_8khz_stereo_is_resampled_for_the_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(channels, "vad_regions", _energy_vad)
    x8 = _call(None)[:, ::2].copy()
    doc = SpeakerTurns()(Document(meta=InteractionMeta(), audio=AudioInput(samples=x8, sample_rate=8000)))
    assert doc.audio is not None and doc.audio.sample_rate == 16000
    assert len(doc.speech_turns) == 2


def test_same_signal_on_both_channels_is_a_mono_call() -> None:
    x = np.stack([tone((200.0,), 1.0)] * 2)
    assert channels.channels_identical(x)
    assert not channels.channels_identical(_call(20.0))
