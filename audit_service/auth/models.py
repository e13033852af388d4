"""Table: api_key. Only a SHA-256 of the secret is stored; the key is shown once at creation."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from audit_service.core.base import new_id, utcnow


class Scope(enum.StrEnum):
    ingest = "ingest"
    read = "read"
    export = "export"
    admin = "admin"


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_key"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=32)
    tenant_id: str = Field(foreign_key="tenant.id", index=True, max_length=32)
    user_id: str | None = Field(default=None, foreign_key="user.id", max_length=32)
    brand_id: str | None = Field(default=None, foreign_key="brand.id", max_length=32)
    name: str = Field(max_length=200)
    prefix: str = Field(unique=True, index=True, max_length=32)
    secret_hash: str = Field(max_length=64)
    scopes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime | None = None
    revoked_at: datetime | None = None
    last_used_at: datetime | None = None
