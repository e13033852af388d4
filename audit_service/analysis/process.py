"""The task every runner executes: analyse one interaction by job id. Safe to run twice."""

from __future__ import annotations

import json
import os
from typing import Any

from sqlmodel import Session

from analyzers.document import AudioInput, Document
from analyzers.errors import AnalysisError, InputError
from audit_service.analysis.documents import build_document
from audit_service.analysis.persist import store_document
from audit_service.analysis.pipelines import PipelineSet
from audit_service.core.base import utcnow
from audit_service.core.db import get_engine, write_lock
from audit_service.core.logging import get_logger
from audit_service.core.metrics import JOB_DURATION, JOBS_FINISHED
from audit_service.core.settings import Settings
from audit_service.interactions.models import Interaction, InteractionStatus
from audit_service.jobs import service as jobs
from audit_service.jobs.models import Job
from audit_service.storage.crypto import DecryptionError, EncryptedReader, decrypt_bytes
from audit_service.storage.files import remove_spool, spool_path, write_redacted_audio
from audit_service.tenants.models import Agent, Brand, Tenant

log = get_logger("worker")


def process_job(settings: Settings, pipelines: PipelineSet, *, job_id: str | None, worker: str,
                lanes: tuple[str, ...] | None = None) -> bool:
    """Claim and run one job (a given one, or the next due). Returns False when there was nothing to run."""
    engine = get_engine(settings.db_url)
    with Session(engine, expire_on_commit=False) as session:
        # Not under the writers' lock: a claim is several short transactions, and the lock is for one.
        job = jobs.claim(session, job_id=job_id, worker=worker, lease_s=settings.job_lease_s, lanes=lanes)
        if job is None:
            return False
        interaction = session.get(Interaction, job.interaction_id)
        assert interaction is not None  # FK guarantees it
        interaction.status = InteractionStatus.processing.value
        interaction.updated_at = utcnow()
        session.add(interaction)
        with write_lock(session, settings.db_url):
            session.commit()
        log.info("job.started", job_id=job.id, interaction_id=interaction.id, attempt=job.attempts)
        t0 = utcnow()
        try:
            doc, pipeline_version = _analyse(settings, pipelines, session, job, interaction)
            with write_lock(session, settings.db_url):
                store_document(session, interaction, doc, attempt=job.attempts, pipeline_version=pipeline_version)
                jobs.finish(session, job)
                session.commit()
            remove_spool(spool_path(settings, interaction.id))
            JOBS_FINISHED.labels(outcome=interaction.status).inc()
            log.info("job.done", job_id=job.id, interaction_id=interaction.id, status=interaction.status,
                     findings=len(doc.findings))
        except (InputError, DecryptionError) as exc:
            # The input itself is unusable: retrying cannot help.
            session.rollback()
            _record_failure(session, settings, job, interaction, exc, retry=False)
        except Exception as exc:  # noqa: BLE001  (any other failure is retried with backoff)
            session.rollback()
            _record_failure(session, settings, job, interaction, exc, retry=True)
        finally:
            JOB_DURATION.observe((utcnow() - t0).total_seconds())
        return True


def _analyse(settings: Settings, pipelines: PipelineSet, session: Session, job: Job,
             interaction: Interaction) -> tuple[Document, str]:
    tenant = session.get(Tenant, interaction.tenant_id)
    brand = session.get(Brand, interaction.brand_id)
    assert tenant is not None and brand is not None
    agent = session.get(Agent, interaction.agent_id) if interaction.agent_id else None
    doc = build_document(interaction, tenant, brand, agent.external_ref if agent else None)
    if job.payload is None:
        raise InputError("the job's input is gone (it was already processed or failed)", code="input_missing")
    payload: dict[str, Any] = json.loads(decrypt_bytes(job.payload, settings.master_key()))
    kind = "voice" if interaction.kind == "audio" else "text"
    pipeline = pipelines.for_tenant(kind, tenant)
    if kind == "text":
        doc.raw_turns = payload["turns"]
    else:
        doc.audio = _decode_spooled(settings, payload)
    doc = pipeline(doc)
    if doc.redacted_audio is not None:
        stored = write_redacted_audio(settings, interaction, doc.redacted_audio)
        interaction.audio_path, interaction.audio_format = stored
    doc.audio = doc.redacted_audio = None  # raw audio leaves memory as soon as the pipeline is done
    return doc, pipeline.fingerprint


def _decode_spooled(settings: Settings, payload: dict[str, Any]) -> AudioInput:
    from analyzers.speech.decode import decode_audio

    reader = EncryptedReader(settings.spool_dir / payload["spool"], settings.master_key())
    try:
        return decode_audio(reader)
    finally:
        reader.close()


def _record_failure(session: Session, settings: Settings, job: Job, interaction: Interaction, exc: Exception,
                    *, retry: bool) -> None:
    code = getattr(exc, "code", None) or ("decryption_failed" if isinstance(exc, DecryptionError) else "internal")
    # Messages from analysis errors are written by us and carry no content; others are reduced to their type.
    message = str(exc) if isinstance(exc, AnalysisError | DecryptionError) else f"{type(exc).__name__} during analysis"
    retried = jobs.fail(session, job, error=f"{code}: {message}", retry=retry, backoff_s=settings.job_backoff_s)
    interaction.status = (InteractionStatus.queued if retried else InteractionStatus.failed).value
    interaction.error_code = code
    interaction.error_message = message[:500]
    interaction.updated_at = utcnow()
    session.add(interaction)
    with write_lock(session, settings.db_url):
        session.commit()
    if not retried:
        remove_spool(spool_path(settings, interaction.id))
        JOBS_FINISHED.labels(outcome="failed").inc()
    log.warning("job.failed", job_id=job.id, interaction_id=interaction.id, code=code, retried=retried,
                attempt=job.attempts, error_type=type(exc).__name__, pid=os.getpid())
