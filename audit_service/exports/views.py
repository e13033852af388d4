"""Export views: findings CSV and per-interaction evidence PDF. Each export is written to the audit log."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Response

from audit_service.audit.models import record
from audit_service.core.deps import ExportPrincipal, SessionDep
from audit_service.exports import pdf, service
from audit_service.interactions.service import ListFilters

router = APIRouter(prefix="/v1", tags=["exports"])

_ERRORS: dict[int | str, dict[str, str]] = {
    400: {"description": "Bad filter (code names the problem), or the export is too large"},
    401: {"description": "Missing, unknown, revoked or expired API key"},
    403: {"description": "Key lacks the 'export' scope"},
}


@router.get("/exports/findings.csv", response_class=Response, responses={
    **_ERRORS, 200: {"content": {"text/csv": {}}, "description": "One row per finding, redacted excerpts"}},
    summary="Findings as CSV (same filters as the interaction list)")
def findings_csv(
    session: SessionDep, principal: ExportPrincipal,
    brand: str | None = None, agent: str | None = None, channel: str | None = None, status: str | None = None,
    account: str | None = None,
    since: Annotated[datetime | None, Query(description="started_at >= since")] = None,
    until: Annotated[datetime | None, Query(description="started_at < until")] = None,
    category: Annotated[str | None, Query(description="taxonomy id or prefix")] = None,
    severity: str | None = None,
    min_score: Annotated[float | None, Query(ge=0, le=100)] = None,
    max_score: Annotated[float | None, Query(ge=0, le=100)] = None,
    finding_status: Annotated[Literal["violated", "met"] | None,
                              Query(description="only violated or only met findings; default both")] = None,
) -> Response:
    filters = ListFilters(brand=brand, agent=agent, channel=channel, status=status, since=since, until=until,
                          category=category, severity=severity, min_score=min_score, max_score=max_score,
                          account=account)
    rows = service.finding_rows(session, principal=principal, filters=filters, finding_status=finding_status)
    used = {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in vars(filters).items() if v is not None}
    if finding_status:
        used["finding_status"] = finding_status
    record(session, tenant_id=principal.tenant_id, actor=principal.actor, action="export.findings_csv",
           target_type="findings", details={"filters": used, "rows": len(rows)})
    session.commit()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return Response(service.to_csv(rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="fairline-findings-{stamp}.csv"'})


@router.get("/interactions/{interaction_id}/evidence.pdf", response_class=Response, responses={
    **_ERRORS, 404: {"description": "No such interaction in the caller's scope"},
    200: {"content": {"application/pdf": {}}, "description": "The evidence pack"}},
    summary="Evidence pack (PDF): metadata, score breakdown, violations with evidence, redacted transcript")
def evidence_pdf(interaction_id: str, session: SessionDep, principal: ExportPrincipal) -> Response:
    pack = service.evidence_pack(session, principal=principal, interaction_id=interaction_id)
    body = pdf.render(pack, generated_by=principal.actor)
    record(session, tenant_id=principal.tenant_id, actor=principal.actor, action="export.evidence_pdf",
           target_type="interaction", target_id=pack.interaction.id, details={"bytes": len(body)})
    session.commit()
    filename = f"evidence-{pack.interaction.external_id}.pdf"
    return Response(body, media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
