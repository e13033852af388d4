"""Transcription refuses what it cannot do before loading any model."""

from __future__ import annotations

import numpy as np
import pytest

from analyzers.document import AudioInput, Document, InteractionMeta, Speaker, SpeechTurn
from analyzers.errors import InputError
from analyzers.speech.stages import SpeakerTurns, Transcribe, TranscribeParams


def test_english_only_model_refuses_other_languages() -> None:
    doc = Document(meta=InteractionMeta(language="es"), speakers=[Speaker(label="spk0")],
                   speech_turns=[SpeechTurn(speaker="spk0", start=0.0, end=1.0)],
                   audio=AudioInput(samples=np.zeros((1, 16000), np.float32), sample_rate=16000))
    with pytest.raises(InputError) as err:
        Transcribe(TranscribeParams(model="tiny.en"))(doc)
    assert err.value.code == "language_unsupported"


@pytest.mark.parametrize("stage", [SpeakerTurns(), Transcribe()])
def test_stages_name_missing_audio(stage: SpeakerTurns | Transcribe) -> None:
    with pytest.raises(InputError) as err:
        stage(Document(meta=InteractionMeta()))
    assert err.value.code == "audio_missing"
