"""Tables: tenant (role and jurisdictions decide which rule packs apply), brand, user, agent."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from audit_service.core.base import new_id, utcnow


class UserRole(enum.StrEnum):
    admin = "admin"
    qa_auditor = "qa_auditor"
    compliance_officer = "compliance_officer"
    brand_manager = "brand_manager"


class Tenant(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    slug: str = Field(unique=True, index=True, max_length=64)
    name: str = Field(max_length=200)
    role: str = Field(max_length=16)  # analyzers.document.TenantRole
    jurisdictions: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Redaction policy, scorecard weights, extra rule packs, retention: validated by tenants.schemas.TenantSettings.
    settings: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class Brand(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("tenant_id", "slug"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    slug: str = Field(max_length=64)
    name: str = Field(max_length=200)
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    voice: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class User(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("tenant_id", "email"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    email: str = Field(max_length=254)
    name: str = Field(default="", max_length=200)
    role: str = Field(max_length=32)  # UserRole
    brand_id: str | None = Field(default=None, foreign_key="brand.id", max_length=32)
    active: bool = True
    created_at: datetime = Field(default_factory=utcnow)


class Agent(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("tenant_id", "external_ref"),)

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    external_ref: str = Field(max_length=128)
    name: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow)
