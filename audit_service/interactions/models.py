"""Tables for one interaction and its analysis. Text columns hold redacted text only."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from audit_service.core.base import new_id, utcnow


class InteractionStatus(enum.StrEnum):
    queued = "queued"
    processing = "processing"
    analysed = "analysed"
    needs_review = "needs_review"  # the PII verifier found something left after redaction; not stored as clean
    failed = "failed"


class Interaction(SQLModel, table=True):
    __table_args__ = (
        UniqueConstraint("tenant_id", "external_id"),
        Index("ix_interaction_tenant_started", "tenant_id", "started_at"),
        Index("ix_interaction_tenant_created", "tenant_id", "created_at", "id"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    brand_id: str = Field(foreign_key="brand.id", index=True, max_length=32)
    agent_id: str | None = Field(default=None, foreign_key="agent.id", index=True, max_length=32)
    external_id: str = Field(max_length=200)
    payload_hash: str = Field(max_length=64)  # HMAC of the submitted payload: idempotency without keeping it
    kind: str = Field(max_length=8)  # "text" or "audio"
    channel: str = Field(index=True, max_length=16)
    direction: str = Field(max_length=16)
    account_ref: str | None = Field(default=None, index=True, max_length=200)
    customer_timezones: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    started_at: datetime | None = None
    duration_s: float | None = None
    # Judging metadata (contact history, account flags, channel roles...) minus free text.
    meta: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    status: str = Field(default=InteractionStatus.queued.value, index=True, max_length=16)
    error_code: str | None = Field(default=None, max_length=64)
    error_message: str | None = Field(default=None, max_length=500)
    pipeline_version: str | None = Field(default=None, max_length=500)
    ruleset_hash: str | None = Field(default=None, max_length=64)
    score: float | None = Field(default=None, index=True)
    critical_fail: bool | None = None
    violation_count: int = 0
    metrics: dict[str, float] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    scorecard: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    audio_path: str | None = Field(default=None, max_length=500)  # redacted audio only
    audio_format: str | None = Field(default=None, max_length=32)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime = Field(default_factory=utcnow)
    analysed_at: datetime | None = None


class Speaker(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", index=True, max_length=32)
    label: str = Field(max_length=64)
    role: str = Field(max_length=16)
    channel: int | None = None
    role_confidence: float = 0.0
    role_source: str = Field(default="", max_length=32)


class Utterance(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", index=True, max_length=32)
    idx: int
    speaker: str = Field(max_length=64)
    role: str = Field(max_length=16)
    text: str = Field(sa_column=Column(Text, nullable=False))  # redacted
    start_s: float | None = None
    end_s: float | None = None
    sent_at: datetime | None = None


class Word(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", index=True, max_length=32)
    utterance_idx: int
    idx: int
    text: str = Field(max_length=200)  # redacted
    start_s: float
    end_s: float
    confidence: float = 1.0


class RedactionSpan(SQLModel, table=True):
    __tablename__ = "redaction_span"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", index=True, max_length=32)
    utterance_idx: int
    char_start: int
    char_end: int
    entity_type: str = Field(max_length=64)
    recognizer: str = Field(max_length=100)
    score: float
    start_s: float | None = None
    end_s: float | None = None
    source: str = Field(default="text", max_length=16)


class Finding(SQLModel, table=True):
    __table_args__ = (Index("ix_finding_tenant_category", "tenant_id", "category", "status"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", index=True, max_length=32)
    category: str = Field(max_length=100)
    rule_id: str = Field(max_length=200)
    rule_version: int = 1
    title: str = Field(default="", max_length=300)
    pack: str = Field(default="", max_length=100)
    status: str = Field(max_length=16)  # violated / met
    severity: str = Field(max_length=16)
    detector: str = Field(max_length=100)
    detector_version: str = Field(max_length=32)
    confidence: float = 1.0
    explanation: str = Field(default="", sa_column=Column(Text, nullable=False))
    citation: str = Field(default="", max_length=500)
    remediation: str = Field(default="", sa_column=Column(Text, nullable=False))
    ruleset_hash: str | None = Field(default=None, max_length=64)
    evidence: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class Outcome(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", index=True, max_length=32)
    category: str = Field(max_length=100, index=True)
    confidence: float = 1.0
    detector: str = Field(max_length=100)
    detector_version: str = Field(max_length=32)
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    evidence: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class ScoreSection(SQLModel, table=True):
    __tablename__ = "score_section"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", index=True, max_length=32)
    scorecard_id: str = Field(max_length=100)
    section: str = Field(max_length=100)
    score: float
    weight: float
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class StageRun(SQLModel, table=True):
    __tablename__ = "stage_run"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", index=True, max_length=32)
    attempt: int = 1
    stage: str = Field(max_length=100)
    version: str = Field(max_length=32)
    status: str = Field(max_length=16)
    duration_ms: float
    detail: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
