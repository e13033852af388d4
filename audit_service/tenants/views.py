"""Admin views: the caller's identity, brands and users of the caller's tenant."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlmodel import select

from audit_service.audit.models import record
from audit_service.auth.service import Principal
from audit_service.core.deps import AdminPrincipal, SessionDep, get_principal
from audit_service.tenants import service
from audit_service.tenants.models import Brand, Tenant
from audit_service.tenants.schemas import BrandCreate, BrandOut, Me, UserCreate, UserOut

router = APIRouter(prefix="/v1", tags=["admin"])


@router.get("/me", response_model=Me, summary="The tenant, scopes and brand binding of the calling key")
def me(session: SessionDep, principal: Annotated[Principal, Depends(get_principal)]) -> Me:
    tenant = session.get(Tenant, principal.tenant_id)
    assert tenant is not None
    brand = session.get(Brand, principal.brand_id) if principal.brand_id else None
    return Me(tenant=tenant.slug, tenant_name=tenant.name, role=tenant.role, jurisdictions=tenant.jurisdictions,
              scopes=sorted(principal.scopes), brand=brand.slug if brand else None, key_prefix=principal.key_prefix)


@router.get("/brands", response_model=list[BrandOut], summary="Brands the key may see")
def list_brands(session: SessionDep, principal: Annotated[Principal, Depends(get_principal)]
                ) -> list[BrandOut]:
    q = select(Brand).where(Brand.tenant_id == principal.tenant_id)
    if principal.brand_id:
        q = q.where(Brand.id == principal.brand_id)
    return [BrandOut(**b.model_dump()) for b in session.exec(q.order_by(Brand.slug))]


@router.post("/brands", response_model=BrandOut, status_code=201, summary="Create a brand")
def create_brand(body: BrandCreate, session: SessionDep, principal: AdminPrincipal) -> BrandOut:
    brand = service.create_brand(session, tenant_id=principal.tenant_id, slug=body.slug, name=body.name,
                                 aliases=body.aliases)
    record(session, tenant_id=principal.tenant_id, actor=principal.actor, action="brand.create",
           target_type="brand", target_id=brand.id)
    session.commit()
    return BrandOut(**brand.model_dump())


@router.post("/users", response_model=UserOut, status_code=201, summary="Create a user with a role")
def create_user(body: UserCreate, session: SessionDep, principal: AdminPrincipal) -> UserOut:
    brand_id = service.get_brand(session, tenant_id=principal.tenant_id, slug=body.brand).id if body.brand else None
    user = service.create_user(session, tenant_id=principal.tenant_id, email=body.email, name=body.name,
                               role=body.role, brand_id=brand_id)
    record(session, tenant_id=principal.tenant_id, actor=principal.actor, action="user.create",
           target_type="user", target_id=user.id)
    session.commit()
    return UserOut(**user.model_dump())
