"""The FastAPI application: start-up checks, error handling, routers, health and metrics."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text

from audit_service import __version__
from audit_service.core.db import get_engine
from audit_service.core.errors import FairlineError
from audit_service.core.logging import configure_logging, get_logger
from audit_service.core.metrics import REQUEST_LATENCY, REQUESTS
from audit_service.core.settings import Settings, get_settings

log = get_logger("api")

DESCRIPTION = """
Fairline audits collections conversations: post calls and messages with their metadata, get back redacted
transcripts, compliance findings with evidence, quality scores and outcomes.

Authenticate with `Authorization: Bearer <api key>`. Every error has a JSON body
`{"error": {"code": "<machine-readable>", "message": "<what is wrong>"}}`.
"""


class ObserveMiddleware:
    """Request count and latency per route template (pure ASGI: no per-request task like BaseHTTPMiddleware)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = {"code": 500}

        async def send_wrapper(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            path = getattr(scope.get("route"), "path", "unmatched")
            REQUESTS.labels(scope["method"], path, str(status["code"])).inc()
            REQUEST_LATENCY.labels(path).observe(time.perf_counter() - t0)


def startup_checks(settings: Settings) -> Any:
    """Everything that must hold before serving: schema, models, pipelines. Fails loudly, naming the problem."""
    from audit_service.analysis.pipelines import PipelineSet
    from audit_service.core.migrate import upgrade

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.db_url)
    if settings.check_speech_models:
        from analyzers.speech.models import verify

        verify(settings.model_cache_dir)
    return PipelineSet(settings)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app; start-up checks and the job runner run in its lifespan."""
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_json)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from audit_service.jobs.runner import make_runner

        if settings.queue_backend == "embedded":
            # The analyzers read their thread budget from the environment (they know nothing of settings);
            # set before the pipelines load their engines.
            os.environ["FAIRLINE_WORKER_THREADS"] = str(settings.threads_per_worker())
        pipelines = startup_checks(settings)
        app.state.pipelines = pipelines
        app.state.runner = make_runner(settings, pipelines)
        app.state.runner.start()
        # The models and libraries loaded at start-up are millions of long-lived objects; without this every
        # full garbage collection walks them all, a pause of tens of milliseconds on some unlucky request.
        gc.collect()
        gc.freeze()
        app.state.ready = True
        log.info("api.started", version=__version__, queue=settings.queue_backend, db=settings.db_url.split(":")[0])
        yield
        app.state.ready = False
        app.state.runner.stop()

    app = FastAPI(title="Fairline", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  openapi_tags=[{"name": "interactions", "description": "Ingest and read analysed interactions"},
                                {"name": "kpis", "description": "Recovery and quality KPIs"},
                                {"name": "exports", "description": "Findings CSV and evidence PDF"},
                                {"name": "admin", "description": "Brands and API keys"},
                                {"name": "rules", "description": "Rule authoring tools"},
                                {"name": "ops", "description": "Health, readiness, metrics"}])
    app.state.settings = settings
    app.state.ready = False

    @app.exception_handler(FairlineError)
    async def _fairline_error(_: Request, exc: FairlineError) -> JSONResponse:
        return JSONResponse(exc.to_body(), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return JSONResponse({"error": {"code": "malformed_json", "message": "the request body is not valid JSON"}},
                                status_code=400)
        # Never echo submitted values (they may hold PII): location, message and type only.
        clean = [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""), "type": e.get("type", "")}
                 for e in errors]
        first = clean[0] if clean else {"loc": [], "msg": "invalid request"}
        where = ".".join(p for p in first["loc"] if p != "body") or "request"
        return JSONResponse({"error": {"code": "validation_error", "message": f"{where}: {first['msg']}",
                                       "details": {"errors": clean}}}, status_code=422)

    app.add_middleware(ObserveMiddleware)

    from audit_service.auth.views import router as auth_router
    from audit_service.coaching.views import router as coaching_router
    from audit_service.exports.views import router as exports_router
    from audit_service.interactions.views import router as interactions_router
    from audit_service.kpis.views import router as kpi_router
    from audit_service.tenants.views import router as tenant_router

    app.include_router(interactions_router)
    app.include_router(kpi_router)
    app.include_router(tenant_router)
    app.include_router(auth_router)
    app.include_router(exports_router)
    app.include_router(coaching_router)
    from audit_service.rules.views import router as rules_router

    app.include_router(rules_router)

    @app.get("/health", tags=["ops"], summary="Liveness: the process is up")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/ready", tags=["ops"], summary="Readiness: database reachable, pipelines built, runner started")
    def ready() -> JSONResponse:
        checks: dict[str, str] = {}
        try:
            with get_engine(settings.db_url).connect() as conn:
                conn.execute(text("SELECT 1"))
            checks["database"] = "ok"
        except Exception as exc:  # noqa: BLE001
            checks["database"] = f"error: {type(exc).__name__}"
        checks["pipelines"] = "ok" if getattr(app.state, "pipelines", None) else "not built"
        checks["runner"] = "ok" if app.state.ready else "stopped"
        ok = all(v == "ok" for v in checks.values())
        return JSONResponse({"status": "ready" if ok else "not_ready", "checks": checks},
                            status_code=200 if ok else 503)

    @app.get("/metrics", tags=["ops"], summary="Prometheus metrics", response_class=PlainTextResponse)
    def metrics() -> PlainTextResponse:
        return PlainTextResponse(generate_latest().decode(), media_type=CONTENT_TYPE_LATEST)

    return app
