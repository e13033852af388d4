"""The service's pipelines: speaker_turns' early whisper decode is only worth its thread when transcribe can use it."""

from __future__ import annotations

from analyzers.pipeline import load_profile
from analyzers.speech.stages import SpeakerTurnsParams, TranscribeParams
from audit_service.analysis.pipelines import early_decode_follows_transcribe


def _params(overrides: dict) -> tuple[TranscribeParams | None, TranscribeParams]:
    profile = load_profile("voice")
    specs = {s.stage: s.params for s in profile.stages}
    out = early_decode_follows_transcribe(profile, overrides)
    turns = SpeakerTurnsParams(**{**specs["speaker_turns"], **out.get("speaker_turns", {})})
    transcribe = TranscribeParams(**{**specs["transcribe"], **out.get("transcribe", {})})
    return turns.early_transcribe, transcribe


def test_the_service_model_and_cache_dir_reach_the_early_decode() -> None:
    # the service sets both on transcribe; an early decode with the default dir was thrown away on every mono call
    early, transcribe = _params({"transcribe": {"model": "base", "model_dir": "/var/lib/fairline/models"}})
    assert early == transcribe
    assert early is not None and early.model_dir == "/var/lib/fairline/models"


def test_a_tenant_beam_reaches_the_early_decode() -> None:
    early, transcribe = _params({"transcribe": {"model_dir": "/m", "beam_size": 5}})
    assert early == transcribe and early is not None and early.beam_size == 5


def test_an_early_decode_switched_off_stays_off() -> None:
    early, _ = _params({"transcribe": {"model_dir": "/m"}, "speaker_turns": {"early_transcribe": None}})
    assert early is None


def test_the_profile_alone_already_agrees() -> None:
    early, transcribe = _params({})
    assert early == transcribe
