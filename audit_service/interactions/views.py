"""HTTP views for interactions: thin; validation in schemas, logic in the service, commit here."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import FileResponse, JSONResponse
from pydantic import ValidationError
from sqlmodel import Session, col, select
from starlette.concurrency import run_in_threadpool

from analyzers.errors import InputError
from audit_service.auth.models import Scope
from audit_service.core.base import new_id
from audit_service.core.db import get_engine, write_lock
from audit_service.core.deps import BearerToken, IngestPrincipal, ReadPrincipal, SessionDep, SettingsDep, authorize
from audit_service.core.errors import NotFound, Unprocessable
from audit_service.core.metrics import INGESTED
from audit_service.core.settings import Settings
from audit_service.interactions import models as m
from audit_service.interactions import service
from audit_service.interactions.schemas import (
    AudioInteractionMetadata,
    IngestAccepted,
    InteractionDetail,
    InteractionPage,
    InteractionSummary,
    TextInteractionCreate,
)
from audit_service.interactions.upload import receive_upload
from audit_service.storage.crypto import EncryptedReader
from audit_service.storage.files import remove_spool, spool_path
from audit_service.tenants.models import Agent, Brand

router = APIRouter(prefix="/v1/interactions", tags=["interactions"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Bad input (code names the problem)"},
    401: {"description": "Missing, unknown, revoked or expired API key"},
    403: {"description": "Key lacks the scope or is bound to another brand"},
    409: {"description": "external_id already used with a different payload"},
    422: {"description": "Validation error"},
}


def _accepted(request: Request, result: service.IngestResult) -> JSONResponse:
    body = IngestAccepted(id=result.id, external_id=result.external_id, status=result.status, created=result.created,
                          status_url=f"{request.app.state.settings.base_url}/v1/interactions/{result.id}")
    # 202 for new work; 200 when the same payload was already accepted (nothing new was queued).
    return JSONResponse(body.model_dump(), status_code=202 if result.created else 200,
                        headers={"Location": f"/v1/interactions/{result.id}"})


@router.post("/text", status_code=202, response_model=IngestAccepted, responses=_ERRORS,
             summary="Post a text interaction (SMS, email, WhatsApp, chat, or a transcribed call)")
async def post_text(request: Request, payload: TextInteractionCreate, settings: SettingsDep,
                    token: BearerToken) -> JSONResponse:
    # The hottest endpoint: authentication, ingest and commit run in ONE worker-thread hop (a sync
    # dependency plus a sync view would be two, and the hops cost more than the queries).
    result = await run_in_threadpool(_ingest_text, settings, token, payload)
    INGESTED.labels(kind="text", created=str(result.created).lower()).inc()
    if result.job_id:
        request.app.state.runner.submit(result.job_id)
    return _accepted(request, result)


def _ingest_text(settings: Settings, token: str, payload: TextInteractionCreate) -> service.IngestResult:
    with Session(get_engine(settings.db_url), expire_on_commit=False) as session:
        principal = authorize(session, token, Scope.ingest)  # reads: outside the writers' lock
        with write_lock(session, settings.db_url):
            result = service.ingest_text(session, principal=principal, settings=settings, payload=payload)
            session.commit()
    return result


@router.post("/audio", status_code=202, response_model=IngestAccepted, responses={
    **_ERRORS, 413: {"description": "Upload or duration over the limit"},
    415: {"description": "Not multipart, or the file is not a supported recording"}},
    summary="Post a call recording (multipart: 'metadata' JSON part and 'audio' file part)",
    openapi_extra={"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
        "type": "object", "required": ["metadata", "audio"], "properties": {
            "metadata": {"type": "string", "description": "JSON of AudioInteractionMetadata",
                         "example": json.dumps(AudioInteractionMetadata.model_config.get(
                             "json_schema_extra", {}).get("examples", [{}])[0])},  # type: ignore[union-attr]
            "audio": {"type": "string", "format": "binary",
                      "description": "WAV, FLAC, MP3, OGG/Opus or M4A/AAC; mono or stereo"}}}}}}})
async def post_audio(request: Request, session: SessionDep, settings: SettingsDep,
                     principal: IngestPrincipal) -> JSONResponse:
    interaction_id = new_id()
    path = spool_path(settings, interaction_id)
    up = await receive_upload(request, path=path, key=settings.master_key(), max_bytes=settings.max_upload_bytes)
    try:
        try:
            meta = AudioInteractionMetadata.model_validate_json(up.metadata)
        except ValidationError as exc:
            raise Unprocessable("invalid metadata", code="invalid_metadata",
                                details={"errors": _clean_errors(exc)}) from exc
        duration = _probe(path, settings, up.declared)
        result = service.ingest_audio(session, principal=principal, settings=settings, meta=meta,
                                      interaction_id=interaction_id, audio_sha256=up.sha256, duration_s=duration,
                                      audio_format=up.audio_format)
        session.commit()
    except Exception:
        remove_spool(path)
        raise
    if not result.created:
        remove_spool(path)  # same recording already accepted: keep only the first copy
    INGESTED.labels(kind="audio", created=str(result.created).lower()).inc()
    if result.job_id:
        request.app.state.runner.submit(result.job_id)
    return _accepted(request, result)


def _probe(path: Any, settings: Any, declared: str) -> float:
    """Check the decoded stream (not the name) and the duration limit; returns the duration in seconds."""
    from analyzers.speech.decode import probe_audio

    reader = EncryptedReader(path, settings.master_key())
    try:
        probe = probe_audio(reader, declared=declared or None)
    except InputError as exc:
        raise Unprocessable(str(exc), code=exc.code) from exc
    finally:
        reader.close()
    if probe.duration_s > settings.max_audio_duration_s:
        raise Unprocessable(f"the recording lasts {probe.duration_s:.0f} s; the limit is "
                            f"{settings.max_audio_duration_s:.0f} s", code="audio_too_long")
    return float(probe.duration_s)


def _clean_errors(exc: ValidationError) -> list[dict[str, Any]]:
    # Never echo the submitted values back: they may hold PII.
    return [{"loc": list(e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]


def _summary(i: m.Interaction, brands: dict[str, str], agents: dict[str, str]) -> InteractionSummary:
    return InteractionSummary(
        id=i.id, external_id=i.external_id, kind=i.kind, channel=i.channel, direction=i.direction,
        brand=brands.get(i.brand_id, ""), agent_ref=agents.get(i.agent_id or ""), account_ref=i.account_ref,
        status=i.status, started_at=i.started_at, duration_s=i.duration_s, score=i.score,
        critical_fail=i.critical_fail, violation_count=i.violation_count, created_at=i.created_at,
        error_code=i.error_code)


def _names(session: Any, rows: list[m.Interaction]) -> tuple[dict[str, str], dict[str, str]]:
    brand_ids = {r.brand_id for r in rows}
    agent_ids = {r.agent_id for r in rows if r.agent_id}
    brands = {b.id: b.slug for b in session.exec(select(Brand).where(col(Brand.id).in_(brand_ids)))} if rows else {}
    agents = {a.id: a.external_ref for a in session.exec(select(Agent).where(col(Agent.id).in_(agent_ids)))} \
        if agent_ids else {}
    return brands, agents


@router.get("", response_model=InteractionPage, summary="List interactions with filters, newest first")
def list_interactions(
    session: SessionDep, principal: ReadPrincipal,
    brand: str | None = None, agent: str | None = None, channel: str | None = None, status: str | None = None,
    account: str | None = None,
    since: Annotated[datetime | None, Query(description="started_at >= since")] = None,
    until: Annotated[datetime | None, Query(description="started_at < until")] = None,
    category: Annotated[str | None, Query(description="taxonomy id or prefix of a violated finding")] = None,
    severity: str | None = None,
    min_score: Annotated[float | None, Query(ge=0, le=100)] = None,
    max_score: Annotated[float | None, Query(ge=0, le=100)] = None,
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> InteractionPage:
    filters = service.ListFilters(brand=brand, agent=agent, channel=channel, status=status, since=since, until=until,
                                  category=category, severity=severity, min_score=min_score, max_score=max_score,
                                  account=account)
    rows, nxt = service.list_interactions(session, principal=principal, filters=filters, cursor=cursor, limit=limit)
    brands, agents = _names(session, rows)
    return InteractionPage(items=[_summary(r, brands, agents) for r in rows], next_cursor=nxt)


@router.get("/{interaction_id}", response_model=InteractionDetail,
            summary="One interaction: status, redacted transcript, findings with evidence, scores")
def get_interaction(interaction_id: str, session: SessionDep, principal: ReadPrincipal) -> InteractionDetail:
    i = service.get_interaction(session, principal=principal, interaction_id=interaction_id)
    brands, agents = _names(session, [i])

    def rows(model: Any, order: Any) -> list[Any]:
        return list(session.exec(select(model).where(model.interaction_id == i.id).order_by(order)))

    s = _summary(i, brands, agents)
    return InteractionDetail(
        **s.model_dump(), error_message=i.error_message, pipeline_version=i.pipeline_version,
        ruleset_hash=i.ruleset_hash, customer_timezones=i.customer_timezones, metrics=i.metrics,
        scorecard=i.scorecard, has_audio=i.audio_path is not None,
        speakers=[{"label": r.label, "role": r.role, "channel": r.channel, "role_confidence": r.role_confidence,
                   "role_source": r.role_source} for r in rows(m.Speaker, m.Speaker.label)],
        utterances=[{"index": u.idx, "speaker": u.speaker, "role": u.role, "text": u.text, "start": u.start_s,
                     "end": u.end_s, "sent_at": u.sent_at} for u in rows(m.Utterance, m.Utterance.idx)],
        redactions=[{"utterance": r.utterance_idx, "char_start": r.char_start, "char_end": r.char_end,
                     "entity_type": r.entity_type, "recognizer": r.recognizer, "score": r.score, "start": r.start_s,
                     "end": r.end_s, "source": r.source}
                    for r in rows(m.RedactionSpan, m.RedactionSpan.utterance_idx)],
        findings=[f.model_dump() for f in rows(m.Finding, m.Finding.category)],
        outcomes=[o.model_dump() for o in rows(m.Outcome, m.Outcome.category)],
        stage_runs=[r.model_dump() for r in rows(m.StageRun, m.StageRun.created_at)],
    )


@router.get("/{interaction_id}/audio", summary="The redacted recording (PII spans muted), as FLAC",
            response_class=Response, responses={200: {"content": {"audio/flac": {}}}})
def get_audio(interaction_id: str, session: SessionDep, settings: SettingsDep, principal: ReadPrincipal) -> Response:
    i = service.get_interaction(session, principal=principal, interaction_id=interaction_id)
    if not i.audio_path:
        raise NotFound("this interaction has no stored audio", code="audio_not_found")
    return FileResponse(settings.data_dir / i.audio_path, media_type="audio/flac",
                        filename=f"{i.external_id}.redacted.flac")
