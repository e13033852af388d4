"""Request and response shapes of the interactions API (the public contract, with examples)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator

from analyzers.document import AccountFlags, Channel, ContactAttempt, Direction, SpeakerRole
from analyzers.stages.text import Turn

_EXTERNAL_ID = r"^[A-Za-z0-9][A-Za-z0-9._:\-]{0,199}$"

_EXAMPLE_META: dict[str, Any] = {
    "external_id": "crm-call-2026-11-23-0001",
    "brand": "lumen",
    "direction": "outbound",
    "agent_ref": "agent-042",
    "account_ref": "ACC-778812",
    "customer_timezones": ["America/Los_Angeles"],
    "started_at": "2026-11-23T17:05:00-08:00",
    "contact_history": [{"at": "2026-11-20T10:00:00-08:00", "channel": "voice", "direction": "outbound",
                         "conversation": False}],
    "account_flags": {"attorney_represented": False, "cease_requested": False, "time_barred": False},
}


class InteractionMetadata(BaseModel):
    """What Fairline needs to judge an interaction besides its content."""

    model_config = ConfigDict(extra="forbid")

    external_id: str = Field(pattern=_EXTERNAL_ID, description="Your id; re-posting the same id is idempotent.")
    brand: str = Field(min_length=1, max_length=64, description="Slug of a brand of your tenant.")
    direction: Direction = Direction.outbound
    agent_ref: str | None = Field(default=None, max_length=128)
    account_ref: str | None = Field(default=None, max_length=200)
    customer_timezones: list[str] = Field(
        min_length=1, max_length=5,
        description="IANA time zones known for the customer; contact-hour rules use the strictest.")
    started_at: datetime = Field(description="When the call started or the first message was sent (with offset).")
    duration_s: float | None = Field(default=None, ge=0, le=86_400)
    recorded: bool = True
    language: str = Field(default="en", pattern=r"^[a-z]{2}(-[A-Z]{2})?$")
    contact_history: list[ContactAttempt] = Field(default_factory=list, max_length=1000)
    account_flags: AccountFlags = Field(default_factory=AccountFlags)

    @field_validator("customer_timezones")
    @classmethod
    def _known_zones(cls, zones: list[str]) -> list[str]:
        for z in zones:
            try:
                ZoneInfo(z)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown time zone {z!r}") from exc
        return zones

    @field_validator("started_at")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        if v.tzinfo is None:
            raise ValueError("started_at must include a UTC offset")
        return v


class TextInteractionCreate(InteractionMetadata):
    """A written conversation (SMS, email, WhatsApp, chat) or an already-transcribed call."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        **_EXAMPLE_META, "external_id": "crm-sms-0001", "channel": "sms",
        "turns": [{"speaker": "agent", "text": "Lumen Streaming: your payment of $12.99 failed. Update your card "
                   "at lumen.example/pay. Reply STOP to opt out.", "sent_at": "2026-11-23T17:05:00-08:00"}]}]})

    channel: Channel
    turns: list[Turn] = Field(min_length=1)


class AudioInteractionMetadata(InteractionMetadata):
    """Metadata sent with a call recording (multipart field `metadata`, JSON)."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        **_EXAMPLE_META, "channel_roles": {"0": "agent", "1": "customer"}}]})

    channel_roles: dict[str, SpeakerRole] = Field(
        default_factory=dict, description="Stereo: which channel index carries which role.")
    expected_speakers: int | None = Field(default=None, ge=1, le=10)


class IngestAccepted(BaseModel):
    id: str
    external_id: str
    status: str
    status_url: str
    created: bool = Field(description="False when this external id was already ingested with the same payload.")


class InteractionSummary(BaseModel):
    id: str
    external_id: str
    kind: str
    channel: str
    direction: str
    brand: str
    agent_ref: str | None
    account_ref: str | None
    status: str
    started_at: datetime | None
    duration_s: float | None
    score: float | None
    critical_fail: bool | None
    violation_count: int
    created_at: datetime
    error_code: str | None = None


class EvidenceOut(BaseModel):
    utterance: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    start: float | None = None
    end: float | None = None
    excerpt: str = ""
    speaker_role: str | None = None


class FindingOut(BaseModel):
    category: str
    rule_id: str
    rule_version: int
    title: str
    pack: str
    status: str
    severity: str
    detector: str
    detector_version: str
    confidence: float
    explanation: str
    citation: str
    remediation: str
    ruleset_hash: str | None
    evidence: list[EvidenceOut]


class OutcomeOut(BaseModel):
    category: str
    confidence: float
    detector: str
    detector_version: str
    attributes: dict[str, Any]
    evidence: list[EvidenceOut]


class UtteranceOut(BaseModel):
    index: int
    speaker: str
    role: str
    text: str
    start: float | None
    end: float | None
    sent_at: datetime | None


class RedactionOut(BaseModel):
    utterance: int
    char_start: int
    char_end: int
    entity_type: str
    recognizer: str
    score: float
    start: float | None
    end: float | None
    source: str


class SpeakerOut(BaseModel):
    label: str
    role: str
    channel: int | None
    role_confidence: float
    role_source: str


class StageRunOut(BaseModel):
    stage: str
    version: str
    status: str
    duration_ms: float
    attempt: int


class InteractionDetail(InteractionSummary):
    error_message: str | None
    pipeline_version: str | None
    ruleset_hash: str | None
    customer_timezones: list[str]
    metrics: dict[str, float]
    scorecard: dict[str, Any]
    has_audio: bool
    speakers: list[SpeakerOut]
    utterances: list[UtteranceOut]
    redactions: list[RedactionOut]
    findings: list[FindingOut]
    outcomes: list[OutcomeOut]
    stage_runs: list[StageRunOut]


class InteractionPage(BaseModel):
    items: list[InteractionSummary]
    next_cursor: str | None
