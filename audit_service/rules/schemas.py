"""Shapes of the dry-run API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from analyzers.document import AccountFlags, Channel, ContactAttempt, Direction
from analyzers.stages.text import Turn
from audit_service.interactions.schemas import FindingOut, UtteranceOut


class DryRunRequest(BaseModel):
    """A transcript, the metadata the rules need, and optionally a rule pack to try instead of the tenant's."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "channel": "voice", "direction": "outbound", "started_at": "2026-11-23T10:00:00-05:00",
        "customer_timezones": ["America/New_York"], "brand": "lumen",
        "turns": [{"speaker": "agent", "text": "Hi, this is Sam from Lumen Streaming. This call is recorded."},
                  {"speaker": "customer", "text": "Okay."}],
        "pack_yaml": None}]})

    channel: Channel = Channel.voice
    direction: Direction = Direction.outbound
    brand: str | None = Field(default=None, description="Brand slug whose name the agent must identify")
    started_at: datetime | None = None
    customer_timezones: list[str] = Field(default_factory=list)
    recorded: bool = True
    contact_history: list[ContactAttempt] = Field(default_factory=list)
    account_flags: AccountFlags = Field(default_factory=AccountFlags)
    turns: list[Turn] = Field(min_length=1, max_length=2000)
    pack_yaml: str | None = Field(default=None, max_length=500_000,
                                  description="A rule pack to evaluate instead of the packs that apply to the tenant")


class DryRunResult(BaseModel):
    ruleset_hash: str
    findings: list[FindingOut]
    utterances: list[UtteranceOut] = Field(description="The redacted transcript the rules saw")
