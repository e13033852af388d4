"""The job runner: the database holds job state, so a restart resumes work; failures retry with backoff
and then record why; bad input fails at once; running a job twice leaves one result."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlmodel import select

from analyzers.pipeline import Pipeline
from audit_service.app import create_app
from audit_service.core.db import session_scope
from audit_service.jobs.models import Job
from tests.service.conftest import text_payload, wait_for


def _job(settings, interaction_id: str) -> Job:
    with session_scope(settings.db_url) as s:
        job = s.exec(select(Job).where(Job.interaction_id == interaction_id)).one()
        s.expunge(job)
        return job


def test_queued_work_survives_a_restart(settings, make_tenant):
    t = make_tenant()
    settings.queue_backend = "none"  # first process: accepts, never processes (as if it died)
    with TestClient(create_app(settings)) as c:
        iid = c.post("/v1/interactions/text", json=text_payload(), headers=t.h("ingest")).json()["id"]
    assert _job(settings, iid).status == "queued"
    settings.queue_backend = "embedded"
    with TestClient(create_app(settings)) as c:
        detail = wait_for(c, t.h("read"), iid)
    assert detail["status"] == "analysed", detail
    job = _job(settings, iid)
    assert job.status == "done" and job.payload is None  # the encrypted input is gone once analysed


def test_job_left_running_by_a_dead_worker_is_resumed(settings, make_tenant):
    t = make_tenant()
    settings.queue_backend = "none"
    with TestClient(create_app(settings)) as c:
        iid = c.post("/v1/interactions/text", json=text_payload(), headers=t.h("ingest")).json()["id"]
    with session_scope(settings.db_url) as s:
        job = s.exec(select(Job).where(Job.interaction_id == iid)).one()
        job.status, job.locked_by, job.attempts = "running", "host:123:dead", 1
        s.add(job)
    settings.queue_backend = "embedded"
    with TestClient(create_app(settings)) as c:
        assert wait_for(c, t.h("read"), iid)["status"] == "analysed"


def test_transient_failure_retries_with_backoff_then_records_why(settings, make_tenant, monkeypatch):
    t = make_tenant()
    calls = {"n": 0}

    def boom(self, doc, hook=None):
        calls["n"] += 1
        raise ConnectionError("model server went away")

    monkeypatch.setattr(Pipeline, "__call__", boom)
    settings.job_max_attempts = 3
    with TestClient(create_app(settings)) as c:
        iid = c.post("/v1/interactions/text", json=text_payload(), headers=t.h("ingest")).json()["id"]
        detail = wait_for(c, t.h("read"), iid, timeout=30)
        while detail["status"] == "queued" or calls["n"] < 3:  # retries are queued between attempts
            detail = wait_for(c, t.h("read"), iid, timeout=30)
            if detail["status"] == "failed":
                break
    assert detail["status"] == "failed"
    assert calls["n"] == 3
    job = _job(settings, iid)
    assert job.attempts == 3 and "ConnectionError" in (job.last_error or "")
    assert detail["error_code"] == "internal" and "ConnectionError" in detail["error_message"]
    assert job.payload is None


def test_bad_input_fails_at_once_without_retry(client, settings, make_tenant):
    t = make_tenant()
    body = text_payload(turns=[{"speaker": "agent", "text": "   \u200b  "}])
    iid = client.post("/v1/interactions/text", json=body, headers=t.h("ingest")).json()["id"]
    detail = wait_for(client, t.h("read"), iid)
    assert detail["status"] == "failed" and detail["error_code"] == "empty_transcript"
    assert _job(settings, iid).attempts == 1


def test_running_the_same_job_twice_keeps_one_result(client, settings, make_tenant):
    from audit_service.analysis.persist import store_document
    from audit_service.interactions.models import Interaction, Utterance

    t = make_tenant()
    iid = client.post("/v1/interactions/text", json=text_payload(), headers=t.h("ingest")).json()["id"]
    first = wait_for(client, t.h("read"), iid)
    assert first["status"] == "analysed"
    # Re-store the same analysis (as a redelivered job would): results are replaced, not duplicated.
    from analyzers.document import Document, InteractionMeta
    from analyzers.document import Utterance as DocUtt

    doc = Document(meta=InteractionMeta(), redacted=True,
                   utterances=[DocUtt(index=i, speaker=u["speaker"], text=u["text"]) for i, u in
                               enumerate(first["utterances"])])
    with session_scope(settings.db_url) as s:
        store_document(s, s.get(Interaction, iid), doc, attempt=2, pipeline_version="x")
    with session_scope(settings.db_url) as s:
        n = len(s.exec(select(Utterance).where(Utterance.interaction_id == iid)).all())
    assert n == len(first["utterances"])
