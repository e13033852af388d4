"""A real Fairline API (uvicorn, temp SQLite) in a background thread, with demo tenants and analysed
interactions, for the dashboard tests. The dashboard only ever talks to it over HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn
from sqlmodel import select

from audit_service.app import create_app
from audit_service.auth.models import Scope
from audit_service.auth.service import create_key
from audit_service.core.db import session_scope
from audit_service.core.migrate import upgrade
from audit_service.core.settings import Settings
from audit_service.demo import ensure_tenants, load_manifest
from audit_service.tenants.models import Brand, Tenant
from tests.dashboard.seed import Seeded, analysed_document, attach_audio, store, text_body

# Demo external ids and agents from sample_calls/manifest.yaml; seeded analysis replaces the pipeline's.
LUMEN = "lumen-streaming"
SEED = [  # external id, agent, started_at, violated, empathy, score, with audio
    ("demo-call-001-stereo", "lumen-agent-dana", "2026-11-18T16:00:00Z", True, 0.42, 41.5, True),
    ("demo-chat-001", "lumen-agent-jess", "2026-11-19T03:05:00Z", False, 0.83, 92.0, False),
    ("demo-call-002-stereo", "lumen-agent-marcus", "2026-11-20T17:30:00Z", True, 0.55, 38.0, False),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveApi:
    url: str
    settings: Settings
    keys: dict[str, str]  # admin, dashboard (read+export), read (read only), northpoint (other tenant)
    seeded: list[Seeded]

    def by_external(self, external_id: str) -> Seeded:
        return next(s for s in self.seeded if s.external_id == external_id)


@pytest.fixture(scope="session")
def live_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    root: Path = tmp_path_factory.mktemp("fairline-api")
    port = free_port()
    settings = Settings(data_dir=root / "data", database_url=f"sqlite:///{root / 'fairline.db'}",
                        secret_key="test-secret", check_speech_models=False, queue_backend="none",
                        api_port=port, log_json=True, log_level="WARNING")
    upgrade(settings.db_url)
    demo_keys = ensure_tenants(settings, load_manifest())
    with session_scope(settings.db_url) as s:
        lumen = s.exec(select(Tenant).where(Tenant.slug == "lumen")).one()
        read_only = create_key(s, tenant_id=lumen.id, name="read only", scopes=[Scope.read])[1]
        brand = s.exec(select(Brand).where(Brand.tenant_id == lumen.id, Brand.slug == LUMEN)).one()
        bound = create_key(s, tenant_id=lumen.id, name="bound", scopes=[Scope.read, Scope.export],
                           brand_id=brand.id)[1]
    keys = {"admin": demo_keys["lumen"]["admin"], "dashboard": demo_keys["lumen"]["dashboard"], "read": read_only,
            "bound": bound, "northpoint": demo_keys["northpoint"]["dashboard"]}

    server = uvicorn.Server(uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, name="test-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + 180
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test API did not start")
        time.sleep(0.1)
    url = f"http://127.0.0.1:{port}"

    seeded: list[Seeded] = []
    headers = {"Authorization": f"Bearer {keys['admin']}"}
    for external_id, agent, started, violated, empathy, score, audio in SEED:
        r = httpx.post(f"{url}/v1/interactions/text", headers=headers, timeout=30,
                       json=text_body(external_id, brand=LUMEN, agent=agent, started_at=started))
        assert r.status_code == 202, r.text
        iid = r.json()["id"]
        store(settings.db_url, iid, analysed_document(violated=violated, empathy=empathy, score=score))
        if audio:
            attach_audio(settings.db_url, settings.data_dir, iid)
        seeded.append(Seeded(external_id, iid, violated))
    try:
        yield LiveApi(url, settings, keys, seeded)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
