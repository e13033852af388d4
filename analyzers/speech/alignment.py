"""Optional whisperX-style alignment: word times refined by CTC forced alignment with a local wav2vec2 model.

whisper's word times come from its cross-attention and can be off by a few hundred milliseconds; muting
a card number needs them tight. When an alignment model directory is configured (a Hugging Face-format
wav2vec2 CTC model: config.json, vocab.json and model.safetensors or pytorch_model.bin, with the weights'
sha256 pinned), each utterance's audio is run through it and its words are force-aligned to the
character log-probabilities (analyzers.speech.ctc). No such model ships in any package here, so
without the setting the stage does nothing and says so in doc.stage_runs.

Settings: stage params `model_dir` / `weights_sha256`, else $FAIRLINE_ALIGN_MODEL_DIR /
$FAIRLINE_ALIGN_MODEL_SHA256. Files and hash are checked when the pipeline is built (start-up).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

import numpy as np
from pydantic import Field

from analyzers.document import Document, StageRun, Word
from analyzers.errors import ModelMissingError
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage
from analyzers.speech import ctc
from analyzers.speech.decode import TARGET_SR, resample
from analyzers.speech.models import sha256_file

MODEL_DIR_ENV = "FAIRLINE_ALIGN_MODEL_DIR"
SHA256_ENV = "FAIRLINE_ALIGN_MODEL_SHA256"
REQUIRED_FILES = ("config.json", "vocab.json")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")
SKIPPED = "skipped: no alignment model configured"
_SPECIAL = {"<pad>", "<s>", "</s>", "<unk>", "[PAD]", "[UNK]", "<blank>"}


@dataclass(frozen=True)
class AlignModelFiles:
    """A checked alignment model directory."""

    directory: Path
    weights: Path


def check_model_dir(directory: Path, weights_sha256: str | None) -> AlignModelFiles:
    """The model's files, or ModelMissingError naming the missing file or the hash that does not match."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ModelMissingError(f"alignment model directory not found: {directory}")
    for name in REQUIRED_FILES:
        if not (directory / name).is_file():
            raise ModelMissingError(f"alignment model file missing: {directory / name}")
    weights = next((directory / n for n in WEIGHT_FILES if (directory / n).is_file()), None)
    if weights is None:
        raise ModelMissingError(f"alignment model weights missing: {directory / WEIGHT_FILES[0]} "
                                f"(or {WEIGHT_FILES[1]})")
    if not weights_sha256:
        raise ModelMissingError(f"alignment model weights {weights} have no pinned sha256: set the stage's "
                                f"weights_sha256 or ${SHA256_ENV}")
    actual = sha256_file(weights)
    if actual != weights_sha256.strip().lower():
        raise ModelMissingError(f"alignment model file has the wrong sha256: {weights}: expected "
                                f"{weights_sha256.strip().lower()}, got {actual}")
    try:
        vocab = json.loads((directory / "vocab.json").read_text())
    except (OSError, ValueError) as exc:
        raise ModelMissingError(f"alignment model file unreadable: {directory / 'vocab.json'}: {exc}") from exc
    if not isinstance(vocab, dict) or not vocab:
        raise ModelMissingError(f"alignment model file is not a token -> id map: {directory / 'vocab.json'}")
    return AlignModelFiles(directory, weights)


@dataclass(frozen=True)
class Vocabulary:
    """Character tokens of a CTC model: id per character, the blank, the word delimiter and letter case."""

    ids: dict[str, int]
    blank: int
    delimiter: int | None
    upper: bool

    @classmethod
    def from_vocab(cls, vocab: dict[str, int], blank: int | None = None) -> Vocabulary:
        """From a vocab.json map; the blank is the pad token (id 0 when there is none)."""
        if blank is None:
            blank = next((vocab[t] for t in ("<pad>", "[PAD]", "<blank>") if t in vocab), 0)
        letters = [t for t in vocab if len(t) == 1 and t.isalpha()]
        upper = sum(t.isupper() for t in letters) > len(letters) / 2
        return cls(ids=dict(vocab), blank=blank, delimiter=vocab.get("|"), upper=upper)

    def targets(self, words: list[str]) -> tuple[list[int], list[tuple[int, int]]]:
        """Token ids for the words (delimiters between them) and each word's [a, b) range in them."""
        targets: list[int] = []
        ranges: list[tuple[int, int]] = []
        for word in words:
            text = word.upper() if self.upper else word.lower()
            chars = [self.ids[c] for c in text if c in self.ids and c not in _SPECIAL and c != "|"]
            if chars and targets and self.delimiter is not None and targets[-1] != self.delimiter:
                targets.append(self.delimiter)
            ranges.append((len(targets), len(targets) + len(chars)))
            targets.extend(chars)
        return targets, ranges


