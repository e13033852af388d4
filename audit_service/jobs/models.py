"""Table: job. One per interaction to analyse; the pending payload is encrypted and deleted when done."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Column, Index, LargeBinary
from sqlmodel import Field, SQLModel

from audit_service.core.base import new_id, utcnow


class JobStatus(enum.StrEnum):
    queued = "queued"
    running = "running"
    done = "done"
    failed = "failed"


class Job(SQLModel, table=True):
    __table_args__ = (Index("ix_job_claim", "status", "lane", "run_after"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    interaction_id: str = Field(foreign_key="interaction.id", unique=True, max_length=32)
    status: str = Field(default=JobStatus.queued.value, max_length=16)
    # "text" jobs take about a second, "voice" jobs minutes: runners give text its own lane so a message
    # is never stuck behind a queue of long calls.
    lane: str = Field(default="text", max_length=16)
    attempts: int = 0
    max_attempts: int = 3
    run_after: datetime = Field(default_factory=utcnow)
    locked_by: str | None = Field(default=None, max_length=100)
    locked_at: datetime | None = None
    last_error: str | None = Field(default=None, max_length=500)
    # Encrypted (AES-GCM) input awaiting analysis: text turns, or the spool path of an encrypted upload.
    payload: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None
