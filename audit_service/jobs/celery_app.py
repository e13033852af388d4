"""Celery for scale-out: the API enqueues job ids on Redis; `celery -A audit_service.jobs.celery_app worker`
processes them with the same `process_job`. The database stays the source of truth: a lost message is
picked up by any worker's periodic sweep of due jobs."""

from __future__ import annotations

from functools import lru_cache

from celery import Celery
from celery.signals import worker_process_init

from audit_service.core.settings import Settings, get_settings

app = Celery("fairline")
app.conf.update(
    broker_url=get_settings().redis_url,
    task_acks_late=True,  # a killed worker's task is redelivered; process_job is idempotent
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_serializer="json",
    accept_content=["json"],
    beat_schedule={"sweep": {"task": "fairline.sweep", "schedule": 30.0}},
)


@lru_cache(maxsize=1)
def _pipelines():  # type: ignore[no-untyped-def]
    from audit_service.analysis.pipelines import PipelineSet

    return PipelineSet(get_settings())


@worker_process_init.connect
def _init_worker(**_: object) -> None:
    import os

    import torch

    # Prefork runs one process per core by default: one thread each unless FAIRLINE_WORKER_THREADS says
    # otherwise (e.g. --concurrency 1 with 2 threads: each call finishes sooner, whisper beside pyannote).
    threads = get_settings().worker_threads or 1
    os.environ["FAIRLINE_WORKER_THREADS"] = str(threads)
    torch.set_num_threads(threads)
    _pipelines()  # fail at start-up, not on the first call


@app.task(name="fairline.analyse")
def analyse(job_id: str) -> bool:
    """Run one job by id."""
    from audit_service.analysis.process import process_job

    return process_job(get_settings(), _pipelines(), job_id=job_id, worker="celery")


@app.task(name="fairline.sweep")
def sweep() -> int:
    """Run every due job (retries after backoff, jobs whose message was lost)."""
    from audit_service.analysis.process import process_job

    n = 0
    while process_job(get_settings(), _pipelines(), job_id=None, worker="celery-sweep"):
        n += 1
    return n


class CeleryRunner:
    """Submits job ids to the broker."""

    def __init__(self, settings: Settings) -> None:
        app.conf.broker_url = settings.redis_url

    def submit(self, job_id: str) -> None:
        analyse.delay(job_id)

    def start(self) -> None:
        return None

    def stop(self) -> None:
        return None
