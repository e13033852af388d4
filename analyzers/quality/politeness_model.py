"""Politeness of an utterance: a ridge regression fitted to the human ratings of the Stanford Politeness Corpus.

Why fitted rather than hand-weighted: the earlier score summed exemplar contrast, the paper's strategies and VADER
with weights chosen by eye. Fitting the weights of signals the stage already computes (the encoder's layer-4 token
mean pooled over the utterance's sentences, which strategies it uses, VADER compound and negativity, the abusive-word
flag) to the ratings of the corpus's train split, and measuring on a test split the fit never saw, is both better and
honest: on that split (int8 encoder) Spearman rho 0.686 against 0.624 (Wikipedia), 0.362 against 0.212 (Stack
Exchange), 0.509 against 0.395 (both, the corpus's 40/60 mix; VADER 0.211), 0.612 against 0.481 on a balanced mix.
bench/quality.py prints all three in one run.

Why layer 4 and not the sentence vector: quality@5 fitted the last-layer sentence vector, the one the similarity
scores use; its test figures were 0.661 (Wikipedia), 0.295 (Stack Exchange), 0.462 (both), 0.567 (balanced). The
top layer's sentence-similarity training washes out the style of a request; layer 4's mean, from the same forward
pass, keeps it (train-split CV 0.476 -> 0.517, then the test split above, both communities up).

The corpus (Danescu-Niculescu-Mizil et al., ACL 2013; CC BY 4.0) lives outside the repository: scripts/fit_politeness.py
fits the model and writes its weights, with their provenance (corpus hash, split, encoder, penalty, cross-validated
score), to data/politeness_model.json, which ships with the package. Installing or running needs only that file.

Costs at run time: one dot product per utterance on vectors and signals the quality stage has already computed.
"""

from __future__ import annotations

import csv
import hashlib
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from analyzers.errors import ModelMissingError
from analyzers.quality import politeness
from analyzers.quality.embeddings import DIM, RECIPE_VERSION, WEIGHTS_SHA256

if TYPE_CHECKING:
    from analyzers.quality.scoring import Lexical

MODEL_PATH = Path(__file__).parent / "data" / "politeness_model.json"
FORMAT = 1
COMMUNITIES = ("wikipedia", "stack-exchange")

# The train/test split: a row is in the test split when the hash of its Id falls in the first TEST_PERCENT of 100
# buckets. A hash rather than a random draw: no seed to keep, the same on every machine and for every reader (the
# fit script and the bench call split_of), and a row's side never changes when rows are added or reordered.
# Stack Exchange repeats some Ids (6,603 rows, 6,410 Ids): a repeated Id lands on one side, so nothing leaks.
SPLIT_SALT = "fairline-politeness-split-1"
TEST_PERCENT = 25

# Ridge penalties tried by cross-validation inside the train split (on standardised features). The range reaches
# 30000 because the cross-validation of the last-layer features picked the old top value (3000); the layer-4
# features pick 1000, inside the range.
ALPHAS = (1.0, 3.0, 10.0, 30.0, 100.0, 300.0, 1000.0, 3000.0, 10000.0, 30000.0)
CV_FOLDS = 5

# The encoder readout is the mean of layer 4's token states (embeddings.encode_style_with), not the last-layer
# sentence vector the similarity scores use (see the module docstring): train-split CV Spearman rho 0.476 -> 0.517
# (int8; fp32 0.473 -> 0.518), in both communities and under every fold scheme tried (issue 6).
FEATURE_NAMES: tuple[str, ...] = (
    *(f"layer4_mean_{i}" for i in range(DIM)),
    *(f"strategy_{name}" for name in politeness.STRATEGY_NAMES),
    "vader_compound", "vader_negative", "abusive_word",
)


def split_of(row_id: str) -> str:
    """'test' or 'train' for a corpus row, from a hash of its Id alone (deterministic, about 25/75)."""
    digest = hashlib.sha256(f"{SPLIT_SALT}:{row_id.strip()}".encode()).digest()
    return "test" if int.from_bytes(digest[:8], "big") % 100 < TEST_PERCENT else "train"