def align_words(log_probs: np.ndarray, words: list[str], vocab: Vocabulary,
                seconds_per_frame: float, offset_s: float = 0.0) -> list[tuple[float, float] | None]:
    """(start, end) in seconds per word from CTC log-probabilities of its audio; None where not aligned."""
    targets, ranges = vocab.targets(words)
    spans = ctc.forced_align(log_probs, targets, vocab.blank)
    if spans is None:
        return [None] * len(words)
    return [None if f is None else (offset_s + f[0] * seconds_per_frame, offset_s + f[1] * seconds_per_frame)
            for f in ctc.word_frames(spans, ranges)]


class CtcAligner:
    """A loaded wav2vec2 CTC model: audio -> per-frame log-probabilities over its characters."""

    def __init__(self, files: AlignModelFiles) -> None:
        from transformers import Wav2Vec2ForCTC

        self.model = Wav2Vec2ForCTC.from_pretrained(str(files.directory), local_files_only=True)
        self.model.eval()  # type: ignore[no-untyped-call]
        vocab = json.loads((files.directory / "vocab.json").read_text())
        self.vocab = Vocabulary.from_vocab(vocab, getattr(self.model.config, "pad_token_id", None))
        pre = files.directory / "preprocessor_config.json"
        self.normalize = bool(json.loads(pre.read_text()).get("do_normalize", True)) if pre.is_file() else True

    def log_probs(self, samples: np.ndarray) -> np.ndarray:
        """(frames, vocab) log-probabilities for 16 kHz mono samples."""
        import torch

        x = torch.from_numpy(np.ascontiguousarray(samples, dtype=np.float32))
        if self.normalize:  # what the model's feature extractor does: zero mean, unit variance
            x = (x - x.mean()) / torch.sqrt(x.var() + 1e-7)
        with torch.inference_mode():
            logits = self.model(x[None]).logits[0]
        return torch.log_softmax(logits.float(), dim=-1).numpy()


@lru_cache(maxsize=2)
def _aligner(directory: str, weights: str) -> CtcAligner:
    return CtcAligner(AlignModelFiles(Path(directory), Path(weights)))


class AlignWordsParams(StageParams):
    model_dir: str | None = Field(default=None, description=f"wav2vec2 CTC model directory (else ${MODEL_DIR_ENV}).")
    weights_sha256: str | None = Field(default=None, description=f"Pinned sha256 of its weights (else ${SHA256_ENV}).")
    pad_s: float = Field(default=0.2, ge=0.0, le=2.0, description="Audio kept on each side of an utterance.")


@register_stage
class AlignWords(Stage):
    """Refines word start/end times by CTC forced alignment when an alignment model is configured; else a no-op."""

    name: ClassVar[str] = "align_words"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"audio", "utterances", "words"})
    adds: ClassVar[frozenset[str]] = frozenset()
    Params = AlignWordsParams

    def __init__(self, params: StageParams | None = None) -> None:
        super().__init__(params)
        p: AlignWordsParams = self.params  # type: ignore[assignment]
        directory = p.model_dir or os.environ.get(MODEL_DIR_ENV, "").strip() or None
        sha = p.weights_sha256 or os.environ.get(SHA256_ENV, "").strip() or None
        # Checked here, when the pipeline is built: a missing or altered model fails start-up, not a call.
        self.files = check_model_dir(Path(directory), sha) if directory else None

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        if self.files is None:
            doc.stage_runs.append(StageRun(stage=self.name, version=self.version, duration_ms=0.0,
                                           status="skipped", detail=SKIPPED))
            return doc
        if doc.audio is None:
            return doc
        from analyzers.speech.engines import torch_threads

        params: AlignWordsParams = self.params  # type: ignore[assignment]
        audio = resample(doc.audio, TARGET_SR)
        with torch_threads():
            aligner = _aligner(str(self.files.directory), str(self.files.weights))
            channel_of = {s.label: s.channel for s in doc.speakers}
            total = len(doc.utterances)
            for i, u in enumerate(doc.utterances):
                channel = channel_of.get(u.speaker)
                track = audio.samples[channel] if channel is not None else audio.samples.mean(axis=0)
                _align_utterance(aligner, track, u.words, params.pad_s)
                if u.words:
                    u.start, u.end = u.words[0].start, u.words[-1].end
                if hook:
                    hook(self.name, None, completed=i + 1, total=total)
        return doc


def _align_utterance(aligner: CtcAligner, track: np.ndarray, words: list[Word], pad_s: float) -> None:
    """Replace whisper's word times with aligned ones where alignment succeeds; others keep theirs."""
    if not words:
        return
    sr = TARGET_SR
    a = max(0, int((words[0].start - pad_s) * sr))
    b = min(track.size, int((words[-1].end + pad_s) * sr))
    if b - a < sr // 10:
        return
    log_probs = aligner.log_probs(track[a:b])
    if log_probs.shape[0] == 0:
        return
    times = align_words(log_probs, [w.text for w in words], aligner.vocab, (b - a) / sr / log_probs.shape[0], a / sr)
    for w, t in zip(words, times, strict=True):
        if t is not None:
            w.start, w.end = round(t[0], 3), round(t[1], 3)

