"""Statements matched by meaning: paraphrased disclosures count, denials and threats' negations never do,
evidence names the matcher, and the encoder only sees the turns a rule can look at."""

from __future__ import annotations

from typing import Any

import pytest
from rule_packs import one_rule_pack

from analyzers.document import FindingStatus
from analyzers.rules import dry_run
from analyzers.rules.context import RuleContext
from analyzers.rules.engine import document_from_turns, evaluate
from analyzers.rules.loader import build_ruleset, parse_pack
from analyzers.rules.semantic import exemplar_texts, quoted, sentence_units

RECORDING = {
    "speakers": ["agent", "system"],
    "phrases": ["this call is recorded", "calls are recorded", "we record our calls"],
    "exemplars": [
        "This call is being recorded for quality and training purposes.",
        "We record our phone conversations to train our staff and check quality.",
    ],
    "within_seconds": 30,
}


def _pack(kind: str, params: dict[str, Any], category: str = "disclosure.recording_notice_missing") -> str:
    return one_rule_pack(kind, params, category)


def _finding(pack: str, lines: list[str], meta: dict[str, Any] | None = None):  # noqa: ANN202
    turns = [{"speaker": s.strip(), "text": t.strip()} for s, t in (x.split(":", 1) for x in lines)]
    findings = dry_run(turns, {"channel": "voice", "brand_name": "Acme", **(meta or {})}, pack)
    assert len(findings) == 1
    return findings[0]


@pytest.mark.parametrize(
    ("line", "violated"),
    [
        ("agent: Hi, this is Sam. Our calls are taped for quality and training.", False),  # paraphrase
        ("agent: Hi, this is Sam. Just so you know, this phone call is being taped for training.", False),
        ("agent: Hi, this is Sam. This call is recorded.", False),  # the fuzzy matcher already has it
        ("agent: Hi, this is Sam. This call is not being taped.", True),  # denial
        ("agent: Hi, this is Sam, calling about your invoice.", True),
        ("agent: Hi, this is Sam. I'll email you the recording of the webinar.", True),  # topic, no notice
        ("customer: Are you taping this call for training?", True),  # not the agent
    ],
)
def test_required_statement_matches_paraphrases_by_meaning(line: str, violated: bool) -> None:
    f = _finding(_pack("required_statement", RECORDING), [line])
    assert (f.status == FindingStatus.violated) is violated, f.explanation


def test_evidence_names_matcher_exemplar_and_score() -> None:
    f = _finding(_pack("required_statement", RECORDING), ["agent: Hi. Our calls are taped for quality and training."])
    ev = f.evidence[0]
    assert f.status == FindingStatus.met and f.detector == "required_statement" and f.detector_version == "4"
    assert ev.matcher == "semantic" and ev.matched in RECORDING["exemplars"] + RECORDING["phrases"]
    assert 0.65 <= (ev.match_score or 0) <= 1.0
    assert "by meaning" in f.explanation and ev.char_start == 4  # the sentence, not the greeting
    fuzzy = _finding(_pack("required_statement", RECORDING), ["agent: This call is recorded."]).evidence[0]
    assert fuzzy.matcher == "fuzzy" and fuzzy.matched == "this call is recorded" and fuzzy.match_score == 1.0


def test_semantic_matching_can_be_switched_off_or_made_stricter_per_rule() -> None:
    line = ["agent: Hi. Our calls are taped for quality and training."]
    assert _finding(_pack("required_statement", {**RECORDING, "semantic": False}), line).status == "violated"
    assert _finding(_pack("required_statement", {**RECORDING, "semantic_threshold": 0.95}), line).status == "violated"


def test_denial_found_by_meaning_is_reported_as_negated() -> None:
    pack = _pack(
        "required_statement",
        {"phrases": ["we are a debt collector"], "exemplars": ["We are a debt collector collecting a debt."]},
        category="disclosure.mini_miranda_missing",
    )
    f = _finding(pack, ["agent: Honestly, we aren't debt collectors, just the billing team."])
    assert f.status == FindingStatus.violated and "negated" in f.explanation


THREAT_SEMANTIC = _pack(
    "forbidden_statement",
    {
        "speakers": ["agent"],
        "phrases": ["we will have you arrested", "we will take you to court", "the police will come to your door"],
        "semantic": True,
    },
    category="conduct.threat_or_false_statement",
)


