"""Imports every table model so SQLModel.metadata is complete (for Alembic and create_all in tests)."""

from audit_service.audit.models import AuditLog  # noqa: F401
from audit_service.auth.models import ApiKey  # noqa: F401
from audit_service.interactions.models import (  # noqa: F401
    Finding,
    Interaction,
    Outcome,
    RedactionSpan,
    ScoreSection,
    Speaker,
    StageRun,
    Utterance,
    Word,
)
from audit_service.jobs.models import Job  # noqa: F401
from audit_service.kpis.models import KpiEvent  # noqa: F401
from audit_service.tenants.models import Agent, Brand, Tenant, User  # noqa: F401
