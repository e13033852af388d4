"""Two engines at once: a worker's thread budget, and whisper started early beside pyannote on mono calls."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from analyzers.document import AudioInput, Document, InteractionMeta, SpeechTurn
from analyzers.speech import engines, overlap, stages
from analyzers.speech.assemble import TimedWord
from analyzers.speech.stages import SpeakerTurns, Transcribe, TranscribeParams


@pytest.mark.parametrize("threads,parallel,engines_at_once,threads_each", [
    ("1", None, 1, 1),  # the default worker: one engine after the other
    ("2", None, 2, 1),  # a 2-core machine, one worker: whisper and pyannote side by side
    ("4", None, 2, 2),
    ("3", None, 2, 1),  # never more threads than the worker was given
    ("2", "0", 1, 2),  # switched off: one engine at a time with both threads
    ("2", "false", 1, 2),
])
def test_thread_budget(threads: str, parallel: str | None, engines_at_once: int, threads_each: int,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAIRLINE_WORKER_THREADS", threads)
    if parallel is None:
        monkeypatch.delenv("FAIRLINE_SPEECH_PARALLEL", raising=False)
    else:
        monkeypatch.setenv("FAIRLINE_SPEECH_PARALLEL", parallel)
    assert engines.parallel_engines() == engines_at_once
    assert engines.engine_threads() == threads_each
    assert engines.parallel_engines() * engines.engine_threads() <= int(threads)


def _doc() -> Document:
    t = np.arange(16000 * 2) / 16000
    samples = (0.1 * np.sin(2 * np.pi * 220 * t)).astype(np.float32)[None]
    return Document(meta=InteractionMeta(), audio=AudioInput(samples=samples, sample_rate=16000))


class FakeWhisper:
    """Counts decodes and the threads they ran on; returns one word per call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []  # (model, thread name)

    def __call__(self, samples: np.ndarray, language: str, params: TranscribeParams,
                 progress: object = None) -> list[TimedWord]:
        self.calls.append((params.model, threading.current_thread().name))
        return [TimedWord("hello", 0.1, 0.5, 0.9)]


def _fake_diarize(self: SpeakerTurns, doc: Document, *_a: object) -> None:
    doc.speech_turns = [SpeechTurn(speaker="spk0", start=0.0, end=1.0)]
    doc.speakers = [stages.Speaker(label="spk0")]


@pytest.mark.parametrize("threads,transcribe_model,decodes_on_side_thread,decodes_in_transcribe", [
    ("2", "base", {1}, 0),  # started beside pyannote, taken over by transcribe: whisper runs once
    ("1", "base", {0}, 1),  # one thread: nothing runs early
    # transcribe asks for another model: the early result is not used. The early job is cancelled when it has
    # not started yet (a loaded machine), so it ran once or not at all; either way transcribe decodes again.
    ("2", "tiny.en", {0, 1}, 1),
])
def test_early_decode_is_used_only_when_its_settings_match(
        threads: str, transcribe_model: str, decodes_on_side_thread: set[int], decodes_in_transcribe: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAIRLINE_WORKER_THREADS", threads)
    monkeypatch.delenv("FAIRLINE_SPEECH_PARALLEL", raising=False)
    fake = FakeWhisper()
    monkeypatch.setattr(stages, "decode_words", fake)
    monkeypatch.setattr(SpeakerTurns, "_diarize", _fake_diarize)
    doc = SpeakerTurns()(_doc())
    doc = Transcribe(TranscribeParams(model=transcribe_model))(doc)
    assert [u.text for u in doc.utterances] == ["hello"]
    side = [c for c in fake.calls if c[1].startswith("fairline-speech")]
    here = [c for c in fake.calls if not c[1].startswith("fairline-speech")]
    assert len(side) in decodes_on_side_thread
    assert len(here) == decodes_in_transcribe
    assert all(model == transcribe_model for model, _ in here)
    assert not overlap.pending(doc)


def test_a_whisper_failure_on_the_side_thread_surfaces_in_transcribe(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_a: object, **_k: object) -> list[TimedWord]:
        raise RuntimeError("whisper broke")

    monkeypatch.setenv("FAIRLINE_WORKER_THREADS", "2")
    monkeypatch.setattr(stages, "decode_words", broken)
    monkeypatch.setattr(SpeakerTurns, "_diarize", _fake_diarize)
    doc = SpeakerTurns()(_doc())  # diarization itself went fine
    with pytest.raises(RuntimeError, match="whisper broke"):
        Transcribe()(doc)


def test_a_failed_diarization_leaves_nothing_running(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeWhisper()

    def no_speech(self: SpeakerTurns, doc: Document, *_a: object) -> None:
        doc.speech_turns = []

    monkeypatch.setenv("FAIRLINE_WORKER_THREADS", "2")
    monkeypatch.setattr(stages, "decode_words", fake)
    monkeypatch.setattr(SpeakerTurns, "_diarize", no_speech)
    doc = _doc()
    with pytest.raises(stages.InputError):
        SpeakerTurns()(doc)
    assert not overlap.pending(doc)


@pytest.mark.parametrize("change", ["model", "beam", "language", "audio"])
def test_decode_key_changes_with_everything_the_result_depends_on(change: str) -> None:
    x = np.linspace(-1, 1, 32000, dtype=np.float32)
    base = overlap.DecodeKey("base", None, 1, "en", overlap.fingerprint(x))
    y = x.copy()
    y[12345] += 0.5
    other = {
        "model": overlap.DecodeKey("tiny.en", None, 1, "en", overlap.fingerprint(x)),
        "beam": overlap.DecodeKey("base", None, 5, "en", overlap.fingerprint(x)),
        "language": overlap.DecodeKey("base", None, 1, "es", overlap.fingerprint(x)),
        "audio": overlap.DecodeKey("base", None, 1, "en", overlap.fingerprint(y)),
    }[change]
    assert other != base
    assert overlap.DecodeKey("base", None, 1, "en", overlap.fingerprint(x.copy())) == base


def _side_job_in_child(queue: object) -> None:
    queue.put(engines.side_executor().submit(lambda: "ran").result(timeout=10))  # type: ignore[attr-defined]


def test_side_thread_works_in_a_forked_worker() -> None:
    import multiprocessing

    assert engines.side_executor().submit(lambda: 1).result(timeout=10) == 1  # parent's thread exists
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    child = ctx.Process(target=_side_job_in_child, args=(queue,))
    child.start()
    child.join(timeout=20)
    assert child.exitcode == 0
    assert queue.get(timeout=1) == "ran"