@pytest.mark.parametrize(
    ("line", "violated"),
    [
        ("agent: Nobody is going to arrest you, let's find a plan.", False),
        ("agent: No one is going to send the police, this isn't a criminal matter.", False),
        ("agent: Because of the age of this debt, we will never take you to court.", False),
        ("agent: We would never have anyone arrested over a subscription.", False),
        ('agent: The last agent said "we will take you to court", and that was wrong.', False),
        ("customer: Are you going to have me arrested?", False),
        ("agent: Officers will be knocking on your door tonight.", True),
        ("agent: I'm not joking, we'll see you in court.", True),
    ],
)
def test_semantic_threats_keep_negation_quote_and_speaker_awareness(line: str, violated: bool) -> None:
    f = _finding(THREAT_SEMANTIC, [line], meta={"tenant_role": "creditor", "jurisdictions": ["US"]})
    assert (f.status == FindingStatus.violated) is violated, f.explanation


def _ctx_after(pack_yaml: str, lines: list[str], times: bool = False) -> RuleContext:
    pack, compiled = parse_pack(pack_yaml, "t")
    turns = [{"speaker": s.strip(), "text": t.strip()} for s, t in (x.split(":", 1) for x in lines)]
    if times:
        for i, t in enumerate(turns):
            t["start"], t["end"] = i * 10.0, i * 10.0 + 9
    doc = document_from_turns(turns, {"channel": "voice"})
    ctx = RuleContext(doc)
    evaluate(doc, build_ruleset([(pack, compiled, "t")]), ctx=ctx)
    return ctx


def test_encoder_runs_only_when_needed_and_only_inside_the_window() -> None:
    pack = _pack("required_statement", RECORDING)
    filler = [f"agent: Line {i} about the invoice. It has two sentences." for i in range(20)]
    # the fuzzy matcher finds the notice: nothing is encoded
    assert _ctx_after(pack, ["agent: This call is recorded.", *filler], times=True).sentences_embedded == 0
    # no notice, and no sentence anywhere near one by the quality stage's int8 vectors: nothing is encoded
    assert _ctx_after(pack, filler, times=True).sentences_embedded == 0
    near = [f"agent: We keep notes of what we say on calls like this one, number {i}. It has two sentences."
            for i in range(20)]
    # near misses: only agent turns starting within 30 s (0, 10, 20, 30 s) are encoded, both sentences of each
    assert _ctx_after(pack, near, times=True).sentences_embedded == 8
    # no window: the first `semantic_turns` turns only
    unbounded = _pack("required_statement", {**RECORDING, "within_seconds": None, "semantic_turns": 2})
    assert _ctx_after(unbounded, near).sentences_embedded == 4


def test_exemplars_leave_out_brand_and_topic_words() -> None:
    assert exemplar_texts(
        ("{brand}", "calling from {brand}", "pause", "payment plan", "this call is recorded"), ("We record calls.",)
    ) == ("this call is recorded", "We record calls.")


def test_sentence_units_keep_spans_in_the_redacted_text() -> None:
    text = "Hi there.  Your code is <CVV>! Thanks"
    units = sentence_units(text)
    assert [text[u.start : u.end] for u in units] == ["Hi there.", "Your code is <CVV>!", "Thanks"]
    assert units[1].text == "Your code is cvv!"


def test_exemplars_only_rule_needs_semantic_matching() -> None:
    pack = _pack("forbidden_statement", {"exemplars": ["We will take you to court."]})
    with pytest.raises(Exception, match="give phrases or all_of"):
        parse_pack(pack, "t")
    ok = _pack("forbidden_statement", {"exemplars": ["We will take you to court."], "semantic": True})
    parse_pack(ok, "t")


# (turn, reported speech?) — a reporting verb reports only what follows it
REPORTED = [
    ("my friend said you would sue me", True),
    ("it's not hard, can you even read", False),
    ("we will sue you", False),
    # a report closed by its pronoun object reports nothing after it: the rest is the speaker's own
    ("you're a liar, you said that last month and the month before, you're a waste of my time", False),
    ("you said that you would pay me back", True),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED)
def test_reported_speech_needs_what_is_reported(text: str, expected: bool) -> None:
    assert quoted(text, sentence_units(text)[0], "") is expected
