"""Optional word alignment: CTC forced alignment on known emissions, model checks at start-up, skip without one.

No wav2vec2 alignment model exists offline here, so the aligner's core is checked on synthetic CTC
emission matrices whose best path is known, and the model handling on its file checks only.
"""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import numpy as np
import pytest

from analyzers.document import AudioInput, Document, InteractionMeta, Utterance, Word
from analyzers.errors import ModelMissingError, PipelineConfigError
from analyzers.pipeline import Pipeline, Profile, StageSpec
from analyzers.speech.alignment import SKIPPED, AlignWords, AlignWordsParams, Vocabulary, align_words, check_model_dir
from analyzers.speech.ctc import forced_align

VOCAB = {"<pad>": 0, "|": 1, "A": 2, "B": 3, "C": 4, "'": 5}
P, D, A, B, C = 0, 1, 2, 3, 4  # blank (pad), word delimiter, letters


def emissions(frame_labels: list[int], vocab_size: int = len(VOCAB), peak: float = 0.9) -> np.ndarray:
    """Log-probabilities where each frame's intended label has `peak` and the rest share what is left."""
    probs = np.full((len(frame_labels), vocab_size), (1 - peak) / (vocab_size - 1))
    probs[np.arange(len(frame_labels)), frame_labels] = peak
    return np.log(probs)


@pytest.mark.parametrize("words,frames,expected", [
    # two words: "ab" in frames 2-4, a delimiter, "c" in frames 9-11 (seconds: 20 ms frames, 1 s offset)
    (["ab", "c"], [P, P, A, A, B, P, D, D, P, C, C, C, P, P], [(1.04, 1.10), (1.18, 1.24)]),
    # a doubled letter needs a blank between its two frames
    (["aa"], [P, A, A, P, A, P], [(1.02, 1.10)]),
    # whisper's text casing and punctuation do not matter; a word with nothing to align keeps no time
    (["Ab,", "$49", "c."], [P, P, A, A, B, P, D, D, P, C, C, C, P, P], [(1.04, 1.10), None, (1.18, 1.24)]),
    (["xyz"], [P, P, P, P, P, P], [None]),  # letters the model does not know: nothing to align
])
def test_word_boundaries_from_known_emissions(words: list[str], frames: list[int],
                                              expected: list[tuple[float, float] | None]) -> None:
    times = align_words(emissions(frames), words, Vocabulary.from_vocab(VOCAB), seconds_per_frame=0.02,
                        offset_s=1.0)
    assert len(times) == len(expected)
    for got, want in zip(times, expected, strict=True):
        if want is None:
            assert got is None
        else:
            assert got == pytest.approx(want)


def test_too_few_frames_for_the_words_aligns_nothing() -> None:
    assert align_words(emissions([A, B]), ["abc"], Vocabulary.from_vocab(VOCAB), 0.02) == [None]
    assert forced_align(emissions([A, A]), [A, A]) is None  # a doubled letter needs three frames


@pytest.mark.parametrize("seed", range(6))
def test_viterbi_finds_the_best_path_brute_force_agrees(seed: int) -> None:
    rng = np.random.default_rng(seed)
    frames, vocab = 6, 4
    log_probs = np.log(rng.dirichlet(np.ones(vocab), size=frames))
    targets = [int(x) for x in rng.integers(1, vocab, size=2)]

    def collapse(path: tuple[int, ...]) -> list[int]:
        out = [k for k, _ in itertools.groupby(path)]
        return [k for k in out if k != 0]

    best = max(sum(log_probs[t, k] for t, k in enumerate(path))
               for path in itertools.product(range(vocab), repeat=frames) if collapse(path) == targets)
    spans = forced_align(log_probs, targets, blank=0)
    assert spans is not None and [s.token for s in spans] == targets
    path = [0] * frames
    for s in spans:
        path[s.start:s.end] = [s.token] * (s.end - s.start)
    assert sum(log_probs[t, k] for t, k in enumerate(path)) == pytest.approx(best)


