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
    weight: float = 0.0  # how far past its threshold the utterance was: the ranking key, worst first


class CoachingThresholds(BaseModel):
    """Where an utterance starts to count against the agent (per-utterance scores run 0..1)."""

    empathy_below: float = 0.5
    # quality@6's politeness reads layer 4 and is fitted to the corpus, where 0.5 is the average request: at 0.25
    # it flagged 8.4% of agent lines in the empathy data (a quarter of them kind but unpunctuated speech), at 0.15
    # 2.3%, the rate quality@5 had at 0.25.
    politeness_below: float = 0.15
    rudeness_above: float = 0.5
    brand_below: float = 0.1


class AgentCoaching(BaseModel):
    """An agent's average scores and the utterances most worth reviewing with them, worst first."""

    agent_ref: str
    interactions: int
    averages: dict[str, float] = Field(default_factory=dict)
    items: list[CoachingItem] = Field(default_factory=list)


def lowered_utterances(doc: Document, thresholds: CoachingThresholds | None = None,
                       limit: int | None = None) -> list[CoachingItem]:
    """The agent utterances of one document that pulled a quality score down, worst first."""
    t = thresholds or CoachingThresholds()
    scores = doc.utterance_scores
    by_index = {u.index: u for u in doc.utterances if u.role == SpeakerRole.agent}
    out: list[CoachingItem] = []

    def add(idx: int, name: str, value: float, weight: float, reason: str) -> None:
        u = by_index[idx]
        out.append(CoachingItem(interaction_id=doc.meta.interaction_id, utterance=idx, score=name, value=value,
                                reason=reason, excerpt=u.text[:240], start=u.start, end=u.end,
                                weight=round(weight, 4)))

    # Empathy only where the customer had shared a situation: a missed opportunity, not a neutral line.
    for idx, due in scores.get("empathy_due", {}).items():
        value = scores.get("empathy", {}).get(idx)
        if idx in by_index and value is not None and value < t.empathy_below:
            add(idx, "empathy", value, (t.empathy_below - value) * due, "no acknowledgement after the customer "
                "shared a difficult situation")
    for idx, value in scores.get("rudeness", {}).items():
        if idx in by_index and value > t.rudeness_above:
            # Rudeness outranks a merely curt line: +0.5 puts any rude utterance above most politeness misses.
            add(idx, "rudeness", value, value - t.rudeness_above + 0.5, "rude or dismissive wording")
    for idx, value in scores.get("politeness", {}).items():
        if idx in by_index and value < t.politeness_below:
            add(idx, "politeness", value, t.politeness_below - value, "curt or impolite phrasing")
    for idx, value in scores.get("brand_voice", {}).items():
        if idx in by_index and value < t.brand_below:
            add(idx, "brand_voice", value, (t.brand_below - value) * 0.5, "off the brand's voice or a banned phrase")
    out.sort(key=lambda item: (-item.weight, item.utterance))
    return out[:limit] if limit is not None else out


def coaching_opportunities(
    docs: Iterable[Document],
    *,
    thresholds: CoachingThresholds | None = None,
    per_agent: int = 10,
) -> list[AgentCoaching]:
    """Group scored documents by agent and list, worst first, the utterances that lowered their scores."""
    items: dict[str, list[CoachingItem]] = defaultdict(list)
    metrics: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    counts: dict[str, int] = defaultdict(int)
    for doc in docs:
        agent = doc.meta.agent_ref or "unknown"
        counts[agent] += 1
        for name in ("empathy", "politeness", "rudeness", "brand_voice"):
            if f"quality.{name}" in doc.metrics:
                metrics[agent][name].append(doc.metrics[f"quality.{name}"])
        items[agent].extend(lowered_utterances(doc, thresholds))
    out = []
    for agent in sorted(counts):
        ranked = sorted(items[agent], key=lambda item: -item.weight)[:per_agent]
        out.append(AgentCoaching(agent_ref=agent, interactions=counts[agent],
                                 averages={k: float(np.mean(v)) for k, v in metrics[agent].items()},
                                 items=ranked))
    return out
