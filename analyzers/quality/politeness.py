"""Politeness strategies (Danescu-Niculescu-Mizil et al., ACL 2013) as patterns.

They add what sentence embeddings miss (the form of a request: "could you" vs "why did you"). The fitted
politeness model (politeness_model.py) reads which strategies a text uses as 0/1 features and learns their weights;
the weights below are the paper's published average politeness of requests that use each strategy (its Table 3),
kept for `strategy_score`, the hand-weighted formula's input that bench/quality.py still runs as a comparison.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

_STRATEGIES: tuple[tuple[str, str, float], ...] = (
    ("gratitude", r"\b(thanks?|thank you|thx|(i |really )?appreciate)", 0.87),
    ("deference", r"\b(great|good|nice|excellent|fantastic|impressive|awesome) (work|job|point|question|idea|catch)"
     r"|\bwell done", 0.78),
    ("greeting", r"^\W*(hi|hello|hey|dear|good (morning|afternoon|evening))\b", 0.43),
    ("apologising", r"\b(sorry|apologi[sz]e|pardon|excuse me|forgive)", 0.36),
    ("please", r"(?<!^)\bplease\b", 0.49),
    ("please_start", r"^\W*please\b", -0.30),
    ("by_the_way", r"\bby the way\b|\bbtw\b", 0.63),
    ("direct_question", r"^\W*(what|why|who|how|where|when)\b", -0.27),
    ("direct_start", r"^\W*(so|then|and|but|or)\b", -0.43),
    ("counterfactual_modal", r"\b(could|would) you\b", 0.47),
    ("indicative_modal", r"\b(can|will) you\b", 0.19),
    ("first_person_start", r"^\W*(i|my|mine|myself)\b", 0.12),
    ("second_person_start", r"^\W*(you|your|yours|yourself)\b", -0.30),
    ("hedge", r"\b(i think|i suggest|i guess|i believe|perhaps|maybe|possibly|might|i wonder|wondering|seems?"
     r"|probably|somewhat)\b", 0.14),
    ("factuality", r"\b(in fact|actually|the (point|reality|truth|fact) is|obviously|clearly|of course)\b", -0.38),
)
_COMPILED = tuple((name, re.compile(rx, re.IGNORECASE), w) for name, rx, w in _STRATEGIES)


STRATEGY_NAMES = tuple(name for name, _, _ in _STRATEGIES)


def strategy_indicators(text: str) -> np.ndarray:
    """1.0 for each strategy (in STRATEGY_NAMES order) that a text uses, else 0.0: features of the fitted model."""
    return np.array([1.0 if rx.search(text) else 0.0 for _, rx, _ in _COMPILED], dtype=np.float64)


def patterns_version() -> str:
    """Hash of the strategy patterns: the fitted politeness model's weights belong to exactly these."""
    return hashlib.sha256(repr([(name, rx) for name, rx, _ in _STRATEGIES]).encode()).hexdigest()[:12]


def strategies(text: str) -> dict[str, float]:
    """The politeness strategies used in a text, with their weights."""
    return {name: w for name, rx, w in _COMPILED if rx.search(text)}


def strategy_score(text: str) -> float:
    """Sum of the weights of the strategies a text uses (positive: more polite)."""
    return sum(strategies(text).values())
