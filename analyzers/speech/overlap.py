"""Whisper decoding started early on the worker's second thread, handed over to the transcribe stage.

A mono call needs pyannote (speaker_turns) and whisper (transcribe), and the two are independent until
words are given to speakers. When the worker may run two engines at once, speaker_turns starts whisper
on the side thread before running pyannote, and transcribe takes the result. The hand-over is keyed by
the decoding settings and the audio: if transcribe's settings differ (another model, beam, language),
the early result is discarded and transcribe decodes again, so the shortcut can never change a result.
"""

from __future__ import annotations

import hashlib
import logging
import weakref
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

import numpy as np

from analyzers.document import Document
from analyzers.speech.assemble import TimedWord


@dataclass(frozen=True)
class DecodeKey:
    """Everything the whisper result depends on."""

    model: str
    model_dir: str | None
    beam_size: int
    language: str
    audio: str  # fingerprint of the samples decoded


def fingerprint(samples: np.ndarray) -> str:
    """A cheap identity of a signal: shape plus a hash of a strided subset of its samples."""
    step = max(1, samples.size // 65536)
    h = hashlib.blake2b(np.ascontiguousarray(samples.ravel()[::step]).tobytes(), digest_size=16)
    return f"{samples.shape}:{h.hexdigest()}"


log = logging.getLogger(__name__)

_PENDING: dict[int, tuple[DecodeKey, Future[list[TimedWord]]]] = {}  # id(doc) -> early decode


def start(doc: Document, key: DecodeKey, fn: Callable[[], list[TimedWord]]) -> None:
    """Run fn on the side thread for this document; the result waits for take()."""
    from analyzers.speech.engines import side_executor

    discard(doc)
    _PENDING[id(doc)] = (key, side_executor().submit(fn))
    # A document dropped before transcribe (an error, a profile without transcribe) frees its entry.
    weakref.finalize(doc, _PENDING.pop, id(doc), None)


def take(doc: Document, key: DecodeKey) -> list[TimedWord] | None:
    """The early result for this document when it was decoded with exactly these settings, else None."""
    entry = _PENDING.pop(id(doc), None)
    if entry is None:
        return None
    early_key, future = entry
    if early_key != key:
        wait_quietly(future)  # the side thread must be free before we decode again: never over budget
        if (early_key.model, early_key.model_dir, early_key.beam_size) != (key.model, key.model_dir, key.beam_size):
            # A profile mistake, not a call problem: it costs a second decode on every mono call.
            log.warning("early whisper decode wasted: speaker_turns.early_transcribe (model %s, beam %d) differs "
                        "from transcribe (model %s, beam %d)", early_key.model, early_key.beam_size, key.model,
                        key.beam_size)
        return None
    return future.result()  # a whisper failure surfaces here, in the transcribe stage


def discard(doc: Document) -> None:
    """Drop this document's early decode, waiting for it so the worker never exceeds its threads."""
    entry = _PENDING.pop(id(doc), None)
    if entry is not None:
        wait_quietly(entry[1])


def pending(doc: Document) -> bool:
    """True when an early decode is waiting for this document."""
    return id(doc) in _PENDING


def wait_quietly(future: Future[list[TimedWord]]) -> None:
    """Cancel the job, or wait for it to end, ignoring its result and its error."""
    if not future.cancel():
        future.exception()  # waits; the error belongs to a result nobody will use
