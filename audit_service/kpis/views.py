"""KPI views: post events from the brand's systems, read the KPI summary."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from audit_service.core.deps import IngestPrincipal, ReadPrincipal, SessionDep
from audit_service.kpis import service
from audit_service.kpis.schemas import DailyPoint, KpiEventCreate, KpiSummary

router = APIRouter(prefix="/v1", tags=["kpis"])


class KpiReport(BaseModel):
    summary: KpiSummary
    daily: list[DailyPoint]


@router.post("/kpi-events", status_code=201, summary="Record a payment, survey or resolution event (idempotent)")
def post_event(body: KpiEventCreate, session: SessionDep, principal: IngestPrincipal) -> JSONResponse:
    ev, created = service.record_event(session, principal=principal, body=body)
    session.commit()
    return JSONResponse({"id": ev.id, "external_id": ev.external_id, "created": created},
                        status_code=201 if created else 200)


@router.get("/kpis", response_model=KpiReport, summary="Recovery and quality KPIs for a window")
def get_kpis(session: SessionDep, principal: ReadPrincipal, brand: str | None = None,
             since: datetime | None = None, until: datetime | None = None) -> KpiReport:
    summary, daily = service.summarise(session, principal=principal, brand=brand, since=since, until=until)
    return KpiReport(summary=summary, daily=daily)