@dataclass(frozen=True)
class Request:
    """One rated request of the corpus."""

    community: str
    id: str
    text: str
    score: float  # `Normalized Score`: the mean of the five annotators' z-scored ratings


def load_corpus(directory: Path) -> list[Request]:
    """Every rated request of both communities, in file order (a malformed row names its file and line)."""
    out: list[Request] = []
    for community in COMMUNITIES:
        path = directory / f"{community}.annotated.csv"
        if not path.is_file():
            raise ModelMissingError(f"politeness corpus file missing: {path}")
        with open(path, newline="", encoding="utf-8") as fh:
            for n, row in enumerate(csv.DictReader(fh), start=2):
                try:
                    out.append(Request(community, row["Id"], row["Request"], float(row["Normalized Score"])))
                except (KeyError, TypeError, ValueError) as exc:
                    raise ModelMissingError(f"{path}:{n}: not a rated request ({exc})") from exc
    return out


def corpus_version(directory: Path) -> str:
    """Content hash of the corpus files the model was fitted on."""
    h = hashlib.sha256()
    for community in COMMUNITIES:
        path = directory / f"{community}.annotated.csv"
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def feature_version() -> str:
    """Hash of what the features are: their names, the strategy patterns and the abusive-word pattern. Weights
    fitted to other features would score silently wrong, so loading checks it."""
    from analyzers.quality.scoring import ABUSE

    h = hashlib.sha256(repr(FEATURE_NAMES).encode())
    h.update(politeness.patterns_version().encode())
    h.update(ABUSE.pattern.encode())
    return h.hexdigest()[:12]


def features(style: np.ndarray, texts: Sequence[str], lex: Lexical) -> np.ndarray:
    """(n, len(FEATURE_NAMES)) features: pooled layer-4 readouts (scoring.Embedded.style), strategy indicators, VADER
    and abusive words."""
    strategies = np.array([politeness.strategy_indicators(t) for t in texts], dtype=np.float64)
    strategies = strategies.reshape(len(texts), len(politeness.STRATEGY_NAMES))
    return np.hstack([style.astype(np.float64), strategies,
                      np.column_stack([lex.compound, lex.negative, lex.abuse])])


def text_features(texts: Sequence[str], precision: str) -> np.ndarray:
    """Features of texts as the quality stage computes them (one encoder pass, VADER once per text)."""
    from analyzers.quality import scoring

    return features(scoring.embed(texts, precision=precision).style, texts, scoring.lexical(texts))


@dataclass(frozen=True)
class Fitted:
    """A fitted linear model on raw features, and the spread of its predictions on its training rows."""

    weights: np.ndarray
    bias: float
    centre: float  # mean prediction on the training rows
    spread: float  # standard deviation of the predictions on the training rows
    alpha: float
    cv_spearman: float  # mean Spearman rho over the cross-validation folds, at the chosen alpha

    def predict(self, x: np.ndarray) -> np.ndarray:
        """Predicted normalised human score per row."""
        return np.asarray(x @ self.weights + self.bias, dtype=np.float64)

    def scores(self, x: np.ndarray) -> np.ndarray:
        """Politeness 0..1: the logistic of the standardised prediction (0.5 = the training rows' average)."""
        return 1.0 / (1.0 + np.exp(-(self.predict(x) - self.centre) / self.spread))


def _ridge(x: np.ndarray, y: np.ndarray, alpha: float) -> tuple[np.ndarray, float]:
    """Ridge on standardised columns, returned as weights and bias on the raw columns."""
    from sklearn.linear_model import Ridge

    mean, sd = x.mean(axis=0), x.std(axis=0)
    sd = np.where(sd > 0, sd, 1.0)  # a constant column (a strategy no training row uses) gets weight 0 anyway
    reg = Ridge(alpha=alpha).fit((x - mean) / sd, y)
    weights = reg.coef_ / sd
    return weights, float(reg.intercept_ - mean @ weights)


