"""Job runners behind one small interface: `submit(job_id)` after commit, `start()`, `stop()`.

The embedded runner runs worker threads in the service process and polls the database, so queued
work survives restarts and a lost wake-up costs at most one poll interval. The Celery runner hands
ids to a broker; Celery workers run the very same `process_job`.
"""

from __future__ import annotations

import os
import socket
import threading
from typing import Protocol

from sqlmodel import Session

from audit_service.analysis.pipelines import PipelineSet
from audit_service.analysis.process import process_job
from audit_service.core.db import get_engine
from audit_service.core.logging import get_logger
from audit_service.core.settings import Settings
from audit_service.jobs import service as jobs

log = get_logger("runner")
POLL_S = 2.0


class JobRunner(Protocol):
    def submit(self, job_id: str) -> None: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...


class NoRunner:
    """Accepts jobs and leaves them queued (an API-only process; workers run elsewhere)."""

    def submit(self, job_id: str) -> None:
        return None

    def start(self) -> None:
        return None

    def stop(self) -> None:
        return None


class EmbeddedRunner:
    """Worker threads inside this process; the database is the queue.

    `workers` threads serve both lanes (text first); one more thread serves only the text lane, so a message
    posted while calls are being transcribed is analysed in seconds, not after the calls.
    """

    def __init__(self, settings: Settings, pipelines: PipelineSet, workers: int) -> None:
        self.settings = settings
        self.pipelines = pipelines
        self.workers = workers
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def submit(self, job_id: str) -> None:
        self._wake.set()

    def start(self) -> None:
        with Session(get_engine(self.settings.db_url)) as session:
            n = jobs.requeue_orphans(session)
            session.commit()
        if n:
            log.info("runner.resumed", jobs=n)
        lanes: list[tuple[str, ...] | None] = [None] * self.workers + [("text",)]
        for i, lane in enumerate(lanes):
            t = threading.Thread(target=self._loop, args=(lane,), name=f"fairline-worker-{i}", daemon=True)
            t.start()
            self._threads.append(t)

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        for t in self._threads:
            t.join(timeout=30)
        self._threads.clear()

    def _loop(self, lanes: tuple[str, ...] | None) -> None:
        name = f"{socket.gethostname()}:{os.getpid()}:{threading.current_thread().name}"
        while not self._stop.is_set():
            try:
                if process_job(self.settings, self.pipelines, job_id=None, worker=name, lanes=lanes):
                    continue
                with Session(get_engine(self.settings.db_url)) as session:
                    due = jobs.next_due_in(session, lanes)
            except Exception:  # noqa: BLE001  (a database hiccup must not kill the worker thread)
                log.exception("runner.error")
                due = POLL_S
            self._wake.wait(timeout=min(POLL_S, due) if due is not None else POLL_S)
            self._wake.clear()


def make_runner(settings: Settings, pipelines: PipelineSet) -> JobRunner:
    """The runner the settings ask for."""
    if settings.queue_backend == "embedded" and settings.embedded_workers > 0:
        return EmbeddedRunner(settings, pipelines, settings.embedded_workers)
    if settings.queue_backend == "celery":
        from audit_service.jobs.celery_app import CeleryRunner

        return CeleryRunner(settings)
    return NoRunner()
