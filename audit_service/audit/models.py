"""Table: audit_log. Append-only; records actors and targets by id, never content."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from audit_service.core.base import new_id, utcnow


class AuditLog(SQLModel, table=True):
    __tablename__ = "audit_log"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str | None = Field(default=None, foreign_key="tenant.id", index=True, max_length=32)
    actor: str = Field(max_length=200)  # "key:<prefix>", "cli", "system"
    action: str = Field(max_length=100)
    target_type: str = Field(default="", max_length=50)
    target_id: str = Field(default="", max_length=200)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    at: datetime = Field(default_factory=utcnow, index=True)


def record(session: Any, *, tenant_id: str | None, actor: str, action: str, target_type: str = "",
           target_id: str = "", details: dict[str, Any] | None = None) -> None:
    """Add an audit entry to the session (committed with the surrounding unit of work)."""
    session.add(AuditLog(tenant_id=tenant_id, actor=actor, action=action, target_type=target_type,
                         target_id=target_id, details=details or {}))
