"""Analysed interactions for dashboard and export tests, written through the service's own persistence
(`store_document`), so tests do not depend on which analysis stages exist yet. Text is already redacted:
no test writes raw PII to disk."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from analyzers.document import (
    Document,
    Evidence,
    Finding,
    FindingStatus,
    InteractionMeta,
    Outcome,
    Redaction,
    Scorecard,
    ScoreSection,
    Severity,
    SpeakerRole,
    StageRun,
    Utterance,
)
from audit_service.analysis.persist import store_document
from audit_service.core.db import session_scope
from audit_service.interactions.models import Interaction

AGENT, CUSTOMER = SpeakerRole.agent, SpeakerRole.customer

# (role, redacted text, start, end)
TURNS: list[tuple[SpeakerRole, str, float, float]] = [
    (AGENT, "Hi, this is Sam calling from Lumen Streaming about your subscription renewal.", 0.0, 4.2),
    (CUSTOMER, "Yes, this is <PERSON>.", 4.5, 6.0),
    (AGENT, "Thanks. Can you read me the card number and the security code on the back?", 6.4, 11.0),
    (CUSTOMER, "Sure, it's <CREDIT_CARD> and the code is <CVV>.", 11.5, 18.0),
    (AGENT, "Great, I have set up a payment of twenty dollars for Friday.", 18.4, 22.0),
    (CUSTOMER, "Thank you, bye.", 22.3, 23.5),
]
RULESET_HASH = "9f2c1e7a4b5d6c8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70"
CVV_RULE = "pci.cvv_spoken_in_recorded_call"
# A coaching moment as the scorecard stage records it: the agent asked for card data on a recorded line, curtly.
LOWERED = {"utterance": 2, "score": "politeness", "value": 0.12, "reason": "curt or impolite phrasing",
           "excerpt": TURNS[2][1], "start": TURNS[2][2], "end": TURNS[2][3], "weight": 0.13}


def _excerpt(idx: int, needle: str) -> Evidence:
    role, text, start, end = TURNS[idx]
    at = text.index(needle)
    return Evidence(utterance=idx, char_start=at, char_end=at + len(needle), start=start, end=end,
                    excerpt=text, speaker_role=role)


def _redactions() -> list[Redaction]:
    out = []
    for idx, (_, text, start, end) in enumerate(TURNS):
        for tag in ("<PERSON>", "<CREDIT_CARD>", "<CVV>"):
            if tag in text:
                at = text.index(tag)
                out.append(Redaction(utterance=idx, char_start=at, char_end=at + len(tag), entity_type=tag[1:-1],
                                     recognizer="test", score=0.99, start=start, end=end))
    return out


def analysed_document(*, violated: bool = True, empathy: float = 0.62, score: float = 41.5,
                      channel: str = "voice") -> Document:
    """A redacted, analysed document: a critical PCI violation (or none), a met check, outcomes, metrics."""
    findings = [
        Finding(category="disclosure.creditor_identity_missing", rule_id="us_creditor.brand_identification",
                rule_version=1, title="Agent names the brand", status=FindingStatus.met, severity=Severity.high,
                detector="required_statement", detector_version="1.2", confidence=0.93, pack="us_creditor",
                citation="UDAAP; brand policy 2.1", evidence=[_excerpt(0, "Lumen Streaming")]),
    ]
    if violated:
        findings += [
            Finding(category="pci.sensitive_auth_data_captured", rule_id=CVV_RULE, rule_version=2,
                    title="Security code spoken in a recorded call", status=FindingStatus.violated,
                    severity=Severity.critical, detector="entity_spoken", detector_version="1.0", confidence=0.97,
                    explanation="The customer read a card security code aloud while the call was recorded.",
                    citation="PCI DSS v4.0 Req. 3.3.1", remediation="Pause recording or use secure DTMF capture.",
                    pack="pci_dss", evidence=[_excerpt(3, "<CVV>")]),
            Finding(category="disclosure.recording_notice_missing", rule_id="gdpr.recording_notice", rule_version=1,
                    title="Recording notice at the start of the call", status=FindingStatus.violated,
                    severity=Severity.medium, detector="required_statement", detector_version="1.2",
                    confidence=0.88, explanation="No recording notice in the first 30 seconds.",
                    citation="GDPR Art. 13", pack="gdpr", evidence=[_excerpt(0, "Hi, this is Sam")]),
        ]
    return Document(
        meta=InteractionMeta(channel=channel),
        utterances=[Utterance(index=i, speaker=f"S{r is CUSTOMER:d}", role=r, text=t, start=s, end=e)
                    for i, (r, t, s, e) in enumerate(TURNS)],
        redacted=True, redactions=_redactions(), findings=findings,
        outcomes=[
            Outcome(category="outcome.right_party_contact", confidence=0.9, detector="identity_verified",
                    detector_version="1.0", evidence=[_excerpt(1, "<PERSON>")]),
            Outcome(category="outcome.promise_to_pay", confidence=0.85, detector="promise", detector_version="1.0",
                    attributes={"amount": 20.0, "currency": "USD", "due_date": "2026-11-27", "method": "card"},
                    evidence=[_excerpt(4, "twenty dollars for Friday")]),
        ],
        metrics={"conversation.talk_ratio_agent": 0.56, "quality.empathy": empathy, "quality.politeness": 0.81,
                 "quality.rudeness": 0.04, "quality.brand_voice": 0.7, "tone.customer_sentiment_start": -0.2,
                 "tone.customer_sentiment_end": 0.45},
        scorecard=Scorecard(scorecard_id="default", overall=score, critical_fail=violated, sections=[
            ScoreSection(section="compliance", score=0.0 if violated else 100.0, weight=0.5),
            ScoreSection(section="empathy_and_tone", score=round(empathy * 100, 1), weight=0.3,
                         details={"lowered_by": [] if empathy >= 0.5 else [LOWERED]}),
            ScoreSection(section="resolution", score=90.0, weight=0.2)]),
        ruleset_hash=RULESET_HASH,
        stage_runs=[StageRun(stage="pii_redact", version="1.0", duration_ms=12.5),
                    StageRun(stage="rules", version="1.0", duration_ms=3.1)],
    )


def store(db_url: str, interaction_id: str, doc: Document) -> None:
    """Persist an analysed document for an interaction that was ingested through the API."""
    with session_scope(db_url) as s:
        interaction = s.get(Interaction, interaction_id)
        assert interaction is not None, interaction_id
        store_document(s, interaction, doc, attempt=1, pipeline_version="test-seed")


def attach_audio(db_url: str, data_dir: Path, interaction_id: str) -> bytes:
    """Give an interaction a stored (already redacted) recording: one second of a quiet tone, FLAC."""
    t = np.arange(8000) / 8000
    buf = io.BytesIO()
    sf.write(buf, (0.1 * np.sin(2 * np.pi * 440 * t)).astype("float32"), 8000, format="FLAC")
    rel = f"audio/{interaction_id}.flac"
    (data_dir / "audio").mkdir(parents=True, exist_ok=True)
    (data_dir / rel).write_bytes(buf.getvalue())
    with session_scope(db_url) as s:
        interaction = s.get(Interaction, interaction_id)
        assert interaction is not None
        interaction.audio_path = rel
        s.add(interaction)
    return buf.getvalue()


@dataclass
class Seeded:
    external_id: str
    id: str
    violated: bool


def text_body(external_id: str, *, brand: str, agent: str, started_at: str, channel: str = "voice",
              account: str = "ACC-1") -> dict[str, Any]:
    """An ingest payload with ordinary content (the seeded document replaces the analysis)."""
    return {"external_id": external_id, "brand": brand, "channel": channel, "direction": "outbound",
            "agent_ref": agent, "account_ref": account, "customer_timezones": ["America/New_York"],
            "started_at": started_at,
            "turns": [{"speaker": "agent", "text": "Hello, this is Sam from Lumen Streaming."},
                      {"speaker": "customer", "text": "Hi, I can pay twenty dollars on Friday."}]}
