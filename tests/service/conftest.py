"""A real service on a real database per test: SQLite in a temp dir by default, PostgreSQL when the
test is parametrised with the server .ci/run starts (FAIRLINE_TEST_POSTGRES_URL)."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from analyzers.document import TenantRole
from audit_service.app import create_app
from audit_service.auth.models import Scope
from audit_service.auth.service import create_key
from audit_service.core.db import dispose_engine, session_scope
from audit_service.core.migrate import upgrade
from audit_service.core.settings import Settings
from audit_service.tenants.service import create_brand, create_tenant

POSTGRES_URL = os.environ.get("FAIRLINE_TEST_POSTGRES_URL")


def _fresh_postgres_db() -> str:
    """A new empty database on the test server, so tests never see each other's rows."""
    assert POSTGRES_URL
    name = f"fl_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return POSTGRES_URL.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'fairline.db'}"
        yield url
        dispose_engine(url)
        return
    if not POSTGRES_URL:
        pytest.skip("FAIRLINE_TEST_POSTGRES_URL not set (.ci/run starts PostgreSQL and sets it)")
    url = _fresh_postgres_db()
    yield url
    dispose_engine(url)  # give the server its connections back, then drop the test database
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url, secret_key="test-secret",
                    check_speech_models=False, job_backoff_s=0.05, log_json=True)


@dataclass
class TenantKeys:
    tenant_id: str
    slug: str
    keys: dict[str, str]

    def h(self, which: str = "all") -> dict[str, str]:
        return {"Authorization": f"Bearer {self.keys[which]}"}


@pytest.fixture
def make_tenant(settings: Settings) -> Callable[..., TenantKeys]:
    upgrade(settings.db_url)

    def make(slug: str = "lumen", role: TenantRole = TenantRole.creditor, jurisdictions: list[str] | None = None,
             brands: tuple[str, ...] = ("lumen",)) -> TenantKeys:
        keys: dict[str, str] = {}
        with session_scope(settings.db_url) as s:
            t = create_tenant(s, slug=slug, name=slug.title(), role=role, jurisdictions=jurisdictions or ["US"])
            brand_ids = {b: create_brand(s, tenant_id=t.id, slug=b, name=f"{b.title()} Streaming").id for b in brands}
            for name, scopes in {"all": [Scope.ingest, Scope.read, Scope.export, Scope.admin],
                                 "ingest": [Scope.ingest], "read": [Scope.read], "export": [Scope.export]}.items():
                keys[name] = create_key(s, tenant_id=t.id, name=name, scopes=scopes)[1]
            for b, bid in brand_ids.items():
                keys[f"brand:{b}"] = create_key(s, tenant_id=t.id, name=b, scopes=[Scope.ingest, Scope.read],
                                                brand_id=bid)[1]
            return TenantKeys(t.id, slug, keys)

    return make


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as c:
        yield c


def text_payload(external_id: str = "ext-1", **over: Any) -> dict[str, Any]:
    """A valid text interaction with ordinary (non-PII) content."""
    body: dict[str, Any] = {
        "external_id": external_id, "brand": "lumen", "channel": "chat", "direction": "outbound",
        "agent_ref": "agent-7", "account_ref": "ACC-1", "customer_timezones": ["America/New_York"],
        "started_at": "2026-11-23T14:00:00-05:00",
        "turns": [
            {"speaker": "agent", "text": "Hello, this is Sam from Lumen Streaming about your subscription renewal."},
            {"speaker": "customer", "text": "Oh right, my card expired. I can pay twenty dollars on Friday."},
        ],
    }
    body.update(over)
    return body


def wait_for(client: TestClient, headers: dict[str, str], interaction_id: str, timeout: float = 120
             ) -> dict[str, Any]:
    """Poll until the interaction leaves queued/processing; returns its detail."""
    deadline = time.monotonic() + timeout
    while True:
        body = client.get(f"/v1/interactions/{interaction_id}", headers=headers).json()
        if body["status"] not in ("queued", "processing") or time.monotonic() > deadline:
            return body
        time.sleep(0.1)


@pytest.fixture
def api_only_client(settings: Settings) -> Iterator[TestClient]:
    """The API with no workers: accepted jobs stay queued (ingest-only tests, restart tests)."""
    settings.queue_backend = "none"
    with TestClient(create_app(settings)) as c:
        yield c


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def live_api(settings: Settings) -> Iterator[str]:
    """The API served by uvicorn on a free loopback port (workers as configured); yields its base URL."""
    import threading

    import uvicorn

    port = free_port()
    settings.api_port = port
    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=30)
