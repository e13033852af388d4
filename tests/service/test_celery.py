"""Scale-out: the API hands job ids to a real Redis broker and a separate Celery worker process runs the
same task function against the same database."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from audit_service.app import create_app
from tests.service.conftest import text_payload, wait_for

REDIS_URL = os.environ.get("FAIRLINE_TEST_REDIS_URL")


@pytest.mark.redis
def test_celery_worker_analyses_what_the_api_accepts(settings, make_tenant, tmp_path):
    if not REDIS_URL:
        pytest.skip("FAIRLINE_TEST_REDIS_URL not set (.ci/run starts Redis and sets it)")
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    t = make_tenant()
    env = {**os.environ, "FAIRLINE_DATABASE_URL": settings.db_url, "FAIRLINE_DATA_DIR": str(settings.data_dir),
           "FAIRLINE_SECRET_KEY": "test-secret", "FAIRLINE_CHECK_SPEECH_MODELS": "false",
           "FAIRLINE_REDIS_URL": REDIS_URL, "FAIRLINE_QUEUE_BACKEND": "celery"}
    log = (tmp_path / "worker.log").open("w")
    worker = subprocess.Popen([sys.executable, "-m", "celery", "-A", "audit_service.jobs.celery_app", "worker",
                               "--pool", "solo", "--loglevel", "WARNING"], env=env, stdout=log,
                              stderr=subprocess.STDOUT)
    try:
        settings.queue_backend = "celery"
        settings.redis_url = REDIS_URL
        with TestClient(create_app(settings)) as c:
            ids = [c.post("/v1/interactions/text", json=text_payload(f"cel-{i}"), headers=t.h("ingest")).json()["id"]
                   for i in range(3)]
            details = [wait_for(c, t.h("read"), iid, timeout=240) for iid in ids]
        assert [d["status"] for d in details] == ["analysed"] * 3, (tmp_path / "worker.log").read_text()[-3000:]
        assert all(d["stage_runs"] for d in details)
    finally:
        worker.terminate()
        worker.wait(timeout=60)
