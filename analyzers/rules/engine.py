"""Running a ruleset on a document: which rules apply, and one finding (violated or met) per evaluated rule."""

from __future__ import annotations

import re
from typing import Any

from analyzers.document import (
    Document,
    Entity,
    Finding,
    FindingStatus,
    InteractionMeta,
    SpeakerRole,
    Utterance,
)
from analyzers.rules.context import RuleContext
from analyzers.rules.loader import CompiledRule, RuleSet
from analyzers.rules.schema import Applicability, Example, Pack, Rule
from analyzers.rules.subsumption import apply_subsumption

_TAG = re.compile(r"<([A-Z][A-Z0-9_]*)>")
# Speaker names accepted in examples and dry runs. Kept here rather than importing analyzers.stages.text,
# because importing analyzers.stages loads every stage (and their models) just to read a name.
_ROLE_NAMES = {
    **{r.value: r for r in SpeakerRole},
    "collector": SpeakerRole.agent,
    "rep": SpeakerRole.agent,
    "brand": SpeakerRole.agent,
    "consumer": SpeakerRole.customer,
    "debtor": SpeakerRole.customer,
    "caller": SpeakerRole.customer,
    "third-party": SpeakerRole.third_party,
    "ivr": SpeakerRole.system,
    "bot": SpeakerRole.system,
}


def role_for(label: str, explicit: SpeakerRole | None) -> SpeakerRole:
    """The role of a speaker: explicit role first, then well-known names."""
    return explicit or _ROLE_NAMES.get(label.strip().lower(), SpeakerRole.unknown)


def jurisdiction_covers(rule_j: str, doc_j: str) -> bool:
    """'US' covers 'US' and 'US-CA'; 'US-CA' covers only 'US-CA'."""
    r, d = rule_j.strip().upper(), doc_j.strip().upper()
    return d == r or d.startswith(r + "-")


def applies(app: Applicability, meta: InteractionMeta) -> bool:
    """Whether an applicability block holds for this interaction."""
    if app.tenant_roles and meta.tenant_role not in app.tenant_roles:
        return False
    if app.jurisdictions and not any(jurisdiction_covers(r, d) for r in app.jurisdictions for d in meta.jurisdictions):
        return False
    if app.channels and meta.channel not in app.channels:
        return False
    if app.directions and meta.direction not in app.directions:
        return False
    if any(not getattr(meta.account_flags, f) for f in app.account_flags):
        return False
    return app.recorded is None or meta.recorded == app.recorded


def rule_applies(pack: Pack, rule: Rule, meta: InteractionMeta) -> bool:
    """A rule applies when it is enabled and both its pack's and its own applicability hold."""
    return rule.enabled and applies(pack.applicability, meta) and applies(rule.applicability, meta)


def evaluate_rule(ctx: RuleContext, c: CompiledRule) -> Finding | None:
    """Run one compiled rule; None when its detector cannot judge this interaction (e.g. metric absent)."""
    verdict = c.detector.detect(ctx, c.params)
    if verdict is None:
        return None
    r = c.rule
    return Finding(
        category=r.category,
        rule_id=r.id,
        rule_version=r.version,
        title=r.title,
        status=FindingStatus.violated if verdict.violated else FindingStatus.met,
        severity=r.severity,
        detector=c.detector.name,
        detector_version=c.detector.version,
        confidence=round(max(0.0, min(1.0, verdict.confidence)), 3),
        explanation=verdict.explanation,
        citation=r.citation,
        remediation=r.remediation if verdict.violated else "",
        pack=c.pack.id,
        evidence=verdict.evidence,
    )


def evaluate(doc: Document, ruleset: RuleSet, ctx: RuleContext | None = None) -> list[Finding]:
    """Findings for every rule of the ruleset that applies to the document, in pack order; a finding that a
    graver category covers on the same turns (the rule's `subsumed_by`) is reported as met, naming it."""
    ctx = ctx if ctx is not None else RuleContext(doc)
    out: list[tuple[Finding, Rule]] = []
    for c in ruleset.rules:
        if not rule_applies(c.pack, c.rule, doc.meta):
            continue
        f = evaluate_rule(ctx, c)
        if f is not None:
            out.append((f, c.rule))
    return apply_subsumption(out)


def entities_from_tags(utterances: list[Utterance]) -> list[Entity]:
    """Entities read back from typed redaction tags ("<CREDIT_CARD>") in already-redacted text."""
    return [
        Entity(
            entity_type=m.group(1),
            utterance=u.index,
            speaker_role=u.role,
            char_start=m.start(),
            char_end=m.end(),
            start=u.start,
            end=u.end,
        )
        for u in utterances
        for m in _TAG.finditer(u.text)
    ]


def document_from_turns(
    turns: list[dict[str, Any]],
    meta: dict[str, Any],
    *,
    entities: list[dict[str, Any]] | None = None,
    metrics: dict[str, float] | None = None,
) -> Document:
    """A redacted document built directly from turns (speaker, text, optional role/start/end/sent_at)."""
    from analyzers.rules.schema import ExampleTurn

    doc = Document(meta=InteractionMeta.model_validate(meta))
    for i, raw in enumerate(turns):
        t = ExampleTurn.model_validate(raw)
        doc.utterances.append(
            Utterance(
                index=i,
                speaker=t.speaker,
                role=role_for(t.speaker, t.role),
                text=t.text,
                start=t.start,
                end=t.end,
                sent_at=t.sent_at,
            )
        )
    doc.redacted = True
    if entities is None:
        doc.entities = entities_from_tags(doc.utterances)
    else:
        doc.entities = [Entity.model_validate(e) for e in entities]
    doc.metrics = dict(metrics or {})
    return doc


def example_meta(pack: Pack, rule: Rule, overrides: dict[str, Any]) -> dict[str, Any]:
    """Metadata under which a rule applies (first role, jurisdiction, channel...), then the example's own."""

    def first(field: str) -> Any:
        return (getattr(rule.applicability, field) or getattr(pack.applicability, field) or [None])[0]

    meta: dict[str, Any] = {
        "tenant_role": first("tenant_roles") or "creditor",
        "jurisdictions": [first("jurisdictions") or "US"],
        "channel": first("channels") or "voice",
        "direction": first("directions") or "outbound",
        "brand_name": "Acme Subscriptions",
        "account_flags": {f: True for f in [*pack.applicability.account_flags, *rule.applicability.account_flags]},
    }
    rec = rule.applicability.recorded if rule.applicability.recorded is not None else pack.applicability.recorded
    if rec is not None:
        meta["recorded"] = rec
    for k, v in overrides.items():
        if k == "account_flags" and isinstance(v, dict):
            meta["account_flags"] = {**meta["account_flags"], **v}
        else:
            meta[k] = v
    return meta


def example_document(pack: Pack, rule: Rule, ex: Example) -> Document:
    """The document an example of a rule stands for."""
    return document_from_turns(
        [t.model_dump(exclude_none=True) for t in ex.turns],
        example_meta(pack, rule, ex.meta),
        entities=[e.model_dump() for e in ex.entities] if ex.entities is not None else None,
        metrics=ex.metrics,
    )
