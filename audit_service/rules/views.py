"""POST /v1/rules/dry-run: evaluate a transcript against a rule pack; nothing is stored."""

from __future__ import annotations

from fastapi import APIRouter, Request

from analyzers.document import Document, InteractionMeta, TenantRole
from analyzers.errors import InputError, PipelineConfigError
from analyzers.pipeline import Pipeline
from analyzers.rules import default_ruleset, evaluate, parse_pack
from analyzers.rules.loader import build_ruleset
from audit_service.core.deps import ReadPrincipal, SessionDep
from audit_service.core.errors import BadRequest, Unprocessable
from audit_service.rules.schemas import DryRunRequest, DryRunResult
from audit_service.tenants.models import Tenant
from audit_service.tenants.service import get_brand

router = APIRouter(prefix="/v1/rules", tags=["rules"])
_RULE_STAGES = {"rules", "scorecard"}


@router.post("/dry-run", response_model=DryRunResult, summary="Try a rule pack on a transcript (nothing stored)")
def dry_run(request: Request, body: DryRunRequest, session: SessionDep, principal: ReadPrincipal) -> DryRunResult:
    tenant = session.get(Tenant, principal.tenant_id)
    assert tenant is not None
    brand = get_brand(session, tenant_id=tenant.id, slug=body.brand) if body.brand else None
    try:
        ruleset = default_ruleset() if body.pack_yaml is None else build_ruleset(
            [(*parse_pack(body.pack_yaml, "<posted pack>"), "<posted pack>")])
    except PipelineConfigError as exc:
        raise Unprocessable(str(exc), code="invalid_rule_pack") from exc
    meta = InteractionMeta(tenant_role=TenantRole(tenant.role), jurisdictions=tenant.jurisdictions,
                           channel=body.channel, direction=body.direction, brand_name=brand.name if brand else "",
                           brand_aliases=brand.aliases if brand else [], started_at=body.started_at,
                           customer_timezones=body.customer_timezones, recorded=body.recorded,
                           contact_history=body.contact_history, account_flags=body.account_flags)
    doc = Document(meta=meta, raw_turns=[t.model_dump(mode="json", exclude_none=True) for t in body.turns],
                   reference_date=body.started_at.date() if body.started_at else None)
    # The tenant's text pipeline up to (not including) the rules: redaction, metrics, quality, outcomes.
    full = request.app.state.pipelines.for_tenant("text", tenant)
    before_rules = Pipeline(full.name, full.version, [s for s in full.stages if s.name not in _RULE_STAGES])
    try:
        doc = before_rules(doc)
    except InputError as exc:
        raise BadRequest(str(exc), code=exc.code) from exc
    findings = evaluate(doc, ruleset)
    return DryRunResult(
        ruleset_hash=ruleset.hash,
        findings=[{**f.model_dump(mode="json"), "ruleset_hash": ruleset.hash} for f in findings],
        utterances=[{"index": u.index, "speaker": u.speaker, "role": u.role.value, "text": u.text, "start": u.start,
                     "end": u.end, "sent_at": u.sent_at} for u in doc.utterances])
