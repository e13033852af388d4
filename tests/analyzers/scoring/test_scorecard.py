"""Scorecards: weighted sections, neutral sections without data, critical fails, per-tenant weights."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from analyzers.document import Document, Finding, FindingStatus, InteractionMeta, Outcome, Severity
from analyzers.scoring import ScorecardConfig, score
from analyzers.scoring.stage import ScorecardParams, ScorecardStage


def _f(category: str, severity: str, violated: bool) -> Finding:
    return Finding(
        category=category,
        rule_id=f"r.{category}.{severity}",
        severity=Severity(severity),
        status=FindingStatus.violated if violated else FindingStatus.met,
        detector="d",
        detector_version="1",
    )


def _doc(
    findings: list[Finding], metrics: dict[str, float] | None = None, outcomes: list[str] | None = None
) -> Document:
    doc = Document(meta=InteractionMeta())
    doc.findings = findings
    doc.metrics = metrics or {}
    doc.outcomes = [Outcome(category=c, detector="o", detector_version="1") for c in outcomes or []]
    return doc


def _section(card, name: str):  # noqa: ANN001, ANN202
    return next(s for s in card.sections if s.section == name)


@pytest.mark.parametrize(
    ("findings", "metrics", "outcomes", "overall", "critical"),
    [
        # all met, no metrics, no outcomes: only compliance counts (others neutral)
        ([_f("disclosure.mini_miranda_missing", "high", False)], {}, [], 100.0, False),
        # one high violation: compliance 70, alone
        ([_f("disclosure.mini_miranda_missing", "high", True)], {}, [], 70.0, False),
        # compliance 85 (medium), empathy mean(0.8, 0.6, 1-0.2)=0.733 -> 73.33, resolution 100
        (
            [_f("messaging.opt_out_missing", "medium", True)],
            {"quality.empathy": 0.8, "quality.politeness": 0.6, "quality.rudeness": 0.2},
            ["outcome.promise_to_pay"],
            (0.5 * 85 + 0.3 * 73.333 + 0.2 * 100),
            False,
        ),
        # a critical violation fails the interaction whatever else
        (
            [_f("conduct.threat_or_false_statement", "critical", True)],
            {"quality.empathy": 1.0},
            ["outcome.promise_to_pay"],
            0.0,
            True,
        ),
        # quality findings lower empathy_and_tone, not compliance
        (
            [_f("quality.dead_air", "low", True), _f("pci.pan_exposed", "critical", False)],
            {},
            [],
            (0.5 * 100 + 0.3 * 95) / 0.8,
            False,
        ),
    ],
)
def test_overall_and_critical_fail(findings, metrics, outcomes, overall, critical) -> None:  # noqa: ANN001
    card = score(_doc(findings, metrics, outcomes))
    assert card.overall == pytest.approx(overall, abs=0.02)
    assert card.critical_fail is critical


def test_neutral_sections_are_marked_and_do_not_count() -> None:
    card = score(_doc([_f("pci.pan_exposed", "critical", False)]))
    res = _section(card, "resolution")
    assert res.details["neutral"] is True and res.score == 70.0
    assert card.overall == 100.0


def test_breakdown_lists_violations_and_critical_rules() -> None:
    card = score(_doc([_f("pci.pan_exposed", "critical", True), _f("disclosure.mini_miranda_missing", "low", False)]))
    comp = _section(card, "compliance")
    assert comp.details["violated"] == 1 and comp.details["met"] == 1
    assert comp.details["critical_violations"] == ["r.pci.pan_exposed.critical"]


def test_weights_per_tenant_and_validation() -> None:
    doc = _doc([_f("messaging.opt_out_missing", "medium", True)], {"quality.empathy": 0.5}, ["outcome.dispute"])
    brand = score(
        doc, ScorecardConfig(scorecard_id="brand-x", weights={"compliance": 1, "empathy_and_tone": 0, "resolution": 0})
    )
    assert brand.scorecard_id == "brand-x" and brand.overall == 85.0
    with pytest.raises(ValidationError, match="unknown section"):
        ScorecardConfig(weights={"compliance": 1, "speed": 1})
    with pytest.raises(ValidationError, match="not all zero"):
        ScorecardConfig(weights={"compliance": 0})


def test_stage_stores_scorecard() -> None:
    stage = ScorecardStage(ScorecardParams(scorecard_id="t", weights={"compliance": 0.7, "resolution": 0.3}))
    doc = stage(_doc([_f("pci.pan_exposed", "high", True)], outcomes=["outcome.promise_to_pay"]))
    assert doc.scorecard is not None and doc.scorecard.overall == pytest.approx(0.7 * 70 + 0.3 * 100)
