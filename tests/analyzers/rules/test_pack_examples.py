"""Every example of every rule in every pack: should_match gives a violated finding, should_not_match does not."""

from __future__ import annotations

import pytest

from analyzers.document import FindingStatus
from analyzers.rules.engine import evaluate, example_document
from analyzers.rules.loader import CompiledRule, RuleSet, build_ruleset, load_ruleset, load_taxonomy

RULESET = load_ruleset()


def _cases() -> list[pytest.param]:
    cases = []
    for c in RULESET.rules:
        for kind, expected in (("should_match", True), ("should_not_match", False)):
            for i, ex in enumerate(getattr(c.rule.examples, kind)):
                cases.append(pytest.param(c, ex, expected, id=f"{c.rule.id}-{kind}-{i}-{ex.name or ''}"))
    return cases


def _only(c) -> RuleSet:  # noqa: ANN001
    # a rule shipped disabled (enabled: false) must still keep its examples true for when a tenant enables it
    rule = c.rule if c.rule.enabled else c.rule.model_copy(update={"enabled": True})
    return build_ruleset([(c.pack, [CompiledRule(c.pack, rule, c.detector, c.params)], "test")])


@pytest.mark.parametrize(("compiled", "example", "expected"), _cases())
def test_rule_example(compiled, example, expected) -> None:  # noqa: ANN001
    doc = example_document(compiled.pack, compiled.rule, example)
    findings = [f for f in evaluate(doc, _only(compiled)) if f.rule_id == compiled.rule.id]
    violated = [f for f in findings if f.status == FindingStatus.violated]
    assert bool(violated) == expected, [f.explanation for f in findings]
    for f in violated:
        assert f.evidence, "a violation must carry evidence"
        assert f.category in load_taxonomy()
        assert f.citation and f.detector and f.detector_version


def test_every_rule_has_examples_both_ways() -> None:
    missing = [
        c.rule.id for c in RULESET.rules if not (c.rule.examples.should_match and c.rule.examples.should_not_match)
    ]
    assert missing == []


def test_expected_packs_present_and_hash_stable() -> None:
    assert {p.id for p in RULESET.packs} >= {
        "pci_dss",
        "gdpr",
        "us_fdcpa_regf",
        "us_first_party",
        "us_ca_rosenthal",
        "uk_fca_conc7",
        "brand_voice",
        "quality",
    }
    assert load_ruleset().hash == RULESET.hash
    assert len(RULESET.hash) == 64
