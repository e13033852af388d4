"""Conversation metrics from hand-built timed utterances: each case is a tiny call with known answers."""

from __future__ import annotations

import pytest

from analyzers.document import Document, InteractionMeta, SpeakerRole, Utterance
from analyzers.quality.metrics import MetricParams, conversation_metrics, dead_air_gaps
from analyzers.quality.metrics_stage import ConversationMetrics

A, C = SpeakerRole.agent, SpeakerRole.customer


def utts(*rows: tuple[SpeakerRole, float | None, float | None, str]) -> list[Utterance]:
    return [Utterance(index=i, speaker=r.value, role=r, text=t, start=s, end=e) for i, (r, s, e, t) in enumerate(rows)]


CASES = [
    pytest.param(
        utts((A, 0, 6, "Hello, this is Sam calling from Acme about your account."), (C, 7, 9, "Oh hi, okay.")),
        {"conversation.talk_ratio_agent": 0.75, "conversation.overtalk_count": 0, "conversation.dead_air_count": 0,
         "conversation.interruptions_agent": 0, "conversation.interruptions_customer": 0},
        id="clean-turns",
    ),
    pytest.param(
        # the agent starts while the customer is still explaining and keeps the floor
        utts((C, 0, 8, "I lost my job last month and I really cannot"),
             (A, 6, 12, "Right, but the payment is due today.")),
        {"conversation.overtalk_count": 1, "conversation.interruptions_agent": 1,
         "conversation.interruptions_customer": 0},
        id="agent-interrupts-customer",
    ),
    pytest.param(
        utts((A, 0, 10, "The balance on the account is two hundred and the payment was due"),
             (C, 8, 14, "Wait, I already paid that last week, I have the receipt")),
        {"conversation.overtalk_count": 1, "conversation.interruptions_agent": 0,
         "conversation.interruptions_customer": 1},
        id="customer-interrupts-agent",
    ),
    pytest.param(
        # a backchannel during the agent's turn is overtalk, not an interruption, and keeps the monologue going
        utts((A, 0, 10, "So what I can do is set up a plan for you over three months"), (C, 4, 5, "mm-hmm"),
             (A, 10.5, 20, "and the first payment would be on the first of next month.")),
        {"conversation.overtalk_count": 1, "conversation.interruptions_customer": 0,
         "conversation.longest_agent_monologue_s": 20.0},
        id="backchannel",
    ),
    pytest.param(
        utts((A, 0, 3, "Let me look into that."), (C, 18, 20, "Hello? Are you there?"), (A, 21, 23, "Yes, sorry.")),
        {"conversation.dead_air_count": 0, "conversation.dead_air_max_s": 0.0},
        id="hold-notice-explains-silence",
    ),
    pytest.param(
        utts((A, 0, 3, "Okay."), (C, 18, 20, "Hello? Are you there?"), (A, 21, 23, "Yes.")),
        {"conversation.dead_air_count": 1, "conversation.dead_air_max_s": 15.0},
        id="unexplained-dead-air",
    ),
    pytest.param(
        utts((A, 0, 3, "Thanks."), (C, 9, 10, "Sure.")),
        {"conversation.dead_air_count": 0, "conversation.silence_max_s": 6.0},
        id="short-silence-is-not-dead-air",
    ),
    pytest.param(
        # 30 words in 10 seconds of agent speech = 180 words per minute
        utts((A, 0, 10, " ".join(["word"] * 30)), (C, 11, 12, "ok")),
        {"conversation.agent_wpm": 180.0, "conversation.longest_agent_monologue_s": 10.0},
        id="speech-rate",
    ),
    pytest.param(
        utts((A, 0, 20, "First part of a long explanation"), (A, 21, 40, "second part of it"), (C, 41, 42, "Why?"),
             (A, 43, 50, "Because.")),
        {"conversation.longest_agent_monologue_s": 40.0},
        id="monologue-spans-agent-turns",
    ),
]


@pytest.mark.parametrize(("utterances", "expected"), CASES)
def test_timed_metrics(utterances: list[Utterance], expected: dict[str, float]) -> None:
    got = conversation_metrics(utterances)
    for name, value in expected.items():
        assert got[name] == pytest.approx(value, abs=1e-6), name


def test_messages_without_times_get_only_a_word_share() -> None:
    got = conversation_metrics(utts((A, None, None, "one two three"), (C, None, None, "four")))
    assert got == {"conversation.timed": 0.0, "conversation.talk_ratio_agent": 0.75}


def test_dead_air_threshold_is_a_parameter() -> None:
    rows = utts((A, 0, 3, "Okay."), (C, 9, 10, "Hello?"))
    assert dead_air_gaps(rows) == []
    assert dead_air_gaps(rows, MetricParams(dead_air_s=5)) == [(3.0, 9.0, 0)]


def test_stage_writes_contract_metric_names() -> None:
    doc = Document(meta=InteractionMeta(), utterances=utts((A, 0, 4, "Hi there."), (C, 5, 6, "Hi.")))
    doc = ConversationMetrics(ConversationMetrics.Params(dead_air_s=8))(doc)
    for name in ("conversation.talk_ratio_agent", "conversation.overtalk_count", "conversation.interruptions_agent",
                 "conversation.interruptions_customer", "conversation.dead_air_count", "conversation.dead_air_max_s",
                 "conversation.longest_agent_monologue_s", "conversation.agent_wpm"):
        assert name in doc.metrics


@pytest.mark.parametrize(
    ("notice", "explains"),
    [
        ("I'm going to place you on a brief hold while I check the cancellation history.", True),
        ("Let me put you on hold for a moment.", True),
        ("I'll just place you on a short hold.", True),
        ("Can you hold for a minute while I look into this?", True),
        ("Bear with me, I won't be long.", True),
        ("I'll be right with you while I review the notes.", True),
        ("Let me find that payment for you.", True),
        ("Your account is on hold until the dispute is resolved.", True),  # the words alone: accepted cost
        ("Okay, thanks for confirming.", False),
        ("The payment was held by your bank.", False),
    ],
)
def test_hold_notice_explains_the_silence_after_it(notice: str, explains: bool) -> None:
    rows = utts((A, 0, 5, notice), (A, 20, 22, "Thanks for holding."))
    assert (dead_air_gaps(rows) == []) is explains
