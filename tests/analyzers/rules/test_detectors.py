"""Detector behaviour through the public dry run: tables of conversations, hard negatives included."""

from __future__ import annotations

from typing import Any

import pytest
from rule_packs import one_rule_pack

from analyzers.document import FindingStatus
from analyzers.rules import dry_run


def _pack(kind: str, params: dict[str, Any], category: str = "conduct.threat_or_false_statement",
          applicability: dict[str, Any] | None = None) -> str:
    return one_rule_pack(kind, params, category, applicability)


def _status(pack: str, turns: list[Any], meta: dict[str, Any] | None = None) -> str | None:
    turns = [
        {"speaker": t.split(":", 1)[0], "text": t.split(":", 1)[1].strip()} if isinstance(t, str) else t for t in turns
    ]
    findings = dry_run(turns, {"channel": "voice", **(meta or {})}, pack)
    assert len(findings) <= 1
    return findings[0].status.value if findings else None


THREAT = _pack(
    "forbidden_statement", {"speakers": ["agent"], "phrases": ["arrest you", "sue you", "garnish your wages"]}
)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["agent: Pay today or we will arrest you."], "violated"),
        (["agent: Nobody is going to arrest you."], "met"),  # hard negative: negated
        (["customer: Are you going to arrest me? Will you sue you people?", "agent: No."], "met"),  # not the agent
        (['agent: He said "we will sue you" but that was wrong.'], "met"),  # quoted
        (["agent: We don't garnish your wages for this."], "met"),
        (["agent: I'm not saying it's likely, but we will sue you if this goes on."], "violated"),
    ],
)
def test_forbidden_statement_is_negation_quote_and_speaker_aware(turns: list[str], expected: str) -> None:
    assert _status(THREAT, turns) == expected


MINI = _pack(
    "required_statement",
    {
        "speakers": ["agent"],
        "within_turns": 2,
        "phrases": ["this is an attempt to collect a debt", "this communication is from a debt collector"],
        "all_of": [["debt collector", "collection agency"], ["collect a debt", "collecting a debt"]],
    },
    category="disclosure.mini_miranda_missing",
)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["agent: This is an attempt to collect a debt."], "met"),
        (["agent: this is an attempt to collect a net"], "met"),  # ASR error debt -> net
        (["agent: I'm with a collection agency and we're collecting a debt for Acme."], "met"),  # paraphrase
        (["agent: This is not an attempt to collect a debt."], "violated"),  # negated disclosure
        (["agent: Hi.", "agent: How are you?", "agent: This is an attempt to collect a debt."], "violated"),  # late
        (["customer: Is this an attempt to collect a debt?", "agent: Yes."], "violated"),  # said by the customer
    ],
)
def test_required_statement_by_meaning_speaker_and_window(turns: list[str], expected: str) -> None:
    assert _status(MINI, turns) == expected


def test_required_statement_time_window_uses_start_times() -> None:
    pack = _pack(
        "required_statement",
        {"speakers": ["agent"], "within_seconds": 30, "phrases": ["this call is recorded"]},
        category="disclosure.recording_notice_missing",
    )
    early = [{"speaker": "agent", "text": "Hi, this call is recorded.", "start": 2.0, "end": 4.0}]
    late = [
        {"speaker": "agent", "text": "Hi.", "start": 0.0, "end": 1.0},
        {"speaker": "agent", "text": "Oh, this call is recorded.", "start": 31.0, "end": 33.0},
    ]
    assert _status(pack, early) == "met"
    assert _status(pack, late) == "violated"


ANGER = _pack(
    "intent",
    {
        "intent_label": "anger",
        "trigger": {"speakers": ["customer"], "phrases": ["i'm angry", "i am angry", "angry"]},
        "required_after": {"speakers": ["agent"], "phrases": ["i understand", "i'm sorry"]},
        "respond_within_turns": 1,
        "violation": "required_missing",
    },
    category="quality.empathy_low",
)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["customer: I'm angry about these fees.", "agent: The fee is 10 dollars."], "violated"),
        (["customer: I'm not angry but please cancel.", "agent: Done, it's cancelled."], "met"),  # hard negative
        (["customer: I'm angry about these fees.", "agent: I'm sorry, let me look."], "met"),
        (["agent: Are you angry with us?", "customer: No, all good."], "met"),  # agent's words are no trigger
        (["customer: I'm angry.", "agent: Fee is due.", "agent: I understand."], "violated"),  # outside window
    ],
)
def test_intent_negation_and_response_window(turns: list[str], expected: str) -> None:
    assert _status(ANGER, turns) == expected


CEASE = _pack(
    "intent",
    {
        "trigger_flags": ["cease_requested"],
        "trigger": {"speakers": ["customer"], "phrases": ["stop calling me"]},
        "forbidden_after": {"speakers": ["agent"], "phrases": ["can you pay", "make a payment"]},
    },
    category="contact.after_cease_request",
)


@pytest.mark.parametrize(
    ("turns", "flags", "expected"),
    [
        (["customer: Stop calling me.", "agent: Can you pay today?"], {}, "violated"),
        (["agent: Can you pay today?", "customer: Stop calling me.", "agent: Noted, we will stop."], {}, "met"),
        (["agent: Hi, can you make a payment?"], {"cease_requested": True}, "violated"),
        (["agent: I'm calling only to confirm we received your request."], {"cease_requested": True}, "met"),
    ],
)
def test_intent_trigger_from_words_or_account_flag(turns: list[str], flags: dict[str, bool], expected: str) -> None:
    assert _status(CEASE, turns, {"account_flags": flags}) == expected


