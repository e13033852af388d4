"""Writes an analysed Document into the tables, replacing any earlier result (jobs may run twice)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete
from sqlmodel import Session, col

from analyzers.document import Document, FindingStatus
from audit_service.core.base import utcnow
from audit_service.interactions import models as m
from audit_service.interactions.models import Interaction, InteractionStatus
from audit_service.kpis.models import KpiEvent

WITHHELD = "[withheld: the PII verifier found possible unredacted data in this turn]"

_RESULT_TABLES: tuple[Any, ...] = (m.Speaker, m.Utterance, m.Word, m.RedactionSpan, m.Finding, m.Outcome,
                                   m.ScoreSection)

# Outcome categories that become KPI events.
_OUTCOME_KPIS = {
    "outcome.right_party_contact": "right_party_contact",
    "outcome.promise_to_pay": "promise_to_pay",
    "outcome.dispute": "dispute",
    "outcome.cease_request": "cease_request",
    "outcome.hardship": "hardship",
    "outcome.wrong_number": "wrong_number",
}


def clear_results(session: Session, interaction_id: str) -> None:
    """Remove an earlier analysis of this interaction (stage runs are kept as history)."""
    for table in _RESULT_TABLES:
        session.execute(delete(table).where(col(table.interaction_id) == interaction_id))
    session.execute(delete(KpiEvent).where(col(KpiEvent.interaction_id) == interaction_id))


def store_document(session: Session, interaction: Interaction, doc: Document, *, attempt: int,
                   pipeline_version: str) -> None:
    """Persist redacted utterances, words, spans, findings, outcomes, scores, stage runs and KPI events."""
    if not doc.redacted:
        # Defence in depth: the pipeline profile guarantees redaction; never store text otherwise.
        raise RuntimeError("refusing to store a document that was not redacted")
    clear_results(session, interaction.id)
    iid, tid = interaction.id, interaction.tenant_id
    withheld = {e.utterance for e in doc.residual_pii if e.utterance is not None}

    for s in doc.speakers:
        session.add(m.Speaker(interaction_id=iid, label=s.label, role=s.role.value, channel=s.channel,
                              role_confidence=s.role_confidence, role_source=s.role_source))
    for u in doc.utterances:
        hidden = u.index in withheld
        session.add(m.Utterance(interaction_id=iid, idx=u.index, speaker=u.speaker, role=u.role.value,
                                text=WITHHELD if hidden else u.text, start_s=u.start, end_s=u.end, sent_at=u.sent_at))
        if hidden:
            continue
        for wi, w in enumerate(u.words):
            session.add(m.Word(interaction_id=iid, utterance_idx=u.index, idx=wi, text=w.text[:200],
                               start_s=w.start, end_s=w.end, confidence=w.confidence))
    for r in doc.redactions:
        session.add(m.RedactionSpan(interaction_id=iid, utterance_idx=r.utterance, char_start=r.char_start,
                                    char_end=r.char_end, entity_type=r.entity_type, recognizer=r.recognizer,
                                    score=r.score, start_s=r.start, end_s=r.end, source=r.source))
    violations = 0
    for f in doc.findings:
        violations += f.status == FindingStatus.violated
        evidence = [_evidence(e.model_dump(mode="json"), withheld) for e in f.evidence]
        session.add(m.Finding(tenant_id=tid, interaction_id=iid, category=f.category, rule_id=f.rule_id,
                              rule_version=f.rule_version, title=f.title, pack=f.pack, status=f.status.value,
                              severity=f.severity.value, detector=f.detector, detector_version=f.detector_version,
                              confidence=f.confidence, explanation=f.explanation, citation=f.citation,
                              remediation=f.remediation, ruleset_hash=doc.ruleset_hash, evidence=evidence))
    for o in doc.outcomes:
        evidence = [_evidence(e.model_dump(mode="json"), withheld) for e in o.evidence]
        attrs = o.model_dump(mode="json")["attributes"]
        session.add(m.Outcome(tenant_id=tid, interaction_id=iid, category=o.category, confidence=o.confidence,
                              detector=o.detector, detector_version=o.detector_version, attributes=attrs,
                              evidence=evidence))
        kind = _OUTCOME_KPIS.get(o.category)
        if kind:
            session.add(KpiEvent(tenant_id=tid, brand_id=interaction.brand_id, interaction_id=iid,
                                 agent_id=interaction.agent_id, external_id=f"interaction:{iid}:{kind}",
                                 account_ref=interaction.account_ref, kind=kind,
                                 amount=_float(attrs.get("amount")), currency=attrs.get("currency"),
                                 due_date=_date(attrs.get("due_date")),
                                 occurred_at=interaction.started_at or utcnow(), value=1.0, attributes={}))
    scorecard = _scorecard(doc, withheld)
    if doc.scorecard is not None:
        for sec in scorecard["sections"]:
            session.add(m.ScoreSection(interaction_id=iid, scorecard_id=doc.scorecard.scorecard_id,
                                       section=sec["section"], score=sec["score"], weight=sec["weight"],
                                       details=sec["details"]))
    for run in doc.stage_runs:
        session.add(m.StageRun(interaction_id=iid, attempt=attempt, stage=run.stage, version=run.version,
                               status=run.status, duration_ms=run.duration_ms, detail=run.detail[:500]))

    interaction.status = (InteractionStatus.needs_review if withheld or doc.residual_pii
                          else InteractionStatus.analysed).value
    interaction.error_code = "residual_pii" if doc.residual_pii else None
    interaction.error_message = (f"{len(doc.residual_pii)} possible PII residue(s) after redaction; affected turns "
                                 "withheld" if doc.residual_pii else None)
    interaction.pipeline_version = pipeline_version
    interaction.ruleset_hash = doc.ruleset_hash
    interaction.metrics = {k: float(v) for k, v in doc.metrics.items()}
    interaction.violation_count = violations
    if doc.scorecard is not None:
        interaction.score = doc.scorecard.overall
        interaction.critical_fail = doc.scorecard.critical_fail
        interaction.scorecard = scorecard
    if doc.meta.duration_s is not None and interaction.duration_s is None:
        interaction.duration_s = doc.meta.duration_s
    interaction.analysed_at = interaction.updated_at = utcnow()
    session.add(interaction)


def _scorecard(doc: Document, withheld: set[int]) -> dict[str, Any]:
    """The scorecard as stored: utterances quoted as coaching evidence are withheld like any other evidence."""
    if doc.scorecard is None:
        return {}
    card = doc.scorecard.model_dump(mode="json")
    for sec in card["sections"]:
        for item in sec["details"].get("lowered_by", []):
            _evidence(item, withheld)
    return card


def _evidence(e: dict[str, Any], withheld: set[int]) -> dict[str, Any]:
    if e.get("utterance") in withheld:
        e["excerpt"] = WITHHELD
    return e


def _float(v: Any) -> float | None:
    try:
        return float(v) if v is not None else None
    except (TypeError, ValueError):
        return None


def _date(v: Any) -> Any:
    from datetime import date

    if isinstance(v, str):
        try:
            return date.fromisoformat(v[:10])
        except ValueError:
            return None
    return v if isinstance(v, date) else None
