"""Tenants, brands, users and agents: creation and look-ups, always within one tenant."""

from __future__ import annotations

from sqlmodel import Session, select

from analyzers.document import TenantRole
from audit_service.core.errors import BadRequest, Conflict, NotFound
from audit_service.tenants.models import Agent, Brand, Tenant, User, UserRole


def create_tenant(session: Session, *, slug: str, name: str, role: TenantRole, jurisdictions: list[str]) -> Tenant:
    """Create a tenant; its role and jurisdictions select the rule packs that apply."""
    if session.exec(select(Tenant).where(Tenant.slug == slug)).first():
        raise Conflict(f"tenant {slug!r} already exists", code="tenant_exists")
    if not jurisdictions:
        raise BadRequest("a tenant needs at least one jurisdiction (e.g. US, US-CA, GB)", code="missing_jurisdiction")
    tenant = Tenant(slug=slug, name=name, role=role.value, jurisdictions=[j.upper() for j in jurisdictions])
    session.add(tenant)
    session.flush()
    return tenant


def get_tenant_by_slug(session: Session, slug: str) -> Tenant:
    """The tenant with this slug, or NotFound."""
    tenant = session.exec(select(Tenant).where(Tenant.slug == slug)).first()
    if tenant is None:
        raise NotFound(f"no tenant {slug!r}", code="unknown_tenant")
    return tenant


def create_brand(session: Session, *, tenant_id: str, slug: str, name: str, aliases: list[str] | None = None) -> Brand:
    """Create a brand of a tenant (the name agents must identify on calls)."""
    if session.exec(select(Brand).where(Brand.tenant_id == tenant_id, Brand.slug == slug)).first():
        raise Conflict(f"brand {slug!r} already exists", code="brand_exists")
    brand = Brand(tenant_id=tenant_id, slug=slug, name=name, aliases=aliases or [])
    session.add(brand)
    session.flush()
    return brand


def get_brand(session: Session, *, tenant_id: str, slug: str) -> Brand:
    """The tenant's brand with this slug, or a 400 naming the unknown brand."""
    brand = session.exec(select(Brand).where(Brand.tenant_id == tenant_id, Brand.slug == slug)).first()
    if brand is None:
        raise BadRequest(f"unknown brand {slug!r} for this tenant", code="unknown_brand")
    return brand


def create_user(session: Session, *, tenant_id: str, email: str, name: str, role: UserRole,
                brand_id: str | None = None) -> User:
    """Create a user (auditor, compliance officer, brand manager or admin) of a tenant."""
    if session.exec(select(User).where(User.tenant_id == tenant_id, User.email == email.lower())).first():
        raise Conflict(f"user {email!r} already exists", code="user_exists")
    user = User(tenant_id=tenant_id, email=email.lower(), name=name, role=role.value, brand_id=brand_id)
    session.add(user)
    session.flush()
    return user


def get_user(session: Session, *, tenant_id: str, email: str) -> User:
    """The tenant's user with this email, or a 400 naming it."""
    user = session.exec(select(User).where(User.tenant_id == tenant_id, User.email == email.lower())).first()
    if user is None:
        raise BadRequest(f"no user {email!r} in this tenant", code="unknown_user")
    return user


def get_or_create_agent(session: Session, *, tenant_id: str, external_ref: str) -> Agent:
    """The tenant's agent with this reference, created on first sight."""
    agent = session.exec(select(Agent).where(Agent.tenant_id == tenant_id, Agent.external_ref == external_ref)).first()
    if agent is None:
        agent = Agent(tenant_id=tenant_id, external_ref=external_ref)
        session.add(agent)
        session.flush()
    return agent


# Brands and agents are never deleted or re-keyed, so ids read from the database can be remembered per
# process: ingest then needs two queries fewer. Only ids read back from committed rows are cached (a row
# created in a transaction that later rolls back must not be remembered).
_BRAND_IDS: dict[tuple[str, str], str] = {}
_AGENT_IDS: dict[tuple[str, str], str] = {}
_CACHE_MAX = 50_000


def brand_id_for(session: Session, *, tenant_id: str, slug: str) -> str:
    """Id of the tenant's brand with this slug (400 unknown_brand when there is none)."""
    key = (tenant_id, slug)
    if key not in _BRAND_IDS:
        if len(_BRAND_IDS) > _CACHE_MAX:
            _BRAND_IDS.clear()
        _BRAND_IDS[key] = get_brand(session, tenant_id=tenant_id, slug=slug).id
    return _BRAND_IDS[key]


def agent_id_for(session: Session, *, tenant_id: str, external_ref: str) -> str:
    """Id of the tenant's agent with this reference, created on first sight."""
    key = (tenant_id, external_ref)
    cached = _AGENT_IDS.get(key)
    if cached is not None:
        return cached
    agent = session.exec(select(Agent).where(Agent.tenant_id == tenant_id, Agent.external_ref == external_ref)).first()
    if agent is None:
        return get_or_create_agent(session, tenant_id=tenant_id, external_ref=external_ref).id
    if len(_AGENT_IDS) > _CACHE_MAX:
        _AGENT_IDS.clear()
    _AGENT_IDS[key] = agent.id
    return agent.id
