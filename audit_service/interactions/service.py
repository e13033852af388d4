"""Interaction queries and ingest. Keyword-only functions taking the session; they never commit."""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exists, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from audit_service.auth.service import Principal
from audit_service.core.base import new_id, utcnow
from audit_service.core.deps import scoped
from audit_service.core.errors import BadRequest, Conflict, Forbidden, NotFound
from audit_service.core.hashing import payload_digest
from audit_service.core.settings import Settings
from audit_service.interactions.models import Finding, Interaction, InteractionStatus
from audit_service.interactions.schemas import AudioInteractionMetadata, InteractionMetadata, TextInteractionCreate
from audit_service.jobs import service as jobs
from audit_service.storage.crypto import encrypt_bytes
from audit_service.tenants.service import agent_id_for, brand_id_for, get_brand

# Built once: passing values as parameters skips building and cache-keying a new statement per request.
_INSERT_INTERACTION = insert(Interaction)


@dataclass
class IngestResult:
    id: str
    external_id: str
    status: str
    created: bool
    job_id: str | None


def _existing(session: Session, principal: Principal, external_id: str, digest: str) -> IngestResult | None:
    # One query by (tenant, external id): the unique key. Tenant-scoped explicitly; the brand binding is
    # checked below so that an id used under a brand the key cannot see is a conflict that reveals nothing.
    row = session.exec(select(Interaction.id, Interaction.brand_id, Interaction.payload_hash, Interaction.status)
                       .where(Interaction.tenant_id == principal.tenant_id,
                              Interaction.external_id == external_id)).first()
    if row is None:
        return None
    iid, brand_id, payload_hash, status = row
    if principal.brand_id is not None and brand_id != principal.brand_id:
        raise Conflict(f"external_id {external_id!r} is already used", code="external_id_conflict")
    if payload_hash != digest:
        raise Conflict(f"external_id {external_id!r} was already ingested with a different payload",
                       code="external_id_conflict")
    return IngestResult(iid, external_id, status, created=False, job_id=None)


def _resolve_brand(session: Session, principal: Principal, slug: str) -> str:
    brand_id = brand_id_for(session, tenant_id=principal.tenant_id, slug=slug)
    if principal.brand_id is not None and brand_id != principal.brand_id:
        raise Forbidden(f"this API key is bound to another brand than {slug!r}", code="brand_not_allowed")
    return brand_id


def _accept(session: Session, settings: Settings, principal: Principal, meta: InteractionMetadata, *,
            interaction_id: str, kind: str, channel: str, digest: str, extra_meta: dict[str, Any],
            duration_s: float | None, payload: bytes) -> IngestResult:
    """Insert the interaction and its job, or return the one already stored under the same external id.

    Optimistic: the unique key (tenant, external id) decides, so a new interaction (the common case) costs no
    lookup first. A violation rolls back and looks up what is stored: the same payload is that interaction,
    a different one is a 409. A second violation with nothing stored was another unique key racing (a new
    agent reference posted twice at once): one retry sees the other request's committed row.
    """
    for attempt in (1, 2):
        try:
            return _insert(session, settings, principal, meta, interaction_id=interaction_id, kind=kind,
                           channel=channel, digest=digest, extra_meta=extra_meta, duration_s=duration_s,
                           payload=payload)
        except IntegrityError as exc:
            session.rollback()
            found = _existing(session, principal, meta.external_id, digest)
            if found is not None:
                return found
            if attempt == 2:
                raise Conflict(f"external_id {meta.external_id!r} is being ingested concurrently; retry",
                               code="external_id_conflict") from exc
    raise AssertionError("unreachable")


def _insert(session: Session, settings: Settings, principal: Principal, meta: InteractionMetadata, *,
            interaction_id: str, kind: str, channel: str, digest: str, extra_meta: dict[str, Any],
            duration_s: float | None, payload: bytes) -> IngestResult:
    # Core inserts in the caller's transaction: the ingest hot path.
    brand_id = _resolve_brand(session, principal, meta.brand)
    agent_id = agent_id_for(session, tenant_id=principal.tenant_id, external_ref=meta.agent_ref) \
        if meta.agent_ref else None
    now = utcnow()
    stored_meta = {
        "recorded": meta.recorded,
        "language": meta.language,
        "contact_history": [c.model_dump(mode="json") for c in meta.contact_history],
        "account_flags": meta.account_flags.model_dump(mode="json"),
        **extra_meta,
    }
    status = InteractionStatus.queued.value
    session.execute(_INSERT_INTERACTION, dict(
        id=interaction_id, tenant_id=principal.tenant_id, brand_id=brand_id, agent_id=agent_id,
        external_id=meta.external_id, payload_hash=digest, kind=kind, channel=channel,
        direction=meta.direction.value, account_ref=meta.account_ref, customer_timezones=meta.customer_timezones,
        started_at=meta.started_at.astimezone(UTC), duration_s=duration_s, meta=stored_meta, status=status,
        violation_count=0, metrics={}, scorecard={}, created_at=now, updated_at=now))
    job_id = jobs.enqueue(session, tenant_id=principal.tenant_id, interaction_id=interaction_id,
                          payload=encrypt_bytes(payload, settings.master_key()),
                          max_attempts=settings.job_max_attempts, lane="voice" if kind == "audio" else "text")
    return IngestResult(interaction_id, meta.external_id, status, created=True, job_id=job_id)


