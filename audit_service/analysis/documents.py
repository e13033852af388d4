"""Builds the analyzers' Document from stored rows (the only bridge between the two models)."""

from __future__ import annotations

from datetime import UTC
from typing import Any

from analyzers.document import AccountFlags, Channel, ContactAttempt, Direction, Document, InteractionMeta, TenantRole
from audit_service.interactions.models import Interaction
from audit_service.tenants.models import Brand, Tenant


def build_document(interaction: Interaction, tenant: Tenant, brand: Brand, agent_ref: str | None) -> Document:
    """A document holding the interaction's metadata; content is attached by the caller."""
    m: dict[str, Any] = interaction.meta
    started = interaction.started_at
    if started is not None and started.tzinfo is None:
        started = started.replace(tzinfo=UTC)
    meta = InteractionMeta(
        interaction_id=interaction.id,
        external_id=interaction.external_id,
        tenant_role=TenantRole(tenant.role),
        jurisdictions=list(tenant.jurisdictions),
        channel=Channel(interaction.channel),
        direction=Direction(interaction.direction),
        brand_name=brand.name,
        brand_aliases=list(brand.aliases),
        agent_ref=agent_ref,
        account_ref=interaction.account_ref,
        customer_timezones=list(interaction.customer_timezones),
        started_at=started,
        duration_s=interaction.duration_s,
        recorded=bool(m.get("recorded", True)),
        language=m.get("language", "en"),
        contact_history=[ContactAttempt(**c) for c in m.get("contact_history", [])],
        account_flags=AccountFlags(**m.get("account_flags", {})),
        channel_roles=m.get("channel_roles", {}),
        expected_speakers=m.get("expected_speakers"),
    )
    return Document(meta=meta, reference_date=started.date() if started else None)
