"""Per-agent coaching aggregates over one tenant's analysed interactions."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from statistics import mean
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from audit_service.auth.service import Principal
from audit_service.coaching.schemas import AgentCoachingReport, CoachingMoment, CoachingReport
from audit_service.core.deps import scoped
from audit_service.interactions.models import Finding, Interaction, InteractionStatus
from audit_service.tenants.models import Agent
from audit_service.tenants.service import get_brand

AVERAGED = ("quality.empathy", "quality.politeness", "quality.rudeness", "quality.brand_voice",
            "tone.customer_sentiment_start", "tone.customer_sentiment_end")
ANALYSED = (InteractionStatus.analysed.value, InteractionStatus.needs_review.value)
NEGATIVE_START = -0.05  # a customer who starts below this is upset enough for de-escalation to mean something


def agent_coaching(session: Session, *, principal: Principal, brand: str | None, agent: str | None,
                   since: datetime | None, until: datetime | None, moments_per_agent: int) -> CoachingReport:
    """Averages, violations and the worst moments per agent, worst average score first."""
    q = (scoped(select(Interaction), Interaction, principal)
         .where(col(Interaction.status).in_(ANALYSED)))
    if brand:
        q = q.where(Interaction.brand_id == get_brand(session, tenant_id=principal.tenant_id, slug=brand).id)
    if agent:
        q = q.where(col(Interaction.agent_id).in_(
            select(Agent.id).where(Agent.tenant_id == principal.tenant_id, Agent.external_ref == agent)))
    if since:
        q = q.where(col(Interaction.started_at) >= since)
    if until:
        q = q.where(col(Interaction.started_at) < until)
    interactions = list(session.exec(q))
    agents = {a.id: a for a in session.exec(select(Agent).where(Agent.tenant_id == principal.tenant_id))}

    by_agent: dict[str | None, list[Interaction]] = defaultdict(list)
    for i in interactions:
        by_agent[i.agent_id].append(i)
    violations = _violations(session, principal, [i.id for i in interactions])

    reports = []
    for agent_id, rows in by_agent.items():
        a = agents.get(agent_id) if agent_id else None
        scores = [i.score for i in rows if i.score is not None]
        counts: dict[str, int] = defaultdict(int)
        for i in rows:
            for category, n in violations.get(i.id, {}).items():
                counts[category] += n
        reports.append(AgentCoachingReport(
            agent_ref=a.external_ref if a else None, agent_name=a.name if a else "", interactions=len(rows),
            avg_score=round(mean(scores), 2) if scores else None,
            critical_fails=sum(1 for i in rows if i.critical_fail),
            averages=_averages(rows), de_escalated_rate=_de_escalated(rows),
            violations=dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
            moments=_moments(rows, moments_per_agent)))
    # Worst first: the agents a coach should see first; unscored agents last, then by ref for a stable order.
    reports.sort(key=lambda r: (r.avg_score is None, r.avg_score or 0.0, r.agent_ref or ""))
    return CoachingReport(since=since, until=until, brand=brand, agents=reports)


def _violations(session: Session, principal: Principal, ids: list[str]) -> dict[str, dict[str, int]]:
    """Violated findings per interaction and category, counted in the database."""
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for chunk in (ids[k:k + 500] for k in range(0, len(ids), 500)):  # bounded IN lists
        q = (select(Finding.interaction_id, Finding.category, func.count())
             .where(Finding.tenant_id == principal.tenant_id, Finding.status == "violated",
                    col(Finding.interaction_id).in_(chunk))
             .group_by(col(Finding.interaction_id), col(Finding.category)))
        for iid, category, n in session.exec(q):
            out[iid][category] = n
    return out


def _averages(rows: list[Interaction]) -> dict[str, float]:
    values: dict[str, list[float]] = defaultdict(list)
    for i in rows:
        for name in AVERAGED:
            if name in (i.metrics or {}):
                values[name].append(float(i.metrics[name]))
    return {name: round(mean(v), 4) for name, v in values.items()}


def _de_escalated(rows: list[Interaction]) -> float | None:
    upset = [i.metrics for i in rows if (i.metrics or {}).get("tone.customer_sentiment_start", 0.0) < NEGATIVE_START
             and "tone.customer_sentiment_end" in i.metrics]
    if not upset:
        return None
    better = sum(1 for m in upset if m["tone.customer_sentiment_end"] > m["tone.customer_sentiment_start"])
    return round(better / len(upset), 4)


def _moments(rows: list[Interaction], limit: int) -> list[CoachingMoment]:
    found: list[CoachingMoment] = []
    for i in rows:
        for item in _lowered_by(i.scorecard or {}):
            found.append(CoachingMoment(interaction_id=i.id, external_id=i.external_id, started_at=i.started_at,
                                        **{k: item.get(k) for k in CoachingMoment.model_fields
                                           if k in item and k not in ("interaction_id", "external_id")}))
    found.sort(key=lambda m: (-m.weight, m.external_id, m.utterance))
    return found[:limit]


def _lowered_by(scorecard: dict[str, Any]) -> list[dict[str, Any]]:
    for sec in scorecard.get("sections", []):
        if sec.get("section") == "empathy_and_tone":
            return list(sec.get("details", {}).get("lowered_by", []))
    return []
