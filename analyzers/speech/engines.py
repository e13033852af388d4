"""Speech engines loaded once per process from verified local files: whisper, pyannote, silero VAD.

Heavy imports (torch, pyannote, ctranslate2) happen here on first use, so importing the stages is cheap.
Each worker sets its own thread count (one by default) so several workers never oversubscribe the CPU.
A worker given two or more threads runs two engines at once (whisper beside pyannote on a mono call,
or the two channels of a stereo call), each with half the threads: the engines scale worse with threads
than independent work does with cores.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any

from analyzers.errors import ModelMissingError
from analyzers.speech import models

# Before any torch / onnxruntime import: never reach the hub, never phone home.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")

_LOCK = threading.Lock()


def worker_threads() -> int:
    """CPU threads one worker may use ($FAIRLINE_WORKER_THREADS, default 1)."""
    return max(1, int(os.environ.get("FAIRLINE_WORKER_THREADS", "1")))


def parallel_engines() -> int:
    """Engines one worker runs at once: 2 when it has >= 2 threads, unless $FAIRLINE_SPEECH_PARALLEL=0."""
    if os.environ.get("FAIRLINE_SPEECH_PARALLEL", "1").strip().lower() in {"0", "false", "no", "off"}:
        return 1
    return 2 if worker_threads() >= 2 else 1


def engine_threads() -> int:
    """Threads each engine gets: the worker's threads shared between the engines running at once."""
    return max(1, worker_threads() // parallel_engines())


_SIDE: tuple[int, ThreadPoolExecutor] | None = None


def side_executor() -> ThreadPoolExecutor:
    """The one extra thread a worker uses to run a second engine (only used when parallel_engines() == 2)."""
    global _SIDE
    with _LOCK:
        # A forked worker (Celery prefork) inherits the executor but not its thread: jobs would wait forever.
        if _SIDE is None or _SIDE[0] != os.getpid():
            _SIDE = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="fairline-speech"))
        return _SIDE[1]


@lru_cache(maxsize=1)
def _torch_threads() -> None:
    import torch

    torch.set_num_threads(engine_threads())
    with contextlib.suppress(RuntimeError):  # raises if already set by this process
        torch.set_num_interop_threads(1)


def get_whisper(name: str = models.DEFAULT_WHISPER, cache_dir: Path | None = None) -> Any:
    """The faster-whisper model for `name` ('base' or 'tiny.en'), int8 on CPU, loaded once."""
    return _whisper(name, str(cache_dir or models.default_cache_dir()))


@lru_cache(maxsize=2)
def _whisper(name: str, cache_dir: str) -> Any:
    from faster_whisper import WhisperModel

    path = models.whisper_model_dir(name, Path(cache_dir))
    if not (path / "model.bin").is_file():
        raise ModelMissingError(f"whisper model {name!r} not found at {path}; run `fairline models prepare`")
    with _LOCK:
        # num_workers=2 lets two threads decode at once (two channels, or a prefetch beside a caller).
        return WhisperModel(str(path), device="cpu", compute_type="int8", cpu_threads=engine_threads(),
                            num_workers=parallel_engines(), local_files_only=True)


@lru_cache(maxsize=4)
def get_diarizer(segmentation_step: float = 0.1, embedding_window_s: float = 3.0) -> Any:
    """pyannote SpeakerDiarization built from segmentation-3.0 and CAM++ files, loaded once per setting."""
    _torch_threads()
    import pyannote.audio.pipelines.speaker_diarization as sd
    from pyannote.audio import Model

    from analyzers.speech.campplus import CamPlusPlusEmbedding

    segmentation = Model.from_pretrained(str(models.package_file(models.SEGMENTATION)), strict=False)
    embedding = CamPlusPlusEmbedding(models.package_file(models.CAMPLUSPLUS),
                                     max_frames=int(round(embedding_window_s * 100)))
    # SpeakerDiarization's constructor resolves its embedding and PLDA by hub name; we have neither on
    # the hub, so its two resolvers are swapped for local objects while it is built (and only then).
    if segmentation is None:
        raise ModelMissingError(f"cannot load segmentation-3.0 from {models.package_file(models.SEGMENTATION)}")
    saved = {name: getattr(sd, name) for name in ("PretrainedSpeakerEmbedding", "get_plda")}
    with _LOCK:
        setattr(sd, "PretrainedSpeakerEmbedding", lambda *_a, **_k: embedding)  # noqa: B010
        setattr(sd, "get_plda", lambda *_a, **_k: None)  # noqa: B010
        try:
            pipeline = sd.SpeakerDiarization(
                segmentation=segmentation, segmentation_step=segmentation_step, embedding="local-campplus",
                plda=None,  # type: ignore[arg-type]  # VBx needs a PLDA; agglomerative clustering does not
                clustering="AgglomerativeClustering", embedding_batch_size=8, segmentation_batch_size=8,
            )
        finally:
            for name, value in saved.items():
                setattr(sd, name, value)
    pipeline.instantiate({
        "segmentation": {"min_duration_off": 0.0},
        # pyannote 3.1's tuned values for centroid clustering; the speaker count is usually given.
        "clustering": {"method": "centroid", "threshold": 0.70, "min_cluster_size": 12},
    })
    return pipeline


@lru_cache(maxsize=1)
def get_vad_session() -> Any:
    """silero VAD (ONNX from faster-whisper's package) - loaded once; returns faster-whisper's model."""
    from faster_whisper.vad import get_vad_model

    return get_vad_model()


@contextlib.contextmanager
def torch_threads() -> Iterator[None]:
    """Apply the worker thread limit to torch before running a torch model."""
    _torch_threads()
    yield
