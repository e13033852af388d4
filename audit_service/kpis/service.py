"""KPI computation over one tenant's (and optionally one brand's) interactions and events."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from statistics import mean
from typing import Any

from sqlmodel import Session, col, select

from audit_service.auth.service import Principal
from audit_service.core.deps import scoped
from audit_service.interactions.models import Interaction
from audit_service.kpis.models import KpiEvent
from audit_service.kpis.schemas import DailyPoint, KpiEventCreate, KpiSummary
from audit_service.tenants.service import get_brand

DIGITAL = {"sms", "email", "whatsapp", "chat"}


def _rate(n: int, d: int) -> float | None:
    return round(n / d, 4) if d else None


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def record_event(session: Session, *, principal: Principal, body: KpiEventCreate) -> tuple[KpiEvent, bool]:
    """Store an event once per external id; returns (event, created)."""
    brand = get_brand(session, tenant_id=principal.tenant_id, slug=body.brand)
    existing = session.exec(scoped(select(KpiEvent), KpiEvent, principal)
                            .where(KpiEvent.external_id == body.external_id)).first()
    if existing is not None:
        return existing, False
    ev = KpiEvent(tenant_id=principal.tenant_id, brand_id=brand.id, external_id=body.external_id, kind=body.kind,
                  account_ref=body.account_ref, interaction_id=body.interaction_id, value=body.value,
                  amount=body.amount, currency=body.currency, occurred_at=body.occurred_at.astimezone(UTC))
    session.add(ev)
    session.flush()
    return ev, True


def summarise(session: Session, *, principal: Principal, brand: str | None, since: datetime | None,
              until: datetime | None) -> tuple[KpiSummary, list[DailyPoint]]:
    """Recovery and quality KPIs for the window, with a daily series."""
    iq = scoped(select(Interaction), Interaction, principal)
    eq = scoped(select(KpiEvent), KpiEvent, principal)
    if brand:
        b = get_brand(session, tenant_id=principal.tenant_id, slug=brand)
        iq = iq.where(Interaction.brand_id == b.id)
        eq = eq.where(KpiEvent.brand_id == b.id)
    if since:
        iq = iq.where(col(Interaction.started_at) >= since)
    if until:
        iq = iq.where(col(Interaction.started_at) < until)
    interactions = list(session.exec(iq))
    ids = {i.id for i in interactions}
    events = [e for e in session.exec(eq) if e.interaction_id in ids or e.interaction_id is None]
    if since:
        events = [e for e in events if e.interaction_id in ids or _aware(e.occurred_at) >= _aware(since)]
    if until:
        events = [e for e in events if e.interaction_id in ids or _aware(e.occurred_at) < _aware(until)]
    by_kind: dict[str, list[KpiEvent]] = defaultdict(list)
    for e in events:
        by_kind[e.kind].append(e)

    voice = [i for i in interactions if i.channel == "voice" and i.status in ("analysed", "needs_review")]
    rpc = by_kind["right_party_contact"]
    ptp = by_kind["promise_to_pay"]
    payments = by_kind["payment_received"]
    today = datetime.now(UTC).date()
    due = [p for p in ptp if p.due_date is not None and p.due_date <= today]
    kept = [p for p in due if _kept(p, payments)]
    csat = [e.value for e in by_kind["csat"] if e.value is not None]
    fcr = [e.value for e in by_kind["first_contact_resolution"] if e.value is not None]
    scores = [i.score for i in interactions if i.score is not None]

    digital_accounts = {i.account_ref for i in interactions if i.channel in DIGITAL and i.account_ref}
    called_accounts = {i.account_ref for i in voice if i.account_ref}
    paid_accounts = {p.account_ref for p in payments if p.account_ref}
    self_cured = {a for a in digital_accounts - called_accounts if a in paid_accounts}
    self_cured |= {e.account_ref for e in by_kind["digital_self_cure"] if e.account_ref}

    summary = KpiSummary(
        since=since, until=until, brand=brand, interactions=len(interactions), contacts_voice=len(voice),
        right_party_contacts=len(rpc), right_party_contact_rate=_rate(len(rpc), len(voice)),
        promises_to_pay=len(ptp), promise_to_pay_rate=_rate(len(ptp), len(rpc)),
        promises_due=len(due), promises_kept=len(kept), kept_promise_rate=_rate(len(kept), len(due)),
        promised_amount=round(sum(p.amount or 0 for p in ptp), 2),
        csat_avg=round(mean(csat), 3) if csat else None, csat_responses=len(csat),
        first_contact_resolution_rate=round(mean(fcr), 4) if fcr else None,
        digital_self_cure_rate=_rate(len(self_cured), len(digital_accounts)),
        disputes=len(by_kind["dispute"]), cease_requests=len(by_kind["cease_request"]),
        hardship=len(by_kind["hardship"]), avg_score=round(mean(scores), 2) if scores else None,
        critical_fails=sum(1 for i in interactions if i.critical_fail),
    )
    return summary, _daily(interactions, rpc, ptp)


def _kept(promise: KpiEvent, payments: list[KpiEvent]) -> bool:
    """A promise is kept when the account paid at least the promised amount by the due date."""
    assert promise.due_date is not None
    paid = sum(p.amount or 0 for p in payments if p.account_ref == promise.account_ref
               and _aware(p.occurred_at).date() <= promise.due_date
               and _aware(p.occurred_at) >= _aware(promise.occurred_at))
    return paid >= (promise.amount or 0) and paid > 0


def _daily(interactions: list[Interaction], rpc: list[KpiEvent], ptp: list[KpiEvent]) -> list[DailyPoint]:
    days: dict[date, dict[str, Any]] = defaultdict(lambda: {"n": 0, "rpc": 0, "ptp": 0, "scores": []})
    day_of = {i.id: _aware(i.started_at or i.created_at).date() for i in interactions}
    for i in interactions:
        d = days[day_of[i.id]]
        d["n"] += 1
        if i.score is not None:
            d["scores"].append(i.score)
    for e in rpc:
        if e.interaction_id in day_of:
            days[day_of[e.interaction_id]]["rpc"] += 1
    for e in ptp:
        if e.interaction_id in day_of:
            days[day_of[e.interaction_id]]["ptp"] += 1
    return [DailyPoint(day=k, interactions=v["n"], right_party_contacts=v["rpc"], promises_to_pay=v["ptp"],
                       avg_score=round(mean(v["scores"]), 2) if v["scores"] else None)
            for k, v in sorted(days.items())]