def fit(x: np.ndarray, y: np.ndarray, alphas: Sequence[float] = ALPHAS, folds: int = CV_FOLDS) -> Fitted:
    """Fit ridge on (x, y), its penalty chosen by k-fold cross-validation on these rows only (Spearman rho)."""
    from scipy.stats import spearmanr
    from sklearn.model_selection import KFold

    best = (-np.inf, alphas[0])
    for alpha in alphas:
        rhos = []
        for train, held in KFold(folds, shuffle=True, random_state=0).split(x):
            w, b = _ridge(x[train], y[train], alpha)
            rhos.append(spearmanr(x[held] @ w + b, y[held])[0])
        best = max(best, (float(np.mean(rhos)), alpha))
    weights, bias = _ridge(x, y, best[1])
    pred = x @ weights + bias
    return Fitted(weights, bias, float(pred.mean()), float(pred.std()), best[1], best[0])


def fitted_to_json(fitted: Fitted) -> dict[str, Any]:
    """One precision's part of the model file."""
    return {"alpha": fitted.alpha, "cv_spearman": round(fitted.cv_spearman, 4), "bias": float(fitted.bias),
            "centre": fitted.centre, "spread": fitted.spread, "weights": [float(w) for w in fitted.weights]}


@dataclass(frozen=True)
class PolitenessModel:
    """The shipped model for one encoder precision."""

    fitted: Fitted
    version: str  # content hash of the model file: part of what produced a score

    def scores(self, style: np.ndarray, texts: Sequence[str], lex: Lexical) -> np.ndarray:
        """Politeness 0..1 per text, from its pooled layer-4 readout and word-level signals."""
        if not len(texts):
            return np.zeros(0, dtype=np.float64)
        return self.fitted.scores(features(style, texts, lex))


def load(precision: str, path: Path = MODEL_PATH) -> PolitenessModel:
    """The fitted model for an encoder precision from the model file; ModelMissingError naming the file and the
    problem when it is absent, unreadable, or fitted to other features or another encoder."""
    refit = "run scripts/fit_politeness.py to fit it again"
    try:
        raw = path.read_bytes()
        data = json.loads(raw)
    except OSError as exc:
        raise ModelMissingError(f"politeness model {path} is missing or unreadable ({exc}); {refit}") from exc
    except ValueError as exc:
        raise ModelMissingError(f"politeness model {path} is not valid JSON ({exc}); {refit}") from exc
    try:
        if data["format"] != FORMAT:
            raise ValueError(f"format {data['format']!r}, expected {FORMAT}")
        if data["features"]["version"] != feature_version():
            # e.g. a file fitted on the last-layer sentence vector ("vector_*") before the layer-4 readout
            names = data["features"].get("names") or ["?"]
            raise ValueError(f"fitted to other features (version {data['features']['version']}, {names[0]}...), "
                             f"these are version {feature_version()} ({FEATURE_NAMES[0]}...)")
        encoder = data["encoder"]
        if encoder["weights_sha256"] != WEIGHTS_SHA256 or encoder["recipe"] != RECIPE_VERSION:
            raise ValueError("fitted with another sentence encoder")
        part = data["precisions"][precision]
        weights = np.asarray(part["weights"], dtype=np.float64)
        if weights.shape != (len(FEATURE_NAMES),) or not np.all(np.isfinite(weights)):
            raise ValueError(f"{weights.size} weights, expected {len(FEATURE_NAMES)} finite ones")
        spread = float(part["spread"])
        if not spread > 0:
            raise ValueError(f"spread {spread} is not positive")
        fitted = Fitted(weights, float(part["bias"]), float(part["centre"]), spread, float(part["alpha"]),
                        float(part["cv_spearman"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelMissingError(f"politeness model {path} cannot be used for the {precision} encoder ({exc}); "
                                f"{refit}") from exc
    return PolitenessModel(fitted, hashlib.sha256(raw).hexdigest()[:12])


_lock = threading.Lock()
_MODELS: dict[str, PolitenessModel] = {}


def model(precision: str) -> PolitenessModel:
    """The shipped model for one encoder precision, read once per process."""
    with _lock:
        found = _MODELS.get(precision)
        if found is None:
            found = _MODELS[precision] = load(precision)
        return found