def test_vocabulary_follows_the_model_case_and_delimiter() -> None:
    lower = Vocabulary.from_vocab({"<pad>": 0, "|": 1, "a": 2, "b": 3})
    assert lower.targets(["AB", "b"]) == ([2, 3, 1, 3], [(0, 2), (3, 4)])
    no_delimiter = Vocabulary.from_vocab({"<pad>": 0, "A": 1, "B": 2})
    assert no_delimiter.targets(["a", "b"]) == ([1, 2], [(0, 1), (1, 2)])


def _model_dir(tmp_path: Path, files: tuple[str, ...]) -> tuple[Path, str]:
    d = tmp_path / "wav2vec2"
    d.mkdir()
    contents = {"config.json": b"{}", "vocab.json": b'{"<pad>": 0, "A": 1}', "model.safetensors": b"weights"}
    for name in files:
        (d / name).write_bytes(contents[name])
    return d, hashlib.sha256(contents["model.safetensors"]).hexdigest()


@pytest.mark.parametrize("files,sha,problem", [
    (("vocab.json", "model.safetensors"), "right", "config.json"),
    (("config.json", "model.safetensors"), "right", "vocab.json"),
    (("config.json", "vocab.json"), "right", "model.safetensors"),
    (("config.json", "vocab.json", "model.safetensors"), None, "no pinned sha256"),
    (("config.json", "vocab.json", "model.safetensors"), "0" * 64, "wrong sha256"),
])
def test_model_problems_are_named_at_start_up(tmp_path: Path, files: tuple[str, ...], sha: str | None,
                                              problem: str) -> None:
    directory, right = _model_dir(tmp_path, files)
    pinned = right if sha == "right" else sha
    with pytest.raises(ModelMissingError, match=problem):
        check_model_dir(directory, pinned)
    # the same check runs when a pipeline with the stage is built, so a worker fails before any call
    profile = Profile(name="t", version="1", inputs=["audio", "utterances", "words"], stages=[
        StageSpec(stage="align_words", params={"model_dir": str(directory), "weights_sha256": pinned})])
    with pytest.raises(PipelineConfigError, match=problem):
        Pipeline.build(profile)


def test_a_complete_model_dir_passes_the_checks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    directory, sha = _model_dir(tmp_path, ("config.json", "vocab.json", "model.safetensors"))
    assert check_model_dir(directory, sha).weights == directory / "model.safetensors"
    monkeypatch.setenv("FAIRLINE_ALIGN_MODEL_DIR", str(directory))
    monkeypatch.setenv("FAIRLINE_ALIGN_MODEL_SHA256", sha)
    assert AlignWords().files is not None  # configured by environment, checked on construction
    monkeypatch.setenv("FAIRLINE_ALIGN_MODEL_DIR", str(tmp_path / "elsewhere"))
    with pytest.raises(ModelMissingError, match="elsewhere"):
        AlignWords()


def test_without_a_model_the_stage_changes_nothing_and_says_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAIRLINE_ALIGN_MODEL_DIR", raising=False)
    words = [Word(text="hello", start=0.1, end=0.5, char_start=0, char_end=5)]
    doc = Document(meta=InteractionMeta(), audio=AudioInput(samples=np.zeros((1, 16000), np.float32),
                                                            sample_rate=16000),
                   utterances=[Utterance(index=0, speaker="spk0", text="hello", start=0.1, end=0.5, words=words)])
    before = doc.model_dump()
    doc = Pipeline("t", "1", [AlignWords(AlignWordsParams())])(doc)
    assert [(r.stage, r.status, r.detail) for r in doc.stage_runs if r.status != "ok"] == [
        ("align_words", "skipped", SKIPPED)]
    after = doc.model_dump()
    assert after["utterances"] == before["utterances"]
