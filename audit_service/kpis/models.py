"""Table: kpi_event, unique per (tenant, external_id) so re-posting an event is safe."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from audit_service.core.base import new_id, utcnow

KPI_KINDS = (
    "right_party_contact",
    "promise_to_pay",
    "payment_received",  # a promise is kept when a payment arrives by its due date
    "csat",
    "first_contact_resolution",
    "digital_self_cure",
    "dispute",
    "cease_request",
    "hardship",
    "wrong_number",
)


class KpiEvent(SQLModel, table=True):
    __tablename__ = "kpi_event"
    __table_args__ = (
        UniqueConstraint("tenant_id", "external_id"),
        Index("ix_kpi_tenant_kind_time", "tenant_id", "kind", "occurred_at"),
    )

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    brand_id: str | None = Field(default=None, foreign_key="brand.id", index=True, max_length=32)
    interaction_id: str | None = Field(default=None, foreign_key="interaction.id", index=True, max_length=32)
    agent_id: str | None = Field(default=None, foreign_key="agent.id", max_length=32)
    external_id: str = Field(max_length=200)
    account_ref: str | None = Field(default=None, index=True, max_length=200)
    kind: str = Field(max_length=32)
    value: float | None = None
    amount: float | None = None
    currency: str | None = Field(default=None, max_length=3)
    due_date: date | None = None
    occurred_at: datetime = Field(default_factory=utcnow)
    attributes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
