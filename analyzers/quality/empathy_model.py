"""Empathy of a whole agent reply: a logistic regression over its pooled sentence vector, taught by labelled replies.

Why a trained reply-level model rather than the nearest exemplars of each sentence: the hard replies are
compositions. "Sorry to hear that. The full $318 is due today." has a sympathetic sentence and a demand; judging
sentence by sentence found the sympathy and missed the demand (first runs on three unseen sets: 0.767, 0.800,
0.825 agreement). The reply's pooled vector carries both, and a linear model over it, trained on 430 labelled
replies (analyzers/quality/data/empathy_replies/, each file written blind by a different writer), agreed with a
left-out file's labels 0.908-0.950 of the time (leave-one-file-out; `bench/quality.py --empathy-cv` re-runs it).

Costs: trained once per process and encoder on first use (about a second and a half with the int8 encoder); at
run time one dot product per reply on vectors the quality stage has already computed.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analyzers.errors import PipelineConfigError

DATA_DIR = Path(__file__).parent / "data" / "empathy_replies"
# Chosen by leave-one-file-out cross-validation over the training files (C from 10 to 1,000 scored within 0.01 of
# each other; 30 was best). Sentence vectors are unit length with small components, so the penalty is weak.
REGULARISATION_C = 30.0


@dataclass(frozen=True)
class Reply:
    """One labelled agent reply to a customer who shared a situation."""

    customer: str
    agent: str
    empathetic: bool
    source: str  # the training file it came from (the cross-validation folds)


def load_replies(directory: Path = DATA_DIR) -> list[Reply]:
    """Every labelled reply of the training files, in file-name order (a malformed line names its file and line)."""
    out: list[Reply] = []
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                out.append(Reply(str(row["customer"]), str(row["agent"]), bool(row["empathetic"]), path.name))
            except (ValueError, KeyError, TypeError) as exc:
                raise PipelineConfigError(f"{path}:{n}: not an empathy example ({exc})") from exc
    if not out:
        raise PipelineConfigError(f"no empathy examples under {directory}")
    return out


def data_version(directory: Path = DATA_DIR) -> str:
    """Content hash of the training files: a changed example changes every score, so it is part of the model."""
    h = hashlib.sha256()
    for path in sorted(directory.glob("*.jsonl")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


class EmpathyModel:
    """Probability that an agent reply is empathetic, from the reply's pooled sentence vector."""

    def __init__(self, replies: list[Reply], precision: str) -> None:
        from sklearn.linear_model import LogisticRegression

        from analyzers.quality import scoring

        x = scoring.embed([r.agent for r in replies], precision=precision).utterances
        y = np.array([r.empathetic for r in replies])
        clf = LogisticRegression(C=REGULARISATION_C, max_iter=5000).fit(x, y)
        self.weights = clf.coef_[0].astype(np.float32)
        self.bias = float(clf.intercept_[0])

    def probabilities(self, utterance_vectors: np.ndarray) -> np.ndarray:
        """Probability per row of (n, d) pooled reply vectors from the same encoder."""
        if utterance_vectors.size == 0:
            return np.zeros(0, dtype=np.float64)
        return 1.0 / (1.0 + np.exp(-(utterance_vectors.astype(np.float64) @ self.weights + self.bias)))


_lock = threading.Lock()
_MODELS: dict[str, EmpathyModel] = {}


def model(precision: str) -> EmpathyModel:
    """The model for one encoder, trained from the shipped examples on first use (once per process)."""
    with _lock:
        found = _MODELS.get(precision)
    if found is not None:
        return found
    trained = EmpathyModel(load_replies(), precision)
    with _lock:
        return _MODELS.setdefault(precision, trained)
