"""Job state in the database: enqueue, claim, finish, retry with backoff, recover after a crash.

Claiming is a conditional UPDATE (status still 'queued' and unchanged since read), so two workers,
threads or Celery processes never run the same job at once, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, insert, or_, update
from sqlmodel import Session, col, select

from audit_service.core.base import new_id, utcnow
from audit_service.jobs.models import Job, JobStatus

_INSERT_JOB = insert(Job)


def enqueue(session: Session, *, tenant_id: str, interaction_id: str, payload: bytes, max_attempts: int,
            lane: str) -> str:
    """Insert the job for an interaction (committed with the interaction by the caller); returns its id."""
    job_id, now = new_id(), utcnow()
    # A Core insert: this runs on every ingest request, where an ORM object and flush cost more than the rest.
    session.execute(_INSERT_JOB, dict(
        id=job_id, tenant_id=tenant_id, interaction_id=interaction_id, status=JobStatus.queued.value, lane=lane,
        attempts=0, max_attempts=max_attempts, run_after=now, payload=payload, created_at=now, updated_at=now))
    return job_id


def claim(session: Session, *, job_id: str | None, worker: str, lease_s: float,
          lanes: tuple[str, ...] | None = None) -> Job | None:
    """Atomically take a runnable job (the given one, or the oldest due in the given lanes, text first)."""
    now = utcnow()
    stale = now - timedelta(seconds=lease_s)
    runnable = or_(
        and_(col(Job.status) == JobStatus.queued.value, col(Job.run_after) <= now),
        # A running job whose lease expired belonged to a worker that died: take it over.
        and_(col(Job.status) == JobStatus.running.value, col(Job.locked_at) < stale),
    )
    query = select(Job.id).where(runnable)
    if job_id is not None:
        query = query.where(Job.id == job_id)
    if lanes is not None:
        query = query.where(col(Job.lane).in_(lanes))
    # "text" sorts before "voice": quick jobs first when one worker serves both lanes.
    candidates = session.exec(query.order_by(col(Job.lane), col(Job.run_after)).limit(5)).all()
    for cid in candidates:
        result = session.execute(
            update(Job)
            .where(and_(col(Job.id) == cid, runnable))
            .values(status=JobStatus.running.value, locked_by=worker, locked_at=now, attempts=Job.attempts + 1,
                    updated_at=now)
        )
        session.commit()
        if result.rowcount == 1:  # type: ignore[attr-defined]
            return session.get(Job, cid, populate_existing=True)
    return None


def finish(session: Session, job: Job) -> None:
    """Mark done and drop the encrypted input: nothing raw is kept after analysis."""
    job.status = JobStatus.done.value
    job.payload = None
    job.finished_at = job.updated_at = utcnow()
    job.locked_by = None
    job.last_error = None
    session.add(job)


def fail(session: Session, job: Job, *, error: str, retry: bool, backoff_s: float) -> bool:
    """Record a failure; schedules a retry with exponential backoff when allowed. Returns True if retried."""
    job.last_error = error[:500]
    job.locked_by = None
    job.updated_at = utcnow()
    if retry and job.attempts < job.max_attempts:
        job.status = JobStatus.queued.value
        job.run_after = utcnow() + timedelta(seconds=backoff_s * (2 ** (job.attempts - 1)))
        session.add(job)
        return True
    job.status = JobStatus.failed.value
    job.payload = None  # a failed job keeps no raw content either
    job.finished_at = utcnow()
    session.add(job)
    return False


def requeue_orphans(session: Session) -> int:
    """At start-up of the embedded runner: jobs left 'running' by a dead process go back to the queue."""
    result = session.execute(
        update(Job).where(col(Job.status) == JobStatus.running.value)
        .values(status=JobStatus.queued.value, locked_by=None, run_after=datetime.now(UTC))
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def next_due_in(session: Session, lanes: tuple[str, ...] | None = None) -> float | None:
    """Seconds until the next queued job is due (0 if one is due now); None when the queue is empty."""
    query = select(Job.run_after).where(Job.status == JobStatus.queued.value)
    if lanes is not None:
        query = query.where(col(Job.lane).in_(lanes))
    row = session.exec(query.order_by(col(Job.run_after)).limit(1)).first()
    if row is None:
        return None
    due = row if row.tzinfo else row.replace(tzinfo=UTC)
    return max(0.0, (due - utcnow()).total_seconds())
