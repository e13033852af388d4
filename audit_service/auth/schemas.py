"""Shapes of the API-key admin API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from audit_service.auth.models import Scope


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    scopes: list[Scope] = Field(min_length=1)
    brand: str | None = Field(default=None, description="Bind the key to one brand's data")
    user: str | None = Field(default=None, description="Issue the key to a user (email); their role bounds its scopes")
    expires_at: datetime | None = None


class KeyOut(BaseModel):
    prefix: str
    name: str
    scopes: list[str]
    brand_id: str | None
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None


class KeyCreated(KeyOut):
    key: str = Field(description="The secret key. Shown once; only its hash is stored.")
