"""`fairline demo`: the embedded service with the project's own demo data, the way a new user first sees it.

Creates the demo tenants from sample_calls/manifest.yaml (once), issues fresh demo keys, starts the API
with embedded workers, posts every demo conversation through the public API (idempotent: a restart posts
nothing new), starts the dashboard, and prints where everything is.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import uvicorn
import yaml
from rich.console import Console
from sqlmodel import select

from analyzers.document import TenantRole
from audit_service.auth.models import Scope
from audit_service.auth.service import create_key
from audit_service.core.db import session_scope
from audit_service.core.migrate import upgrade
from audit_service.core.settings import Settings, get_settings
from audit_service.tenants.models import Brand, Tenant
from audit_service.tenants.service import create_brand, create_tenant

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_calls"
console = Console(soft_wrap=True)


def slugify(name: str) -> str:
    """'Lumen Streaming' -> 'lumen-streaming'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64]


def load_manifest(root: Path = SAMPLES) -> dict[str, Any]:
    """The demo manifest, or a clear error when sample_calls/ is missing."""
    path = root / "manifest.yaml"
    if not path.exists():
        raise SystemExit(f"demo data not found: {path}")
    data: dict[str, Any] = yaml.safe_load(path.read_text())
    return data


def ensure_tenants(settings: Settings, manifest: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Create demo tenants and brands if absent; issue fresh demo keys. Returns {tenant: {purpose: key}}."""
    keys: dict[str, dict[str, str]] = {}
    with session_scope(settings.db_url) as s:
        for t in manifest["tenants"]:
            tenant = s.exec(select(Tenant).where(Tenant.slug == t["slug"])).first()
            if tenant is None:
                tenant = create_tenant(s, slug=t["slug"], name=t["name"], role=TenantRole(t["role"]),
                                       jurisdictions=t["jurisdictions"])
            for b in t["brands"]:
                slug = slugify(b["name"])
                if not s.exec(select(Brand).where(Brand.tenant_id == tenant.id, Brand.slug == slug)).first():
                    create_brand(s, tenant_id=tenant.id, slug=slug, name=b["name"], aliases=b.get("aliases", []))
            keys[t["slug"]] = {
                "admin": create_key(s, tenant_id=tenant.id, name="demo admin",
                                    scopes=[Scope.admin, Scope.ingest, Scope.read, Scope.export])[1],
                "dashboard": create_key(s, tenant_id=tenant.id, name="demo dashboard",
                                        scopes=[Scope.read, Scope.export])[1],
            }
    return keys


def _history(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"at": e["at"], "channel": e.get("channel", "voice"), "direction": e.get("direction", "outbound"),
             "conversation": bool(e.get("conversation"))} for e in entries]


def metadata_for(conv: dict[str, Any], external_id: str) -> dict[str, Any]:
    """API metadata for one demo conversation."""
    meta: dict[str, Any] = {
        "external_id": external_id, "brand": slugify(conv["brand"]), "direction": conv.get("direction", "outbound"),
        "agent_ref": conv.get("agent_ref"), "account_ref": conv.get("account_ref"),
        "customer_timezones": conv["customer_timezones"], "started_at": str(conv["started_at"]),
        "contact_history": _history(conv.get("contact_history", [])),
        "account_flags": {k: v for k, v in (conv.get("account_flags") or {}).items()
                          if k in ("attorney_represented", "cease_requested", "time_barred", "disputed", "vulnerable")},
    }
    return meta


def post_all(api: str, keys: dict[str, dict[str, str]], manifest: dict[str, Any], root: Path = SAMPLES
             ) -> dict[str, int]:
    """Post every demo interaction through the API; returns counts by HTTP status."""
    counts: dict[str, int] = {}
    with httpx.Client(base_url=api, timeout=120) as client:
        # Messages first: they are analysed in a second, calls take longer, so the dashboard fills quickly.
        for item in sorted(manifest["interactions"], key=lambda i: i["kind"] == "audio"):
            conv = yaml.safe_load((root / item["conversation"]).read_text())
            headers = {"Authorization": f"Bearer {keys[conv['tenant']]['admin']}"}
            meta = metadata_for(conv, item["external_id"])
            if item["kind"] == "audio":
                if item.get("channel_roles"):
                    meta["channel_roles"] = item["channel_roles"]
                with (root / item["audio"]).open("rb") as fh:
                    r = client.post("/v1/interactions/audio", headers=headers, data={"metadata": json.dumps(meta)},
                                    files={"audio": (Path(item["audio"]).name, fh)})
            else:
                turns = [{k: v for k, v in t.items() if k in ("speaker", "text", "sent_at")} for t in conv["turns"]]
                for t in turns:
                    if "sent_at" in t:
                        t["sent_at"] = str(t["sent_at"])
                r = client.post("/v1/interactions/text", headers=headers,
                                json={**meta, "channel": conv["channel"], "turns": turns})
            counts[str(r.status_code)] = counts.get(str(r.status_code), 0) + 1
            if r.status_code >= 400:
                console.print(f"[yellow]demo: {item['external_id']} refused: {r.text[:300]}[/yellow]")
    return counts


def _serve(settings: Settings) -> uvicorn.Server:
    from audit_service.app import create_app

    server = uvicorn.Server(uvicorn.Config(create_app(settings), host=settings.api_host, port=settings.api_port,
                                           log_level="warning"))
    threading.Thread(target=server.run, name="api", daemon=True).start()
    deadline = time.monotonic() + 600
    while not server.started:
        if time.monotonic() > deadline or not any(t.name == "api" for t in threading.enumerate()):
            raise SystemExit("the API did not start; see the log above")
        time.sleep(0.2)
    return server


def run_demo(*, dashboard: bool = True, exit_after_load: bool = False) -> None:
    """Start everything with demo data and block until interrupted."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    settings = get_settings()
    manifest = load_manifest()
    upgrade(settings.db_url)
    keys = ensure_tenants(settings, manifest)
    console.print("starting the API (checking models and rule packs)…")
    server = _serve(settings)
    api = settings.base_url
    counts = post_all(api, keys, manifest)
    console.print(f"demo data posted: {counts} (202 = queued now, 200 = already present)")
    dash: subprocess.Popen[bytes] | None = None
    if dashboard and not exit_after_load:
        env = {**os.environ, "FAIRLINE_API_URL": api, "FAIRLINE_API_KEY": keys["lumen"]["dashboard"]}
        # Our own interpreter and app path; no user input reaches the command line.
        cmd = [sys.executable, "-m", "streamlit", "run", str(REPO / "dashboard" / "app.py"),
               "--server.port", str(settings.dashboard_port), "--server.headless", "true",
               "--server.address", settings.api_host, "--browser.gatherUsageStats", "false",
               "--client.toolbarMode", "minimal"]
        dash = subprocess.Popen(cmd, env=env)  # noqa: S603
    console.print(f"""
[bold]Fairline is running[/bold] (embedded default: SQLite at {settings.db_url.removeprefix('sqlite:///')})
  API:        {api}
  API docs:   {api}/docs
  Dashboard:  http://{settings.api_host}:{settings.dashboard_port}{'' if dash else '  (not started)'}
  Demo keys (new each start; older ones stay valid):""")
    for tenant, k in keys.items():
        console.print(f"    {tenant:<11} admin: {k['admin']}\n    {'':<11} read/export: {k['dashboard']}")
    console.print(f"""  Try:
    curl -s -H "Authorization: Bearer {keys['lumen']['admin']}" {api}/v1/interactions | python3 -m json.tool
Calls are analysed in the background; Ctrl-C stops everything.""")
    if exit_after_load:
        _wait_for_queue(api, keys)
        server.should_exit = True
        return
    try:
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        if dash:
            dash.terminate()
        server.should_exit = True
        time.sleep(1)


def _wait_for_queue(api: str, keys: dict[str, dict[str, str]], timeout: float = 3600) -> None:
    """Block until no demo interaction is queued or processing."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pending = 0
        for k in keys.values():
            for status in ("queued", "processing"):
                r = httpx.get(f"{api}/v1/interactions", params={"status": status, "limit": 500},
                              headers={"Authorization": f"Bearer {k['admin']}"})
                pending += len(r.json()["items"])
        if pending == 0:
            return
        time.sleep(2)
