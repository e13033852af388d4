"""The `rules` stage: packs chosen by tenant role, jurisdiction and channel; met and violated findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzers.document import Document, FindingStatus, InteractionMeta, SpeakerRole, Utterance
from analyzers.errors import PipelineConfigError
from analyzers.pipeline import Pipeline, Profile, StageSpec
from analyzers.rules import dry_run
from analyzers.rules.loader import load_ruleset, load_taxonomy
from analyzers.rules.stage import RulesParams, RulesStage

STAGE = RulesStage()

CALL = [
    ("agent", "Hi, this is Sam from Acme Subscriptions, this call is recorded.", 0.0, 4.0),
    ("customer", "Okay.", 4.5, 5.0),
    ("agent", "Your balance is past due. If you don't pay we will have you arrested.", 5.5, 10.0),
    ("customer", "Nobody is going to arrest me for a gym membership.", 10.5, 13.0),
]


def _doc(**meta: object) -> Document:
    doc = Document(meta=InteractionMeta(channel="voice", brand_name="Acme Subscriptions", **meta))
    doc.utterances = [
        Utterance(index=i, speaker=s, role=SpeakerRole(s), text=t, start=a, end=b)
        for i, (s, t, a, b) in enumerate(CALL)
    ]
    doc.redacted = True
    return doc


@pytest.mark.parametrize(
    ("meta", "present", "absent"),
    [
        (
            {"tenant_role": "agency", "jurisdictions": ["US"]},
            {"us_fdcpa_regf", "pci_dss", "quality"},
            {"us_first_party", "us_ca_rosenthal", "gdpr", "uk_fca_conc7"},
        ),
        (
            {"tenant_role": "creditor", "jurisdictions": ["US"]},
            {"us_first_party"},
            {"us_fdcpa_regf", "us_ca_rosenthal", "gdpr"},
        ),
        (
            {"tenant_role": "creditor", "jurisdictions": ["US-CA"]},
            {"us_first_party", "us_ca_rosenthal"},
            {"us_fdcpa_regf", "uk_fca_conc7"},
        ),
        (
            {"tenant_role": "agency", "jurisdictions": ["GB"]},
            {"uk_fca_conc7", "gdpr", "pci_dss"},
            {"us_fdcpa_regf", "us_first_party", "us_ca_rosenthal"},
        ),
        ({"tenant_role": "creditor", "jurisdictions": ["DE"]}, {"gdpr"}, {"uk_fca_conc7", "us_first_party"}),
    ],
)
def test_packs_follow_tenant_role_and_jurisdiction(meta: dict, present: set[str], absent: set[str]) -> None:
    doc = STAGE(_doc(**meta))
    packs = {f.pack for f in doc.findings}
    assert present <= packs
    assert not (absent & packs)


def test_findings_carry_rule_detector_evidence_and_hash() -> None:
    doc = STAGE(_doc(tenant_role="agency", jurisdictions=["US-CA"]))
    assert doc.ruleset_hash == load_ruleset().hash
    cats = load_taxonomy()
    by_rule = {f.rule_id: f for f in doc.findings}
    assert by_rule["fdcpa.threats_false"].status == FindingStatus.violated
    assert by_rule["fdcpa.mini_miranda"].status == FindingStatus.violated
    assert by_rule["ca.recording_notice"].status == FindingStatus.met  # auditors see what passed, with where
    assert by_rule["ca.recording_notice"].evidence[0].utterance == 0
    threat = by_rule["fdcpa.threats_false"]
    ev = threat.evidence[0]
    assert ev.utterance == 2 and ev.speaker_role == SpeakerRole.agent
    assert CALL[2][1][ev.char_start : ev.char_end] == "have you arrested"
    assert (ev.start, ev.end) == (5.5, 10.0) and "have you arrested" in ev.excerpt
    assert threat.citation.startswith("15 USC 1692e") and threat.remediation
    for f in doc.findings:
        assert f.category in cats and f.rule_version >= 1 and f.detector and f.detector_version and f.pack
        assert 0.0 <= f.confidence <= 1.0 and f.explanation
        if f.status == FindingStatus.violated:
            assert f.evidence


def test_stage_is_idempotent_and_keeps_other_findings() -> None:
    from analyzers.document import Finding

    doc = _doc(tenant_role="agency")
    other = Finding(category="pci.pan_exposed", rule_id="pii.residual", detector="pii_verify", detector_version="1")
    doc.findings = [other]
    once = [f.model_dump() for f in STAGE(doc).findings]
    twice = [f.model_dump() for f in STAGE(doc).findings]
    assert once == twice and once[0]["rule_id"] == "pii.residual"


def test_stage_params_and_bad_dir_fail_at_build(tmp_path: Path) -> None:
    only = RulesStage(RulesParams(packs=["quality"]))
    assert {p.id for p in only.ruleset.packs} == {"quality"}
    profile = Profile(
        name="t",
        version="1",
        inputs=["redacted", "entities", "roles"],
        stages=[StageSpec(stage="rules", params={"rulesets_dir": str(tmp_path / "none")})],
    )
    with pytest.raises(PipelineConfigError, match="rulesets directory not found"):
        Pipeline.build(profile)
    profile.stages = [StageSpec(stage="rules", params={"packs": ["pci_dss"]}), StageSpec(stage="scorecard")]
    pipe = Pipeline.build(profile)
    out = pipe(_doc())
    assert out.scorecard is not None and {f.pack for f in out.findings} == {"pci_dss"}


def test_dry_run_with_default_packs_and_inline_pack() -> None:
    turns = [
        {"speaker": "agent", "text": "Hi from Acme. Read me your card number."},
        {"speaker": "customer", "text": "<CREDIT_CARD>"},
    ]
    findings = dry_run(turns, {"channel": "voice", "brand_name": "Acme", "tenant_role": "creditor"}, None)
    violated = {f.rule_id for f in findings if f.status == FindingStatus.violated}
    assert {"pci.pan_spoken_recorded", "pci.payment_without_secure_capture"} <= violated
    with pytest.raises(PipelineConfigError, match="<dry-run>"):
        dry_run(turns, {}, "id: x\ntitle: x\nversion: 1\nrules: []\n")


def test_rules_switch_per_tenant_and_change_the_hash() -> None:
    base = RulesStage()
    tenant = RulesStage(RulesParams(disable_rules=["fdcpa.threats_false"], enable_rules=["brand.tone_score"]))
    assert tenant.ruleset.hash != base.ruleset.hash
    doc = tenant(_doc(tenant_role="agency"))
    ids = {f.rule_id for f in doc.findings}
    assert "fdcpa.threats_false" not in ids
    doc.metrics = {"quality.brand_voice": 0.1}
    assert "brand.tone_score" in {f.rule_id for f in tenant(doc).findings}
    with pytest.raises(PipelineConfigError, match="unknown rule id"):
        RulesStage(RulesParams(disable_rules=["no.such.rule"]))


@pytest.mark.parametrize(
    ("turns", "meta", "fragment"),
    [
        ([{"speaker": "agent"}], {}, "text: Field required"),
        ([{"speaker": "agent", "text": "hi"}], {"channel": "fax"}, "channel"),
        ([{"speaker": "agent", "text": "hi", "start": "soon"}], {}, "start"),
    ],
)
def test_dry_run_bad_input_is_an_input_error(turns: list, meta: dict, fragment: str) -> None:
    from analyzers.errors import InputError

    with pytest.raises(InputError, match=fragment) as err:
        dry_run(turns, meta, None)
    assert err.value.code == "invalid_transcript"
