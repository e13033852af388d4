"""FastAPI dependencies: settings, database session, the authenticated principal, tenant scoping."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
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


# Declares the scheme in OpenAPI (the docs' "Authorize" button); errors are ours, with their codes.
_bearer = HTTPBearer(auto_error=False, scheme_name="ApiKey",
                     description="An API key: `Authorization: Bearer fl_<prefix>_<secret>`")


async def get_bearer_token(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    """The bearer token from the request (header parsing only, no I/O)."""
    token = credentials.credentials.strip() if credentials is not None else ""
    if not token:
        raise Unauthenticated("send an API key as 'Authorization: Bearer <key>'", code="missing_api_key")
    return token


BearerToken = Annotated[str, Depends(get_bearer_token)]


def check_scope(principal: Principal, scope: Scope) -> Principal:
    """The principal, if it holds `scope` (admin implies every scope); 403 insufficient_scope otherwise."""
    if scope.value not in principal.scopes and Scope.admin.value not in principal.scopes:
        raise Forbidden(f"this API key lacks the '{scope.value}' scope", code="insufficient_scope")
    return principal


def authorize(session: Session, token: str, scope: Scope) -> Principal:
    """Authenticate the token and check its scope, in the caller's thread (for views that do one hop)."""
    return check_scope(authenticate(session, token), scope)


def get_principal(request: Request, session: SessionDep, token: BearerToken) -> Principal:
    principal = authenticate(session, token)
    request.state.actor = principal.actor
    return principal


def require(scope: Scope) -> Callable[..., Principal]:
    """Dependency factory: the caller must hold `scope` (admin implies every scope)."""

    async def checker(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        return check_scope(principal, scope)

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
