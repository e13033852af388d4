"""The one document model that flows through every analysis stage.

interaction metadata -> speakers -> utterances -> words with times -> redactions -> entities
-> findings with evidence -> outcomes -> metrics -> scores.

Pure pydantic: no database, no HTTP. The service maps it to tables; tests build it by hand.
Raw text lives in `Utterance.text` only until the PII stage replaces it with the redacted text
and sets `Document.redacted`; the service refuses to persist a document that is not redacted.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Annotated, Any

import numpy as np
from pydantic import AfterValidator, BaseModel, ConfigDict, Field


class Channel(enum.StrEnum):
    voice = "voice"
    sms = "sms"
    email = "email"
    whatsapp = "whatsapp"
    chat = "chat"

    @property
    def kind(self) -> str:
        """Pipeline profile kind: 'voice' for calls, 'text' for written channels."""
        return "voice" if self is Channel.voice else "text"


class Direction(enum.StrEnum):
    inbound = "inbound"
    outbound = "outbound"


class TenantRole(enum.StrEnum):
    creditor = "creditor"  # first-party: the brand's own collections
    agency = "agency"  # third-party debt collector: FDCPA / Regulation F apply


class SpeakerRole(enum.StrEnum):
    agent = "agent"
    customer = "customer"
    third_party = "third_party"
    system = "system"  # IVR prompts, automated messages
    unknown = "unknown"


class FindingStatus(enum.StrEnum):
    violated = "violated"
    met = "met"  # the rule was checked and passed: auditors see what was checked


class Severity(enum.StrEnum):
    info = "info"
    low = "low"
    medium = "medium"
    high = "high"
    critical = "critical"  # a critical violation fails the interaction


class ContactAttempt(BaseModel):
    """One earlier contact with the account, as the caller's system reports it."""

    model_config = ConfigDict(extra="forbid")

    at: datetime
    channel: Channel = Channel.voice
    direction: Direction = Direction.outbound
    conversation: bool = Field(
        default=False, description="True when a telephone conversation about the debt took place."
    )


class AccountFlags(BaseModel):
    model_config = ConfigDict(extra="forbid")

    attorney_represented: bool = False
    cease_requested: bool = False
    cease_requested_at: datetime | None = None
    time_barred: bool = False
    disputed: bool = False
    vulnerable: bool = False
    consent_revoked_channels: list[Channel] = Field(default_factory=list)


class InteractionMeta(BaseModel):
    """What the rules need to judge an interaction, besides its words."""

    interaction_id: str = ""
    external_id: str = ""
    tenant_role: TenantRole = TenantRole.creditor
    jurisdictions: list[str] = Field(default_factory=lambda: ["US"])
    channel: Channel = Channel.chat
    direction: Direction = Direction.outbound
    brand_name: str = ""
    brand_aliases: list[str] = Field(default_factory=list)
    agent_ref: str | None = None
    account_ref: str | None = None
    customer_timezones: list[str] = Field(default_factory=list)
    started_at: datetime | None = None
    duration_s: float | None = None
    recorded: bool = True
    language: str = "en"
    contact_history: list[ContactAttempt] = Field(default_factory=list)
    account_flags: AccountFlags = Field(default_factory=AccountFlags)
    # Stereo calls: which channel index carries which role, e.g. {"0": "agent", "1": "customer"}.
    channel_roles: dict[str, SpeakerRole] = Field(default_factory=dict)
    expected_speakers: int | None = None


class Word(BaseModel):
    text: str
    start: float
    end: float
    confidence: float = 1.0
    # Character offsets of this word inside its utterance text (before redaction), so a PII span
    # in text can be mapped back to a time span in audio.
    char_start: int = 0
    char_end: int = 0


class Utterance(BaseModel):
    """One turn: a stretch of speech by one speaker, or one message."""

    index: int
    speaker: str
    role: SpeakerRole = SpeakerRole.unknown
    text: str
    start: float | None = None  # seconds from the start of the call; None for messages without times
    end: float | None = None
    sent_at: datetime | None = None  # messages: when it was sent
    words: list[Word] = Field(default_factory=list)


class Speaker(BaseModel):
    label: str
    role: SpeakerRole = SpeakerRole.unknown
    channel: int | None = None
    role_confidence: float = 0.0
    role_source: str = ""  # "metadata", "channel", "cues", "message_sender"


class SpeechTurn(BaseModel):
    """A stretch of speech by one speaker found in the audio (diarization or channel VAD), before words."""

    speaker: str
    start: float
    end: float
    channel: int | None = None


