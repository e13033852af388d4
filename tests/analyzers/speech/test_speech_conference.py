"""Stereo calls with a third party on one leg: which channel is split, and how its speech is shared out."""

from __future__ import annotations

import numpy as np
import pytest
from speech_helpers import espeak

from analyzers.document import AudioInput, Channel, Document, InteractionMeta, SpeakerRole
from analyzers.speech.channels import Region
from analyzers.speech.conference import (
    ChannelVoices,
    channels_to_split,
    cosine_distance,
    intersect,
    subtract,
    voices_from_segments,
)


def R(*pairs: float) -> list[Region]:  # noqa: N802 - reads like a literal
    return [Region(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]


def _cand(channel: int, second_voice_s: float, separation: float) -> ChannelVoices:
    voices = [R(0, 5)] + ([R(10, 10 + second_voice_s)] if second_voice_s else [])
    return ChannelVoices(channel, voices, separation)


@pytest.mark.parametrize("candidates,extra,expected", [
    # the leg with two clearly different voices is split
    ([_cand(0, 3.0, 0.05), _cand(1, 4.0, 0.47)], 1, [1]),
    ([_cand(0, 4.0, 0.47), _cand(1, 3.0, 0.05)], 1, [0]),
    # one extra speaker: only the most distinct leg, even when both look split-worthy
    ([_cand(0, 4.0, 0.35), _cand(1, 4.0, 0.60)], 1, [1]),
    ([_cand(0, 4.0, 0.35), _cand(1, 4.0, 0.60)], 2, [0, 1]),
    # a "second voice" that is one person heard twice, or a cough, is never a new speaker
    ([_cand(0, 4.0, 0.10), _cand(1, 4.0, 0.20)], 1, []),
    ([_cand(0, 0.4, 0.60), _cand(1, 0.0, 0.0)], 1, []),
    # nothing asked for, nothing split
    ([_cand(0, 4.0, 0.60)], 0, []),
])
def test_channels_to_split(candidates: list[ChannelVoices], extra: int, expected: list[int]) -> None:
    assert channels_to_split(candidates, extra, min_voice_s=1.0, min_separation=0.3) == expected


@pytest.mark.parametrize("a,b,both,a_only", [
    (R(0, 10), R(2, 3, 5, 6), R(2, 3, 5, 6), R(0, 2, 3, 5, 6, 10)),
    (R(0, 2, 4, 6), R(1, 5), R(1, 2, 4, 5), R(0, 1, 5, 6)),
    (R(0, 1), R(2, 3), [], R(0, 1)),
    (R(0, 4), R(0, 4), R(0, 4), []),
])
def test_intersect_and_subtract(a: list[Region], b: list[Region], both: list[Region], a_only: list[Region]) -> None:
    assert intersect(a, b) == both
    assert subtract(a, b) == a_only


def test_main_voice_keeps_all_channel_speech_the_guest_only_theirs() -> None:
    own = R(0, 4, 6, 12, 14, 15)
    segments = [(0.0, 4.2, "A"), (6.0, 9.0, "B"), (9.1, 12.0, "A"), (13.9, 15.0, "A")]
    main, guest = voices_from_segments(segments, own)
    assert guest == R(6, 9)  # the diarizer's turn, kept inside the channel's own speech
    assert main == R(0, 4, 9, 12, 14, 15)  # everything else the channel's VAD found, nothing lost


@pytest.mark.parametrize("a,b,expected", [
    ([1.0, 0.0], [1.0, 0.0], 0.0), ([1.0, 0.0], [0.0, 1.0], 1.0), ([1.0, 0.0], [0.0, 0.0], 0.0),
    ([1.0, 0.0], [float("nan"), 0.0], 0.0),
])
def test_cosine_distance(a: list[float], b: list[float], expected: float) -> None:
    assert cosine_distance(np.array(a), np.array(b)) == pytest.approx(expected)


AGENT = ["Hello, this is Sam calling from Acme Subscriptions about your account.",
         "Thank you. I will add that to the call notes.", "Thank you both, goodbye."]
CUSTOMER = ["Yes, this is Jordan speaking, go ahead please.", "Okay, that works for me, thanks."]
GUEST = ["Hi, I am Jordan's sister, I help with the bills every month.", "Yes, we can pay on Friday."]


def _conference_call(guest_channel: int, guest_voice: str,
                     sr: int = 16000) -> tuple[np.ndarray, dict[str, list[Region]]]:
    """Agent on channel 0, customer on channel 1, a guest on one of them; truth per voice.

    The guest's voice must differ from the host's to CAM++ (cosine distance, same voice ~0.1): en-us+f2 vs
    en-us+Storm 0.53, en-us vs en-us+f4 0.48; en-gb+m3 would not do (0.07 from en-us).
    """
    gap = np.zeros(int(0.6 * sr), np.float32)
    sides: list[list[np.ndarray]] = [[gap], [gap]]
    truth: dict[str, list[Region]] = {"agent": [], "customer": [], "guest": []}
    t = gap.size / sr
    script = [("agent", 0, AGENT[0], "en-us"), ("customer", 1, CUSTOMER[0], "en-us+f2"),
              ("guest", guest_channel, GUEST[0], guest_voice), ("agent", 0, AGENT[1], "en-us"),
              ("customer", 1, CUSTOMER[1], "en-us+f2"), ("guest", guest_channel, GUEST[1], guest_voice),
              ("agent", 0, AGENT[2], "en-us")]
    for who, channel, text, voice in script:
        x = espeak(text, voice, sr)
        sides[channel].append(x)
        sides[1 - channel].append(np.zeros_like(x))
        truth[who].append(Region(t, t + x.size / sr))
        for side in sides:
            side.append(gap)
        t += (x.size + gap.size) / sr
    stereo = np.stack([np.concatenate(sides[0]), np.concatenate(sides[1])])
    return (stereo + 10 ** (-30 / 20) * stereo[::-1]).astype(np.float32), truth


def _overlap(a: list[Region], b: list[Region]) -> float:
    return sum(r.end - r.start for r in intersect(a, b))


@pytest.mark.slow
@pytest.mark.parametrize("guest_channel,guest_voice,expected_speakers,labels", [
    # guest conferenced in on the customer's leg
    (1, "en-us+Storm", 3, {"agent": "ch0", "customer": "ch1", "guest": "ch1v2"}),
    # guest on the agent's leg (a supervisor, an interpreter)
    (0, "en-us+f4", 3, {"agent": "ch0", "customer": "ch1", "guest": "ch0v2"}),
    # metadata says two: speakers from channels only, the diarizer is not run
    (1, "en-us+Storm", 2, {"agent": "ch0", "customer": "ch1", "guest": "ch1"}),
])
def test_conference_leg_is_split_by_the_diarizer(guest_channel: int, guest_voice: str, expected_speakers: int,
                                                  labels: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    from analyzers.speech.stages import SpeakerTurns

    if expected_speakers <= 2:
        monkeypatch.setattr(SpeakerTurns, "_channel_voices", lambda *_a, **_k: pytest.fail("diarizer was run"))
    x, truth = _conference_call(guest_channel, guest_voice)
    meta = InteractionMeta(channel=Channel.voice, expected_speakers=expected_speakers,
                           channel_roles={"0": SpeakerRole.agent, "1": SpeakerRole.customer})
    doc = SpeakerTurns()(Document(meta=meta, audio=AudioInput(samples=x, sample_rate=16000)))
    assert sorted(s.label for s in doc.speakers) == sorted(set(labels.values()))
    by_label = {s.label: s for s in doc.speakers}
    assert by_label["ch0"].role == SpeakerRole.agent and by_label["ch1"].role == SpeakerRole.customer
    for who, label in labels.items():
        turns = [Region(t.start, t.end) for t in doc.speech_turns if t.speaker == label]
        said = sum(r.end - r.start for r in truth[who])
        assert _overlap(turns, truth[who]) >= 0.8 * said, who  # each voice's speech lands on its speaker
    if expected_speakers > 2:
        guest = [Region(t.start, t.end) for t in doc.speech_turns if t.speaker == labels["guest"]]
        host = "customer" if guest_channel == 1 else "agent"
        assert _overlap(guest, truth[host]) <= 0.2 * sum(r.end - r.start for r in truth[host])
