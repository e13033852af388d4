"""Per-agent coaching: which utterances lowered an agent's quality scores, across many interactions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from pydantic import BaseModel, Field

from analyzers.document import Document, SpeakerRole


class CoachingItem(BaseModel):
    """One utterance that lowered a score, with where to find it and why it was picked."""

    interaction_id: str
    utterance: int
    score: str  # "empathy", "politeness", "rudeness" or "brand_voice"
    value: float
    reason: str
    excerpt: str  # redacted text
    start: float | None = None
    end: float | None = None


class AgentCoaching(BaseModel):
    """An agent's average scores and the utterances most worth reviewing with them, worst first."""

    agent_ref: str
    interactions: int
    averages: dict[str, float] = Field(default_factory=dict)
    items: list[CoachingItem] = Field(default_factory=list)


def _lowered(doc: Document, empathy_below: float, politeness_below: float, rudeness_above: float,
             brand_below: float) -> list[tuple[float, CoachingItem]]:
    """(badness, item) for every agent utterance of one document that pulled a score down."""
    scores = doc.utterance_scores
    by_index = {u.index: u for u in doc.utterances if u.role == SpeakerRole.agent}
    out: list[tuple[float, CoachingItem]] = []

    def add(idx: int, name: str, value: float, badness: float, reason: str) -> None:
        u = by_index[idx]
        out.append((badness, CoachingItem(interaction_id=doc.meta.interaction_id, utterance=idx, score=name,
                                          value=value, reason=reason, excerpt=u.text[:240], start=u.start,
                                          end=u.end)))

    # Empathy only where the customer had shared a situation: a missed opportunity, not a neutral line.
    for idx, due in scores.get("empathy_due", {}).items():
        value = scores.get("empathy", {}).get(idx)
        if idx in by_index and value is not None and value < empathy_below:
            add(idx, "empathy", value, (empathy_below - value) * due, "no acknowledgement after the customer "
                "shared a difficult situation")
    for idx, value in scores.get("rudeness", {}).items():
        if idx in by_index and value > rudeness_above:
            add(idx, "rudeness", value, value - rudeness_above + 0.5, "rude or dismissive wording")
    for idx, value in scores.get("politeness", {}).items():
        if idx in by_index and value < politeness_below:
            add(idx, "politeness", value, politeness_below - value, "curt or impolite phrasing")
    for idx, value in scores.get("brand_voice", {}).items():
        if idx in by_index and value < brand_below:
            add(idx, "brand_voice", value, (brand_below - value) * 0.5, "off the brand's voice or a banned phrase")
    return out


def coaching_opportunities(
    docs: Iterable[Document],
    *,
    empathy_below: float = 0.5,
    politeness_below: float = 0.25,
    rudeness_above: float = 0.5,
    brand_below: float = 0.1,
    per_agent: int = 10,
) -> list[AgentCoaching]:
    """Group scored documents by agent and list, worst first, the utterances that lowered their scores."""
    items: dict[str, list[tuple[float, CoachingItem]]] = defaultdict(list)
    metrics: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    counts: dict[str, int] = defaultdict(int)
    for doc in docs:
        agent = doc.meta.agent_ref or "unknown"
        counts[agent] += 1
        for name in ("empathy", "politeness", "rudeness", "brand_voice"):
            if f"quality.{name}" in doc.metrics:
                metrics[agent][name].append(doc.metrics[f"quality.{name}"])
        items[agent].extend(_lowered(doc, empathy_below, politeness_below, rudeness_above, brand_below))
    out = []
    for agent in sorted(counts):
        ranked = sorted(items[agent], key=lambda x: -x[0])[:per_agent]
        out.append(AgentCoaching(agent_ref=agent, interactions=counts[agent],
                                 averages={k: float(np.mean(v)) for k, v in metrics[agent].items()},
                                 items=[item for _, item in ranked]))
    return out
