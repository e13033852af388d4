"""A rule's `subsumed_by` categories take over its finding on the same turn: one piece of evidence is filed once,
under the graver category; the rule's findings on other turns stand. Checked at load like any other field."""

from __future__ import annotations

import pytest

from analyzers.document import FindingStatus
from analyzers.errors import PipelineConfigError
from analyzers.rules import dry_run
from analyzers.rules.loader import parse_pack

PACK = """
id: t
title: Test
version: 1
rules:
  - id: t.insult
    version: 1
    title: Insult
    category: conduct.abusive_language
    severity: critical
    citation: test
    detection: {kind: forbidden_statement, params: {speakers: [agent], phrases: [you idiot]}}
  - id: t.brush_off
    version: 1
    title: Brush-off
    category: quality.empathy_low
    severity: medium
    citation: test
    subsumed_by: [conduct.abusive_language]
    detection: {kind: forbidden_statement, params: {speakers: [agent], phrases: [calm down]}}
  - id: t.distress
    version: 1
    title: Distress not acknowledged
    category: quality.empathy_low
    severity: medium
    citation: test
    subsumed_by: [conduct.abusive_language]
    detection:
      kind: intent
      params:
        trigger: {speakers: [customer], phrases: [i'm so upset]}
        required_after: {speakers: [agent], phrases: [i'm sorry]}
        violation: required_missing
        respond_within_turns: 2
"""
META = {"tenant_role": "creditor", "jurisdictions": ["US"], "channel": "voice"}


def _by_rule(turns: list[str]) -> dict[str, tuple[FindingStatus, str]]:
    spoken = [{"speaker": t.split(":", 1)[0], "text": t.split(":", 1)[1].strip()} for t in turns]
    return {f.rule_id: (f.status, f.explanation) for f in dry_run(spoken, META, PACK)}


@pytest.mark.parametrize(
    ("turns", "brush_off", "distress"),
    [
        # the same agent turn is abusive and dismissive: filed once, as abuse
        (["customer: It's late.", "agent: Calm down, you idiot."], FindingStatus.met, FindingStatus.met),
        # distress answered with an insult: the reply that failed to acknowledge it is the abusive turn
        (["customer: I'm so upset.", "agent: Pay up, you idiot.", "agent: Bye."], FindingStatus.met, FindingStatus.met),
        # dismissive on another turn than the insult: both stand
        (
            ["customer: It's late.", "agent: Calm down.", "customer: What?", "agent: You idiot."],
            FindingStatus.violated,
            FindingStatus.met,
        ),
        # dismissive on the abusive turn and on another one: the other turn keeps the finding
        (
            ["customer: It's late.", "agent: Calm down, you idiot.", "customer: What?", "agent: Calm down."],
            FindingStatus.violated,
            FindingStatus.met,
        ),
        # distress provoked by the insult and left unanswered: the whole exchange is filed once, as abuse
        (["agent: Pay up, you idiot.", "customer: I'm so upset.", "agent: Bye."], FindingStatus.met, FindingStatus.met),
        # distress that does not answer the insult is a finding of its own
        (
            ["agent: Pay up, you idiot.", "customer: Fine.", "agent: Right.", "customer: I'm so upset.", "agent: Bye."],
            FindingStatus.met,
            FindingStatus.violated,
        ),
        # no abuse at all: nothing is subsumed
        (["customer: I'm so upset.", "agent: Calm down."], FindingStatus.violated, FindingStatus.violated),
    ],
)
def test_finding_on_an_abusive_turn_is_subsumed(
    turns: list[str], brush_off: FindingStatus, distress: FindingStatus
) -> None:
    got = _by_rule(turns)
    assert got["t.brush_off"][0] == brush_off
    assert got["t.distress"][0] == distress
    for status, explanation in got.values():
        if status == FindingStatus.met and explanation.startswith("Subsumed"):
            assert "conduct.abusive_language (t.insult)" in explanation


def test_subsumed_finding_names_the_covering_finding() -> None:
    got = _by_rule(["customer: It's late.", "agent: Calm down, you idiot."])
    assert got["t.insult"][0] == FindingStatus.violated
    assert got["t.brush_off"][1].startswith("Subsumed by conduct.abusive_language (t.insult) on turn(s) 1:")


@pytest.mark.parametrize(
    ("subsumed_by", "fragment"),
    [
        ("[conduct.rudeness]", "rules[1].subsumed_by[0]: unknown category 'conduct.rudeness'"),
        ("[quality.empathy_low]", "cannot be subsumed by its own category"),
    ],
)
def test_bad_subsumed_by_fails_at_load(subsumed_by: str, fragment: str) -> None:
    text = PACK.replace("subsumed_by: [conduct.abusive_language]", f"subsumed_by: {subsumed_by}", 1)
    with pytest.raises(PipelineConfigError, match=fragment.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")):
        parse_pack(text, "<test>")
