"""Shapes of the coaching API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class CoachingMoment(BaseModel):
    """One agent utterance that lowered a quality score, with where to hear or read it."""

    interaction_id: str
    external_id: str
    started_at: datetime | None = None
    utterance: int
    score: str = Field(description="empathy, politeness, rudeness or brand_voice")
    value: float = Field(description="the utterance's score, 0..1")
    reason: str
    excerpt: str = Field(description="redacted text")
    start: float | None = None
    end: float | None = None
    weight: float = Field(description="how far past its threshold the utterance was; moments are sorted by it")


class AgentCoachingReport(BaseModel):
    """One agent's averages over the window, their violations by category, and moments to review, worst first."""

    agent_ref: str | None = Field(description="the agent's id in the caller's systems; null for unassigned contacts")
    agent_name: str = ""
    interactions: int
    avg_score: float | None = None
    critical_fails: int = 0
    averages: dict[str, float] = Field(default_factory=dict,
                                       description="mean quality.* and tone.* metrics over analysed contacts")
    de_escalated_rate: float | None = Field(
        default=None, description="share of contacts whose customer ended more positive than they started, "
                                  "among those that started negative")
    violations: dict[str, int] = Field(default_factory=dict, description="violated findings per category")
    moments: list[CoachingMoment] = Field(default_factory=list)


class CoachingReport(BaseModel):
    since: datetime | None = None
    until: datetime | None = None
    brand: str | None = None
    agents: list[AgentCoachingReport]
