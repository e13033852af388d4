"""Coaching views: per-agent quality aggregates with the utterances worth reviewing."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Query

from audit_service.coaching import service
from audit_service.coaching.schemas import CoachingReport
from audit_service.core.deps import ReadPrincipal, SessionDep

router = APIRouter(prefix="/v1", tags=["coaching"])


@router.get("/coaching/agents", response_model=CoachingReport,
            summary="Per-agent quality averages, violations and the utterances that lowered their scores")
def get_agent_coaching(session: SessionDep, principal: ReadPrincipal, brand: str | None = None,
                       agent: str | None = Query(default=None, description="one agent's external ref"),
                       since: datetime | None = None, until: datetime | None = None,
                       moments: int = Query(default=5, ge=0, le=50, description="moments per agent")
                       ) -> CoachingReport:
    return service.agent_coaching(session, principal=principal, brand=brand, agent=agent, since=since, until=until,
                                  moments_per_agent=moments)
