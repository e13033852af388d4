"""The three stages are registered and sit in the text profile in the planned order, after redaction."""

from __future__ import annotations

from analyzers.pipeline import Pipeline, load_profile, registered_stages


def test_stages_registered_with_their_contracts() -> None:
    reg = registered_stages()
    assert reg["conversation_metrics"].needs == {"utterances", "roles"}
    assert reg["quality"].needs == {"utterances", "roles", "redacted"}
    assert reg["outcomes"].adds == {"outcomes"}


def test_text_profile_orders_metrics_quality_outcomes_after_pii() -> None:
    names = [s.stage for s in load_profile("text").stages]
    i = names.index("conversation_metrics")
    assert names[i: i + 3] == ["conversation_metrics", "quality", "outcomes"]
    if "pii_verify" in names:
        assert names.index("pii_verify") < i


def test_text_profile_builds() -> None:
    pipe = Pipeline.build(load_profile("text"))
    assert "quality@6" in pipe.fingerprint
