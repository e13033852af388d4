"""CTC forced alignment: the most likely frame path of a known token sequence through CTC log-probabilities.

torchaudio.functional.forced_align needs torchaudio's compiled extension, which the CPU install here does
not have (its CUDA-linked libraries are removed), so this is the same Viterbi in numpy: states are the
tokens with a blank before, between and after them; a state may stay, move to the next state, or skip
a blank between two different tokens. O(frames x tokens), fine for one utterance at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_NEG = -1e30


@dataclass(frozen=True)
class TokenSpan:
    """Frames [start, end) in which one token of the target was emitted."""

    token: int
    start: int
    end: int


def forced_align(log_probs: np.ndarray, targets: list[int], blank: int = 0) -> list[TokenSpan] | None:
    """Best CTC alignment of targets (token ids, no blanks) to log_probs (frames x vocab); None if impossible."""
    frames = log_probs.shape[0]
    if not targets:
        return []
    repeats = sum(1 for a, b in zip(targets, targets[1:], strict=False) if a == b)
    if frames < len(targets) + repeats:  # each repeat needs a blank frame in between
        return None
    ext = np.full(2 * len(targets) + 1, blank, dtype=np.int64)
    ext[1::2] = targets
    n = ext.size
    # a token state may be reached from two states back when the blank between differs from nothing
    skip = np.zeros(n, dtype=bool)
    skip[3::2] = ext[3::2] != ext[1:-2:2]
    emit = log_probs[:, ext]  # (frames, states)
    score = np.full(n, _NEG)
    score[0], score[1] = emit[0, 0], emit[0, 1]
    back = np.zeros((frames, n), dtype=np.int8)  # 0 stay, 1 from previous state, 2 from two states back
    for t in range(1, frames):
        stay = score
        step = np.concatenate(([_NEG], score[:-1]))
        jump = np.where(skip, np.concatenate(([_NEG, _NEG], score[:-2])), _NEG)
        choices = np.stack([stay, step, jump])
        back[t] = np.argmax(choices, axis=0)
        score = choices[back[t], np.arange(n)] + emit[t]
    last = n - 1 if score[n - 1] >= score[n - 2] else n - 2
    if score[last] <= _NEG / 2:
        return None
    states = np.empty(frames, dtype=np.int64)
    s = last
    for t in range(frames - 1, -1, -1):
        states[t] = s
        s -= int(back[t, s])
    spans: list[TokenSpan] = []
    for t, state in enumerate(states.tolist()):
        if state % 2 == 0:
            continue  # blank
        k = state // 2
        if len(spans) == k + 1:
            spans[k] = TokenSpan(spans[k].token, spans[k].start, t + 1)
        else:
            spans.append(TokenSpan(targets[k], t, t + 1))
    return spans


def word_frames(spans: list[TokenSpan], word_ranges: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """Frames [start, end) per word, given each word's target indices [a, b); None for a word with none."""
    return [(spans[a].start, spans[b - 1].end) if b > a else None for a, b in word_ranges]
