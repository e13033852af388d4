"""A bad pack fails at load with its path, the line where known, the field and the problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyzers.errors import PipelineConfigError
from analyzers.rules.loader import RULESETS_DIR, load_ruleset, parse_pack

GOOD_RULE = """
  - id: t.one
    version: 1
    title: A test rule
    category: conduct.abusive_language
    severity: high
    citation: test
    detection:
      kind: forbidden_statement
      params:
        phrases: [idiot]
"""
HEADER = "id: t\ntitle: Test\nversion: 1\nrules:\n"

# (pack text, expected fragments of the error message)
BAD = [
    (
        HEADER + GOOD_RULE.replace("category: conduct.abusive_language", "category: conduct.rudeness"),
        ["bad.yaml:9", "rules[0].category", "unknown category 'conduct.rudeness'"],
    ),
    (
        HEADER + GOOD_RULE.replace("kind: forbidden_statement", "kind: keyword_spotter"),
        ["bad.yaml:13", "rules[0].detection.kind", "unknown detector 'keyword_spotter'"],
    ),
    (
        HEADER + GOOD_RULE.replace("phrases: [idiot]", "phrases: [idiot]\n        speaker: agent"),
        ["bad.yaml:16", "rules[0].detection.params.speaker", "Extra inputs are not permitted"],
    ),
    (
        HEADER + GOOD_RULE.replace("severity: high", "severity: severe"),
        ["bad.yaml:10", "rules[0].severity", "Input should be"],
    ),
    (HEADER + GOOD_RULE.replace("    version: 1\n", ""), ["rules[0].version", "Field required"]),
    (
        HEADER + GOOD_RULE.replace("citation: test\n", "citation: test\n    colour: red\n"),
        ["bad.yaml:12", "rules[0].colour", "Extra inputs are not permitted"],
    ),
    (HEADER + GOOD_RULE + GOOD_RULE, ["rules", "duplicate rule id 't.one'"]),
    (
        HEADER + GOOD_RULE.replace("phrases: [idiot]", "within_turns: 0\n        phrases: [idiot]"),
        ["bad.yaml:15", "within_turns", "greater than 0"],
    ),
    (
        HEADER
        + GOOD_RULE.replace("    detection:", "    applicability:\n      account_flags: [in_jail]\n    detection:"),
        ["rules[0].applicability.account_flags", "unknown account flag"],
    ),
    ("id: t\ntitle: [unclosed\n", ["bad.yaml:3", "invalid YAML"]),
    ("- just\n- a list\n", ["bad.yaml", "must be a mapping"]),
    (HEADER + GOOD_RULE.replace("phrases: [idiot]", "phrases: []"), ["give phrases or all_of"]),
]


@pytest.mark.parametrize(("text", "fragments"), BAD)
def test_bad_pack_names_path_line_and_problem(tmp_path: Path, text: str, fragments: list[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text)
    shutil.copy(RULESETS_DIR / "taxonomy.yaml", tmp_path / "taxonomy.yaml")
    with pytest.raises(PipelineConfigError) as err:
        load_ruleset(tmp_path)
    msg = str(err.value)
    assert str(path) in msg
    for frag in fragments:
        assert frag.replace("bad.yaml", str(path)) in msg, msg


def test_good_pack_loads_and_hash_ignores_formatting() -> None:
    a, _ = parse_pack(HEADER + GOOD_RULE, "a")
    b, _ = parse_pack(HEADER.replace("title: Test", "title:   'Test'") + GOOD_RULE + "\n# comment\n", "b")
    from analyzers.rules.loader import content_hash

    assert content_hash([a]) == content_hash([b])
    c, _ = parse_pack(HEADER + GOOD_RULE.replace("[idiot]", "[idiot, moron]"), "c")
    assert content_hash([c]) != content_hash([a])


def test_unknown_pack_name_and_missing_dir_fail(tmp_path: Path) -> None:
    with pytest.raises(PipelineConfigError, match="pack\\(s\\) not found: \\['nope'\\]"):
        load_ruleset(packs=["nope"])
    with pytest.raises(PipelineConfigError, match="rulesets directory not found"):
        load_ruleset(tmp_path / "missing")


def test_packs_selected_by_id_or_file_stem() -> None:
    rs = load_ruleset(packs=["pci_dss", "quality"])
    assert {p.id for p in rs.packs} == {"pci_dss", "quality"}
    assert rs.hash != load_ruleset().hash


def test_duplicate_rule_id_across_packs(tmp_path: Path) -> None:
    shutil.copy(RULESETS_DIR / "taxonomy.yaml", tmp_path / "taxonomy.yaml")
    (tmp_path / "a.yaml").write_text(HEADER.replace("id: t", "id: a") + GOOD_RULE)
    (tmp_path / "b.yaml").write_text(HEADER.replace("id: t", "id: b") + GOOD_RULE)
    with pytest.raises(PipelineConfigError, match="rule id 't.one' already used"):
        load_ruleset(tmp_path)


def test_taxonomy_copy_has_the_shared_ids() -> None:
    shared = RULESETS_DIR.parent.parent / "shared" / "taxonomy.yaml"
    if not shared.exists():
        pytest.skip("../shared absent")
    import re

    ids = re.compile(r"^  ([a-z_.]+):", re.M)
    assert ids.findall((RULESETS_DIR / "taxonomy.yaml").read_text()) == ids.findall(shared.read_text())


def test_published_json_schema_is_current() -> None:
    import json

    from analyzers.rules.schema import pack_json_schema

    published = json.loads((RULESETS_DIR / "pack.schema.json").read_text())
    assert published == json.loads(json.dumps(pack_json_schema())), "run: python -m analyzers.rules.schema"
    assert set(published["x-detector-params"]) >= {
        "required_statement",
        "forbidden_statement",
        "intent",
        "order",
        "entity_present",
        "contact_hours",
        "contact_frequency",
        "message_check",
        "metric_threshold",
    }


def test_a_new_detector_is_one_class() -> None:
    from typing import ClassVar

    from analyzers.rules import dry_run
    from analyzers.rules.detectors.base import Detector, DetectorParams, Verdict, register_detector

    class LongCallParams(DetectorParams):
        max_turns: int

    @register_detector
    class LongCall(Detector):
        name: ClassVar[str] = "test_long_call"
        version: ClassVar[str] = "0.1"
        Params: ClassVar[type[DetectorParams]] = LongCallParams

        def detect(self, ctx, params):  # noqa: ANN001, ANN201
            n = len(ctx.utterances)
            return Verdict(violated=n > params.max_turns, explanation=f"{n} turns")

    pack = HEADER + GOOD_RULE.replace("kind: forbidden_statement", "kind: test_long_call").replace(
        "phrases: [idiot]", "max_turns: 1"
    )
    try:
        f = dry_run([{"speaker": "agent", "text": "a"}, {"speaker": "agent", "text": "b"}], {}, pack)
        assert f[0].status == "violated" and f[0].detector == "test_long_call" and f[0].detector_version == "0.1"
    finally:
        from analyzers.rules.detectors import base

        base._DETECTORS.pop("test_long_call", None)


def test_lexicon_references_expand_and_change_the_hash() -> None:
    lexicons = {"insults": ("idiot", "moron"), "all_insults": ("@insults", "loser")}
    pack, compiled = parse_pack(HEADER + GOOD_RULE.replace("[idiot]", '["@all_insults", dunce]'), "p", None, lexicons)
    assert compiled[0].params.phrases == ["idiot", "moron", "loser", "dunce"]  # type: ignore[attr-defined]
    other, _ = parse_pack(HEADER + GOOD_RULE.replace("[idiot]", '["@all_insults", dunce]'), "p", None,
                          {**lexicons, "insults": ("idiot",)})
    from analyzers.rules.loader import content_hash

    assert content_hash([pack]) != content_hash([other])  # editing a lexicon is a new ruleset version


@pytest.mark.parametrize(
    ("lexicons", "fragment"),
    [
        ({}, "unknown lexicon '@all_insults'"),
        ({"all_insults": ("@all_insults",)}, "lexicon 'all_insults' refers to itself"),
    ],
)
def test_bad_lexicon_reference_names_the_pack(lexicons: dict, fragment: str) -> None:
    with pytest.raises(PipelineConfigError) as e:
        parse_pack(HEADER + GOOD_RULE.replace("[idiot]", '["@all_insults"]'), "mypack.yaml", None, lexicons)
    assert "mypack.yaml" in str(e.value) and fragment in str(e.value)


def test_shipped_packs_share_the_lexicons() -> None:
    rs = load_ruleset()
    threats = {r.rule.id: r.params for r in rs.rules if r.rule.id in ("fp.udaap_threats", "fdcpa.threats_false")}
    assert threats and all("warrant for your arrest" in p.phrases for p in threats.values())  # type: ignore[attr-defined]
    assert not any(ph.startswith("@") for r in rs.rules for ph in getattr(r.params, "phrases", []))
