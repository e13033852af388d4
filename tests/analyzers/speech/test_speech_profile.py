"""The voice profile chains the speech stages with the PII stages and is checked at build time."""

from __future__ import annotations

from typing import ClassVar

import pytest

from analyzers.document import Document
from analyzers.errors import PipelineConfigError
from analyzers.pipeline import Pipeline, Profile, ProgressHook, Stage, StageSpec, load_profile, register_stage
from analyzers.pipeline import registered_stages as registry

SPEECH = ["speaker_turns", "detect_dtmf", "transcribe", "align_words", "assign_roles"]


@register_stage
class MarkRedactedForSpeechTests(Stage):
    """Test stand-in for pii_redact when that stage is not registered: marks the text redacted, nothing else."""

    name: ClassVar[str] = "speech_tests_mark_redacted"
    needs: ClassVar[frozenset[str]] = frozenset({"normalised"})
    adds: ClassVar[frozenset[str]] = frozenset({"redacted", "entities"})

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        doc.redacted = True
        return doc


def voice_profile_for_tests() -> Profile:
    """The voice profile, with the PII stages replaced by the stand-in when they are not registered yet."""
    profile = load_profile("voice")
    known = registry()
    stages: list[StageSpec] = []
    for spec in profile.stages:
        if spec.stage in known:
            stages.append(spec)
        elif spec.stage == "pii_redact":
            stages.append(StageSpec(stage="speech_tests_mark_redacted"))
    return profile.model_copy(update={"stages": stages})


def test_voice_profile_lists_the_speech_stages_in_order() -> None:
    names = [s.stage for s in load_profile("voice").stages]
    assert names[:5] == SPEECH
    assert names.index("normalise_text") < names.index("pii_redact") < names.index("redact_audio")
    assert load_profile("voice").inputs == ["audio"]


def test_voice_profile_builds() -> None:
    pipeline = Pipeline.build(voice_profile_for_tests())
    assert [s.name for s in pipeline.stages][:5] == SPEECH
    assert pipeline.stages[-1].name == "redact_audio" or "redact_audio" in [s.name for s in pipeline.stages]


@pytest.mark.parametrize("order,problem", [
    (["transcribe", "speaker_turns"], "needs ['speakers', 'speech_regions']"),
    (["speaker_turns", "redact_audio"], "needs ['redacted']"),
    (["assign_roles"], "needs ['speakers', 'utterances']"),
])
def test_wrong_order_fails_at_build_time(order: list[str], problem: str) -> None:
    profile = Profile(name="bad", version="1", inputs=["audio"], stages=[StageSpec(stage=s) for s in order])
    with pytest.raises(PipelineConfigError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        Pipeline.build(profile)


def test_unknown_whisper_model_fails_at_build_time() -> None:
    profile = Profile(name="bad", version="1", inputs=["audio"], stages=[
        StageSpec(stage="speaker_turns"), StageSpec(stage="transcribe", params={"model": "large-v3"})])
    with pytest.raises(PipelineConfigError, match="transcribe"):
        Pipeline.build(profile)