PARTIAL_CEASE = _pack(
    "intent",
    {
        "trigger": {"speakers": ["customer"], "phrases": ["don't call me"], "unless": ["me at work", "before nine"]},
        "forbidden_after": {"speakers": ["agent"], "phrases": ["can you pay"]},
    },
    category="contact.after_cease_request",
)


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("customer: Please don't call me at work.", "met"),  # a place, not a stop request
        ("customer: Don't call me before nine.", "met"),
        # the speaker widens the exception: it no longer limits the request
        ("customer: Please don't call me at work or anywhere else again.", "violated"),
        ("customer: Don't call me at work or at home, I mean it.", "violated"),
        ("customer: Don't call me at work, or at all.", "violated"),
        # a second exception named as the alternative is found on its own
        ("customer: Don't call me at work or before nine.", "met"),
    ],
)
def test_an_exception_the_speaker_widens_does_not_apply(turn: str, expected: str) -> None:
    assert _status(PARTIAL_CEASE, [turn, "agent: Sure. Can you pay today?"]) == expected


ORDER = _pack(
    "order",
    {
        "first": {
            "speakers": ["agent"],
            "phrases": ["confirm your date of birth"],
            "entity_types": ["DATE_OF_BIRTH"],
            "entity_speakers": ["customer"],
        },
        "then": {"speakers": ["agent"], "phrases": ["your balance", "past due"]},
    },
    category="privacy.third_party_disclosure",
)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (["agent: Your balance is past due.", "agent: Can you confirm your date of birth?"], "violated"),
        (["agent: Can you confirm your date of birth?", "customer: yes", "agent: Your balance is 40."], "met"),
        (["customer: my birthday is <DATE_OF_BIRTH>", "agent: Thanks, your balance is 40."], "met"),  # entity
        (["agent: Hello, how can I help?"], "met"),  # debt never discussed
    ],
)
def test_order_of_events(turns: list[str], expected: str) -> None:
    assert _status(ORDER, turns) == expected


PCI = _pack(
    "entity_present",
    {"entity_types": ["CVV", "CARD_SECURITY_CODE"]},
    category="pci.sensitive_auth_data_captured",
    applicability={"recorded": True},
)


@pytest.mark.parametrize(
    ("turns", "meta", "expected"),
    [
        (["customer: the code is <CARD_SECURITY_CODE>"], {}, "violated"),
        (["customer: the code is <CARD_SECURITY_CODE>"], {"recorded": False}, None),  # not applicable
        (["customer: my card ends in 1234"], {}, "met"),
    ],
)
def test_entity_rules_use_pii_entities(turns: list[str], meta: dict[str, Any], expected: str | None) -> None:
    assert _status(PCI, turns, meta) == expected


def test_entities_given_explicitly_win_over_tags() -> None:
    turns = [{"speaker": "customer", "text": "it is <REDACTED>"}]
    ents = [{"entity_type": "CVV", "utterance": 0, "speaker_role": "customer", "char_start": 6, "char_end": 16}]
    f = dry_run(turns, {"channel": "voice", "entities": ents}, PCI)
    assert f[0].status == FindingStatus.violated
    assert f[0].evidence[0].char_start == 6 and f[0].evidence[0].excerpt == "it is <REDACTED>"


OPT_OUT = _pack("message_check", {"check": "opt_out"}, category="messaging.opt_out_missing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme: payment failed. Reply STOP to opt out.", "met"),
        ("Acme: payment failed. Text stop to end messages.", "met"),
        ("Acme: payment failed. To stop receiving these emails, unsubscribe here.", "met"),
        ("Acme: payment failed. Pay now at acme.example.", "violated"),
    ],
)
def test_message_opt_out(text: str, expected: str) -> None:
    assert _status(OPT_OUT, [{"speaker": "agent", "text": text}], {"channel": "sms"}) == expected


@pytest.mark.parametrize(
    ("metrics", "expected"),
    [({"conversation.dead_air_count": 2}, "violated"), ({"conversation.dead_air_count": 0}, "met"), ({}, None)],
)
def test_metric_threshold_not_evaluated_without_metric(metrics: dict[str, float], expected: str | None) -> None:
    pack = _pack(
        "metric_threshold",
        {"metric": "conversation.dead_air_count", "op": "ge", "value": 1},
        category="quality.dead_air",
    )
    assert _status(pack, ["agent: hold on"], {"metrics": metrics}) == expected


def test_brand_placeholder_needs_a_brand() -> None:
    pack = _pack(
        "required_statement",
        {"speakers": ["agent"], "within_turns": 2, "phrases": ["{brand}"]},
        category="disclosure.creditor_identity_missing",
    )
    assert _status(pack, ["agent: Hi, it's Sam from Acme."], {"brand_name": "Acme"}) == "met"
    assert _status(pack, ["agent: Hi, it's Sam."], {"brand_name": "Acme"}) == "violated"
    assert _status(pack, ["agent: Hi, it's Sam."]) is None  # no brand configured: cannot be judged
