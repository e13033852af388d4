"""FastAPI dependencies: settings, database session, the authenticated principal, tenant scoping."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from sqlmodel import Session
from sqlmodel.sql.expression import SelectOfScalar

from audit_service.auth.models import Scope
from audit_service.auth.service import Principal, authenticate
from audit_service.core.db import get_engine
from audit_service.core.errors import Forbidden, Unauthenticated
from audit_service.core.settings import Settings

T = TypeVar("T")


# Dependencies that do no I/O are `async def`: FastAPI runs sync dependencies in its thread pool, one hop
# each, which cost more than the work itself on the ingest path.
async def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


async def get_session(settings: SettingsDep) -> AsyncIterator[Session]:
    """A session per request; views commit at the request boundary, services never commit."""
    # Opening a Session does no I/O (connections are taken lazily, in the sync view's thread).
    session = Session(get_engine(settings.db_url), expire_on_commit=False)
    try:
        yield session
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(get_session)]


def get_principal(request: Request, session: SessionDep) -> Principal:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("send an API key as 'Authorization: Bearer <key>'", code="missing_api_key")
    principal = authenticate(session, token.strip())
    request.state.actor = principal.actor
    return principal


def require(scope: Scope) -> Callable[..., Principal]:
    """Dependency factory: the caller must hold `scope` (admin implies every scope)."""

    async def checker(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        if scope.value not in principal.scopes and Scope.admin.value not in principal.scopes:
            raise Forbidden(f"this API key lacks the '{scope.value}' scope", code="insufficient_scope")
        return principal

    return checker


IngestPrincipal = Annotated[Principal, Depends(require(Scope.ingest))]
ReadPrincipal = Annotated[Principal, Depends(require(Scope.read))]
ExportPrincipal = Annotated[Principal, Depends(require(Scope.export))]
AdminPrincipal = Annotated[Principal, Depends(require(Scope.admin))]


def scoped(query: SelectOfScalar[T], model: Any, principal: Principal) -> SelectOfScalar[T]:
    """The one place a query is limited to the caller's tenant, and to its brand when the key is bound."""
    query = query.where(model.tenant_id == principal.tenant_id)
    if principal.brand_id is not None and hasattr(model, "brand_id"):
        query = query.where(model.brand_id == principal.brand_id)
    return query
