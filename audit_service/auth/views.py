"""Admin views for API keys: create (shown once), list, revoke."""

from __future__ import annotations

from fastapi import APIRouter
from sqlmodel import select

from audit_service.audit.models import record
from audit_service.auth.models import ApiKey
from audit_service.auth.schemas import KeyCreate, KeyCreated, KeyOut
from audit_service.auth.service import create_key, revoke_key
from audit_service.core.deps import AdminPrincipal, SessionDep
from audit_service.core.errors import NotFound
from audit_service.tenants.service import get_brand, get_user

router = APIRouter(prefix="/v1/keys", tags=["admin"])


@router.post("", response_model=KeyCreated, status_code=201, summary="Create an API key (the secret is shown once)")
def create(body: KeyCreate, session: SessionDep, principal: AdminPrincipal) -> KeyCreated:
    brand_id = get_brand(session, tenant_id=principal.tenant_id, slug=body.brand).id if body.brand else None
    user_id = get_user(session, tenant_id=principal.tenant_id, email=body.user).id if body.user else None
    key, token = create_key(session, tenant_id=principal.tenant_id, name=body.name, scopes=body.scopes,
                            brand_id=brand_id, user_id=user_id, expires_at=body.expires_at)
    record(session, tenant_id=principal.tenant_id, actor=principal.actor, action="key.create",
           target_type="api_key", target_id=key.prefix, details={"scopes": key.scopes})
    session.commit()
    return KeyCreated(**key.model_dump(), key=token)


@router.get("", response_model=list[KeyOut], summary="The tenant's API keys (never their secrets)")
def list_keys(session: SessionDep, principal: AdminPrincipal) -> list[KeyOut]:
    rows = session.exec(select(ApiKey).where(ApiKey.tenant_id == principal.tenant_id).order_by(ApiKey.created_at))
    return [KeyOut(**k.model_dump()) for k in rows]


@router.delete("/{prefix}", response_model=KeyOut, summary="Revoke an API key")
def revoke(prefix: str, session: SessionDep, principal: AdminPrincipal) -> KeyOut:
    key = revoke_key(session, tenant_id=principal.tenant_id, prefix=prefix)
    if key is None:
        raise NotFound(f"no API key with prefix {prefix!r}", code="api_key_not_found")
    record(session, tenant_id=principal.tenant_id, actor=principal.actor, action="key.revoke",
           target_type="api_key", target_id=prefix)
    session.commit()
    return KeyOut(**key.model_dump())
