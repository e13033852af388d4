"""Scorecards: weighted sections (compliance, empathy and tone, resolution) from findings, metrics and outcomes."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from analyzers.document import Document, Finding, FindingStatus, Scorecard, ScoreSection, Severity
from analyzers.quality.coaching import lowered_utterances

SECTIONS = ("compliance", "empathy_and_tone", "resolution")
QUALITY_PREFIX = "quality."
LOWERED_BY_LIMIT = 5  # utterances kept per interaction as the evidence of a low empathy-and-tone score

# How good an interaction's resolution is, by its best outcome (taxonomy outcome.* ids).
DEFAULT_OUTCOME_SCORES: dict[str, float] = {
    "outcome.promise_to_pay": 100.0,
    "outcome.hardship": 75.0,  # hardship recognised and recorded is a good result for a vulnerable customer
    "outcome.dispute": 60.0,  # the dispute is captured, the debt is not resolved
    "outcome.cease_request": 50.0,
    "outcome.right_party_contact": 40.0,
}


class ScorecardConfig(BaseModel):
    """A tenant's or brand's scorecard: section weights and penalties."""

    model_config = ConfigDict(extra="forbid")

    scorecard_id: str = "default"
    weights: dict[str, float] = Field(
        default_factory=lambda: {"compliance": 0.5, "empathy_and_tone": 0.3, "resolution": 0.2}
    )
    severity_penalty: dict[Severity, float] = Field(
        default_factory=lambda: {
            Severity.info: 0.0,
            Severity.low: 5.0,
            Severity.medium: 15.0,
            Severity.high: 30.0,
            Severity.critical: 100.0,
        }
    )
    outcome_scores: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_OUTCOME_SCORES))
    neutral_score: float = Field(default=70.0, ge=0, le=100, description="Shown for a section with no data.")

    @model_validator(mode="after")
    def _check(self) -> ScorecardConfig:
        unknown = set(self.weights) - set(SECTIONS)
        if unknown:
            raise ValueError(f"unknown section(s) {sorted(unknown)}; sections: {list(SECTIONS)}")
        if any(w < 0 for w in self.weights.values()) or sum(self.weights.values()) <= 0:
            raise ValueError("weights must be non-negative and not all zero")
        return self


def _penalised(findings: list[Finding], cfg: ScorecardConfig) -> tuple[float, dict[str, Any]]:
    violated = [f for f in findings if f.status == FindingStatus.violated]
    penalty = sum(cfg.severity_penalty.get(f.severity, 0.0) for f in violated)
    details = {
        "checked": len(findings),
        "violated": len(violated),
        "met": len(findings) - len(violated),
        "penalty": penalty,
        "violations": [{"rule_id": f.rule_id, "severity": f.severity.value, "category": f.category} for f in violated],
    }
    return max(0.0, 100.0 - penalty), details


def compliance_section(doc: Document, cfg: ScorecardConfig) -> tuple[float | None, dict[str, Any]]:
    """100 minus severity penalties of violated compliance rules; None when no compliance rule was checked."""
    findings = [f for f in doc.findings if not f.category.startswith(QUALITY_PREFIX)]
    if not findings:
        return None, {"checked": 0}
    return _penalised(findings, cfg)


def empathy_section(doc: Document, cfg: ScorecardConfig) -> tuple[float | None, dict[str, Any]]:
    """Mean of the tone metrics (empathy, politeness, 1 - rudeness, brand voice) minus quality-rule penalties."""
    signals = {
        "quality.empathy": doc.metrics.get("quality.empathy"),
        "quality.politeness": doc.metrics.get("quality.politeness"),
        "quality.rudeness_inverted": (1.0 - doc.metrics["quality.rudeness"])
        if "quality.rudeness" in doc.metrics
        else None,
        "quality.brand_voice": doc.metrics.get("quality.brand_voice"),
    }
    present = {k: max(0.0, min(1.0, v)) for k, v in signals.items() if v is not None}
    findings = [f for f in doc.findings if f.category.startswith(QUALITY_PREFIX)]
    if not present and not findings:
        return None, {"signals": {}}
    base = 100.0 * sum(present.values()) / len(present) if present else 100.0
    _, details = _penalised(findings, cfg)
    score = max(0.0, base - details["penalty"])
    details["signals"] = present
    details["base"] = round(base, 2)
    # The agent utterances that pulled the section down: the evidence a coach reviews (redacted text only).
    details["lowered_by"] = [item.model_dump(mode="json", exclude={"interaction_id"})
                             for item in lowered_utterances(doc, limit=LOWERED_BY_LIMIT)]
    return score, details


def resolution_section(doc: Document, cfg: ScorecardConfig) -> tuple[float | None, dict[str, Any]]:
    """Score of the best outcome reached; None when no outcome was detected (or outcomes were not analysed)."""
    scored = [(cfg.outcome_scores[o.category], o.category) for o in doc.outcomes if o.category in cfg.outcome_scores]
    if not scored:
        return None, {"outcomes": [o.category for o in doc.outcomes]}
    best = max(scored)
    return best[0], {"outcomes": [o.category for o in doc.outcomes], "best": best[1]}


def score(doc: Document, cfg: ScorecardConfig | None = None) -> Scorecard:
    """The scorecard of a document; any critical violation fails it (overall 0)."""
    cfg = cfg or ScorecardConfig()
    parts = {
        "compliance": compliance_section(doc, cfg),
        "empathy_and_tone": empathy_section(doc, cfg),
        "resolution": resolution_section(doc, cfg),
    }
    sections: list[ScoreSection] = []
    total = weight_sum = 0.0
    for name in SECTIONS:
        value, details = parts[name]
        w = cfg.weights.get(name, 0.0)
        if value is None:
            # Neutral: no data for this section, so it neither raises nor lowers the overall score.
            details = {**details, "neutral": True}
            sections.append(ScoreSection(section=name, score=cfg.neutral_score, weight=w, details=details))
            continue
        sections.append(ScoreSection(section=name, score=round(value, 2), weight=w, details=details))
        total += w * value
        weight_sum += w
    critical = [
        f.rule_id for f in doc.findings if f.status == FindingStatus.violated and f.severity == Severity.critical
    ]
    overall = total / weight_sum if weight_sum else cfg.neutral_score
    if critical:
        overall = 0.0
        sections[0].details["critical_violations"] = critical
    return Scorecard(
        scorecard_id=cfg.scorecard_id, overall=round(overall, 2), critical_fail=bool(critical), sections=sections
    )
