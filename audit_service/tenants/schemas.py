"""Shapes of the admin API for brands and users."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from audit_service.tenants.models import UserRole


class BrandCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9\-]{0,63}$")
    name: str = Field(min_length=1, max_length=200)
    aliases: list[str] = Field(default_factory=list, max_length=20)


class BrandOut(BaseModel):
    id: str
    slug: str
    name: str
    aliases: list[str]


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=254)
    name: str = Field(default="", max_length=200)
    role: UserRole
    brand: str | None = None


class UserOut(BaseModel):
    id: str
    email: str
    name: str
    role: str
    brand_id: str | None


class Me(BaseModel):
    tenant: str
    tenant_name: str
    role: str
    jurisdictions: list[str]
    scopes: list[str]
    brand: str | None
    key_prefix: str