class Redaction(BaseModel):
    """Where PII was found and removed: type and position, never the value."""

    utterance: int
    char_start: int  # offsets in the redacted text, where the replacement now stands
    char_end: int
    entity_type: str
    recognizer: str
    score: float
    start: float | None = None  # time span in the audio, when words carry times
    end: float | None = None
    source: str = "text"  # "text" or "dtmf"


class Entity(BaseModel):
    """A PII detection exposed to rules without its value (e.g. a security code spoken by the customer)."""

    entity_type: str
    utterance: int
    speaker_role: SpeakerRole
    char_start: int
    char_end: int
    start: float | None = None
    end: float | None = None
    score: float = 1.0


class Evidence(BaseModel):
    utterance: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    start: float | None = None
    end: float | None = None
    excerpt: str = ""  # always taken from redacted text
    speaker_role: SpeakerRole | None = None
    # Rules: how a statement was recognised, so an auditor can judge the match (rule text, never PII).
    # "fuzzy" (wording, ASR errors), "semantic" (closeness to an exemplar) or "meaning" (a trained meaning model)
    matcher: str | None = None
    matched: str | None = None  # the rule's phrase or exemplar that matched
    match_score: float | None = None  # 0..1: fuzzy similarity ratio / 100, or semantic cosine similarity


class Finding(BaseModel):
    category: str  # taxonomy id, e.g. "pci.pan_exposed"
    rule_id: str
    rule_version: int = 1
    title: str = ""
    status: FindingStatus = FindingStatus.violated
    severity: Severity = Severity.medium
    detector: str
    detector_version: str
    confidence: float = 1.0
    explanation: str = ""
    citation: str = ""
    remediation: str = ""
    pack: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class Outcome(BaseModel):
    category: str  # taxonomy id, e.g. "outcome.promise_to_pay"
    confidence: float = 1.0
    detector: str
    detector_version: str
    attributes: dict[str, Any] = Field(default_factory=dict)  # amount, currency, due_date, method ...
    evidence: list[Evidence] = Field(default_factory=list)


class ScoreSection(BaseModel):
    section: str
    score: float  # 0..100
    weight: float
    details: dict[str, Any] = Field(default_factory=dict)


class Scorecard(BaseModel):
    scorecard_id: str
    overall: float
    critical_fail: bool
    sections: list[ScoreSection] = Field(default_factory=list)


class StageRun(BaseModel):
    stage: str
    version: str
    # Hundredths of a millisecond are all a timing needs; long float tails read like digit runs to the
    # verifier and to anyone scanning stored documents for leaked values.
    duration_ms: Annotated[float, AfterValidator(lambda v: round(v, 2))]
    status: str = "ok"
    detail: str = ""


class AudioInput(BaseModel):
    """Decoded audio held in memory by the worker; never serialised with the document."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    samples: np.ndarray  # float32, shape (channels, n)
    sample_rate: int
    source_format: str = ""

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])

    @property
    def duration_s(self) -> float:
        return float(self.samples.shape[1]) / float(self.sample_rate)


class Document(BaseModel):
    """The interaction under analysis; each stage takes it and returns it."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    meta: InteractionMeta
    speakers: list[Speaker] = Field(default_factory=list)
    speech_turns: list[SpeechTurn] = Field(default_factory=list)  # voice: who spoke when, from the audio
    utterances: list[Utterance] = Field(default_factory=list)
    # Raw input before utterances exist: a transcript as posted (list of turns) for text channels.
    raw_turns: list[dict[str, Any]] = Field(default_factory=list)
    audio: AudioInput | None = Field(default=None, exclude=True)
    redacted_audio: AudioInput | None = Field(default=None, exclude=True)
    redacted: bool = False
    residual_pii: list[Evidence] = Field(default_factory=list)  # verifier hits left after redaction
    redactions: list[Redaction] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    outcomes: list[Outcome] = Field(default_factory=list)
    metrics: dict[str, float] = Field(default_factory=dict)
    utterance_scores: dict[str, dict[int, float]] = Field(default_factory=dict)  # e.g. empathy per utterance
    scorecard: Scorecard | None = None
    ruleset_hash: str | None = None
    stage_runs: list[StageRun] = Field(default_factory=list)
    reference_date: date | None = None

    def speaker(self, label: str) -> Speaker | None:
        """The speaker with this label, if known."""
        for s in self.speakers:
            if s.label == label:
                return s
        return None

    def utterances_by(self, role: SpeakerRole) -> list[Utterance]:
        """Utterances spoken by speakers in the given role."""
        return [u for u in self.utterances if u.role == role]
