"""API key creation and verification. Keys are random 256-bit secrets; only their SHA-256 is stored
(a slow password hash buys nothing for secrets of that entropy and would slow every request)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, select

from audit_service.auth.models import ApiKey, Scope
from audit_service.core.base import utcnow
from audit_service.core.errors import BadRequest, Unauthenticated
from audit_service.tenants.models import User, UserRole

KEY_PREFIX = "fl"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the tenant every query is scoped to, the key's scopes and optional brand binding."""

    tenant_id: str
    key_id: str
    key_prefix: str
    scopes: frozenset[str]
    brand_id: str | None = None

    @property
    def actor(self) -> str:
        return f"key:{self.key_prefix}"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


# What each user role may do; a key issued to a user never carries more than its user's role allows.
ROLE_SCOPES: dict[str, frozenset[str]] = {
    UserRole.admin.value: frozenset(s.value for s in Scope),
    UserRole.qa_auditor.value: frozenset({Scope.read.value}),
    UserRole.compliance_officer.value: frozenset({Scope.read.value, Scope.export.value}),
    UserRole.brand_manager.value: frozenset({Scope.read.value}),
}


def create_key(
    session: Session,
    *,
    tenant_id: str,
    name: str,
    scopes: list[Scope],
    brand_id: str | None = None,
    user_id: str | None = None,
    expires_at: datetime | None = None,
) -> tuple[ApiKey, str]:
    """Create a key; returns the row and the plaintext token, which is never retrievable again."""
    if user_id is not None:
        user = session.get(User, user_id)
        if user is None or user.tenant_id != tenant_id or not user.active:
            raise BadRequest("no active user with that id in this tenant", code="unknown_user")
        extra = {s.value for s in scopes} - ROLE_SCOPES[user.role]
        if extra:
            raise BadRequest(f"a {user.role} may not hold the scope(s) {', '.join(sorted(extra))}",
                             code="scope_not_allowed_for_role")
        if user.brand_id is not None:
            if brand_id is not None and brand_id != user.brand_id:
                raise BadRequest("the user is limited to another brand", code="brand_not_allowed")
            brand_id = user.brand_id
    prefix = secrets.token_hex(6)
    token = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    key = ApiKey(tenant_id=tenant_id, name=name, prefix=prefix, secret_hash=_hash(token),
                 scopes=sorted(s.value for s in scopes), brand_id=brand_id, user_id=user_id, expires_at=expires_at)
    session.add(key)
    session.flush()
    return key, token


def authenticate(session: Session, token: str) -> Principal:
    """Resolve a bearer token to a principal; unknown, malformed, revoked and expired keys are refused."""
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        raise Unauthenticated("malformed API key", code="invalid_api_key")
    key = session.exec(select(ApiKey).where(ApiKey.prefix == parts[1])).first()
    if key is None or not hmac.compare_digest(key.secret_hash, _hash(token)):
        raise Unauthenticated("unknown API key", code="invalid_api_key")
    if key.revoked_at is not None:
        raise Unauthenticated("this API key has been revoked", code="api_key_revoked")
    now = utcnow()
    if key.expires_at is not None and _aware(key.expires_at) <= now:
        raise Unauthenticated("this API key has expired", code="api_key_expired")
    scopes = frozenset(key.scopes)
    if key.user_id is not None:
        # The user's current role bounds the key: a demoted or deactivated user's keys shrink or stop at once.
        user = session.get(User, key.user_id)
        if user is None or not user.active:
            raise Unauthenticated("the user of this API key is deactivated", code="user_deactivated")
        scopes &= ROLE_SCOPES.get(user.role, frozenset())
    return Principal(tenant_id=key.tenant_id, key_id=key.id, key_prefix=key.prefix, scopes=scopes,
                     brand_id=key.brand_id)


def revoke_key(session: Session, *, tenant_id: str, prefix: str) -> ApiKey | None:
    """Revoke the tenant's key with this prefix; returns it, or None when the tenant has no such key."""
    key = session.exec(select(ApiKey).where(ApiKey.prefix == prefix, ApiKey.tenant_id == tenant_id)).first()
    if key is not None and key.revoked_at is None:
        key.revoked_at = utcnow()
        session.add(key)
    return key


def _aware(dt: datetime) -> datetime:
    # SQLite returns naive datetimes; everything is stored in UTC.
    from datetime import UTC

    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)
