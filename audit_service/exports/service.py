"""Export queries: every one goes through the interactions service or `scoped`, so an export never sees
more than the caller's tenant (and bound brand). Keyword-only functions taking the session; no commits."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, select

from audit_service.auth.service import Principal
from audit_service.core.deps import scoped
from audit_service.core.errors import BadRequest
from audit_service.exports.schemas import CSV_COLUMNS, FindingRow
from audit_service.interactions import models as m
from audit_service.interactions import service as interactions
from audit_service.tenants.models import Agent, Brand

MAX_ROWS = 200_000  # one export held in memory; beyond this the caller should narrow the filters
_PAGE = 500


def _names(session: Session, rows: list[m.Interaction]) -> tuple[dict[str, str], dict[str, str]]:
    brand_ids = {r.brand_id for r in rows}
    agent_ids = {r.agent_id for r in rows if r.agent_id}
    brands = {b.id: b.slug for b in session.exec(select(Brand).where(col(Brand.id).in_(brand_ids)))}
    agents = {a.id: a.external_ref for a in session.exec(select(Agent).where(col(Agent.id).in_(agent_ids)))}
    return brands, agents


def _span(evidence: list[dict[str, Any]]) -> tuple[str, float | None, float | None, str]:
    """Utterance list, covering time span and joined excerpts of a finding's evidence."""
    utterances = ";".join(str(e["utterance"]) for e in evidence if e.get("utterance") is not None)
    starts = [float(e["start"]) for e in evidence if e.get("start") is not None]
    ends = [float(e["end"]) for e in evidence if e.get("end") is not None]
    excerpt = " | ".join(str(e.get("excerpt") or "") for e in evidence if e.get("excerpt"))
    return utterances, (min(starts) if starts else None), (max(ends) if ends else None), excerpt


def finding_rows(session: Session, *, principal: Principal, filters: interactions.ListFilters,
                 finding_status: str | None = None) -> list[FindingRow]:
    """One row per finding of the interactions the list endpoint would return for these filters."""
    out: list[FindingRow] = []
    cursor: str | None = None
    while True:
        page, cursor = interactions.list_interactions(session, principal=principal, filters=filters, cursor=cursor,
                                                      limit=_PAGE)
        if page:
            out.extend(_page_rows(session, principal, page, filters, finding_status))
        if len(out) > MAX_ROWS:
            raise BadRequest(f"the export would exceed {MAX_ROWS} findings; narrow the filters (dates, brand)",
                             code="export_too_large")
        if cursor is None:
            return out


def _page_rows(session: Session, principal: Principal, page: list[m.Interaction], filters: interactions.ListFilters,
               finding_status: str | None) -> list[FindingRow]:
    by_id = {i.id: i for i in page}
    q = scoped(select(m.Finding), m.Finding, principal).where(col(m.Finding.interaction_id).in_(by_id))
    if filters.category:
        q = q.where(col(m.Finding.category).startswith(filters.category))
    if filters.severity:
        q = q.where(m.Finding.severity == filters.severity)
    if finding_status:
        q = q.where(m.Finding.status == finding_status)
    findings = list(session.exec(q.order_by(m.Finding.category, m.Finding.rule_id)))
    order = {iid: n for n, iid in enumerate(by_id)}
    findings.sort(key=lambda f: order[f.interaction_id])  # stable: keeps category order within an interaction
    brands, agents = _names(session, page)
    rows: list[FindingRow] = []
    for f in findings:
        i = by_id[f.interaction_id]
        utterances, start, end, excerpt = _span(f.evidence)
        rows.append(FindingRow(
            interaction_id=i.id, external_id=i.external_id, brand=brands.get(i.brand_id, ""),
            agent=agents.get(i.agent_id or ""), channel=i.channel, started_at=_aware(i.started_at), category=f.category,
            rule_id=f.rule_id, rule_version=f.rule_version, title=f.title, pack=f.pack, severity=f.severity,
            status=f.status, confidence=round(f.confidence, 4), detector=f.detector,
            detector_version=f.detector_version, ruleset_hash=f.ruleset_hash or i.ruleset_hash,
            evidence_utterances=utterances, evidence_start_s=start, evidence_end_s=end, evidence_excerpt=excerpt,
            citation=f.citation))
    return rows


def _aware(dt: datetime | None) -> datetime | None:
    # SQLite returns naive datetimes; everything is stored in UTC, and the export says so.
    return dt.replace(tzinfo=UTC) if dt is not None and dt.tzinfo is None else dt


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    text = str(value)
    # Spreadsheets run cells starting with these as formulas (CSV injection): quote them as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(rows: list[FindingRow]) -> str:
    """The rows as CSV text with a header line."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        values = r.model_dump()
        writer.writerow([_cell(values[c]) for c in CSV_COLUMNS])
    return buf.getvalue()


@dataclass
class EvidencePack:
    """Everything the evidence PDF shows about one interaction (redacted text only)."""

    interaction: m.Interaction
    brand: str
    brand_name: str
    agent: str | None
    utterances: list[m.Utterance]
    redactions: list[m.RedactionSpan]
    findings: list[m.Finding]
    outcomes: list[m.Outcome]
    sections: list[m.ScoreSection] = field(default_factory=list)


def evidence_pack(session: Session, *, principal: Principal, interaction_id: str) -> EvidencePack:
    """Load one interaction of the caller's scope with its transcript, findings, outcomes and scores."""
    i = interactions.get_interaction(session, principal=principal, interaction_id=interaction_id)

    def rows(model: Any, *order: Any) -> list[Any]:
        return list(session.exec(select(model).where(model.interaction_id == i.id).order_by(*order)))

    brand = session.get(Brand, i.brand_id)
    agent = session.get(Agent, i.agent_id) if i.agent_id else None
    return EvidencePack(
        interaction=i, brand=brand.slug if brand else "", brand_name=brand.name if brand else "",
        agent=agent.external_ref if agent else None,
        utterances=rows(m.Utterance, m.Utterance.idx),
        redactions=rows(m.RedactionSpan, m.RedactionSpan.utterance_idx, m.RedactionSpan.char_start),
        findings=rows(m.Finding, m.Finding.severity, m.Finding.category, m.Finding.rule_id),
        outcomes=rows(m.Outcome, m.Outcome.category),
        sections=rows(m.ScoreSection, m.ScoreSection.section),
    )