def ingest_text(session: Session, *, principal: Principal, settings: Settings,
                payload: TextInteractionCreate) -> IngestResult:
    """Accept a text interaction: store metadata, queue its (encrypted) turns for analysis."""
    if len(payload.turns) > settings.max_turns:
        raise BadRequest(f"{len(payload.turns)} turns; the limit is {settings.max_turns}", code="too_many_turns")
    total = sum(len(t.text) for t in payload.turns)
    if total > settings.max_text_chars:
        raise BadRequest(f"{total} characters of text; the limit is {settings.max_text_chars}", code="text_too_long")
    body = payload.model_dump(mode="json")
    digest = payload_digest(settings.master_key(), {"tenant": principal.tenant_id, **body})
    turns = json.dumps({"turns": body["turns"]}).encode()
    return _accept(session, settings, principal, payload, interaction_id=new_id(), kind="text",
                   channel=payload.channel.value, digest=digest, extra_meta={}, duration_s=payload.duration_s,
                   payload=turns)


def ingest_audio(session: Session, *, principal: Principal, settings: Settings, meta: AudioInteractionMetadata,
                 interaction_id: str, audio_sha256: str, duration_s: float, audio_format: str) -> IngestResult:
    """Accept an uploaded recording already spooled (encrypted) under `interaction_id`."""
    digest = payload_digest(settings.master_key(), {"tenant": principal.tenant_id,
                                                    **meta.model_dump(mode="json"), "audio": audio_sha256})
    found = _existing(session, principal, meta.external_id, digest)
    if found is not None:
        return found
    extra = {"channel_roles": {k: v.value for k, v in meta.channel_roles.items()},
             "expected_speakers": meta.expected_speakers, "audio_format": audio_format}
    return _accept(session, settings, principal, meta, interaction_id=interaction_id, kind="audio", channel="voice",
                   digest=digest, extra_meta=extra, payload=json.dumps({"spool": f"{interaction_id}.enc"}).encode(),
                   duration_s=meta.duration_s if meta.duration_s is not None else round(duration_s, 3))


def get_interaction(session: Session, *, principal: Principal, interaction_id: str) -> Interaction:
    """One interaction of the caller's tenant (and brand), or NotFound."""
    found = session.exec(scoped(select(Interaction), Interaction, principal).where(Interaction.id == interaction_id)
                         ).first()
    if found is None:
        raise NotFound(f"no interaction {interaction_id!r}", code="interaction_not_found")
    return found


@dataclass
class ListFilters:
    brand: str | None = None
    agent: str | None = None
    channel: str | None = None
    status: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    category: str | None = None
    severity: str | None = None
    min_score: float | None = None
    max_score: float | None = None
    account: str | None = None


def encode_cursor(row: Interaction) -> str:
    """Opaque cursor: the sort key of the last row returned."""
    raw = f"{row.created_at.isoformat()}|{row.id}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _decode_cursor(cursor: str) -> tuple[datetime, str]:
    try:
        created, _, iid = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        return datetime.fromisoformat(created), iid
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest("invalid cursor", code="invalid_cursor") from exc


def list_interactions(session: Session, *, principal: Principal, filters: ListFilters, cursor: str | None,
                      limit: int) -> tuple[list[Interaction], str | None]:
    """A page of interactions, newest first, with the cursor of the next page."""
    from audit_service.tenants.models import Agent

    q = scoped(select(Interaction), Interaction, principal)
    if filters.brand:
        brand = get_brand(session, tenant_id=principal.tenant_id, slug=filters.brand)
        q = q.where(Interaction.brand_id == brand.id)
    if filters.agent:
        q = q.where(col(Interaction.agent_id).in_(
            select(Agent.id).where(Agent.tenant_id == principal.tenant_id, Agent.external_ref == filters.agent)))
    for field, value in (("channel", filters.channel), ("status", filters.status), ("account_ref", filters.account)):
        if value:
            q = q.where(getattr(Interaction, field) == value)
    if filters.since:
        q = q.where(col(Interaction.started_at) >= filters.since)
    if filters.until:
        q = q.where(col(Interaction.started_at) < filters.until)
    if filters.min_score is not None:
        q = q.where(col(Interaction.score) >= filters.min_score)
    if filters.max_score is not None:
        q = q.where(col(Interaction.score) <= filters.max_score)
    if filters.category or filters.severity:
        sub = select(Finding.id).where(Finding.interaction_id == Interaction.id, Finding.status == "violated")
        if filters.category:
            sub = sub.where(col(Finding.category).startswith(filters.category))
        if filters.severity:
            sub = sub.where(Finding.severity == filters.severity)
        q = q.where(exists(sub))
    if cursor:
        created, iid = _decode_cursor(cursor)
        q = q.where((col(Interaction.created_at) < created) |
                    ((col(Interaction.created_at) == created) & (col(Interaction.id) < iid)))
    rows = list(session.exec(q.order_by(col(Interaction.created_at).desc(), col(Interaction.id).desc())
                             .limit(limit + 1)).all())
    nxt = encode_cursor(rows[limit - 1]) if len(rows) > limit else None
    return rows[:limit], nxt
